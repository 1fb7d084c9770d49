// The record's files: thumbnails beside their facts, stacked on narrow screens; a PDF's download as a link.
import { css } from 'lit';

export const recordFileStyles = css`
  ul.files {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 0.75rem;
  }
  li.file {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: flex-start;
  }
  .thumb img {
    display: block;
    max-width: min(12rem, 100%);
    height: auto;
    border: 1px solid currentColor;
  }
  .thumb {
    max-width: 100%;
  }
  .file-facts {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.25rem;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  button.link {
    background: none;
    border: 0;
    padding: 0;
    font: inherit;
    color: var(--_primary);
    text-decoration: underline;
    cursor: pointer;
    text-align: start;
    min-height: 1.5rem;
  }
  @media (forced-colors: active) {
    button.link {
      color: LinkText;
    }
  }
`;
