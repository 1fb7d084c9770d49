import { type AspirationTracking, formatTrackingCode, isKimNotFoundError, normalizeTrackingCode } from '@kim-kit/sdk';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { KimStatusLoadedEvent } from '../events/kim-status-loaded.js';
import { formatDate } from '../shared/format.js';
import { KimElement } from '../shared/kim-element.js';
import { errorView, skeletonView } from '../shared/state-views.js';
import { baseStyles, buttonStyles, skeletonStyles, stateStyles, visuallyHidden } from '../shared/styles.js';
import { aspirationStatusStyles } from './aspiration-status.styles.js';
import { buildTimeline, type TimelineStep } from './timeline.js';

/** An unknown code. Also matched by name, so a fake or hand-made client that mimics the SDK behaves the same. */
const isNotFound = (error: unknown) =>
  isKimNotFoundError(error) || (error as Error | undefined)?.name === 'KimNotFoundError';

// Building a formatter costs more than using one; a timeline formats several dates per render.
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function formatDateTime(iso: string, locale: string): string {
  let format = dateTimeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' });
    dateTimeFormats.set(locale, format);
  }
  return format.format(new Date(iso));
}

/**
 * Where a citizen follows an aspiration with its tracking code: the current status and a timeline of every change,
 * each with its date and public note.
 *
 * The code is read as people type it: any case, spaces and dashes ignored, I/L read as 1 and O as 0 (Crockford
 * base32), and checked for its 10 characters before any request. The view shows only what the API's public tracking
 * record holds, and never reporter data. A confidential aspiration shows its status and the dates of its steps only:
 * no title, category, kind or notes, even if a server sent them, and it says so.
 *
 * An unknown code is a "not found" message, not an error: no `kim-error` is fired for it.
 *
 * @summary Tracking-code lookup with the aspiration's status timeline.
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
 * @csspart result - The found aspiration.
 * @csspart confidential-notice - The note that a confidential aspiration shows its status only.
 * @csspart status - The current status.
 * @csspart timeline - The ordered list of steps.
 * @csspart step - One step; also `step-done`, `step-current` or `step-upcoming`.
 * @csspart note - The public note of a step.
 * @csspart not-found - The message for an unknown code.
 * @csspart error - The panel shown when the lookup failed.
 * @csspart retry-button - The "try again" button in the error panel.
 *
 * @cssproperty [--kim-color-primary=#0b5cad] - The current step, done steps, buttons and focus rings.
 * @cssproperty [--kim-color-danger=#b3261e] - A rejected status and error messages.
 * @cssproperty [--kim-color-border=#d5d9de] - The timeline's line and upcoming steps.
 */
export class KimAspirationStatus extends KimElement {
  static override styles = [
    baseStyles,
    buttonStyles,
    skeletonStyles,
    stateStyles,
    visuallyHidden,
    aspirationStatusStyles,
  ];

  /** A tracking code to look up as soon as the element connects (and whenever it changes). */
  @property({ attribute: 'tracking-code' }) trackingCode = '';

  /** What the field shows. */
  @state() private entered = '';
  /** The normalised code being looked up; empty before the first lookup. */
  @state() private code = '';
  @state() private inputError?: 'empty' | 'invalid';

  private readonly trackTask = new Task(this, {
    task: async ([client, code], { signal }): Promise<AspirationTracking | undefined> => {
      if (!code) return undefined;
      // An unknown code is an answer, not a failure: shown as "not found", not reported.
      const tracking = await this.report(
        signal,
        () => this.need(client).aspirations.track(code, { signal }),
        isNotFound,
      );
      this.updateComplete.then(() => this.dispatchEvent(new KimStatusLoadedEvent(tracking)));
      return tracking;
    },
    args: () => [this.resolvedClient, this.code] as const,
  });

