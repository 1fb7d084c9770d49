import { css } from 'lit';

export const aspirationStatusStyles = css`
  .base {
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .heading,
  .result-heading,
  .timeline-heading,
  p,
  dl,
  dd {
    margin: 0;
  }
  .heading {
    font-size: 1.375rem;
  }
  .result-heading {
    font-size: 1.125rem;
  }
  .timeline-heading {
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
  #code {
    flex: 1 1 12rem;
    width: auto;
    min-width: 0;
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    text-transform: uppercase;
  }
  .code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
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
  /* Markers differ by shape as well as colour: done is filled and ticked, current has a thick ring, upcoming a thin
     dashed one. Forced colours (below) keep the shapes in system colours. */
  .marker {
    position: relative;
    width: 1.5rem;
    height: 1.5rem;
    border: 2px dashed var(--_muted);
    border-radius: 50%;
    background: var(--_surface);
  }
  .done .marker {
    border: 2px solid var(--_primary);
    background: var(--_primary);
  }
  .done .marker::after {
    content: '';
    position: absolute;
    top: 0.2rem;
    left: 0.42rem;
    width: 0.35rem;
    height: 0.65rem;
    border: solid var(--_on-primary);
    border-width: 0 0.15rem 0.15rem 0;
    transform: rotate(45deg);
  }
  .current .marker {
    border: 0.4rem solid var(--_primary);
  }
  .current.status-rejected .marker {
    border-color: var(--_danger);
  }
  @media (forced-colors: active) {
    .marker {
      forced-color-adjust: none;
      border-color: GrayText;
      background: Canvas;
    }
    .done .marker {
      border-color: CanvasText;
      background: CanvasText;
    }
    .done .marker::after {
      border-color: Canvas;
    }
    .current .marker,
    .current.status-rejected .marker {
      border-color: Highlight;
    }
    .step.done:not(:last-child)::after {
      border-left-color: CanvasText;
    }
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
