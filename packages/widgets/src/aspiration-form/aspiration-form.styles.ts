import { css } from 'lit';

export const aspirationFormStyles = css`
  .base {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  form,
  .panel {
    display: grid;
    gap: var(--_space);
    max-width: 42rem;
  }
  .heading {
    margin: 0;
    font-size: 1.375rem;
  }
  .heading:focus,
  .summary:focus,
  .alert:focus {
    outline: none;
  }
  .heading:focus-visible,
  .summary:focus-visible,
  .alert:focus-visible {
    outline: 2px solid var(--_primary);
    outline-offset: 2px;
  }
  p,
  dl,
  dd {
    margin: 0;
  }
  .intro,
  .counter,
  .optional {
    color: var(--_muted);
  }
  .counter {
    font-size: 0.875rem;
  }
  .optional {
    font-weight: 400;
  }
  fieldset {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    margin: 0;
    padding: calc(var(--_space) * 0.75) var(--_space) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-width: 0;
  }
  legend {
    padding: 0 0.25em;
    font-weight: 600;
  }
  .field {
    display: grid;
    gap: 0.25rem;
    min-width: 0;
  }
  .choice,
  .switch {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 0.6rem;
    align-items: start;
  }
  .choice .hint,
  .switch .hint {
    grid-column: 2;
  }
  .choice label,
  .switch label {
    font-weight: 500;
  }
  input[type='radio'],
  input[type='checkbox'] {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_primary);
  }
  /* A switch shows its state by the thumb's side and by colour; in forced colours (below) by system colours too. */
  input[role='switch'] {
    appearance: none;
    position: relative;
    width: 2.75rem;
    height: 1.5rem;
    border: 2px solid var(--_muted);
    border-radius: 1rem;
    background: var(--_surface);
    cursor: pointer;
  }
  input[role='switch']::before {
    content: '';
    position: absolute;
    top: 0.1875rem;
    left: 0.1875rem;
    width: 0.875rem;
    height: 0.875rem;
    border-radius: 50%;
    background: var(--_muted);
    transition: transform 0.15s;
  }
  input[role='switch']:checked {
    border-color: var(--_primary);
    background: var(--_primary);
  }
  input[role='switch']:checked::before {
    background: var(--_on-primary);
    transform: translateX(1.25rem);
  }
  @media (prefers-reduced-motion: reduce) {
    input[role='switch']::before {
      transition: none;
    }
  }
  /* Forced colours replace backgrounds with the page colour, which would leave a switch without a visible state
     (WCAG 1.4.11): the track and thumb are drawn in system colours, filled when on, hollow when off. */
  @media (forced-colors: active) {
    input[role='switch'] {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: Canvas;
    }
    input[role='switch']::before {
      background: CanvasText;
    }
    input[role='switch']:checked {
      border-color: Highlight;
      background: Highlight;
    }
    input[role='switch']:checked::before {
      background: HighlightText;
    }
    input[role='switch']:focus-visible {
      outline-color: CanvasText;
    }
  }
  .counter.over,
  .alert,
  .summary,
  .options-error p {
    color: var(--_danger);
  }
  /* Lit's markers keep the live region from ever matching :empty; an empty one stays in the DOM (so filling it is
     announced) but draws nothing. */
  .summary.empty {
    padding: 0;
    border: 0;
  }
  .summary,
  .alert {
    padding: var(--_space);
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
  }
  .summary-title {
    margin: 0 0 0.5rem;
    font-size: 1.125rem;
  }
  .summary ul {
    margin: 0;
    padding-left: 1.25rem;
  }
  .summary a {
    color: var(--_danger);
    font-weight: 600;
  }
  .options-error {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .button[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
  .thanks {
    font-weight: 600;
  }
  .code-block {
    display: grid;
    gap: 0.25rem;
  }
  .code-label {
    color: var(--_muted);
  }
  .code-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
  }
  .code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 1.75rem;
    letter-spacing: 0.08em;
    overflow-wrap: anywhere;
  }
  .copy-status:empty {
    display: none;
  }
  .attachment-list {
    list-style: none;
    margin: 0.5rem 0 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .attachment {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: 0.25rem;
    padding: 0.5rem;
  }
  .attachment img,
  .file-icon {
    width: 4rem;
    height: 4rem;
    object-fit: cover;
    border-radius: 0.25rem;
    flex: none;
  }
  .file-icon {
    display: grid;
    place-items: center;
    border: 1px solid var(--_border);
    font-weight: 700;
  }
  .file-name {
    flex: 1 1 10rem;
    display: grid;
    overflow-wrap: anywhere;
  }
  .geo {
    display: grid;
    justify-items: start;
    gap: 0.5rem;
    margin-top: 0.5rem;
  }
  input[type='file'] {
    max-width: 100%;
  }
  @container (max-width: 24rem) {
    .base {
      padding: calc(var(--_space) * 0.75);
    }
    fieldset {
      padding-inline: calc(var(--_space) * 0.75);
    }
  }
`;
