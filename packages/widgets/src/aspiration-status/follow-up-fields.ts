// The pieces every follow-up form is made of: a labelled text area with its hint and error, a form's own message,
// and the send button. Each error is linked to its control (aria-describedby) and marked (aria-invalid).
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import type { FollowUpStrings } from '../locales/follow-up.js';
import { type FollowUpController, fieldId } from './follow-up-controller.js';
import type { FollowUpAction } from './follow-up-state.js';

export interface FieldContext {
  controller: FollowUpController;
  strings: FollowUpStrings;
  /** "Galat:", read before every error. */
  errorPrefix: string;
}

/** An error line (`{id}-error`), read with the "Galat:" prefix. */
export const errorLine = (id: string, message: string | undefined, prefix: string, part = 'field-error') =>
  message
    ? html`<p id=${`${id}-error`} part=${part} class="error"><span class="visually-hidden">${prefix} </span>${message}</p>`
    : nothing;

/** The ids a control is described by: its hint and, when there is one, its error. */
export const describedBy = (id: string, hint: boolean, error: string | undefined) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing;

export function textArea(
  c: FieldContext,
  action: FollowUpAction,
  field: string,
  label: string,
  options: { hint?: string; optional?: boolean; rows?: number } = {},
): TemplateResult {
  const id = fieldId(action, field);
  const error = c.controller.errors[`${action}.${field}`];
  return html`<div class="field">
    <label for=${id}>${label}${options.optional ? html` <span class="optional">${c.strings.optional}</span>` : nothing}</label>
    ${options.hint ? html`<p id=${`${id}-hint`} class="hint">${options.hint}</p>` : nothing}
    ${errorLine(id, error, c.errorPrefix)}
    <textarea
      id=${id}
      name=${field}
      part="follow-up-input"
      rows=${options.rows ?? 4}
      aria-describedby=${describedBy(id, Boolean(options.hint), error)}
      aria-invalid=${error ? 'true' : 'false'}
      .value=${live(c.controller.value(action, field))}
      @input=${(e: Event) => c.controller.setValue(action, field, (e.target as HTMLTextAreaElement).value)}
    ></textarea>
  </div>`;
}

/** The send button and the form's own message (offline, too many attempts, not possible now), announced. */
export function sendRow(c: FieldContext, action: FollowUpAction, label: string): TemplateResult {
  const message = c.controller.formErrors[action];
  const sending = c.controller.pending === action;
  return html`${
    message
      ? keyed(
          c.controller.attempts,
          html`<p part="follow-up-error" class="error form-error" role="alert"><span class="visually-hidden">${c.errorPrefix} </span>${message}</p>`,
        )
      : nothing
  }
    <div class="row">
      <button type="submit" class="button" part="follow-up-button" aria-disabled=${sending ? 'true' : 'false'}>
        ${sending ? c.strings.sending : label}
      </button>
    </div>`;
}
