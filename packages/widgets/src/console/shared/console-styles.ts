// Styles every console section shares, on top of the public widgets' base, button and field styles: the error
// summary, state panels, toolbars, badges, dialogs, and record tables that become stacked cards on a phone.
import { css } from 'lit';

export const consoleStyles = css`
  h1,
  h2,
  h3 {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  .error {
    color: var(--_danger);
    margin: 0;
    font-weight: 600;
  }
  .hint {
    color: var(--_muted);
    margin: 0;
  }
  .summary {
    border: 3px solid var(--_danger);
    padding: 0.75rem 1rem;
  }
  .summary:focus-visible {
    outline: 3px solid var(--_primary);
    outline-offset: 2px;
  }
  .summary-title {
    font-size: 1.125rem;
  }
  .summary a {
    color: var(--_danger);
  }
  .state {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .state p {
    margin: 0 0 calc(var(--_space) / 2);
  }
  [part~='error'].state,
  [part~='forbidden'].state {
    border-color: var(--_danger);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: end;
  }
  .button {
    min-height: 2.75rem;
  }
  .badge {
    display: inline-block;
    padding: 0 0.5em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.875rem;
    white-space: nowrap;
  }
  .badge.danger {
    color: var(--_danger);
  }
  .check {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    min-height: 1.5rem;
  }
  .check input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
  }
  dialog {
    max-width: min(40rem, calc(100vw - 2rem));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    padding: var(--_space);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  /* A record table; below 40rem each row is a card with its cells labelled from data-label. */
  table.records {
    width: 100%;
    border-collapse: collapse;
  }
  table.records th,
  table.records td {
    text-align: start;
    padding: 0.5rem;
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
    overflow-wrap: anywhere;
  }
  @container (max-width: 40rem) {
    table.records thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    table.records,
    table.records tbody,
    table.records tr,
    table.records td {
      display: block;
      width: 100%;
    }
    table.records tr {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      margin-bottom: 0.75rem;
      padding: 0.25rem 0.5rem;
    }
    table.records td {
      border: 0;
      padding: 0.25rem 0;
    }
    table.records td[data-label]::before {
      content: attr(data-label) ': ';
      font-weight: 600;
    }
  }
  @media (forced-colors: active) {
    .badge,
    .summary,
    .state {
      border-color: CanvasText;
    }
  }
`;
