// An information request's objection (keberatan, UU 14/2008 art. 35-36): one of the Pasal 35(1) reasons, in the
// contract's words, and the requester's explanation. It uses the tracker's one follow-up secret field.
import { OBJECTION_REASON_LABELS, OBJECTION_REASONS } from '@kim-kit/sdk';
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { fieldId } from './follow-up-controller.js';
import { describedBy, errorLine, type FieldContext, sendRow, textArea } from './follow-up-fields.js';

/** The form's fields and send button; `until` is the end of the window with its zone. */
export function objectionForm(c: FieldContext, language: 'id' | 'en', until: string): TemplateResult {
  const s = c.strings.objection;
  const id = fieldId('objection', 'reason');
  const error = c.controller.errors['objection.reason'];
  const chosen = c.controller.value('objection', 'reason');
  return html`<p class="hint" part="objection-window">${s.hint(until)}</p>
    <fieldset id=${id} class="reasons" aria-describedby=${describedBy(id, false, error)}>
      <legend>${s.reason}</legend>
      ${errorLine(id, error, c.errorPrefix)}
      ${OBJECTION_REASONS.map(
        (reason) => html`<div class="choice">
          <input
            type="radio"
            id=${`${id}-${reason}`}
            name="objection-reason"
            value=${reason}
            part="objection-reason"
            .checked=${live(chosen === reason)}
            @change=${() => c.controller.setValue('objection', 'reason', reason)}
          /><label for=${`${id}-${reason}`}>${OBJECTION_REASON_LABELS[reason][language]}</label>
        </div>`,
      )}
    </fieldset>
    ${textArea(c, 'objection', 'text', s.text, { hint: s.textHint })}
    ${sendRow(c, 'objection', s.submit)}`;
}
