// The reporter's part of the tracker, below the timeline: the follow-up secret first (one field for every form), then
// what the report's state allows: add information, answer the official's open question, rate the response once it
// is resolved, reopen it within its window, and an information request's objection.
import type { AspirationTracking } from '@kim-kit/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { html as staticHtml } from 'lit/static-html.js';
import type { FollowUpStrings } from '../locales/follow-up.js';
import { CONTENT_LANGUAGE } from '../locales/language.js';
import { formatDateTime } from '../shared/format.js';
import { headingTag } from '../shared/heading-tag.js';
import { type FollowUpController, fieldId } from './follow-up-controller.js';
import { describedBy, errorLine, type FieldContext, sendRow, textArea } from './follow-up-fields.js';
import { type FollowUpAction, followUpOptions, hasFollowUp, needsSecret } from './follow-up-state.js';
import { objectionForm } from './objection-form.js';

export interface FollowUpPanelContext {
  controller: FollowUpController;
  strings: FollowUpStrings;
  errorPrefix: string;
  language: 'id' | 'en';
  locale: string;
  /** The widget's top heading level; the panel's heading is two below it, its forms' three. */
  headingLevel: number;
  /** Time for "now" (tests and stories may fix it). */
  now?: number;
}

/** The panel, or `nothing` when the report's state allows no step and there is nothing to say. */
export function followUpPanel(tracking: AspirationTracking, c: FollowUpPanelContext): TemplateResult | typeof nothing {
  const options = followUpOptions(tracking, c.now);
  // Kept while it reports a step just done, even when that step left nothing more to do (an objection filed).
  if (!hasFollowUp(options) && !c.controller.done) return nothing;
  const s = c.strings;
  const f: FieldContext = { controller: c.controller, strings: s, errorPrefix: c.errorPrefix };
  const heading = headingTag(c.headingLevel, 2);
  const sub = headingTag(c.headingLevel, 3);
  const when = (iso: string) => formatDateTime(iso, c.locale, tracking.regionCode);
  const form = (action: FollowUpAction, title: string, body: TemplateResult) =>
    staticHtml`<form part=${`follow-up-form ${action}-form`} class="follow-up-form" novalidate aria-labelledby=${`fu-${action}-heading`}
      @submit=${(e: SubmitEvent) => {
        e.preventDefault();
        c.controller.submit(action, tracking);
      }}>
      <${sub} id=${`fu-${action}-heading`} class="follow-up-heading">${title}</${sub}>
      ${body}
    </form>`;
  return staticHtml`<section part="follow-up" class="follow-up" aria-labelledby="fu-heading">
    <${heading} id="fu-heading" class="timeline-heading" tabindex="-1">${s.heading}</${heading}>
    <p role="status" part="follow-up-done" class=${c.controller.done ? 'notice' : 'visually-hidden'}>${c.controller.done || c.controller.announcement}</p>
    ${needsSecret(options) ? html`<p class="hint">${s.intro}</p>${secretField(f)}` : nothing}
    ${
      options.question
        ? form(
            'answer',
            s.answer.heading,
            html`${
              options.question.text
                ? html`<figure class="question"><figcaption>${s.answer.question}</figcaption>
                    <blockquote part="question" lang=${CONTENT_LANGUAGE}>${options.question.text}</blockquote></figure>`
                : html`<p class="hint">${s.answer.questionWithheld}</p>`
            }
            ${textArea(f, 'answer', 'text', s.answer.label)} ${sendRow(f, 'answer', s.answer.submit)}`,
          )
        : nothing
    }
    ${
      options.information
        ? form(
            'information',
            s.information.heading,
            html`${textArea(f, 'information', 'text', s.information.label, { hint: s.information.hint })}
            ${sendRow(f, 'information', s.information.submit)}`,
          )
        : nothing
    }
    ${options.rating ? form('rating', s.rating.heading, ratingFields(f)) : nothing}
    ${options.rated ? html`<p part="rated" class="notice">${s.rating.rated(options.rated.score)}</p>` : nothing}
    ${
      options.reopenUntil
        ? form(
            'reopen',
            s.reopen.heading,
            html`<p class="hint" part="reopen-until">${s.reopen.hint(when(options.reopenUntil))}</p>
            ${textArea(f, 'reopen', 'reason', s.reopen.label)} ${sendRow(f, 'reopen', s.reopen.submit)}`,
          )
        : nothing
    }
    ${
      options.reopenClosed
        ? html`<p part="reopen-closed" class="hint">${s.reopen.closed(options.reopenClosed.until && when(options.reopenClosed.until))}</p>`
        : nothing
    }
    ${options.objectionUntil ? form('objection', s.objection.heading, objectionForm(f, c.language, when(options.objectionUntil))) : nothing}
  </section>`;
}

function secretField(c: FieldContext): TemplateResult {
  const s = c.strings;
  const error = c.controller.errors.secret;
  return html`<div class="field">
    <label for="fu-secret">${s.secret}</label>
    <p id="fu-secret-hint" class="hint">${s.secretHint}</p>
    ${errorLine('fu-secret', error, c.errorPrefix, 'secret-error')}
    <input
      id="fu-secret"
      name="secret"
      part="secret"
      type="text"
      autocomplete="off"
      autocapitalize="characters"
      spellcheck="false"
      aria-describedby=${describedBy('fu-secret', true, error)}
      aria-invalid=${error ? 'true' : 'false'}
      .value=${live(c.controller.secret)}
      @input=${(e: Event) => c.controller.setSecret((e.target as HTMLInputElement).value)}
    />
  </div>`;
}

/** Native radios in a fieldset: arrow keys move between the scores, the legend names the group. */
function ratingFields(c: FieldContext): TemplateResult {
  const s = c.strings.rating;
  const id = fieldId('rating', 'score');
  const error = c.controller.errors['rating.score'];
  const chosen = c.controller.value('rating', 'score');
  return html`<fieldset id=${id} class="scores" aria-describedby=${describedBy(id, false, error)}>
      <legend>${s.legend}</legend>
      ${errorLine(id, error, c.errorPrefix)}
      ${s.scores.map(
        (label, i) => html`<div class="choice">
          <input
            type="radio"
            id=${`${id}-${i + 1}`}
            name="score"
            value=${i + 1}
            part="score"
            .checked=${live(chosen === String(i + 1))}
            @change=${() => c.controller.setValue('rating', 'score', String(i + 1))}
          /><label for=${`${id}-${i + 1}`}>${label}</label>
        </div>`,
      )}
    </fieldset>
    ${textArea(c, 'rating', 'comment', s.comment, { hint: s.commentHint, optional: true, rows: 3 })}
    ${sendRow(c, 'rating', s.submit)}`;
}
