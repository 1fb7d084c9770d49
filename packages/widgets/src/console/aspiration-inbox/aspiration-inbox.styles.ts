// The inbox's own layout on top of the console styles: the filter grid, the current row, the record's facts and
// history, and the dialogs' radio list.
import { css } from 'lit';

export const inboxStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  .inbox,
  .record,
  form.filters,
  .dialog-form {
    display: grid;
    gap: 1rem;
  }
  .filters fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0;
    padding: 0.75rem;
    display: grid;
    gap: 0.75rem;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr));
  }
  .filters legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  .filters .wide {
    grid-column: 1 / -1;
  }
  .field select,
  .field input,
  .field textarea {
    width: 100%;
    min-height: 2.75rem;
    box-sizing: border-box;
  }
  .toolbar .hint {
    flex: 1 1 12rem;
  }
  tr.current {
    outline: 2px solid var(--_primary);
    outline-offset: -2px;
  }
  tr.chosen {
    background: color-mix(in srgb, var(--_primary) 8%, var(--_surface));
  }
  td.select,
  th.select {
    width: 2.75rem;
  }
  td.select label,
  th.select label {
    display: inline-flex;
    min-width: 2.75rem;
    min-height: 2.75rem;
    align-items: center;
    justify-content: center;
  }
  td.select input,
  th.select input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
  }
  a.open {
    font-weight: 600;
    display: inline-block;
    min-height: 1.5rem;
  }
  .code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    white-space: nowrap;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin-top: 0.25rem;
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  dl.facts {
    display: grid;
    grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
    gap: 0.25rem 1rem;
    margin: 0;
    overflow-wrap: anywhere;
  }
  dl.facts dt {
    font-weight: 600;
  }
  dl.facts dd {
    margin: 0;
  }
  @container (max-width: 30rem) {
    dl.facts {
      grid-template-columns: minmax(0, 1fr);
    }
    dl.facts dd {
      margin-bottom: 0.5rem;
    }
  }
  .body {
    white-space: pre-line;
    overflow-wrap: anywhere;
    margin: 0;
  }
  ol.history {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  ol.history li {
    border-inline-start: 3px solid var(--_border);
    padding-inline-start: 0.75rem;
  }
  ol.history p {
    margin: 0.25rem 0 0;
    overflow-wrap: anywhere;
  }
  .note-label {
    font-weight: 600;
  }
  .internal {
    border: 1px dashed var(--_muted);
    border-radius: var(--_radius);
    padding: 0.25rem 0.5rem;
  }
  fieldset.choices {
    border: 0;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.25rem;
  }
  fieldset.choices legend {
    font-weight: 600;
    margin-bottom: 0.25rem;
  }
  .results ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .results li.failed {
    color: var(--_danger);
  }
  .shortcuts dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 1rem;
    margin: 0;
  }
  .shortcuts dd {
    margin: 0;
  }
  kbd {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    border: 1px solid var(--_border);
    border-radius: 0.25rem;
    padding: 0 0.3em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  @media (forced-colors: active) {
    tr.current {
      outline-color: Highlight;
    }
    tr.chosen {
      background: Canvas;
      border-inline-start: 4px solid Highlight;
    }
  }
`;
