// One form of the open record for an action other than the status (a question to the reporter, an information
// request's extension, decision or objection answer): its fields, the error summary, a notice after a stale version,
// and the submit button. Ids are prefixed with the action (`extend-reason`) so forms on one record never clash.
import { html, nothing, type TemplateResult } from 'lit';
import type { AspirationInboxStrings } from '../locales/aspiration-inbox.js';
import type { ConsoleCommonStrings } from '../locales/common.js';
import type { Problems } from '../shared/problems.js';
import { errorSummaryView, fieldErrorView, fieldId } from '../shared/views.js';

/** The record's actions besides the status dialog. */
export type RecordActionKey = 'question' | 'extend' | 'decide' | 'objection';

/** What was typed in one action's form: kept through errors, a stale version and an expired session. */
export interface RecordActionDraft {
  /** The report it is for. */
  id: string;
  values: Record<string, string>;
  busy: boolean;
  /** Field errors keyed by the field's id (`extend-reason`). */
  problems?: Problems;
  /** Shown above the form after the report changed under the person. */
  notice?: string;
}

export type RecordActionField =
  | { name: string; kind: 'textarea'; label: string; hint?: string; max: number; lang?: string }
  | { name: string; kind: 'select'; label: string; hint?: string; placeholder?: string; options: [string, string][] }
  | { name: string; kind: 'radio'; label: string; options: [string, string][] };

export interface RecordActionFormOptions {
  key: RecordActionKey;
  title: string;
  /** Facts shown above the fields (the objection being answered). */
  intro?: TemplateResult | typeof nothing;
  fields: RecordActionField[];
  submit: string;
  draft: RecordActionDraft;
  inbox: AspirationInboxStrings;
  common: ConsoleCommonStrings;
  root: { querySelector(selector: string): Element | null };
  onInput: (name: string, value: string) => void;
  onSubmit: (event: Event) => void;
}

/** The id of an action's field, as the form renders it and the error summary links to it. */
export const actionFieldId = (key: RecordActionKey, name: string): string => `${key}-${name}`;

/** The server's field paths (`reason`) as this form's ids (`extend-reason`). */
export function actionProblems(key: RecordActionKey, problems: Problems): Problems {
  const fields: Record<string, string> = {};
  for (const [path, message] of Object.entries(problems.fields)) fields[actionFieldId(key, path)] = message;
  return { ...problems, fields };
}

export function recordActionFormView(o: RecordActionFormOptions): TemplateResult {
  const { draft, key } = o;
  const error = (id: string) => draft.problems?.fields[id];
  const labels = Object.fromEntries(o.fields.map((f) => [actionFieldId(key, f.name), f.label]));
  const described = (id: string, hint: boolean) =>
    [hint ? `${id}-hint` : '', error(id) ? `${fieldId(id)}-error` : ''].filter(Boolean).join(' ') || nothing;
  const field = (f: RecordActionField): TemplateResult => {
    const id = actionFieldId(key, f.name);
    const value = draft.values[f.name] ?? '';
    const input = (e: Event) => o.onInput(f.name, (e.target as HTMLInputElement).value);
    if (f.kind === 'radio') {
      return html`<fieldset class="choices" aria-describedby=${error(id) ? `${fieldId(id)}-error` : nothing}>
        <legend>${f.label}</legend>
        ${fieldErrorView(o.common, id, error(id))}
        ${f.options.map(
          ([v, text], i) => html`<label class="check"><input type="radio" name=${id} value=${v}
            id=${i === 0 ? id : nothing} .checked=${value === v} @change=${input} /><span>${text}</span></label>`,
        )}
      </fieldset>`;
    }
    const hint = f.kind === 'textarea' ? `${f.hint ?? ''} ${o.inbox.characters(value.length, f.max)}` : f.hint;
    return html`<div class="field">
      <label for=${id}>${f.label}</label>
      ${hint ? html`<p class="hint" id=${`${id}-hint`}>${hint}</p>` : nothing}
      ${fieldErrorView(o.common, id, error(id))}
      ${
        f.kind === 'textarea'
          ? html`<textarea id=${id} rows="3" maxlength=${f.max} lang=${f.lang ?? 'id'} .value=${value} required
              aria-invalid=${error(id) ? 'true' : 'false'} aria-describedby=${described(id, Boolean(hint))}
              @input=${input}></textarea>`
          : html`<select id=${id} required aria-invalid=${error(id) ? 'true' : 'false'}
              aria-describedby=${described(id, Boolean(hint))} @change=${input}>
              ${f.placeholder ? html`<option value="" ?selected=${!value}>${f.placeholder}</option>` : nothing}
              ${f.options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
            </select>`
      }
    </div>`;
  };
  return html`<section aria-labelledby=${`${key}-title`} part=${`record-action ${key}-form`}>
    <h3 id=${`${key}-title`}>${o.title}</h3>
    ${o.intro ?? nothing}
    <form class="dialog-form" novalidate aria-busy=${draft.busy ? 'true' : 'false'} @submit=${o.onSubmit}>
      ${draft.notice ? html`<p class="state" role="alert" part="action-notice" tabindex="-1">${draft.notice}</p>` : nothing}
      ${errorSummaryView(o.common, draft.problems, o.root, labels)}
      ${o.fields.map(field)}
      <div class="actions">
        <button type="submit" class="button" part=${`${key}-submit`} aria-disabled=${draft.busy ? 'true' : 'false'}>
          ${draft.busy ? o.common.saving : o.submit}
        </button>
      </div>
    </form>
  </section>`;
}
