import { css } from 'lit';

export const newsFeedStyles = css`
  .feed {
    display: grid;
    gap: var(--_space);
  }
  :host([layout='grid']) .feed,
  :host([layout='grid']) .skeletons {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
  }
  .skeletons {
    display: grid;
    gap: var(--_space);
  }
  .item {
    display: grid;
    gap: calc(var(--_space) / 2);
    align-content: start;
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    min-width: 0;
    /* Long feeds: the browser lays out only the items near the viewport. */
    content-visibility: auto;
    contain-intrinsic-size: auto 14rem;
  }
  .item:focus-visible {
    outline: 2px solid var(--_primary);
    outline-offset: 2px;
  }
  @container (min-width: 36rem) {
    :host(:not([layout='grid'])) .item.has-image {
      grid-template-columns: 12rem 1fr;
      column-gap: var(--_space);
    }
    :host(:not([layout='grid'])) .item.has-image .image {
      grid-row: span 3;
    }
  }
  .image {
    display: block;
    width: 100%;
    height: auto;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_skeleton);
    object-fit: cover;
  }
  .title,
  .article-title {
    margin: 0;
    font-size: 1.125rem;
    overflow-wrap: anywhere;
  }
  .article-title {
    font-size: 1.5rem;
  }
  .title-link {
    color: inherit;
    text-decoration: none;
    font: inherit;
    background: none;
    border: 0;
    padding: 0;
    text-align: start;
    cursor: pointer;
  }
  .title-link:hover {
    color: var(--_primary);
    text-decoration: underline;
  }
  .summary {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .meta {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .more {
    display: flex;
    justify-content: center;
    margin-top: var(--_space);
  }
  .skeleton.line {
    height: 1em;
    margin: 0.25em 0;
  }
  .skeleton.short {
    width: 40%;
  }
  .skeleton.image {
    aspect-ratio: 16 / 9;
  }
  .reader {
    display: grid;
    gap: var(--_space);
  }
  .reader .button {
    justify-self: start;
  }
  .body {
    overflow-wrap: anywhere;
  }
  .body img {
    max-width: 100%;
    height: auto;
  }
  .body table {
    border-collapse: collapse;
    display: block;
    overflow-x: auto;
  }
`;
