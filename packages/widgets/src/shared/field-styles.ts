// Form controls styled once for every widget: the form's fields, the tracker's code, the directory's search and
// filters. A module of its own, so a widget without controls (the feed) does not bundle it.
import { css } from 'lit';

/** Text inputs, text areas and selects: one look for every widget's form controls. */
export const fieldStyles = css`
  input:not([type='checkbox']):not([type='radio']),
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
    font-weight: 400;
    letter-spacing: inherit;
    word-spacing: inherit;
  }
  textarea {
    resize: vertical;
    min-height: 8rem;
  }
  [aria-invalid='true']:not(fieldset) {
    border-color: var(--_danger);
    border-width: 2px;
  }
  label {
    font-weight: 600;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .error {
    color: var(--_danger);
    font-weight: 600;
  }
`;
