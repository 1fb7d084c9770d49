// The reporter's follow-up panel: forms stacked under the timeline, radio groups that wrap at 320 px.
import { css } from 'lit';

export const followUpPanelStyles = css`
  .follow-up,
  .follow-up-form {
    display: grid;
    gap: 0.75rem;
  }
  .follow-up-form {
    padding-top: var(--_space);
    border-top: 1px solid var(--_border);
  }
  .follow-up-heading {
    margin: 0;
    font-size: 1rem;
  }
  .follow-up fieldset {
    display: grid;
    gap: 0.5rem;
    min-width: 0;
    margin: 0;
    padding: 0.5rem 0.75rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .follow-up legend {
    padding: 0 0.25em;
    font-weight: 600;
  }
  .choice {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 0.6rem;
    align-items: start;
  }
  .choice label {
    font-weight: 500;
  }
  .follow-up input[type='radio'] {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_primary);
  }
  #fu-secret {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    text-transform: uppercase;
  }
  .optional {
    font-weight: 400;
    color: var(--_muted);
  }
  .question {
    margin: 0;
  }
  .question blockquote {
    margin: 0.25rem 0 0;
    padding: 0.5rem 0.75rem;
    border-left: 4px solid var(--_primary);
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  #fu-heading:focus {
    outline: none;
  }
  #fu-heading:focus-visible {
    outline: 2px solid var(--_primary);
    outline-offset: 2px;
  }
`;
