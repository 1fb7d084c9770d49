import {
  ASPIRATION_KINDS,
  ASPIRATION_LIMITS,
  AspirationInput,
  type AspirationKind,
  type AspirationReceipt,
  type Category,
  formatTrackingCode,
  newIdempotencyKey,
  type Region,
  regionLevelOf,
} from '@kim-kit/sdk';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { KimAspirationQueuedEvent } from '../events/kim-aspiration-queued.js';
import { KimAspirationSubmittedEvent } from '../events/kim-aspiration-submitted.js';
import { KimErrorEvent } from '../events/kim-error.js';
import { isConfigError } from '../shared/api-origin.js';
import { getConfig } from '../shared/config.js';
import { KimElement } from '../shared/kim-element.js';
import { safeHttpUrl } from '../shared/safe.js';
import { errorMessage } from '../shared/state-views.js';
import { baseStyles, buttonStyles, stateStyles, visuallyHidden } from '../shared/styles.js';
import { aspirationFormStyles } from './aspiration-form.styles.js';
import { copyText, selectText } from './copy-text.js';
import { DraftStore } from './draft-store.js';
import {
  type FieldProblem,
  type FormField,
  type FormProblems,
  firstInvalidField,
  hasProblems,
  problemsFromFieldErrors,
  problemsFromIssues,
} from './field-errors.js';
import { type AspirationFormValues, emptyFormValues, fromAspirationInput, toAspirationInput } from './form-values.js';
import { Outbox, type OutboxEntry } from './outbox.js';
import { classifySubmissionFailure, fieldErrorsOf } from './submission-failure.js';

type Phase = 'editing' | 'sending' | 'queued' | 'submitted';

/** Which input holds each field, by id (ids are scoped to the shadow root). */
const INPUT_ID: Record<FormField, string> = {
  kind: 'kind',
  title: 'title',
  body: 'body',
  categoryId: 'categoryId',
  regionCode: 'regionCode',
  'reporter.name': 'name',
  'reporter.email': 'email',
  'reporter.phone': 'phone',
  consent: 'consent',
  website: 'website',
};

const NO_PROBLEMS: FormProblems = { fields: {}, form: [] };

// Submissions being sent right now, by Idempotency-Key: two forms with the same outbox, or an `online` event during
// a send, must not fire a second request for the same key.
const inFlight = new Set<string>();

/**
 * A form through which citizens send an aspiration, a complaint or a request for information, built for bad
 * connections: nothing typed is lost, and a submission that cannot be delivered waits on the device.
 *
 * **Drafts.** What the citizen types is saved as they type (debounced), keyed by API base and `region`, and restored
 * when the element is created again (a reload, a crash, a second visit). The content (kind, title, body, category,
 * place and the two switches) goes to `localStorage`. The reporter's name, e-mail and phone go only to
 * `sessionStorage`, so they are gone when the tab closes: under UU 27/2022 (PDP) personal data is kept no longer than
 * needed, and a shared or public computer should not keep someone's contact details. Consent is never saved: it
 * must be a fresh, explicit act for each submission, not a box a stored draft ticks. The honeypot is not saved either.
 *
 * **Outbox.** On send the submission is first written to a local outbox (`localStorage`) together with its
 * Idempotency-Key, then sent. If it fails for a reason that may pass (offline, timeout, 5xx, 408, 429) it stays there,
 * shown as "Menunggu koneksi...", and is sent again on the `online` event, on the retry button and the next time the
 * element connects (e.g. the next page load), always with the same key so the server records it once. This entry holds
 * the contact details as typed, because a replay must carry the same body; it is removed, with the draft, as soon as a
 * receipt arrives, and also when the server refuses the submission (400/422: the errors are shown on the fields).
 *
 * @summary Aspiration, complaint and information-request form with validation, drafts and an offline outbox.
 *
 * @fires kim-aspiration-submitted - The server accepted a submission; `receipt` holds the tracking code.
 * @fires kim-aspiration-queued - A submission could not be delivered and waits in the outbox.
 * @fires kim-error - Loading choices or sending failed; `error` holds the details.
 *
 * @csspart base - The wrapper of everything.
 * @csspart form - The `<form>`.
 * @csspart heading - The form's heading.
 * @csspart error-summary - The list of problems shown after a failed send.
 * @csspart field - The wrapper of one field (label, hint, control, error).
 * @csspart label - A field's label.
 * @csspart hint - A field's hint.
 * @csspart input - A text input, text area or select.
 * @csspart counter - The character counter of title and body.
 * @csspart field-error - The error message of a field.
 * @csspart fieldset - A group of fields.
 * @csspart switch - The anonymous and confidential switches.
 * @csspart submit-button - The send button.
 * @csspart send-error - The message shown when the server refused the submission as a whole.
 * @csspart queued - The panel shown while a submission waits for a connection.
 * @csspart retry-button - The retry buttons (queued panel, failed choices).
 * @csspart receipt - The panel shown after a successful send.
 * @csspart tracking-code - The tracking code in the receipt.
 * @csspart copy-button - The button copying the tracking code.
 * @csspart another-button - The button starting a new report.
 *
 * @cssproperty [--kim-color-primary=#0b5cad] - Buttons, links, focus rings and checked switches.
 * @cssproperty [--kim-color-danger=#b3261e] - Error messages and invalid fields.
 * @cssproperty [--kim-color-border=#d5d9de] - Field borders.
 */
