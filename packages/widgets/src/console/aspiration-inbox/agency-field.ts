// The status dialog's required "agency to forward to" select: the active agencies of the reports' regencies or
// cities (grouped by region when a bulk selection spans more than one), with its loading, failure and empty states.
import { html, nothing, type TemplateResult } from 'lit';
import type { ConsoleCommonStrings } from '../locales/common.js';
import type { InboxAgencyStrings } from '../locales/inbox-agencies.js';
import { fieldErrorView } from '../shared/views.js';
import type { AgencyList } from './forward-agencies.js';

export interface AgencyFieldOptions {
  t: InboxAgencyStrings;
  common: ConsoleCommonStrings;
  /** One entry per regency or city of the reports, with its name for the group label. */
  regions: { code: string; name: string; list: AgencyList }[];
  value: string;
  error: string | undefined;
  bulk: boolean;
  onChange: (agencyId: string) => void;
  onRetry: () => void;
}

export function agencyFieldView(o: AgencyFieldOptions): TemplateResult {
  const { t } = o;
  const loading = o.regions.some((r) => r.list.state === 'loading');
  const failed = o.regions.some((r) => r.list.state === 'error');
  const ready = o.regions.flatMap((r) => (r.list.state === 'ready' ? [{ ...r, agencies: r.list.agencies }] : []));
  const empty = !loading && !failed && ready.every((r) => r.agencies.length === 0);
  const grouped = ready.length > 1;
  const options = (agencies: (typeof ready)[number]['agencies']) =>
    agencies.map(
      (a) => html`<option value=${a.id} ?selected=${a.id === o.value} lang="id">${a.name} (${a.shortName})</option>`,
    );
  const described = ['agencyId-hint', o.error ? 'agencyId-error' : '', failed || empty ? 'agencyId-state' : '']
    .filter(Boolean)
    .join(' ');
  return html`<div class="field" part="agency-field">
    <label for="agencyId">${t.agency}</label>
    <p class="hint" id="agencyId-hint">${o.bulk ? t.agencyHintBulk : t.agencyHint}</p>
    ${fieldErrorView(o.common, 'agencyId', o.error)}
    <select id="agencyId" required aria-required="true" aria-busy=${loading ? 'true' : 'false'}
      aria-invalid=${o.error ? 'true' : 'false'} aria-describedby=${described}
      @change=${(e: Event) => o.onChange((e.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${!o.value}>${loading ? t.loading : t.choose}</option>
      ${
        grouped
          ? ready.map((r) => html`<optgroup label=${r.name} lang="id">${options(r.agencies)}</optgroup>`)
          : options(ready[0]?.agencies ?? [])
      }
    </select>
    ${
      failed
        ? html`<p class="error" id="agencyId-state" part="agency-load-error">${t.loadFailed}
            <button type="button" class="button secondary" @click=${o.onRetry}>${o.common.retry}</button></p>`
        : empty
          ? html`<p class="hint" id="agencyId-state" part="agency-none">${t.none}</p>`
          : nothing
    }
  </div>`;
}
