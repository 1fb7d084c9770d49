// An information request's part of the tracker (UU 14/2008): register number, what was asked, the extension, the
// answer or the written refusal with its legal ground, and the objection window or the objection itself.
import { type InformationRequestView, REFUSAL_GROUND_LABELS } from '@kim-kit/sdk';
import { nothing, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import type { InformationRequestTrackingStrings } from '../locales/information-request-tracking.js';
import { CONTENT_LANGUAGE } from '../locales/language.js';
import { formatDateTime } from '../shared/format.js';
import { headingTag } from '../shared/heading-tag.js';

export interface InformationRequestPanelContext {
  strings: InformationRequestTrackingStrings;
  language: 'id' | 'en';
  locale: string;
  regionCode: string;
  /** The widget's top heading level; the panel's heading is two below it, as the timeline's. */
  headingLevel: number;
}

const row = (label: string, value: TemplateResult | string, part?: string, lang?: string) =>
  html`<div><dt>${label}</dt><dd part=${part ?? nothing} lang=${lang ?? nothing}>${value}</dd></div>`;

/** The panel; `nothing` for text that a confidential request leaves out (empty strings from the server). */
export function renderInformationRequest(
  view: InformationRequestView,
  c: InformationRequestPanelContext,
): TemplateResult {
  const s = c.strings;
  const time = (iso: string) => html`<time datetime=${iso}>${formatDateTime(iso, c.locale, c.regionCode)}</time>`;
  const { extension, decision, objection } = view;
  const heading = headingTag(c.headingLevel, 2);
  return html`<section part="information-request" class="information-request" aria-labelledby="ir-heading">
    <${heading} id="ir-heading" class="timeline-heading">${s.heading}</${heading}>
    <dl class="facts">
      ${row(s.registerNumber, view.registerNumber, 'register-number')}
      ${view.informationRequested ? row(s.informationRequested, view.informationRequested, undefined, CONTENT_LANGUAGE) : nothing}
      ${extension ? row(s.extended(extension.days), time(extension.dueAt), 'extension') : nothing}
      ${extension?.reason ? row(s.extensionReason, extension.reason, undefined, CONTENT_LANGUAGE) : nothing}
      ${
        decision?.outcome === 'resolved' && decision.text
          ? row(s.answer, decision.text, 'answer', CONTENT_LANGUAGE)
          : nothing
      }
      ${
        decision?.outcome === 'rejected'
          ? html`${decision.ground ? row(s.ground, REFUSAL_GROUND_LABELS[decision.ground][c.language], 'ground') : nothing}
            ${decision.text ? row(s.refusal, decision.text, 'refusal', CONTENT_LANGUAGE) : nothing}`
          : nothing
      }
      ${objection ? row(s.objection, time(objection.submittedAt), 'objection') : nothing}
      ${objection && !objection.answer ? row(s.objectionDue, time(objection.dueAt)) : nothing}
      ${objection?.answer ? row(s.objectionAnswer, objection.answer, 'objection-answer', CONTENT_LANGUAGE) : nothing}
      ${view.objectionOpenUntil ? row(s.objectionUntil, time(view.objectionOpenUntil), 'objection-until') : nothing}
    </dl>
  </section>`;
}