export class KimAspirationForm extends KimElement {
  static override styles = [baseStyles, buttonStyles, stateStyles, visuallyHidden, aspirationFormStyles];

  /**
   * Kemendagri code of the city or regency whose districts and villages the place picker offers (e.g. `19.71`);
   * a district code (`19.71.01`) offers that district's villages only.
   */
  @property() region = '';

  /** The kinds of report offered, comma-separated: any of `aspiration,complaint,information_request`. */
  @property() kinds = ASPIRATION_KINDS.join(',');

  /** URL of the privacy notice the consent checkbox links to (http(s), absolute or relative to the page). */
  @property({ attribute: 'privacy-url' }) privacyUrl = '';

  @state() private values: AspirationFormValues = emptyFormValues();
  @state() private problems: FormProblems = NO_PROBLEMS;
  @state() private phase: Phase = 'editing';
  /** A queued submission is being sent again. */
  @state() private retrying = false;
  @state() private receipt?: AspirationReceipt;
  /** Why the last send failed for good (other than field errors). */
  @state() private sendError?: unknown;
  @state() private copyStatus: '' | 'copied' | 'failed' = '';

  private scope?: string;
  private drafts?: DraftStore;
  private outbox?: Outbox;
  /** The citizen has changed something since the element was created (a late draft must not overwrite it). */
  private touched = false;

  private readonly categoriesTask = new Task(this, {
    task: async ([client], { signal }) => {
      const all = await this.report(signal, () =>
        this.need(client).categories.list({ signal }).toArray({ limit: 100 }),
      );
      return all.filter((category) => category.scopes.includes('aspiration'));
    },
    args: () => [this.resolvedClient] as const,
  });

  private readonly districtsTask = new Task(this, {
    task: async ([client, region], { signal }): Promise<Region[]> => {
      if (isDistrictCode(region)) return [];
      if (!isRegencyCode(region)) {
        const error = new Error(`<kim-aspiration-form> needs region="PP.KK" (a city or regency code), got "${region}"`);
        console.error(error);
        this.dispatchEvent(new KimErrorEvent(error));
        throw error;
      }
      return this.report(signal, () =>
        this.need(client).regions.list({ parent: region }, { signal }).toArray({ limit: 100 }),
      );
    },
    args: () => [this.resolvedClient, this.region] as const,
  });

  private readonly villagesTask = new Task(this, {
    task: async ([client, district], { signal }): Promise<Region[]> => {
      if (!district) return [];
      return this.report(signal, () =>
        this.need(client).regions.list({ parent: district }, { signal }).toArray({ limit: 200 }),
      );
    },
    args: () => [this.resolvedClient, this.districtCode] as const,
  });

  /** The kinds offered, in contract order; all of them when `kinds` names none. */
  private get allowedKinds(): AspirationKind[] {
    const wanted = this.kinds.split(',').map((k) => k.trim());
    const allowed = ASPIRATION_KINDS.filter((k) => wanted.includes(k));
    return allowed.length > 0 ? allowed : [...ASPIRATION_KINDS];
  }

  /** The district whose villages are offered: the chosen one, or `region` itself when it is a district. */
  private get districtCode(): string {
    return isDistrictCode(this.region) ? this.region : this.values.district;
  }

