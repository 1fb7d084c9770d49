// The tracker's public files: photos as tiles that wrap, never wider than the widget.
import { css } from 'lit';

export const publicFileStyles = css`
  .file-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }
  .file-list img {
    display: block;
    max-width: min(16rem, 100%);
    height: auto;
    border: 1px solid currentColor;
  }
  .file-list li {
    max-width: 100%;
    overflow-wrap: anywhere;
  }
`;
