import { css } from 'lit';

export const groupDirectoryStyles = css`
  .filters {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    grid-template-columns: 1fr;
    margin: 0 0 var(--_space);
  }
  @container (min-width: 40rem) {
    .filters {
      grid-template-columns: 2fr 1fr 1fr;
      align-items: end;
    }
  }
  .field {
    display: grid;
    gap: 0.25rem;
    font-size: 0.875rem;
    font-weight: 600;
  }
  input,
  select {
    min-height: 2.75rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-weight: 400;
    width: 100%;
  }
  .count {
    margin: 0 0 calc(var(--_space) / 2);
    color: var(--_muted);
    font-size: 0.875rem;
    min-height: 1.3em;
  }
  .list > .cards + .cards {
    margin-top: var(--_space);
  }
  /* Cards come in blocks of 12 (see CHUNK): 1 to 4 columns divide a block evenly, and the browser skips the layout
     and paint of blocks off screen, sized meanwhile by an estimate (then by their last real size). */
  .cards {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
    content-visibility: auto;
    contain-intrinsic-block-size: auto 190rem;
  }
  @container (min-width: 36rem) {
    .cards {
      grid-template-columns: repeat(2, minmax(0, 1fr));
      contain-intrinsic-block-size: auto 96rem;
    }
  }
  @container (min-width: 54rem) {
    .cards {
      grid-template-columns: repeat(3, minmax(0, 1fr));
      contain-intrinsic-block-size: auto 64rem;
    }
  }
  @container (min-width: 72rem) {
    .cards {
      grid-template-columns: repeat(4, minmax(0, 1fr));
      contain-intrinsic-block-size: auto 48rem;
    }
  }
  /* Cards are laid out as plain blocks (no grid or flex inside), which a browser lays out fastest: a directory shows
     many at once. Children are spaced by their bottom margins; a logo floats beside name and place. */
  .card {
    display: block;
    padding: calc(var(--_space) * 0.75) calc(var(--_space) * 0.75) calc(var(--_space) * 0.25);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .card > * {
    margin: 0 0 calc(var(--_space) / 2);
  }
  .with-logo > .logo {
    float: inline-start;
    margin-inline-end: 0.75rem;
  }
  /* Beside the logo, name and place keep to their own column instead of wrapping under it. */
  .with-logo > .name,
  .with-logo > .place {
    display: flow-root;
  }
  .with-logo > dl {
    clear: both;
  }
  .logo {
    width: 3rem;
    height: 3rem;
    border-radius: 50%;
    object-fit: cover;
    background: var(--_skeleton);
  }
  .card > .name {
    margin: 0;
  }
  .name {
    font-size: 1.0625rem;
    line-height: 1.35;
  }
  .select {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_primary);
    font: inherit;
    font-weight: 700;
    text-align: start;
    cursor: pointer;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .place {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  /* Terms in a column of their own: floated at a fixed width, which every label of both languages fits. */
  dl {
    font-size: 0.9375rem;
  }
  dt {
    float: inline-start;
    clear: inline-start;
    width: 6.5em;
    color: var(--_muted);
  }
  dd {
    margin: 0 0 0.25rem;
    margin-inline-start: 6.5em;
  }
  .tags,
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .tags li {
    padding: 0.125rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 0.8125rem;
  }
  .links a {
    display: inline-block;
    padding: 0.25rem 0;
    margin-inline-end: 0.5rem;
  }
  .more {
    display: flex;
    justify-content: center;
    margin-top: var(--_space);
  }
  .skeleton.card {
    min-height: 10rem;
  }
`;
