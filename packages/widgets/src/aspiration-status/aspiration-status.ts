import {
  type AspirationKind,
  type AspirationTracking,
  aspirationsResource,
  followUpsResource,
  formatTrackingCode,
  informationRequestsResource,
  isKimNotFoundError,
  normalizeTrackingCode,
} from '@kim-kit/sdk';
import { Task, TaskStatus } from '@lit/task';
import { nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import { html } from 'lit/static-html.js';
import { KimStatusLoadedEvent } from '../events/kim-status-loaded.js';
import { aspirationKinds } from '../locales/aspiration-kinds.js';
import { aspirationStatus } from '../locales/aspiration-status.js';
import { common } from '../locales/common.js';
import { followUp } from '../locales/follow-up.js';
import { informationRequestTracking } from '../locales/information-request-tracking.js';
import { CONTENT_LANGUAGE } from '../locales/language.js';
import { trackerFiles } from '../locales/tracker-files.js';
import type { AspirationStatusStrings, CommonStrings } from '../locales/types.js';
import { fieldStyles } from '../shared/field-styles.js';
import { formatDate, formatDateTime } from '../shared/format.js';
import { headingTag } from '../shared/heading-tag.js';
import { KimElementBase } from '../shared/kim-element-base.js';
import { errorView, skeletonView } from '../shared/state-views.js';
import { baseStyles, buttonStyles, skeletonStyles, stateStyles, visuallyHidden } from '../shared/styles.js';
import { aspirationStatusStyles } from './aspiration-status.styles.js';
import { FollowUpController } from './follow-up-controller.js';
import { followUpPanel } from './follow-up-panel.js';
import { followUpPanelStyles } from './follow-up-panel.styles.js';
import { renderInformationRequest } from './information-request-panel.js';
import { publicFilesView } from './public-files.js';
import { publicFileStyles } from './public-files.styles.js';
import { buildTimeline, type TimelineStep } from './timeline.js';

/** An unknown code. Also matched by name, so a fake or hand-made client that mimics the SDK behaves the same. */
const isNotFound = (error: unknown) =>
  isKimNotFoundError(error) || (error as Error | undefined)?.name === 'KimNotFoundError';

/** The strings the tracker shows. */
interface StatusText {
  common: CommonStrings;
  aspirationStatus: AspirationStatusStrings;
  aspirationKinds: Record<AspirationKind, string>;
}

/** The SDK resources the tracker calls. */
const RESOURCES = {
  aspirations: aspirationsResource,
  followUps: followUpsResource,
  informationRequests: informationRequestsResource,
};

/**
 * Where a citizen follows a report with its tracking code: the current status and a timeline of every change,
 * each with its date and time in the zone of the report's province (WIB, WITA or WIT) and its public note.
 *
 * The code is read as people type it: any case, spaces and dashes ignored, I/L read as 1 and O as 0 (Crockford
 * base32), and checked for its 10 characters before any request. A malformed code is announced as an error and
 * clears the previous result. The view shows only what the API's public tracking record holds, and never reporter
 * data. A confidential report shows its status and the dates of its steps only: no title, category, kind or notes,
 * even if a server sent them, and it says so.
 *
 * An unknown code is a "not found" message, not an error: no `kim-error` is fired for it.
 *
 * Below the timeline, the reporter follows up with the secret from the receipt: adds information while the report is
 * worked on, answers an official's open question, rates the response 1-5 once resolved, reopens it within its window,
 * and objects to an information request's outcome (keberatan). The secret is kept in memory for the visit only.
 *
 * @summary Tracking-code lookup with the report's status timeline.
 *
 * @fires kim-status-loaded - A tracking record was loaded and shown; `tracking` holds it.
 * @fires kim-error - The lookup failed (network, server); `error` holds the details.
 *
 * @csspart base - The wrapper of everything.
 * @csspart form - The lookup form (`role="search"`).
 * @csspart heading - The widget's heading.
 * @csspart input - The tracking-code field.
 * @csspart hint - The hint under the field.
 * @csspart field-error - The message for an empty or malformed code.
 * @csspart submit-button - The "track" button.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart result - The found report.
 * @csspart confidential-notice - The note that a confidential report shows its status only.
 * @csspart status - The current status.
 * @csspart timeline - The ordered list of steps.
 * @csspart step - One step; also `step-done`, `step-current` or `step-upcoming`.
 * @csspart note - The public note of a step.
 * @csspart files - The files an official made public (photos link to the full file, PDFs with their size).
 * @csspart file - One public file.
 * @csspart follow-up - The reporter's follow-up below the timeline (with the secret from the receipt).
 * @csspart secret - The follow-up secret field ("Kode rahasia tindak lanjut"); kept in memory only, never stored.
 * @csspart secret-error - The message for a missing, malformed or wrong secret.
 * @csspart follow-up-form - Each step's form; also `information-form`, `answer-form`, `rating-form`, `reopen-form`
 *   and `objection-form` (keberatan, information requests).
 * @csspart follow-up-input - A text area of a follow-up form.
 * @csspart follow-up-button - The send button of a follow-up form.
 * @csspart follow-up-error - A form's message (too many attempts, offline, not possible now).
 * @csspart follow-up-done - The notice of the step just done (`role="status"`).
 * @csspart question - The official's open question, quoted.
 * @csspart score - A radio of the 1-5 rating.
 * @csspart rated - The note that the reporter rated the response.
 * @csspart reopen-until - Until when the report may be reopened.
 * @csspart reopen-closed - The note that the reopening window has closed.
 * @csspart objection-reason - A radio of the objection's Pasal 35(1) reasons.
 * @csspart objection-window - Until when an objection may be filed.
 * @csspart not-found - The message for an unknown code.
 * @csspart error - The panel shown when the lookup failed.
 * @csspart retry-button - The "try again" button in the error panel.
 *
 * @cssproperty [--kim-color-primary=#0b5cad] - The current step, done steps, buttons and focus rings.
 * @cssproperty [--kim-color-danger=#b3261e] - A rejected status and error messages.
 * @cssproperty [--kim-color-border=a mix of text and surface] - The timeline's line and upcoming steps.
 */
export class KimAspirationStatus extends KimElementBase<typeof RESOURCES> {
  static override resources = RESOURCES;

  static override styles = [
    baseStyles,
    buttonStyles,
    fieldStyles,
    skeletonStyles,
    stateStyles,
    visuallyHidden,
    aspirationStatusStyles,
    publicFileStyles,
    followUpPanelStyles,
  ];

  /** A tracking code to look up as soon as the element connects (and whenever it changes). */
  @property({ attribute: 'tracking-code' }) trackingCode = '';

  /** What the field shows. */
  @state() private entered = '';
  /** The normalised code being looked up; empty before the first lookup and after a malformed one. */
  @state() private code = '';
  @state() private inputError?: 'empty' | 'invalid';
  /** Lookups asked for: each renders its error afresh, so that the same mistake twice is announced twice. */
  @state() private attempts = 0;
  /** The view after the reporter's own step (added information, rating...), until the next lookup. */
  @state() private refreshed?: AspirationTracking;

  /** The reporter's follow-up with the secret from the receipt (kept in memory only). */
  private readonly followUp = new FollowUpController(
    this,
    () => this.need(this.api).client,
    () => this.strings(followUp),
    (tracking) => {
      this.refreshed = tracking;
    },
  );

  private readonly trackTask = new Task(this, {
    task: async ([api, code], { signal }): Promise<AspirationTracking | undefined> => {
      if (!code) return undefined;
      this.refreshed = undefined;
      // An unknown code is an answer, not a failure: shown as "not found", not reported.
      const tracking = await this.report(
        signal,
        () => this.need(api).client.aspirations.track(code, { signal }),
        isNotFound,
      );
      this.updateComplete.then(() => this.dispatchEvent(new KimStatusLoadedEvent(tracking)));
      return tracking;
    },
    args: () => [this.api, this.code] as const,
  });

  /** The strings this widget shows, in the effective language. */
  private get text(): StatusText {
    return {
      common: this.strings(common),
      aspirationStatus: this.strings(aspirationStatus),
      aspirationKinds: this.strings(aspirationKinds),
    };
  }

  /**
   * Looks up a code, as if it had been typed and submitted. Returns false when the code is empty or malformed; the
   * field then says so and the previous result goes, so that it is never taken for the answer.
   */
  track(code: string): boolean {
    const normalized = normalizeTrackingCode(code);
    this.entered = normalized ? formatTrackingCode(normalized) : code;
    if (!normalized) {
      this.inputError = code.trim() === '' ? 'empty' : 'invalid';
      this.code = '';
      return false;
    }
    this.inputError = undefined;
    // The same code again means "refresh".
    if (normalized === this.code) this.trackTask.run();
    else this.code = normalized;
    return true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('trackingCode') && this.trackingCode) this.track(this.trackingCode);
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    this.attempts++;
    if (!this.track(this.entered)) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#code')?.focus();
    }
  }

  private onInput(event: Event): void {
    this.entered = (event.target as HTMLInputElement).value;
    this.inputError = undefined;
  }

  override render() {
    const t = this.text;
    const s = t.aspirationStatus;
    const pending = this.trackTask.status === TaskStatus.PENDING;
    const error = this.inputError === 'empty' ? s.emptyCode : this.inputError === 'invalid' ? s.invalidCode : '';
    const heading = headingTag(this.headingLevel);
    return html`<div part="base" class="base" lang=${this.locale}>
      <form part="form" role="search" novalidate aria-labelledby="heading" @submit=${this.onSubmit}>
        <${heading} id="heading" part="heading" class="heading">${s.label}</${heading}>
        <div class="field">
          <label for="code">${s.code}</label>
          <p id="code-hint" part="hint" class="hint">${s.codeHint}</p>
          ${
            error
              ? keyed(
                  this.attempts,
                  html`<p id="code-error" part="field-error" class="error" role="alert"><span class="visually-hidden">${t.common.errorPrefix} </span>${error}</p>`,
                )
              : nothing
          }
          <div class="row">
            <input
              id="code"
              name="code"
              part="input"
              type="text"
              autocomplete="off"
              autocapitalize="characters"
              spellcheck="false"
              aria-describedby=${error ? 'code-hint code-error' : 'code-hint'}
              aria-invalid=${error ? 'true' : 'false'}
              .value=${live(this.entered)}
              @input=${this.onInput}
            />
            <button type="submit" class="button" part="submit-button">${s.track}</button>
          </div>
        </div>
      </form>
      <p class="visually-hidden" role="status">${this.announcement(s)}</p>
      <div class="outcome" aria-busy=${pending ? 'true' : 'false'}>
        ${this.trackTask.render({
          pending: () => skeletonView(3, () => html`<span class="skeleton line"></span>`),
          complete: (tracking) =>
            tracking
              ? this.renderTracking(
                  t,
                  this.refreshed?.trackingCode === tracking.trackingCode ? this.refreshed : tracking,
                )
              : nothing,
          error: (e) =>
            isNotFound(e)
              ? html`<div part="not-found" class="state">
                  <p>${s.notFound(formatTrackingCode(this.code))}</p>
                </div>`
              : errorView(t, e, () => this.trackTask.run()),
        })}
      </div>
    </div>`;
  }

  /** A short line for screen readers once a lookup settles; the full view is there to be read at will. */
  private announcement(s: AspirationStatusStrings): string {
    if (!this.code) return '';
    switch (this.trackTask.status) {
      case TaskStatus.PENDING:
        return s.loading;
      case TaskStatus.COMPLETE: {
        const tracking = this.trackTask.value;
        return tracking ? `${s.currentStatus}: ${s.statuses[tracking.status]}` : '';
      }
      case TaskStatus.ERROR:
        return isNotFound(this.trackTask.error) ? s.notFound(formatTrackingCode(this.code)) : '';
      default:
        return '';
    }
  }

  private renderTracking(t: StatusText, tracking: AspirationTracking): TemplateResult {
    const s = t.aspirationStatus;
    this.followUp.forCode(tracking.trackingCode);
    const confidential = tracking.confidential;
    const steps = buildTimeline(tracking, { withoutNotes: confidential });
    const result = headingTag(this.headingLevel, 1);
    const timeline = headingTag(this.headingLevel, 2);
    return html`<section part="result" class="result" aria-labelledby="result-heading">
      <${result} id="result-heading" class="result-heading">${s.code} <span class="code">${formatTrackingCode(tracking.trackingCode)}</span></${result}>
      ${confidential ? html`<p part="confidential-notice" class="notice">${s.confidential}</p>` : nothing}
      <dl class="facts">
        <div>
          <dt>${s.currentStatus}</dt>
          <dd part="status" class=${`status status-${tracking.status}`}>${s.statuses[tracking.status]}</dd>
        </div>
        ${
          tracking.agency
            ? html`<div><dt class="visually-hidden">${s.statuses.forwarded}</dt><dd part="agency" class="agency" title=${tracking.agency.name}>${s.forwardedTo(tracking.agency.shortName)}</dd></div>`
            : nothing
        }
        ${
          tracking.dueAt
            ? html`<div>
                <dt>${s.dueAt}</dt>
                <dd part="due"><time datetime=${tracking.dueAt}>${formatDateTime(tracking.dueAt, this.locale, tracking.regionCode)}</time></dd>
              </div>`
            : nothing
        }
        ${
          confidential
            ? nothing
            : html`${this.fact(s.kind, t.aspirationKinds[tracking.kind])}
              ${this.fact(s.title, tracking.title, CONTENT_LANGUAGE)}
              ${this.fact(s.category, tracking.category?.name, CONTENT_LANGUAGE)}
              <div>
                <dt>${s.submittedAt}</dt>
                <dd><time datetime=${tracking.submittedAt}>${formatDate(tracking.submittedAt, this.locale, tracking.regionCode)}</time></dd>
              </div>
              ${tracking.intake ? this.fact(s.recordedBy, tracking.intake.group.name, CONTENT_LANGUAGE) : nothing}`
        }
      </dl>
      ${
        tracking.informationRequest
          ? renderInformationRequest(tracking.informationRequest, {
              strings: this.strings(informationRequestTracking),
              language: this.language,
              locale: this.locale,
              regionCode: tracking.regionCode,
              headingLevel: this.headingLevel,
            })
          : nothing
      }
      <${timeline} id="timeline-heading" class="timeline-heading">${s.timeline}</${timeline}>
      <ol part="timeline" class="timeline" aria-labelledby="timeline-heading">
        ${steps.map((step) => this.renderStep(s, step, tracking.regionCode))}
      </ol>
      ${publicFilesView(this.strings(trackerFiles), this.locale, tracking.attachments, confidential, t.common.opensInNewTab, (id, text) => html`<${timeline} id=${id} class="timeline-heading">${text}</${timeline}>`)}
      ${followUpPanel(tracking, {
        controller: this.followUp,
        strings: this.strings(followUp),
        errorPrefix: t.common.errorPrefix,
        language: this.language,
        locale: this.locale,
        headingLevel: this.headingLevel,
      })}
    </section>`;
  }

  private fact(label: string, value: string | undefined, lang?: string): TemplateResult | typeof nothing {
    return value ? html`<div><dt>${label}</dt><dd lang=${lang ?? nothing}>${value}</dd></div>` : nothing;
  }

  private renderStep(s: AspirationStatusStrings, step: TimelineStep, regionCode: string): TemplateResult {
    return html`<li
      part=${`step step-${step.state}`}
      class=${`step ${step.state} status-${step.status}`}
      aria-current=${step.state === 'current' ? 'step' : nothing}
    >
      <span class="marker" aria-hidden="true"></span>
      <div class="step-body">
        <p class="step-status">
          ${
            step.kind === 'agency_response' && step.agency
              ? s.agencyResponse(step.agency)
              : step.kind !== 'status' && step.kind !== 'agency_response'
                ? s.followUpKinds[step.kind]
                : step.status === 'forwarded' && step.agency
                  ? s.forwardedTo(step.agency)
                  : s.statuses[step.status]
          }${step.state === 'upcoming' ? html`<span class="visually-hidden"> (${s.upcoming})</span>` : nothing}
        </p>
        ${step.at ? html`<p class="step-time"><time datetime=${step.at}>${formatDateTime(step.at, this.locale, regionCode)}</time></p>` : nothing}
        ${step.state === 'current' ? html`<p class="step-hint">${s.statusHints[step.status]}</p>` : nothing}
        ${step.note ? html`<p part="note" class="note" lang=${CONTENT_LANGUAGE}>${step.note}</p>` : nothing}
      </div>
    </li>`;
  }
}