  /** Looks up a code, as if it had been typed and submitted. Returns false when the code is malformed. */
  track(code: string): boolean {
    const normalized = normalizeTrackingCode(code);
    this.entered = normalized ? formatTrackingCode(normalized) : code;
    if (!normalized) {
      this.inputError = code.trim() === '' ? 'empty' : 'invalid';
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
    const t = this.t.aspirationStatus;
    const pending = this.trackTask.status === TaskStatus.PENDING;
    const error = this.inputError === 'empty' ? t.emptyCode : this.inputError === 'invalid' ? t.invalidCode : '';
    return html`<div part="base" class="base" aria-busy=${pending ? 'true' : 'false'}>
      <form part="form" role="search" novalidate aria-labelledby="heading" @submit=${this.onSubmit}>
        <h2 id="heading" part="heading">${t.label}</h2>
        <div class="field">
          <label for="code">${t.code}</label>
          <p id="code-hint" part="hint" class="hint">${t.codeHint}</p>
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
            <button type="submit" class="button" part="submit-button">${t.track}</button>
          </div>
          ${error ? html`<p id="code-error" part="field-error" class="error">${error}</p>` : nothing}
        </div>
      </form>
      <p class="visually-hidden" role="status">${this.announcement()}</p>
      ${this.trackTask.render({
        pending: () => skeletonView(3, () => html`<span class="skeleton line"></span>`),
        complete: (tracking) => (tracking ? this.renderTracking(tracking) : nothing),
        error: (e) =>
          isNotFound(e)
            ? html`<div part="not-found" class="state">
                <p>${t.notFound(formatTrackingCode(this.code))}</p>
              </div>`
            : errorView(this.t, e, () => this.trackTask.run()),
      })}
    </div>`;
  }

  /** A short line for screen readers once a lookup settles; the full view is there to be read at will. */
  private announcement(): string {
    const t = this.t.aspirationStatus;
    switch (this.trackTask.status) {
      case TaskStatus.PENDING:
        return t.loading;
      case TaskStatus.COMPLETE: {
        const tracking = this.trackTask.value;
        return tracking ? `${t.currentStatus}: ${t.statuses[tracking.status]}` : '';
      }
      case TaskStatus.ERROR:
        return isNotFound(this.trackTask.error) ? t.notFound(formatTrackingCode(this.code)) : '';
      default:
        return '';
    }
  }

  private renderTracking(tracking: AspirationTracking): TemplateResult {
    const t = this.t.aspirationStatus;
    const confidential = tracking.confidential;
    const steps = buildTimeline(tracking, { withoutNotes: confidential });
    return html`<section part="result" class="result" aria-labelledby="result-heading">
      <h3 id="result-heading">${t.code} <span class="code">${formatTrackingCode(tracking.trackingCode)}</span></h3>
      ${confidential ? html`<p part="confidential-notice" class="notice">${t.confidential}</p>` : nothing}
      <dl class="facts">
        <div>
          <dt>${t.currentStatus}</dt>
          <dd part="status" class=${`status status-${tracking.status}`}>${t.statuses[tracking.status]}</dd>
        </div>
        ${
          confidential
            ? nothing
            : html`${this.fact(t.kind, this.t.aspirationForm.kinds[tracking.kind])}
              ${this.fact(t.title, tracking.title)} ${this.fact(t.category, tracking.category?.name)}
              <div>
                <dt>${t.submittedAt}</dt>
                <dd><time datetime=${tracking.submittedAt}>${formatDate(tracking.submittedAt, this.t.locale)}</time></dd>
              </div>`
        }
      </dl>
      <h4 id="timeline-heading">${t.timeline}</h4>
      <ol part="timeline" class="timeline" aria-labelledby="timeline-heading">
        ${steps.map((step) => this.renderStep(step))}
      </ol>
    </section>`;
  }

  private fact(label: string, value: string | undefined): TemplateResult | typeof nothing {
    return value ? html`<div><dt>${label}</dt><dd>${value}</dd></div>` : nothing;
  }

  private renderStep(step: TimelineStep): TemplateResult {
    const t = this.t.aspirationStatus;
    return html`<li
      part=${`step step-${step.state}`}
      class=${`step ${step.state} status-${step.status}`}
      aria-current=${ifDefined(step.state === 'current' ? 'step' : undefined)}
    >
      <span class="marker" aria-hidden="true"></span>
      <div class="step-body">
        <p class="step-status">
          ${t.statuses[step.status]}${
            step.state === 'upcoming' ? html`<span class="visually-hidden"> (${t.upcoming})</span>` : nothing
          }
        </p>
        ${step.at ? html`<p class="step-time"><time datetime=${step.at}>${formatDateTime(step.at, this.t.locale)}</time></p>` : nothing}
        ${step.state === 'current' ? html`<p class="step-hint">${t.statusHints[step.status]}</p>` : nothing}
        ${step.note ? html`<p part="note" class="note">${step.note}</p>` : nothing}
      </div>
    </li>`;
  }
}
