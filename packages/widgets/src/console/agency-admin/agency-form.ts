// The agency form's values, what of them changed, and its fields: name, short name, region (only when creating:
// an agency of another region is another agency), contact email and phone.
import type { Agency, AgencyInput, AgencyUpdate } from '@kim-kit/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { AgencyAdminStrings } from '../locales/agency-admin.js';
import type { ConsoleCommonStrings } from '../locales/common.js';
import type { Problems } from '../shared/problems.js';
import { fieldErrorView, fieldId } from '../shared/views.js';

export interface AgencyFormValues {
  regionCode: string;
  name: string;
  shortName: string;
  email: string;
  phone: string;
}

export const EMPTY_AGENCY: AgencyFormValues = { regionCode: '', name: '', shortName: '', email: '', phone: '' };

export const valuesOfAgency = (a: Agency): AgencyFormValues => ({
  regionCode: a.regionCode,
  name: a.name,
  shortName: a.shortName,
  email: a.email ?? '',
  phone: a.phone ?? '',
});

export function agencyInputOf(v: AgencyFormValues): AgencyInput {
  return {
    regionCode: v.regionCode.trim(),
    name: v.name.trim(),
    shortName: v.shortName.trim(),
    ...(v.email.trim() ? { email: v.email.trim() } : {}),
    ...(v.phone.trim() ? { phone: v.phone.trim() } : {}),
  };
}

/** Only what the person changed against `base` (an emptied contact field is sent as `null`). */
export function agencyUpdateOf(base: AgencyFormValues, v: AgencyFormValues): AgencyUpdate {
  const update: AgencyUpdate = {};
  if (v.name.trim() !== base.name) update.name = v.name.trim();
  if (v.shortName.trim() !== base.shortName) update.shortName = v.shortName.trim();
  if (v.email.trim() !== base.email) update.email = v.email.trim() || null;
  if (v.phone.trim() !== base.phone) update.phone = v.phone.trim() || null;
  return update;
}

/** The fields the person left empty that the contract requires. */
export function missingFields(v: AgencyFormValues, creating: boolean, required: string): Record<string, string> {
  const fields: Record<string, string> = {};
  if (creating && !v.regionCode.trim()) fields.regionCode = required;
  if (!v.name.trim()) fields.name = required;
  if (!v.shortName.trim()) fields.shortName = required;
  return fields;
}

export interface AgencyFieldsOptions {
  t: AgencyAdminStrings;
  common: ConsoleCommonStrings;
  values: AgencyFormValues;
  problems: Problems | undefined;
  /** Creating: the region can be chosen (from `regions`, or typed when the person keeps every region). */
  creating: boolean;
  regions: { code: string; name: string }[] | undefined;
  onInput: (patch: Partial<AgencyFormValues>) => void;
}

export function agencyFieldsView(o: AgencyFieldsOptions): TemplateResult {
  const { t, values } = o;
  const error = (path: string) => o.problems?.fields[path];
  const described = (path: string, hint?: string) =>
    [hint, error(path) ? `${fieldId(path)}-error` : ''].filter(Boolean).join(' ') || nothing;
  const input = (
    path: keyof AgencyFormValues,
    label: string,
    options: { hint?: string; type?: string; max: number; required?: boolean; lang?: string },
  ) => html`<div class="field">
    <label for=${path}>${label}</label>
    ${options.hint ? html`<p class="hint" id=${`${path}-hint`}>${options.hint}</p>` : nothing}
    ${fieldErrorView(o.common, path, error(path))}
    <input id=${path} type=${options.type ?? 'text'} maxlength=${options.max} .value=${values[path]}
      lang=${options.lang ?? nothing} ?required=${options.required === true}
      aria-invalid=${error(path) ? 'true' : 'false'}
      aria-describedby=${described(path, options.hint ? `${path}-hint` : undefined)}
      @input=${(e: Event) => o.onInput({ [path]: (e.target as HTMLInputElement).value })} />
  </div>`;
  const region = !o.creating
    ? html`<div class="field"><p><strong>${t.region}</strong>: <span class="code">${values.regionCode}</span></p>
        <p class="hint">${t.regionFixed}</p></div>`
    : o.regions
      ? html`<div class="field">
          <label for="regionCode">${t.region}</label>
          ${fieldErrorView(o.common, 'regionCode', error('regionCode'))}
          <select id="regionCode" required aria-invalid=${error('regionCode') ? 'true' : 'false'}
            aria-describedby=${described('regionCode')}
            @change=${(e: Event) => o.onInput({ regionCode: (e.target as HTMLSelectElement).value })}>
            ${o.regions.map(
              (r) =>
                html`<option value=${r.code} ?selected=${r.code === values.regionCode} lang="id">${r.name} (${r.code})</option>`,
            )}
          </select>
        </div>`
      : input('regionCode', t.region, { hint: t.regionHint, max: 5, required: true });
  return html`${region}
    ${input('name', t.name, { hint: t.nameHint, max: 150, required: true, lang: 'id' })}
    ${input('shortName', t.shortName, { hint: t.shortNameHint, max: 40, required: true, lang: 'id' })}
    ${input('email', t.email, { type: 'email', max: 254 })}
    ${input('phone', t.phone, { type: 'tel', max: 20 })}`;
}
