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
  .count {
    margin: 0 0 calc(var(--_space) / 2);
    color: var(--_muted);
    font-size: 0.875rem;
    min-height: 1.3em;
  }
  .list > .cards + .cards {
    margin-top: var(--_space);
  }
  /* Cards come in blocks of 12 (see BLOCK_SIZE): 1 to 4 columns divide a block evenly, and the browser skips the
     layout and paint of blocks off screen, sized meanwhile by an estimate that block-size-estimate.ts keeps right
     (then by their last real size). */
  .cards,
  .skeleton-cards {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
  }
  .cards {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 204rem;
  }
  @container (min-width: 36rem) {
    .cards,
    .skeleton-cards {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container (min-width: 54rem) {
    .cards,
    .skeleton-cards {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
  @container (min-width: 72rem) {
    .cards,
    .skeleton-cards {
      grid-template-columns: repeat(4, minmax(0, 1fr));
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
    font-weight: 700;
  }
  .name:focus {
    outline: none;
  }
  .name:focus-visible {
    outline: 2px solid var(--_primary);
  }
  .name-link {
    color: var(--_primary);
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
  /* Contact links stand alone (not inside a sentence), so they get the 24 px target of WCAG 2.5.8, at any zoom. */
  .contact {
    display: inline-block;
    min-height: 24px;
    min-width: 24px;
    padding-block: 0.125rem;
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
    min-height: 24px;
    min-width: 24px;
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
