import { css } from 'lit';

export const aspirationStatsStyles = css`
  .base {
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .heading,
  .figure-heading,
  p,
  dl,
  dd {
    margin: 0;
  }
  .heading {
    font-size: 1.375rem;
    overflow-wrap: anywhere;
  }
  .figure-heading {
    font-size: 1.125rem;
  }
  .meta,
  dt {
    color: var(--_muted);
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    gap: var(--_space);
  }
  .facts > div {
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .facts dd {
    font-size: 1.25rem;
    font-weight: 700;
  }
  .figures {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr));
    gap: var(--_space);
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-bottom: 0.5rem;
  }
  th,
  td {
    padding: 0.25rem 0.5rem 0.25rem 0;
    text-align: start;
    vertical-align: middle;
    overflow-wrap: anywhere;
  }
  td.number,
  th.number {
    text-align: end;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  /* The chart: a bar per row, drawn beside the numbers it shows (hidden from assistive technology, which reads them). */
  td.bar-cell {
    width: 40%;
  }
  .bar {
    display: block;
    height: 0.875rem;
    width: calc(var(--share, 0) * 100%);
    min-width: 2px;
    background: var(--_primary);
    border-radius: 2px;
  }
  @container (max-width: 24rem) {
    td.bar-cell,
    th.bar-cell {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .bar {
      forced-color-adjust: none;
      background: CanvasText;
    }
  }
`;
