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
  h2 {
    margin: 0;
    font-size: 1.375rem;
    line-height: 1.3;
  }
  h2:focus,
  .summary:focus,
  .alert:focus {
    outline: none;
  }
  h2:focus-visible,
  .summary:focus-visible,
  .alert:focus-visible {
    outline: 2px solid var(--_primary);
    outline-offset: 2px;
  }
  p {
    margin: 0;
  }
  .intro,
  .note,
  .hint,
  .counter,
  .optional {
    color: var(--_muted);
  }
  .hint,
  .counter,
  .note {
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
  label {
    font-weight: 600;
  }
  input[type='text'],
  input[type='email'],
  input[type='tel'],
  textarea,
  select {
    width: 100%;
    min-height: 2.75rem;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  textarea {
    resize: vertical;
    min-height: 8rem;
  }
  [aria-invalid='true']:not(fieldset) {
    border-color: var(--_danger);
    border-width: 2px;
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
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.15rem 0 0;
    accent-color: var(--_primary);
  }
  input[role='switch'] {
    appearance: none;
    position: relative;
    width: 2.5rem;
    height: 1.4rem;
    border: 2px solid var(--_muted);
    border-radius: 1rem;
    background: var(--_surface);
    cursor: pointer;
  }
  input[role='switch']::before {
    content: '';
    position: absolute;
    top: 0.15rem;
    left: 0.15rem;
    width: 0.85rem;
    height: 0.85rem;
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
    transform: translateX(1.1rem);
  }
  @media (prefers-reduced-motion: reduce) {
    input[role='switch']::before {
      transition: none;
    }
  }
  .counter.over,
  .error,
  .alert,
  .summary,
  .options-error p {
    color: var(--_danger);
  }
  .error {
    font-weight: 600;
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
  @container (max-width: 24rem) {
    .base {
      padding: calc(var(--_space) * 0.75);
    }
    fieldset {
      padding-inline: calc(var(--_space) * 0.75);
    }
  }
`;
