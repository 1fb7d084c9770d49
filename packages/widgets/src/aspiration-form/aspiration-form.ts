import {
  ASPIRATION_KINDS,
  ASPIRATION_LIMITS,
  AspirationInput,
  type AspirationKind,
  type AspirationReceipt,
  aspirationsResource,
  type Category,
  categoriesResource,
  formatTrackingCode,
  regionsResource,
  validationErrorMap,
} from '@kim-kit/sdk';
import { Task } from '@lit/task';
import { nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { html } from 'lit/static-html.js';
import { KimAspirationQueuedEvent } from '../events/kim-aspiration-queued.js';
import { KimAspirationSubmittedEvent } from '../events/kim-aspiration-submitted.js';
import { KimErrorEvent } from '../events/kim-error.js';
import { aspirationAttachments } from '../locales/aspiration-attachments.js';
import { aspirationForm } from '../locales/aspiration-form.js';
import { aspirationKinds } from '../locales/aspiration-kinds.js';
import { common } from '../locales/common.js';
import { informationRequestFields } from '../locales/information-request-fields.js';
import { CONTENT_LANGUAGE } from '../locales/language.js';
import type { AspirationFormStrings, CommonStrings } from '../locales/types.js';
import { getConfig } from '../shared/config.js';
import { fieldStyles } from '../shared/field-styles.js';
import { headingTag } from '../shared/heading-tag.js';
import { KimElementBase } from '../shared/kim-element-base.js';
import { safeHttpUrl } from '../shared/safe.js';
import { errorMessage } from '../shared/state-views.js';
import { baseStyles, buttonStyles, stateStyles, visuallyHidden } from '../shared/styles.js';
import { aspirationFormStyles } from './aspiration-form.styles.js';
import { AttachmentPicker } from './attachment-picker.js';
import { loadingSelect, optionsError } from './choice-states.js';
import { copyText, selectText } from './copy-text.js';
import {
  type FieldProblem,
  type FormField,
  type FormProblems,
  fieldMessage,
  firstInvalidField,
  hasProblems,
  problemsFromFieldErrors,
  problemsFromIssues,
} from './field-errors.js';
import { type AspirationFormValues, emptyFormValues, fromAspirationInput, toAspirationInput } from './form-values.js';
import { InformationRequestFields } from './information-request-fields.js';
import { LocationField } from './location-field.js';
import { PlacePicker } from './place-picker.js';
import { fieldErrorsOf } from './submission-failure.js';
import {
  type AspirationSender,
  type DeliveryOutcome,
  type DeliveryTrigger,
  SubmissionQueue,
} from './submission-queue.js';

type Phase = 'editing' | 'sending' | 'queued' | 'submitted';

/** The strings the form shows. */
interface FormText {
  common: CommonStrings;
  aspirationForm: AspirationFormStrings;
  aspirationKinds: Record<AspirationKind, string>;
}

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

/** Quiet time after the last keystroke before the character count is announced (GOV.UK waits about as long). */
export const COUNT_ANNOUNCE_DELAY_MS = 1000;

/** The SDK resources the form calls: categories, the districts and villages of the place picker, and submissions. */
const RESOURCES = { categories: categoriesResource, regions: regionsResource, aspirations: aspirationsResource };

/**
 * A form through which citizens send a report (laporan): an aspiration, a complaint or a request for information,
 * built for bad connections: nothing typed is lost, and a submission that cannot be delivered waits on the device.
 *
 * **Drafts.** What the citizen types is saved as they type (debounced), keyed by the API in use (its base URL, or the
 * `client` object) and `region`, and restored when the element is created again (a reload, a crash, a second visit).
 * The content (kind, title, body, category, place and the two switches) goes to `localStorage`. The reporter's name,
 * e-mail and phone go only to `sessionStorage`, so they are gone when the tab closes: under UU 27/2022 (PDP) personal
 * data is kept no longer than needed, and a shared or public computer should not keep someone's contact details.
 * Consent is never saved: it must be a fresh, explicit act for each submission, not a box a stored draft ticks. The
 * honeypot is not saved either.
 *
 * **Files and location.** Up to 3 photos (JPEG, PNG, WebP) or PDFs of 5 MB each, checked on the device with the
 * reason in words when one is not taken; an address or landmark; and the device position, asked for only when the
 * citizen presses "Gunakan lokasi saya". Chosen files are not part of the draft: they live in the page until sent.
 *
 * **Outbox.** On send the submission is first written to a local outbox (`localStorage`, its files as Blobs in
 * IndexedDB) together with its Idempotency-Key, then sent; the files are uploaded under keys derived from it. If it fails for a reason that may pass (offline, timeout, 5xx, 408, 429) it stays there,
 * shown as "Menunggu koneksi...", and is sent again on the `online` event, on the retry button and the next time the
 * element connects (e.g. the next page load), always with the same key so the server records it once. This entry holds
 * the contact details as typed, because a replay must carry the same body; it is removed, with the draft, as soon as a
 * receipt arrives, and also when the server refuses the submission (400/422: the errors are shown on the fields).
 * Focus moves only after the citizen acts (send, retry); a submission that goes out by itself is announced politely.
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
 * @csspart attachments - The field of photos and documents.
 * @csspart attachment-list - The list of chosen files.
 * @csspart attachment - One chosen file: its preview (or a PDF mark), name and size.
 * @csspart remove-button - The button removing a chosen file.
 * @csspart location-button - "Gunakan lokasi saya", or the button removing the device position.
 * @csspart submit-button - The send button.
 * @csspart send-error - The message shown when the server refused the submission as a whole.
 * @csspart queued - The panel shown while a submission waits for a connection.
 * @csspart retry-button - The retry buttons (queued panel, failed choices).
 * @csspart receipt - The receipt ("Tanda terima") shown after a successful send.
 * @csspart tracking-code - The tracking code in the receipt.
 * @csspart follow-up-secret - The follow-up secret in the receipt, shown once.
 * @csspart copy-secret-button - Copies the follow-up secret.
 * @csspart keep-secret - What the secret is for ("simpan kode ini").
 * @csspart copy-button - The button copying the tracking code.
 * @csspart another-button - The button starting a new report.
 *
 * @cssproperty [--kim-color-primary=#0b5cad] - Buttons, links, focus rings and checked switches.
 * @cssproperty [--kim-color-danger=#b3261e] - Error messages and invalid fields.
 * @cssproperty [--kim-color-border=a mix of text and surface] - Panel and fieldset borders.
 */
export class KimAspirationForm extends KimElementBase<typeof RESOURCES> {
  static override resources = RESOURCES;

  static override styles = [baseStyles, buttonStyles, fieldStyles, stateStyles, visuallyHidden, aspirationFormStyles];

  /**
   * Kemendagri code of the city or regency whose districts and villages the place picker offers (e.g. `19.71`);
   * a district code (`19.71.01`) offers that district's villages only.
   */
  @property() region = '';

  /** The kinds of report offered, comma-separated: any of `aspiration,complaint,information_request`. */
  @property() kinds = ASPIRATION_KINDS.join(',');

  /** URL of the privacy policy the consent checkbox links to (http(s), absolute or relative to the page). */
  @property({ attribute: 'privacy-url' }) privacyUrl = '';

  /**
   * A name added to the key of the draft and the outbox, so that a form used for another purpose (the console's
   * intake for a KIM, `kim-123`) keeps its own.
   */
  @property({ attribute: 'storage-scope' }) storageScope = '';

  /** The consent checkbox's label in place of the citizen's (e.g. the statement an operator reads aloud). */
  @property({ attribute: 'consent-text' }) consentText = '';

  /** Sends each submission in place of `aspirations.submit` (the console's intake); the outbox works as ever. */
  @property({ attribute: false }) sender?: AspirationSender;

  @state() private values: AspirationFormValues = emptyFormValues();
  @state() private problems: FormProblems = NO_PROBLEMS;
  @state() private phase: Phase = 'editing';
  @state() private receipt?: AspirationReceipt;
  /** Why the last send failed for good (other than field errors). */
  @state() private sendError?: unknown;
  @state() private copyStatus: '' | 'copied' | 'failed' = '';
  @state() private secretCopyStatus: '' | 'copied' | 'failed' = '';
  /** What the polite live region says. */
  @state() private announcement = '';
  /** The character counts read out once typing pauses, by field. */
  @state() private spokenCounts: { title?: string; body?: string } = {};

  /** The citizen has changed something since the element was created (a late draft must not overwrite it). */
  private touched = false;
  private readonly countTimers = new Map<'title' | 'body', ReturnType<typeof setTimeout>>();

  private readonly queue = new SubmissionQueue(this, {
    client: () => this.api?.client,
    onOutcome: (outcome, trigger) => this.settle(outcome, trigger),
    onAutoSend: () => {
      if (this.phase !== 'sending') this.phase = 'queued';
    },
    sender: () => this.sender,
  });

  private readonly attachments = new AttachmentPicker(this, {
    announce: (text) => this.announce(text),
    changed: () => {
      this.touched = true;
    },
  });

  /** What an information request adds (UU 14/2008), shown while that kind is chosen. */
  private readonly informationRequest = new InformationRequestFields(this, () => {
    this.touched = true;
  });

  private readonly location = new LocationField(this, {
    announce: (text) => this.announce(text),
    changed: () => {
      this.touched = true;
    },
  });

  private readonly place = new PlacePicker(this, {
    region: () => this.region,
    chosenDistrict: () => this.values.district,
    api: () => this.api,
    load: (parent, limit, signal) =>
      this.report(signal, () => this.need(this.api).client.regions.list({ parent }, { signal }).toArray({ limit })),
    onBadRegion: (error) => {
      console.error(error);
      this.dispatchEvent(new KimErrorEvent(error));
    },
  });

  private readonly categoriesTask = new Task(this, {
    task: async ([api], { signal }) => {
      const all = await this.report(signal, () =>
        this.need(api).client.categories.list({ signal }).toArray({ limit: 100 }),
      );
      return all.filter((category) => category.scopes.includes('aspiration'));
    },
    args: () => [this.api] as const,
  });

  /** The strings this widget shows, in the effective language. */
  private get text(): FormText {
    return {
      common: this.strings(common),
      aspirationForm: this.strings(aspirationForm),
      aspirationKinds: this.strings(aspirationKinds),
    };
  }

  /** The kinds offered, in contract order; all of them when `kinds` names none. */
  private get allowedKinds(): AspirationKind[] {
    const wanted = this.kinds.split(',').map((k) => k.trim());
    const allowed = ASPIRATION_KINDS.filter((k) => wanted.includes(k));
    return allowed.length > 0 ? allowed : [...ASPIRATION_KINDS];
  }

  /** How many submissions wait in the outbox of this form's scope. */
  get waiting(): number {
    return this.queue.waiting;
  }

  /** Sends every submission waiting in the outbox now, as the retry button does. */
  async sendQueued(): Promise<void> {
    await this.queue.sendWaiting('user');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-attached after a move in the DOM: the outbox may have entries another instance left.
    if (this.hasUpdated) void this.queue.sendWaiting('auto');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const timer of this.countTimers.values()) clearTimeout(timer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (
      !this.hasUpdated ||
      changed.has('region') ||
      changed.has('apiBase') ||
      changed.has('client') ||
      changed.has('storageScope')
    ) {
      this.openStorage();
    }
    const kinds = this.allowedKinds;
    if (kinds.length === 1 && this.values.kind !== kinds[0]) this.values = { ...this.values, kind: kinds[0]! };
    else if (this.values.kind !== '' && !kinds.includes(this.values.kind)) this.values = { ...this.values, kind: '' };
  }

  protected override firstUpdated(): void {
    // After this update, not inside it: sending changes state.
    void this.updateComplete.then(() => this.queue.sendWaiting('auto'));
  }

  /**
   * Opens the draft and outbox of the API in use and `region`, restoring the draft into an untouched form. Earlier
   * versions keyed them by the `api-base` text as written; what is stored under that key moves over.
   */
  private openStorage(): void {
    const api = this.api;
    const scope = `${api?.scope ?? 'none'}|${this.region}${this.storageScope ? `|${this.storageScope}` : ''}`;
    // Only the public form's storage had an earlier key; another purpose's must not take it over.
    const legacy =
      api && !this.storageScope ? `${this.apiBase ?? getConfig().baseUrl ?? ''}|${this.region}` : undefined;
    const { changed, draft } = this.queue.open(scope, legacy);
    if (!changed) return;
    if (draft && !this.touched) this.values = { ...emptyFormValues(), ...draft };
    if (this.queue.waiting > 0) this.phase = 'queued';
    else if (this.phase === 'queued') this.phase = 'editing';
    if (this.hasUpdated) void this.updateComplete.then(() => this.queue.sendWaiting('auto'));
  }

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
    this.queue.saveDraft(next);
    if (key === 'title' || key === 'body') this.scheduleCountAnnouncement(key);
    this.recheck(key === 'district' ? 'regionCode' : fieldOf(key));
  }

  /** The live count of a text field, read out once typing pauses rather than on every keystroke. */
  private scheduleCountAnnouncement(field: 'title' | 'body'): void {
    clearTimeout(this.countTimers.get(field));
    this.countTimers.set(
      field,
      setTimeout(() => {
        const limits = ASPIRATION_LIMITS[field];
        const spoken = this.text.aspirationForm.counter(this.values[field].trim().length, limits.min, limits.max);
        this.spokenCounts = { ...this.spokenCounts, [field]: spoken };
      }, COUNT_ANNOUNCE_DELAY_MS),
    );
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

  /** The submission the inputs make, with the location (address text and device position) when there is one. */
  private inputOf(): Record<string, unknown> {
    const input = toAspirationInput(this.values);
    const text = this.location.text.trim();
    const position = this.location.position;
    if (text !== '' || position) {
      input.location = { ...(text !== '' ? { text } : {}), ...(position ? { position } : {}) };
    }
    if (this.values.kind === 'information_request') input.informationRequest = this.informationRequest.input();
    return input;
  }

  private validate(): FormProblems {
    const result = this.parse();
    return result.success ? NO_PROBLEMS : problemsFromIssues(this.informationRequest.take(result.error.issues));
  }

  /** The contract's check of the inputs, its messages in the form's language (the information-request fields show them). */
  private parse() {
    return AspirationInput.safeParse(this.inputOf(), { reportInput: true, error: validationErrorMap(this.language) });
  }

  /** Shows problems; after the citizen's own send, focus goes to the first field to fix (GOV.UK's summary links too). */
  private async showProblems(problems: FormProblems, trigger: DeliveryTrigger): Promise<void> {
    this.problems = problems;
    await this.updateComplete;
    if (trigger !== 'user') return;
    const field = firstInvalidField(problems);
    if (field) this.focusField(field);
    else this.renderRoot.querySelector<HTMLElement>('#error-summary')?.focus();
  }

  private focusField(field: FormField): void {
    const root = this.renderRoot;
    let target: HTMLElement | null;
    if (field === 'kind') {
      target = root.querySelector('input[name="kind"]:checked') ?? root.querySelector('input[name="kind"]');
    } else if (field === 'regionCode' && !this.place.districtCode) {
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
    const result = this.parse();
    if (!result.success) {
      const problems = problemsFromIssues(this.informationRequest.take(result.error.issues));
      if (hasProblems(problems)) await this.showProblems(problems, 'user');
      else {
        this.problems = NO_PROBLEMS;
        await this.updateComplete;
        this.informationRequest.firstInvalid(this.renderRoot)?.focus();
      }
      return;
    }
    this.problems = NO_PROBLEMS;
    this.sendError = undefined;
    this.phase = 'sending';
    this.announce(this.text.aspirationForm.sendingAnnouncement);
    // Emails are written in the language the citizen read the form in.
    await this.queue.submit(
      result.data.notify ? { ...result.data, language: this.language } : result.data,
      this.attachments.files,
    );
  }

  /** What an outcome means for the view, the events and focus. */
  private async settle(outcome: DeliveryOutcome, trigger: DeliveryTrigger): Promise<void> {
    const t = this.text.aspirationForm;
    // Focus inside the widget before the view changes: if the focused control disappears with it, focus must land
    // on the new view rather than on the page's body.
    const hadFocus = this.matches(':focus-within');
    switch (outcome.kind) {
      case 'busy':
        return;
      case 'sent': {
        const { receipt, entry } = outcome;
        this.receipt = receipt;
        this.values = emptyFormValues();
        this.attachments.set([]);
        this.location.set('');
        this.informationRequest.set();
        this.touched = false;
        this.copyStatus = '';
        this.phase = 'submitted';
        this.dispatchEvent(new KimAspirationSubmittedEvent(receipt, entry.idempotencyKey));
        if (trigger === 'auto') this.announce(t.sentAnnouncement(formatTrackingCode(receipt.trackingCode)));
        await this.focusAfter(trigger, hadFocus, '#panel-heading');
        return;
      }
      case 'queued': {
        console.error(outcome.error);
        this.dispatchEvent(new KimErrorEvent(outcome.error));
        this.dispatchEvent(new KimAspirationQueuedEvent(outcome.entry.idempotencyKey, outcome.error));
        const fromForm = this.phase === 'sending';
        this.phase = 'queued';
        if (trigger === 'user') this.announce(t.queuedAnnouncement);
        // The send button is gone with the form; the retry button of the waiting panel stays where it was.
        if (fromForm) await this.focusAfter(trigger, hadFocus, '#panel-heading');
        return;
      }
      default: {
        console.error(outcome.error);
        this.dispatchEvent(new KimErrorEvent(outcome.error));
        // From the outbox after a reload the inputs may be blank: put the refused submission back into them.
        if (!this.touched) {
          const { input } = outcome.entry;
          this.values = fromAspirationInput(input);
          this.location.set(input.location?.text ?? '', input.location?.position);
          this.informationRequest.set(input.informationRequest);
          this.attachments.set(outcome.files);
        }
        this.phase = 'editing';
        if (outcome.kind === 'fields') {
          const problems = problemsFromFieldErrors(fieldErrorsOf(outcome.error));
          await this.showProblems(
            hasProblems(problems) ? problems : { fields: {}, form: [{ kind: 'invalid' }] },
            trigger,
          );
        } else {
          this.sendError = outcome.error;
          await this.focusAfter(trigger, hadFocus, '#send-error');
        }
      }
    }
  }

  /**
   * Moves focus to `selector` after the citizen's own action. After one the page started, focus moves only when it
   * was inside the widget and the control holding it went away with the old view.
   */
  private async focusAfter(trigger: DeliveryTrigger, hadFocus: boolean, selector: string): Promise<void> {
    await this.updateComplete;
    const lost = hadFocus && !this.matches(':focus-within');
    if (trigger === 'user' || lost) this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Says `text` through the polite live region, also when it is the same as last time. */
  private announce(text: string): void {
    this.announcement = '';
    void this.updateComplete.then(() => {
      this.announcement = text;
    });
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

  // The secret lives in this receipt only (never in the outbox or a draft): gone with "send another" or a reload.
  private async copySecret(): Promise<void> {
    const secret = this.receipt?.followUpSecret;
    if (!secret) return;
    this.secretCopyStatus = '';
    const copied = await copyText(secret, this.renderRoot);
    await this.updateComplete;
    this.secretCopyStatus = copied ? 'copied' : 'failed';
    if (!copied) {
      const shown = this.renderRoot.querySelector('[part~="follow-up-secret"]');
      if (shown) selectText(shown);
    }
  }

  private async startAnother(): Promise<void> {
    this.receipt = undefined;
    this.copyStatus = '';
    this.secretCopyStatus = '';
    this.problems = NO_PROBLEMS;
    this.sendError = undefined;
    this.spokenCounts = {};
    this.phase = 'editing';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#form-heading')?.focus();
  }

  // --- Rendering -----------------------------------------------------------------------------------------------

  override render() {
    const t = this.text;
    let view: TemplateResult;
    if (this.phase === 'submitted' && this.receipt) view = this.renderReceipt(t, this.receipt);
    else if (this.phase === 'queued') view = this.renderQueued(t);
    else view = this.renderForm(t);
    return html`<div part="base" class="base" lang=${this.locale}>
      ${view}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </div>`;
  }

  private renderForm(t: FormText): TemplateResult {
    const f = t.aspirationForm;
    const sending = this.phase === 'sending';
    const heading = headingTag(this.headingLevel);
    return html`<form
      part="form"
      novalidate
      aria-labelledby="form-heading"
      aria-busy=${sending ? 'true' : 'false'}
      @input=${this.onFieldInput}
      @change=${this.onFieldInput}
      @submit=${this.onSubmit}
    >
      <${heading} id="form-heading" part="heading" class="heading" tabindex="-1">${f.label}</${heading}>
      <p class="intro">${f.intro}</p>
      ${this.renderSummary(t)} ${this.renderSendError(t)} ${this.renderKind(t)}
      ${
        this.values.kind === 'information_request'
          ? this.informationRequest.render(this.strings(informationRequestFields), this.language, sending)
          : nothing
      }
      ${this.renderText(t, 'title', f.title, f.titleHint)}
      ${this.renderText(t, 'body', f.body, f.bodyHint)} ${this.renderCategory(t)}
      ${this.place.render({
        t,
        district: this.values.district,
        regionCode: this.values.regionCode,
        invalid: !!this.problems.fields.regionCode,
        error: this.renderError(t, 'regionCode', this.problems.fields.regionCode),
      })}
      ${this.location.render(this.strings(aspirationAttachments), this.renderRoot)}
      ${this.attachments.render(this.strings(aspirationAttachments), this.locale, this.renderRoot)}
      ${this.renderReporter(t)} ${this.renderPrivacy(t)} ${this.renderConsent(t)} ${this.renderHoneypot(t)}
      <div class="actions">
        <button type="submit" class="button" part="submit-button" aria-disabled=${sending ? 'true' : 'false'}>
          ${sending ? f.sending : f.submit}
        </button>
      </div>
    </form>`;
  }

  private renderSummary(t: FormText): TemplateResult {
    const f = t.aspirationForm;
    const fields = Object.entries(this.problems.fields) as [FormField, FieldProblem][];
    const count = fields.length + this.problems.form.length;
    const title = headingTag(this.headingLevel, 1);
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
          ? html`<${title} class="summary-title">${f.errorSummary(count)}</${title}>
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
                      >${fieldMessage(field, problem, f.errors)}</a
                    >
                  </li>`,
              )}
              ${this.problems.form.map(() => html`<li>${f.errors.form}</li>`)}
            </ul>`
          : nothing
      }
    </div>`;
  }

  private renderSendError(t: FormText): TemplateResult | typeof nothing {
    if (!this.sendError) return nothing;
    return html`<div id="send-error" part="send-error" class="alert" role="alert" tabindex="-1">
      <p><span class="visually-hidden">${t.common.errorPrefix} </span>${t.aspirationForm.sendFailed}</p>
      <p>${errorMessage(t, this.sendError)}</p>
    </div>`;
  }

  private renderKind(t: FormText): TemplateResult {
    const f = t.aspirationForm;
    const problem = this.problems.fields.kind;
    return html`<fieldset part="fieldset" class="kinds" aria-describedby=${problem ? 'kind-error' : nothing}>
      <legend>${f.kindLegend}</legend>
      ${this.renderError(t, 'kind', problem)}
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
          <label for=${`kind-${kind}`}>${t.aspirationKinds[kind]}</label>
          <p id=${`kind-${kind}-hint`} class="hint">${f.kindHints[kind]}</p>
        </div>`,
      )}
    </fieldset>`;
  }

  private renderText(t: FormText, field: 'title' | 'body', label: string, hint: string) {
    const f = t.aspirationForm;
    const limits = ASPIRATION_LIMITS[field];
    const problem = this.problems.fields[field];
    const value = this.values[field];
    const length = value.trim().length;
    const describedBy = [`${field}-hint`, `${field}-limits`, problem ? `${field}-error` : ''].filter(Boolean).join(' ');
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
    // The visible counter changes with every keystroke, so screen readers get the bounds with the field and the count
    // through a live region once typing pauses (GOV.UK's character count).
    return html`<div part="field" class="field">
      <label part="label" for=${field}>${label}</label>
      <p part="hint" class="hint" id=${`${field}-hint`}>${hint}</p>
      ${this.renderError(t, field, problem)}
      ${control}
      <p part="counter" id=${`${field}-counter`} class=${length > limits.max ? 'counter over' : 'counter'} aria-hidden="true">
        ${f.counter(length, limits.min, limits.max)}
      </p>
      <p class="visually-hidden" id=${`${field}-limits`}>${f.counterHint(limits.min, limits.max)}</p>
      <p class="visually-hidden" id=${`${field}-count`} aria-live="polite">${this.spokenCounts[field] ?? ''}</p>
    </div>`;
  }

  // Selects get both `.value` (to snap back a refused change) and `?selected` (the options may be created in the same
  // render, after the select's value was set).
  private renderCategory(t: FormText): TemplateResult {
    const f = t.aspirationForm;
    const problem = this.problems.fields.categoryId;
    const selected = this.values.categoryId;
    return html`<div part="field" class="field">
      <label part="label" for="categoryId">${f.category}</label>
      ${this.renderError(t, 'categoryId', problem)}
      ${this.categoriesTask.render({
        pending: () => loadingSelect('categoryId', f),
        error: (error) => optionsError(error, () => this.categoriesTask.run(), t),
        complete: (categories: Category[]) => html`<select
          id="categoryId"
          name="categoryId"
          part="input"
          required
          .value=${live(selected)}
          aria-describedby=${problem ? 'categoryId-error' : nothing}
          aria-invalid=${problem ? 'true' : 'false'}
        >
          <option value="" ?selected=${selected === ''}>${f.chooseCategory}</option>
          ${categories.map(
            (c) =>
              html`<option value=${c.id} lang=${CONTENT_LANGUAGE} ?selected=${selected === c.id}>${c.name}</option>`,
          )}
        </select>`,
      })}
    </div>`;
  }

  private renderReporter(t: FormText): TemplateResult {
    const f = t.aspirationForm;
    return html`<fieldset part="fieldset" class="reporter" aria-describedby="reporter-hint">
      <legend>${f.reporterLegend} <span class="optional">${f.optional}</span></legend>
      <p id="reporter-hint" part="hint" class="hint">${f.reporterHint}</p>
      ${this.renderContact(t, 'reporter.name', f.name, 'text', 'name')}
      ${this.renderContact(t, 'reporter.email', f.email, 'email', 'email')} ${this.renderNotify(t)}
      ${this.renderContact(t, 'reporter.phone', f.phone, 'tel', 'tel', f.phoneHint)}
    </fieldset>`;
  }

  private renderContact(
    t: FormText,
    field: FormField,
    label: string,
    type: string,
    autocomplete: string,
    hint?: string,
  ) {
    const id = INPUT_ID[field] as 'name' | 'email' | 'phone';
    const problem = this.problems.fields[field];
    const describedBy = [hint ? `${id}-hint` : '', problem ? `${id}-error` : ''].filter(Boolean).join(' ');
    return html`<div part="field" class="field">
      <label part="label" for=${id}>${label} <span class="optional">${t.aspirationForm.optional}</span></label>
      ${hint ? html`<p part="hint" class="hint" id=${`${id}-hint`}>${hint}</p>` : nothing}
      ${this.renderError(t, field, problem)}
      <input
        id=${id}
        name=${id}
        part="input"
        type=${type}
        ?readonly=${this.phase === 'sending'}
        autocomplete=${autocomplete}
        inputmode=${type === 'tel' ? 'tel' : type === 'email' ? 'email' : nothing}
        aria-describedby=${describedBy || nothing}
        aria-invalid=${problem ? 'true' : 'false'}
        .value=${live(this.values[id])}
      />
    </div>`;
  }

  /** The opt-in to email news, offered once an email is given (the contract needs one for it). */
  private renderNotify(t: FormText): TemplateResult | typeof nothing {
    if (this.values.email.trim() === '') return nothing;
    const f = t.aspirationForm;
    return html`<div part="field" class="field notify">
      <div class="choice">
        <input
          type="checkbox"
          id="notify"
          name="notify"
          aria-describedby="notify-hint"
          .checked=${live(this.values.notify)}
        />
        <label part="label" for="notify">${f.notify}</label>
      </div>
      <p part="hint" class="hint" id="notify-hint">${f.notifyHint}</p>
    </div>`;
  }

  private renderPrivacy(t: FormText): TemplateResult {
    const f = t.aspirationForm;
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
      <legend>${f.privacyLegend}</legend>
      ${toggle('anonymous', f.anonymous, f.anonymousHint)}
      ${toggle('confidential', f.confidential, f.confidentialHint)}
    </fieldset>`;
  }

  private renderConsent(t: FormText): TemplateResult {
    const f = t.aspirationForm;
    const problem = this.problems.fields.consent;
    const url = privacyHref(this.privacyUrl);
    return html`<div part="field" class="field consent">
      ${this.renderError(t, 'consent', problem)}
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
        <label part="label" for="consent">${this.consentText || f.consent}</label>
      </div>
      <p part="hint" class="hint" id="consent-hint" ?hidden=${this.consentText !== ''}>
        ${f.consentHint}
        ${
          url
            ? html`<a href=${url} target="_blank" rel="noopener noreferrer"
                >${f.privacyLink}<span class="visually-hidden"> ${t.common.opensInNewTab}</span></a
              >`
            : nothing
        }
      </p>
    </div>`;
  }

  private renderHoneypot(t: FormText): TemplateResult {
    // Hidden from people and assistive technology alike; bots that fill every field fill this one.
    return html`<div class="visually-hidden" aria-hidden="true">
      <label for="website">${t.aspirationForm.honeypot}</label>
      <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" .value=${live(this.values.website)} />
    </div>`;
  }

  /** A field's error, above its control as GOV.UK places it, with a visually hidden "Galat:" before it. */
  private renderError(
    t: FormText,
    field: FormField,
    problem: FieldProblem | undefined,
  ): TemplateResult | typeof nothing {
    if (!problem) return nothing;
    return html`<p part="field-error" class="error" id=${`${INPUT_ID[field]}-error`}>
      <span class="visually-hidden">${t.common.errorPrefix} </span>${fieldMessage(field, problem, t.aspirationForm.errors)}
    </p>`;
  }

  private renderQueued(t: FormText): TemplateResult {
    const f = t.aspirationForm;
    const heading = headingTag(this.headingLevel);
    const retrying = this.queue.sending;
    return html`<section part="queued" class="panel" aria-labelledby="panel-heading">
      <${heading} id="panel-heading" class="heading" tabindex="-1">${f.queuedTitle}</${heading}>
      <p>${f.queuedBody}</p>
      <button
        type="button"
        class="button"
        part="retry-button"
        aria-disabled=${retrying ? 'true' : 'false'}
        @click=${() => this.sendQueued()}
      >
        ${retrying ? f.sending : f.sendNow}
      </button>
    </section>`;
  }

  private renderSecret(f: FormText['aspirationForm'], secret: string): TemplateResult {
    return html`<dl class="code-block">
        <dt class="code-label">${f.followUpSecret}</dt>
        <dd class="code-row">
          <strong part="follow-up-secret" class="code" translate="no">${secret}</strong>
          <button type="button" class="button secondary" part="copy-secret-button" @click=${this.copySecret}>
            ${f.copySecret}
          </button>
        </dd>
      </dl>
      <p role="status" class="copy-status">
        ${this.secretCopyStatus === 'copied' ? f.secretCopied : this.secretCopyStatus === 'failed' ? f.copyFailed : ''}
      </p>
      <p part="keep-secret">${f.keepSecret}</p>`;
  }

  private renderReceipt(t: FormText, receipt: AspirationReceipt): TemplateResult {
    const f = t.aspirationForm;
    const heading = headingTag(this.headingLevel);
    return html`<section part="receipt" class="panel" aria-labelledby="panel-heading">
      <${heading} id="panel-heading" class="heading" tabindex="-1">${f.receiptTitle}</${heading}>
      <p class="thanks">${f.receiptThanks}</p>
      <dl class="code-block">
        <dt class="code-label">${f.trackingCode}</dt>
        <dd class="code-row">
          <strong part="tracking-code" class="code">${formatTrackingCode(receipt.trackingCode)}</strong>
          <button type="button" class="button secondary" part="copy-button" @click=${this.copyCode}>${f.copy}</button>
        </dd>
      </dl>
      <p role="status" class="copy-status">
        ${this.copyStatus === 'copied' ? f.copied : this.copyStatus === 'failed' ? f.copyFailed : ''}
      </p>
      <p>${f.howToTrack}</p>
      ${receipt.followUpSecret ? this.renderSecret(f, receipt.followUpSecret) : nothing}
      <button type="button" class="button secondary" part="another-button" @click=${this.startAnother}>
        ${f.another}
      </button>
    </section>`;
  }
}

/** The form field a value key belongs to (`email` -> `reporter.email`); `district` belongs to none. */
function fieldOf(key: keyof AspirationFormValues): FormField | undefined {
  return (Object.entries(INPUT_ID) as [FormField, string][]).find(([, id]) => id === key)?.[0];
}

/** The privacy policy's URL if it is http(s), resolved against the page; anything else gives no link. */
function privacyHref(url: string): string | undefined {
  if (!url) return undefined;
  try {
    return safeHttpUrl(new URL(url, document.baseURI).href);
  } catch {
    return undefined;
  }
}
