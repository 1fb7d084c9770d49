// An information request's part of the officials' record (UU 14/2008): the register number, what the requester
// asked for and why, the form and delivery of the copy, the extension, the decision with a refusal's legal ground,
// the objection and until when one may still be filed. Officials see the purpose; the tracker never does.
import {
  INFORMATION_DELIVERY_LABELS,
  INFORMATION_FORMAT_LABELS,
  type InformationRequestView,
  REFUSAL_GROUND_LABELS,
} from '@kim-kit/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { InboxRecordActionStrings } from '../locales/inbox-record-actions.js';

export function informationRequestFactsView(
  t: InboxRecordActionStrings,
  language: 'id' | 'en',
  view: InformationRequestView,
  time: (iso: string) => TemplateResult,
): TemplateResult {
  const { extension, decision, objection } = view;
  return html`<section aria-labelledby="request-title" part="information-request">
    <h3 id="request-title">${t.requestTitle}</h3>
    <dl class="facts">
      <dt>${t.registerNumber}</dt><dd class="code" part="register-number">${view.registerNumber}</dd>
      ${view.purpose ? html`<dt>${t.purpose}</dt><dd lang="id">${view.purpose}</dd>` : nothing}
      ${view.informationRequested ? html`<dt>${t.informationRequested}</dt><dd lang="id">${view.informationRequested}</dd>` : nothing}
      <dt>${t.format}</dt><dd>${INFORMATION_FORMAT_LABELS[view.format][language]}</dd>
      <dt>${t.delivery}</dt><dd>${INFORMATION_DELIVERY_LABELS[view.delivery][language]}</dd>
      ${
        extension
          ? html`<dt>${t.extended(extension.days)}</dt><dd part="request-extension">${time(extension.dueAt)}</dd>
            <dt>${t.extensionReason}</dt><dd lang="id">${extension.reason}</dd>`
          : nothing
      }
      ${
        decision
          ? html`<dt>${t.decision}</dt>
            <dd part="request-decision">${decision.outcome === 'resolved' ? t.answered : t.refused} · ${time(decision.at)}</dd>
            ${decision.ground ? html`<dt>${t.ground}</dt><dd part="request-ground">${REFUSAL_GROUND_LABELS[decision.ground][language]}</dd>` : nothing}
            <dt>${decision.outcome === 'resolved' ? t.answer : t.refusalReason}</dt><dd lang="id">${decision.text}</dd>`
          : nothing
      }
      ${
        objection?.answer
          ? html`<dt>${t.objection}</dt><dd>${time(objection.submittedAt)}</dd>
            <dt>${t.objectionAnswer}</dt><dd lang="id" part="request-objection-answer">${objection.answer}</dd>`
          : nothing
      }
      ${view.objectionOpenUntil && !objection ? html`<dt>${t.objectionOpenUntil}</dt><dd>${time(view.objectionOpenUntil)}</dd>` : nothing}
    </dl>
  </section>`;
}