  private get busy(): boolean {
    return (
      this.phase === 'sending' ||
      this.retrying ||
      this.categoriesTask.status === TaskStatus.PENDING ||
      this.districtsTask.status === TaskStatus.PENDING ||
      this.villagesTask.status === TaskStatus.PENDING
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.onOnline);
    window.addEventListener('pagehide', this.onPageHide);
    document.addEventListener('visibilitychange', this.onPageHide);
    // Re-attached after a move in the DOM: the outbox may have entries another instance left.
    if (this.hasUpdated) void this.sendQueued();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('pagehide', this.onPageHide);
    document.removeEventListener('visibilitychange', this.onPageHide);
    this.drafts?.flush();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('region') || changed.has('apiBase')) this.openStorage();
    const kinds = this.allowedKinds;
    if (kinds.length === 1 && this.values.kind !== kinds[0]) this.values = { ...this.values, kind: kinds[0]! };
    else if (this.values.kind !== '' && !kinds.includes(this.values.kind)) this.values = { ...this.values, kind: '' };
  }

  protected override firstUpdated(): void {
    // After this update, not inside it: sending changes state.
    void this.updateComplete.then(() => this.sendQueued());
  }

  /** Opens the draft and outbox of the current API base and region, restoring the draft into an untouched form. */
  private openStorage(): void {
    const scope = `${this.apiBase ?? getConfig().baseUrl ?? ''}|${this.region}`;
    if (scope === this.scope) return;
    this.drafts?.flush();
    this.scope = scope;
    this.drafts = new DraftStore(scope);
    this.outbox = new Outbox(scope);
    const draft = this.drafts.load();
    if (draft && !this.touched) this.values = { ...emptyFormValues(), ...draft };
    if (this.outbox.list().length > 0) this.phase = 'queued';
    else if (this.phase === 'queued') this.phase = 'editing';
    if (this.hasUpdated) void this.updateComplete.then(() => this.sendQueued());
  }

  private readonly onOnline = (): void => {
    void this.sendQueued();
  };

  // Mobile browsers may discard a hidden page without a pagehide: going hidden is the last reliable moment.
  private readonly onPageHide = (): void => {
    this.drafts?.flush();
  };

  // --- Editing -------------------------------------------------------------------------------------------------

  private onFieldInput(event: Event): void {
    const target = event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    const key = target.name as keyof AspirationFormValues;
    if (!(key in this.values)) return;
    // What is being sent is what was validated; a change now would be wiped by the receipt. The view snaps back.
    if (this.phase === 'sending') {
      this.requestUpdate();
      return;
    }
    const value = target instanceof HTMLInputElement && target.type === 'checkbox' ? target.checked : target.value;
    if (this.values[key] === value) return;
    const next = { ...this.values, [key]: value } as AspirationFormValues;
    // A village belongs to one district: changing the district invalidates the village.
    if (key === 'district') next.regionCode = '';
    this.values = next;
    this.touched = true;
    this.drafts?.save(next);
    this.recheck(key === 'district' ? 'regionCode' : fieldOf(key));
  }

  /** After a failed send, a corrected field loses its error at once (and a still-wrong one gets the current one). */
  private recheck(field: FormField | undefined): void {
    if (!field || !this.problems.fields[field]) return;
    const fields = { ...this.problems.fields };
    const current = this.validate().fields[field];
    if (current) fields[field] = current;
    else delete fields[field];
    this.problems = { ...this.problems, fields };
  }

  private validate(): FormProblems {
    const result = AspirationInput.safeParse(toAspirationInput(this.values), { reportInput: true });
    return result.success ? NO_PROBLEMS : problemsFromIssues(result.error.issues);
  }

  private async showProblems(problems: FormProblems): Promise<void> {
    this.problems = problems;
    await this.updateComplete;
    const field = firstInvalidField(problems);
    if (field) this.focusField(field);
    else this.renderRoot.querySelector<HTMLElement>('#error-summary')?.focus();
  }

  private focusField(field: FormField): void {
    const root = this.renderRoot;
    let target: HTMLElement | null;
    if (field === 'kind') {
      target = root.querySelector('input[name="kind"]:checked') ?? root.querySelector('input[name="kind"]');
    } else if (field === 'regionCode' && !this.districtCode) {
      target = root.querySelector('#district');
    } else {
      target = root.querySelector(`#${INPUT_ID[field]}`);
    }
    target?.focus();
  }

  // --- Sending -------------------------------------------------------------------------------------------------

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.phase === 'sending') return;
    const result = AspirationInput.safeParse(toAspirationInput(this.values), { reportInput: true });
    if (!result.success) {
      await this.showProblems(problemsFromIssues(result.error.issues));
      return;
    }
    this.problems = NO_PROBLEMS;
    this.sendError = undefined;
    const entry: OutboxEntry = {
      idempotencyKey: newIdempotencyKey(),
      input: result.data,
      queuedAt: new Date().toISOString(),
    };
    // Written before sending: if the page dies mid-request, the next load replays it with the same key.
    this.outbox?.put(entry);
    this.drafts?.flush();
    this.phase = 'sending';
    const outcome = await this.deliver(entry);
    if (outcome === 'queued') this.phase = 'queued';
    await this.focusPanel();
  }

  /** Sends every waiting submission, oldest first, stopping at the first that still cannot get through. */
  async sendQueued(): Promise<void> {
    const entries = this.outbox?.list() ?? [];
    if (entries.length === 0 || this.retrying || !this.resolvedClient) return;
    this.retrying = true;
    this.phase = 'queued';
    let last: 'sent' | 'queued' | 'failed' | 'busy' = 'busy';
    try {
      for (const entry of entries) {
        last = await this.deliver(entry);
        if (last === 'queued' || last === 'busy') break;
      }
    } finally {
      this.retrying = false;
    }
    if ((this.outbox?.list().length ?? 0) > 0) this.phase = 'queued';
    else if (this.phase === 'queued') this.phase = this.receipt ? 'submitted' : 'editing';
    if (last === 'sent') await this.focusPanel();
  }

  /** One attempt at one submission; settles the outbox, the draft and the view according to the outcome. */
  private async deliver(entry: OutboxEntry): Promise<'sent' | 'queued' | 'failed' | 'busy'> {
    const key = entry.idempotencyKey;
    if (inFlight.has(key)) return 'busy';
    inFlight.add(key);
    try {
      const receipt = await this.need(this.resolvedClient).aspirations.submit(entry.input, { idempotencyKey: key });
      this.outbox?.remove(key);
      this.drafts?.clear();
      this.receipt = receipt;
      this.values = emptyFormValues();
      this.touched = false;
      this.copyStatus = '';
      this.phase = 'submitted';
      this.dispatchEvent(new KimAspirationSubmittedEvent(receipt, key));
      return 'sent';
    } catch (error) {
      console.error(error);
      this.dispatchEvent(new KimErrorEvent(error));
      const failure = classifySubmissionFailure(error);
      if (failure === 'queue') {
        this.dispatchEvent(new KimAspirationQueuedEvent(key, error));
        return 'queued';
      }
      this.outbox?.remove(key);
      // From the outbox after a reload the inputs may be blank: put the refused submission back into them.
      if (!this.touched) this.values = fromAspirationInput(entry.input);
      this.phase = 'editing';
      if (failure === 'fields') {
        const problems = problemsFromFieldErrors(fieldErrorsOf(error));
        await this.showProblems(hasProblems(problems) ? problems : { fields: {}, form: [{ kind: 'invalid' }] });
      } else {
        this.sendError = error;
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('#send-error')?.focus();
      }
      return 'failed';
    } finally {
      inFlight.delete(key);
    }
  }

  /** Focus follows the view: the button that was pressed is gone once the receipt or the waiting panel shows. */
  private async focusPanel(): Promise<void> {
    await this.updateComplete;
    if (this.phase === 'submitted' || this.phase === 'queued') {
      this.renderRoot.querySelector<HTMLElement>('#panel-heading')?.focus();
    }
  }

  private async copyCode(): Promise<void> {
    const code = this.receipt?.trackingCode;
    if (!code) return;
    this.copyStatus = '';
    const copied = await copyText(code, this.renderRoot);
    await this.updateComplete;
    // Emptied first so that a second click is announced again.
    this.copyStatus = copied ? 'copied' : 'failed';
    if (!copied) {
      const shown = this.renderRoot.querySelector('[part~="tracking-code"]');
      if (shown) selectText(shown);
    }
  }

  private async startAnother(): Promise<void> {
    this.receipt = undefined;
    this.copyStatus = '';
    this.problems = NO_PROBLEMS;
    this.sendError = undefined;
    this.phase = 'editing';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#form-heading')?.focus();
  }

  // --- Rendering -----------------------------------------------------------------------------------------------

  override render() {
    let view: TemplateResult;
    if (this.phase === 'submitted' && this.receipt) view = this.renderReceipt(this.receipt);
    else if (this.phase === 'queued') view = this.renderQueued();
    else view = this.renderForm();
    return html`<div part="base" class="base" aria-busy=${this.busy ? 'true' : 'false'}>${view}</div>`;
  }

  private renderForm(): TemplateResult {
    const t = this.t.aspirationForm;
    const sending = this.phase === 'sending';
    return html`<form
      part="form"
      novalidate
      aria-labelledby="form-heading"
      @input=${this.onFieldInput}
      @change=${this.onFieldInput}
      @submit=${this.onSubmit}
    >
      <h2 id="form-heading" part="heading" tabindex="-1">${t.label}</h2>
      <p class="intro">${t.intro}</p>
      <p class="note">${t.requiredNote}</p>
      ${this.renderSummary()} ${this.renderSendError()} ${this.renderKind()}
      ${this.renderText('title', t.title, t.titleHint, ASPIRATION_LIMITS.title)}
      ${this.renderText('body', t.body, t.bodyHint, ASPIRATION_LIMITS.body)} ${this.renderCategory()}
      ${this.renderPlace()} ${this.renderReporter()} ${this.renderPrivacy()} ${this.renderConsent()}
      ${this.renderHoneypot()}
      <div class="actions">
        <button
          type="submit"
          class="button"
          part="submit-button"
          aria-disabled=${sending ? 'true' : 'false'}
        >
          ${sending ? t.sending : t.submit}
        </button>
      </div>
    </form>`;
  }

  private renderSummary(): TemplateResult {
    const t = this.t.aspirationForm;
    const fields = Object.entries(this.problems.fields) as [FormField, FieldProblem][];
    const count = fields.length + this.problems.form.length;
    // The live region stays in the DOM so that filling it is announced.
    return html`<div
      id="error-summary"
      part="error-summary"
      class=${count > 0 ? 'summary' : 'summary empty'}
      aria-live="polite"
      tabindex="-1"
    >
      ${
        count > 0
          ? html`<h3 class="summary-title">${t.errorSummary(count)}</h3>
            <ul>
              ${fields.map(
                ([field, problem]) =>
                  html`<li>
                    <a
                      href=${`#${field === 'kind' ? `kind-${this.allowedKinds[0]}` : INPUT_ID[field]}`}
                      @click=${(e: Event) => {
                        e.preventDefault();
                        this.focusField(field);
                      }}
                      >${this.fieldLabel(field)}: ${this.message(problem)}</a
                    >
                  </li>`,
              )}
              ${this.problems.form.map((problem) => html`<li>${problem.kind === 'rejected' ? t.errors.form : this.message(problem)}</li>`)}
            </ul>`
          : nothing
      }
    </div>`;
  }

  private renderSendError(): TemplateResult | typeof nothing {
    if (!this.sendError) return nothing;
    return html`<div id="send-error" part="send-error" class="alert" role="alert" tabindex="-1">
      <p>${this.t.aspirationForm.sendFailed}</p>
      <p>${errorMessage(this.t, this.sendError)}</p>
    </div>`;
  }

  private renderKind(): TemplateResult {
    const t = this.t.aspirationForm;
    const problem = this.problems.fields.kind;
    return html`<fieldset
      part="fieldset"
      class="kinds"
      aria-describedby=${ifDefined(problem ? 'kind-error' : undefined)}
    >
      <legend>${t.kindLegend} <span aria-hidden="true">*</span></legend>
      ${this.renderError('kind', problem)}
      ${this.allowedKinds.map(
        (kind) => html`<div class="choice">
          <input
            type="radio"
            id=${`kind-${kind}`}
            name="kind"
            .value=${kind}
            .checked=${live(this.values.kind === kind)}
            required
            aria-describedby=${`kind-${kind}-hint`}
            aria-invalid=${problem ? 'true' : 'false'}
          />
          <label for=${`kind-${kind}`}>${t.kinds[kind]}</label>
          <p id=${`kind-${kind}-hint`} class="hint">${t.kindHints[kind]}</p>
        </div>`,
      )}
    </fieldset>`;
  }

  private renderText(field: 'title' | 'body', label: string, hint: string, limits: { min: number; max: number }) {
    const t = this.t.aspirationForm;
    const problem = this.problems.fields[field];
    const value = this.values[field];
    const length = value.trim().length;
    const describedBy = [`${field}-hint`, `${field}-count`, problem ? `${field}-error` : ''].filter(Boolean).join(' ');
    const control =
      field === 'body'
        ? html`<textarea
            id="body"
            name="body"
            part="input"
            rows="6"
            required
            ?readonly=${this.phase === 'sending'}
            aria-describedby=${describedBy}
            aria-invalid=${problem ? 'true' : 'false'}
            .value=${live(value)}
          ></textarea>`
        : html`<input
            id="title"
            name="title"
            part="input"
            type="text"
            required
            ?readonly=${this.phase === 'sending'}
            autocomplete="off"
            aria-describedby=${describedBy}
            aria-invalid=${problem ? 'true' : 'false'}
            .value=${live(value)}
          />`;
    return html`<div part="field" class="field">
      <label part="label" for=${field}>${label} <span aria-hidden="true">*</span></label>
      <p part="hint" class="hint" id=${`${field}-hint`}>${hint}</p>
      ${control}
      <p
        part="counter"
        id=${`${field}-count`}
        class=${length > limits.max ? 'counter over' : 'counter'}
      >
        ${t.counter(length, limits.min, limits.max)}
      </p>
      ${this.renderError(field, problem)}
    </div>`;
  }

  // Selects get both `.value` (to snap back a refused change) and `?selected` (the options may be created in the same
  // render, after the select's value was set).
  private renderCategory(): TemplateResult {
    const t = this.t.aspirationForm;
    const problem = this.problems.fields.categoryId;
    const selected = this.values.categoryId;
    return html`<div part="field" class="field">
      <label part="label" for="categoryId">${t.category} <span aria-hidden="true">*</span></label>
      ${this.categoriesTask.render({
        pending: () => this.renderLoadingSelect('categoryId'),
        error: (error) => this.renderOptionsError(error, () => this.categoriesTask.run()),
        complete: (categories: Category[]) => html`<select
          id="categoryId"
          name="categoryId"
          part="input"
          required
          .value=${live(selected)}
          aria-describedby=${ifDefined(problem ? 'categoryId-error' : undefined)}
          aria-invalid=${problem ? 'true' : 'false'}
        >
          <option value="" ?selected=${selected === ''}>${t.chooseCategory}</option>
          ${categories.map((c) => html`<option value=${c.id} ?selected=${selected === c.id}>${c.name}</option>`)}
        </select>`,
      })}
      ${this.renderError('categoryId', problem)}
    </div>`;
  }

  private renderPlace(): TemplateResult {
    const t = this.t.aspirationForm;
    const problem = this.problems.fields.regionCode;
    const fixedDistrict = isDistrictCode(this.region);
    return html`<fieldset part="fieldset" class="place" aria-describedby="place-hint">
      <legend>${t.placeLegend} <span aria-hidden="true">*</span></legend>
      <p id="place-hint" part="hint" class="hint">${t.placeHint}</p>
      ${
        fixedDistrict
          ? nothing
          : html`<div part="field" class="field">
            <label part="label" for="district">${t.district}</label>
            ${this.districtsTask.render({
              pending: () => this.renderLoadingSelect('district'),
              error: (error) => this.renderOptionsError(error, () => this.districtsTask.run()),
              complete: (districts) => html`<select
                id="district"
                name="district"
                part="input"
                .value=${live(this.values.district)}
                aria-describedby=${ifDefined(problem && !this.values.district ? 'regionCode-error' : undefined)}
                aria-invalid=${problem && !this.values.district ? 'true' : 'false'}
              >
                <option value="" ?selected=${this.values.district === ''}>${t.chooseDistrict}</option>
                ${districts.map(
                  (d) => html`<option value=${d.code} ?selected=${this.values.district === d.code}>${d.name}</option>`,
                )}
              </select>`,
            })}
          </div>`
      }
      <div part="field" class="field">
        <label part="label" for="regionCode">${t.village}</label>
        ${
          this.districtCode
            ? this.villagesTask.render({
                pending: () => this.renderLoadingSelect('regionCode'),
                error: (error) => this.renderOptionsError(error, () => this.villagesTask.run()),
                complete: (villages) => html`<select
                  id="regionCode"
                  name="regionCode"
                  part="input"
                  required
                  .value=${live(this.values.regionCode)}
                  aria-describedby=${ifDefined(problem ? 'regionCode-error' : undefined)}
                  aria-invalid=${problem ? 'true' : 'false'}
                >
                  <option value="" ?selected=${this.values.regionCode === ''}>${t.chooseVillage}</option>
                  ${villages.map(
                    (v) =>
                      html`<option value=${v.code} ?selected=${this.values.regionCode === v.code}>${v.name}</option>`,
                  )}
                </select>`,
              })
            : html`<select id="regionCode" name="regionCode" part="input" disabled>
                <option value="">${t.chooseDistrictFirst}</option>
              </select>`
        }
        ${this.renderError('regionCode', problem)}
      </div>
    </fieldset>`;
  }

  private renderLoadingSelect(id: string): TemplateResult {
    return html`<select id=${id} part="input" disabled aria-busy="true">
      <option>${this.t.aspirationForm.loadingOptions}</option>
    </select>`;
  }

  private renderOptionsError(error: unknown, retry: () => void): TemplateResult {
    // A misconfigured page gets what to change instead of a retry that cannot help.
    if (isConfigError(error)) {
      return html`<div class="options-error" role="alert">
        <p>${this.t.common.errorConfig} ${this.t.common.errorConfigHint}</p>
      </div>`;
    }
    return html`<div class="options-error" role="alert">
      <p>${this.t.aspirationForm.optionsFailed} ${errorMessage(this.t, error)}</p>
      <button type="button" class="button secondary" part="retry-button" @click=${retry}>
        ${this.t.common.retry}
      </button>
    </div>`;
  }

  private renderReporter(): TemplateResult {
    const t = this.t.aspirationForm;
    return html`<fieldset part="fieldset" class="reporter" aria-describedby="reporter-hint">
      <legend>${t.reporterLegend} <span class="optional">${t.optional}</span></legend>
      <p id="reporter-hint" part="hint" class="hint">${t.reporterHint}</p>
      ${this.renderContact('reporter.name', t.name, 'text', 'name')}
      ${this.renderContact('reporter.email', t.email, 'email', 'email')}
      ${this.renderContact('reporter.phone', t.phone, 'tel', 'tel', t.phoneHint)}
    </fieldset>`;
  }

  private renderContact(field: FormField, label: string, type: string, autocomplete: string, hint?: string) {
    const id = INPUT_ID[field] as 'name' | 'email' | 'phone';
    const problem = this.problems.fields[field];
    const describedBy = [hint ? `${id}-hint` : '', problem ? `${id}-error` : ''].filter(Boolean).join(' ');
    return html`<div part="field" class="field">
      <label part="label" for=${id}>${label}</label>
      ${hint ? html`<p part="hint" class="hint" id=${`${id}-hint`}>${hint}</p>` : nothing}
      <input
        id=${id}
        name=${id}
        part="input"
        type=${type}
        ?readonly=${this.phase === 'sending'}
        autocomplete=${autocomplete}
        inputmode=${ifDefined(type === 'tel' ? 'tel' : type === 'email' ? 'email' : undefined)}
        aria-describedby=${ifDefined(describedBy || undefined)}
        aria-invalid=${problem ? 'true' : 'false'}
        .value=${live(this.values[id])}
      />
      ${this.renderError(field, problem)}
    </div>`;
  }

  private renderPrivacy(): TemplateResult {
    const t = this.t.aspirationForm;
    const toggle = (id: 'anonymous' | 'confidential', label: string, hint: string) =>
      html`<div part="field switch" class="switch">
        <input
          type="checkbox"
          role="switch"
          id=${id}
          name=${id}
          aria-describedby=${`${id}-hint`}
          .checked=${live(this.values[id])}
        />
        <label part="label" for=${id}>${label}</label>
        <p part="hint" class="hint" id=${`${id}-hint`}>${hint}</p>
      </div>`;
    return html`<fieldset part="fieldset" class="privacy">
      <legend>${t.privacyLegend}</legend>
      ${toggle('anonymous', t.anonymous, t.anonymousHint)}
      ${toggle('confidential', t.confidential, t.confidentialHint)}
    </fieldset>`;
  }

  private renderConsent(): TemplateResult {
    const t = this.t.aspirationForm;
    const problem = this.problems.fields.consent;
    const url = privacyHref(this.privacyUrl);
    return html`<div part="field" class="field consent">
      <div class="choice">
        <input
          type="checkbox"
          id="consent"
          name="consent"
          required
          aria-describedby=${['consent-hint', problem ? 'consent-error' : ''].filter(Boolean).join(' ')}
          aria-invalid=${problem ? 'true' : 'false'}
          .checked=${live(this.values.consent)}
        />
        <label part="label" for="consent">${t.consent} <span aria-hidden="true">*</span></label>
      </div>
      <p part="hint" class="hint" id="consent-hint">
        ${t.consentHint}
        ${
          url
            ? html`<a href=${url} target="_blank" rel="noopener noreferrer"
                >${t.privacyLink}<span class="visually-hidden"> ${this.t.common.opensInNewTab}</span></a
              >`
            : nothing
        }
      </p>
      ${this.renderError('consent', problem)}
    </div>`;
  }

  private renderHoneypot(): TemplateResult {
    // Hidden from people and assistive technology alike; bots that fill every field fill this one.
    return html`<div class="visually-hidden" aria-hidden="true">
      <label for="website">${this.t.aspirationForm.honeypot}</label>
      <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" .value=${live(this.values.website)} />
    </div>`;
  }

  private renderError(field: FormField, problem: FieldProblem | undefined): TemplateResult | typeof nothing {
    if (!problem) return nothing;
    return html`<p part="field-error" class="error" id=${`${INPUT_ID[field]}-error`}>${this.message(problem)}</p>`;
  }

  private renderQueued(): TemplateResult {
    const t = this.t.aspirationForm;
    return html`<section part="queued" class="panel" aria-labelledby="panel-heading">
      <h2 id="panel-heading" tabindex="-1">${t.queuedTitle}</h2>
      <p>${t.queuedBody}</p>
      <button
        type="button"
        class="button"
        part="retry-button"
        aria-disabled=${this.retrying ? 'true' : 'false'}
        @click=${() => this.sendQueued()}
      >
        ${this.retrying ? t.sending : t.sendNow}
      </button>
    </section>`;
  }

  private renderReceipt(receipt: AspirationReceipt): TemplateResult {
    const t = this.t.aspirationForm;
    return html`<section part="receipt" class="panel" aria-labelledby="panel-heading">
      <h2 id="panel-heading" tabindex="-1">${t.submittedTitle}</h2>
      <p class="code-label" id="code-label">${t.trackingCode}</p>
      <p class="code-row">
        <strong part="tracking-code" class="code" aria-labelledby="code-label">${formatTrackingCode(receipt.trackingCode)}</strong>
        <button type="button" class="button secondary" part="copy-button" @click=${this.copyCode}>${t.copy}</button>
      </p>
      <p role="status" class="copy-status">
        ${this.copyStatus === 'copied' ? t.copied : this.copyStatus === 'failed' ? t.copyFailed : ''}
      </p>
      <p>${t.howToTrack}</p>
      <button type="button" class="button secondary" part="another-button" @click=${this.startAnother}>
        ${t.another}
      </button>
    </section>`;
  }

  private fieldLabel(field: FormField): string {
    const t = this.t.aspirationForm;
    const labels: Record<FormField, string> = {
      kind: t.kindLegend,
      title: t.title,
      body: t.body,
      categoryId: t.category,
      regionCode: t.placeLegend,
      'reporter.name': t.name,
      'reporter.email': t.email,
      'reporter.phone': t.phone,
      consent: t.consentShort,
      website: t.honeypot,
    };
    return labels[field];
  }

  private message(problem: FieldProblem): string {
    const e = this.t.aspirationForm.errors;
    switch (problem.kind) {
      case 'required':
        return e.required;
      case 'tooShort':
        return e.tooShort(problem.min);
      case 'tooLong':
        return e.tooLong(problem.max);
      case 'email':
        return e.email;
      case 'phone':
        return e.phone;
      case 'consent':
        return e.consent;
      case 'choice':
        return e.choice;
      case 'rejected':
        return e.rejected;
      default:
        return e.invalid;
    }
  }
}

function isRegencyCode(code: string): boolean {
  const level = regionLevelOf(code);
  return level === 'regency' || level === 'city';
}

function isDistrictCode(code: string): boolean {
  return regionLevelOf(code) === 'district';
}

/** The form field a value key belongs to (`email` -> `reporter.email`); `district` belongs to none. */
function fieldOf(key: keyof AspirationFormValues): FormField | undefined {
  const field = (Object.entries(INPUT_ID) as [FormField, string][]).find(([, id]) => id === key)?.[0];
  return field;
}

/** The privacy notice's URL if it is http(s), resolved against the page; anything else gives no link. */
function privacyHref(url: string): string | undefined {
  if (!url) return undefined;
  try {
    return safeHttpUrl(new URL(url, document.baseURI).href);
  } catch {
    return undefined;
  }
}
