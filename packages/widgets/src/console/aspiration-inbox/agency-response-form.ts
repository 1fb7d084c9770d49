// The record's form for the answer of the agency a report was forwarded to: a public note (the tracker shows it) and
// an internal one, saved as a history entry at the version read. What was typed survives an error or an expiry.
import { html, nothing, type TemplateResult } from 'lit';
import type { AspirationInboxStrings } from '../locales/aspiration-inbox.js';
import type { ConsoleCommonStrings } from '../locales/common.js';
import type { InboxAgencyStrings } from '../locales/inbox-agencies.js';
import type { Problems } from '../shared/problems.js';
import { errorSummaryView, fieldErrorView, fieldId } from '../shared/views.js';

/** The public answer's and the internal note's longest lengths (the contract's `AgencyResponseInput`). */
export const RESPONSE_LIMITS = { note: 1000, internalNote: 2000 } as const;

export interface ResponseDraft {
  /** The report it is for. */
  id: string;
  note: string;
  internalNote: string;
  busy: boolean;
  /** Field errors keyed `response-note`, `response-internalNote`. */
  problems?: Problems;
  /** Shown above the form after the report changed under the person. */
  notice?: string;
}

/** The server's field paths (`note`) as this form's (`response-note`), so its ids never clash with the dialog's. */
export function responseProblems(problems: Problems): Problems {
  const fields: Record<string, string> = {};
  for (const [path, message] of Object.entries(problems.fields)) fields[`response-${path}`] = message;
  return { ...problems, fields };
}

export interface ResponseFormOptions {
  t: InboxAgencyStrings;
  inbox: AspirationInboxStrings;
  common: ConsoleCommonStrings;
  agencyName: string;
  draft: ResponseDraft;
  root: { querySelector(selector: string): Element | null };
  onInput: (patch: Partial<ResponseDraft>) => void;
  onSubmit: (event: Event) => void;
}

export function agencyResponseFormView(o: ResponseFormOptions): TemplateResult {
  const { t, draft } = o;
  const error = (path: string) => draft.problems?.fields[path];
  const textarea = (path: 'note' | 'internalNote', label: string, hint: string | undefined, max: number) => {
    const id = `response-${path}`;
    const described = [`${id}-hint`, error(id) ? `${fieldId(id)}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <p class="hint" id=${`${id}-hint`}>${hint ?? ''} ${o.inbox.characters(draft[path].length, max)}</p>
      ${fieldErrorView(o.common, id, error(id))}
      <textarea id=${id} rows="3" maxlength=${max} lang="id" .value=${draft[path]}
        ?required=${path === 'note'} aria-invalid=${error(id) ? 'true' : 'false'} aria-describedby=${described}
        @input=${(e: Event) => o.onInput({ [path]: (e.target as HTMLTextAreaElement).value })}></textarea>
    </div>`;
  };
  return html`<section aria-labelledby="response-title" part="agency-response-form">
    <h3 id="response-title" lang="id">${t.responseTitle(o.agencyName)}</h3>
    <form class="dialog-form" novalidate aria-busy=${draft.busy ? 'true' : 'false'} @submit=${o.onSubmit}>
      ${draft.notice ? html`<p class="state" role="alert" part="response-notice">${draft.notice}</p>` : nothing}
      ${errorSummaryView(o.common, draft.problems, o.root, {
        'response-note': t.responseNote,
        'response-internalNote': t.responseInternalNote,
      })}
      ${textarea('note', t.responseNote, t.responseNoteHint, RESPONSE_LIMITS.note)}
      ${textarea('internalNote', t.responseInternalNote, o.inbox.internalNoteHint, RESPONSE_LIMITS.internalNote)}
      <div class="actions">
        <button type="submit" class="button" part="response-submit" aria-disabled=${draft.busy ? 'true' : 'false'}>
          ${draft.busy ? o.common.saving : t.responseSubmit}
        </button>
      </div>
    </form>
  </section>`;
}
