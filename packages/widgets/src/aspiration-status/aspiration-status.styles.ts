import { css } from 'lit';

export const aspirationStatusStyles = css`
  .base {
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  h2,
  h3,
  h4,
  p,
  dl,
  dd {
    margin: 0;
  }
  h2 {
    font-size: 1.375rem;
    line-height: 1.3;
  }
  h3 {
    font-size: 1.125rem;
  }
  h4 {
    font-size: 1rem;
  }
  form,
  .field,
  .result {
    display: grid;
    gap: 0.5rem;
  }
  .result {
    gap: var(--_space);
  }
  label {
    font-weight: 600;
  }
  .hint,
  .step-time,
  .step-hint,
  dt {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  input {
    flex: 1 1 12rem;
    min-width: 0;
    min-height: 2.75rem;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    letter-spacing: 0.05em;
    text-transform: uppercase;
  }
  input[aria-invalid='true'] {
    border: 2px solid var(--_danger);
  }
  .error {
    color: var(--_danger);
    font-weight: 600;
  }
  .code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    letter-spacing: 0.05em;
  }
  .notice {
    padding: 0.75rem var(--_space);
    border-left: 4px solid var(--_primary);
    background: color-mix(in srgb, var(--_primary) 8%, transparent);
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: 0.75rem var(--_space);
  }
  dd {
    overflow-wrap: anywhere;
  }
  .status {
    font-weight: 700;
    color: var(--_primary);
  }
  .status-rejected {
    color: var(--_danger);
  }
  .timeline {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .step {
    position: relative;
    display: grid;
    grid-template-columns: 1.5rem 1fr;
    gap: 0.75rem;
    padding-bottom: var(--_space);
  }
  .step:not(:last-child)::after {
    content: '';
    position: absolute;
    top: 1.4rem;
    bottom: 0;
    left: calc(0.75rem - 1px);
    border-left: 2px solid var(--_border);
  }
  .step.done:not(:last-child)::after {
    border-left-color: var(--_primary);
  }
  .marker {
    width: 1.5rem;
    height: 1.5rem;
    border: 2px solid var(--_border);
    border-radius: 50%;
    background: var(--_surface);
  }
  .done .marker {
    border-color: var(--_primary);
    background: var(--_primary);
  }
  .current .marker {
    border: 0.4rem solid var(--_primary);
  }
  .current.status-rejected .marker {
    border-color: var(--_danger);
  }
  .step-status {
    font-weight: 600;
  }
  .current .step-status {
    font-size: 1.0625rem;
    font-weight: 700;
  }
  .upcoming .step-status {
    color: var(--_muted);
    font-weight: 400;
  }
  .note {
    margin-top: 0.25rem;
    padding: 0.5rem 0.75rem;
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_muted) 10%, transparent);
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .skeleton.line {
    height: 1.25rem;
    margin-bottom: 0.5rem;
  }
  .skeleton.line:nth-child(2) {
    width: 70%;
  }
  .skeleton.line:nth-child(3) {
    width: 45%;
  }
`;
