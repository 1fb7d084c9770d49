// The reporter's follow-up in the tracker: the one secret field, what is typed in each form, the checks against the
// contract's schemas before a request, the calls, and what a failure means. The panel and the objection form render
// from it. The secret lives in memory only: never in storage, gone when the code changes or the page closes.
import {
  type AspirationTracking,
  type FieldError,
  FollowUpInput,
  FollowUpSecretInput,
  type FollowUpsResource,
  InformationObjectionInput,
  type InformationRequestsResource,
  normalizeFollowUpSecret,
  RatingInput,
  ReopenInput,
  toFieldErrors,
  validationErrorMap,
} from '@kim-kit/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FollowUpStrings } from '../locales/follow-up.js';
import type { Language } from '../locales/language.js';
import type { FollowUpAction } from './follow-up-state.js';

/** The parts of the SDK client the follow-up calls. */
export interface FollowUpClient {
  aspirations: { track(code: string): Promise<AspirationTracking> };
  followUps: FollowUpsResource;
  informationRequests: Pick<InformationRequestsResource, 'object'>;
}

export interface FollowUpHost extends ReactiveControllerHost, HTMLElement {
  readonly language: Language;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** The fields of each form, by the contract input's property names. */
const FIELDS: Record<FollowUpAction, readonly string[]> = {
  information: ['text'],
  answer: ['text'],
  rating: ['score', 'comment'],
  reopen: ['reason'],
  objection: ['reason', 'text'],
};

/** The element id of a field (`fu-rating-score`); the secret's is `fu-secret`. */
export const fieldId = (action: FollowUpAction, field: string) => `fu-${action}-${field}`;

/** The parts of an SDK error this reads; the classes are told apart by name, as the rest of the widgets do. */
interface FailureShape {
  name?: string;
  status?: number;
  detail?: string;
  retryAfter?: number;
  fieldErrors?: FieldError[];
}

export class FollowUpController implements ReactiveController {
  /** The secret as typed. */
  secret = '';
  /** What is typed in each form, by `action.field`. */
  private readonly drafts = new Map<string, string>();
  /** Field problems by `action.field`, and `secret`. */
  errors: Record<string, string> = {};
  /** A message for the whole form (rate limit, offline, conflict), by action. */
  formErrors: Partial<Record<FollowUpAction, string>> = {};
  /** The form being sent. */
  pending: FollowUpAction | undefined;
  /** What the live region says while sending or when fields need mending. */
  announcement = '';
  /** The last step done ("Jawaban Anda telah terkirim."): shown and announced until the next send. */
  done = '';
  /** Sends made: each error renders afresh, so the same failure twice is announced twice. */
  attempts = 0;
  /** The tracking code the secret and the drafts belong to. */
  private code = '';

  constructor(
    private readonly host: FollowUpHost,
    private readonly client: () => FollowUpClient,
    private readonly strings: () => FollowUpStrings,
    /** Shows a newer tracking view (after a step, the history has its entry). */
    private readonly show: (tracking: AspirationTracking) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Forgets the secret and the drafts when another report is shown: they belong to one code. */
  forCode(code: string): void {
    if (code === this.code) return;
    this.code = code;
    this.secret = '';
    this.drafts.clear();
    this.errors = {};
    this.formErrors = {};
    this.announcement = '';
    this.done = '';
  }

  value(action: FollowUpAction, field: string): string {
    return this.drafts.get(`${action}.${field}`) ?? '';
  }

  setValue(action: FollowUpAction, field: string, value: string): void {
    this.drafts.set(`${action}.${field}`, value);
    delete this.errors[`${action}.${field}`];
    this.host.requestUpdate();
  }

  setSecret(value: string): void {
    this.secret = value;
    delete this.errors.secret;
    this.host.requestUpdate();
  }

  /** Checks the form against the contract and sends it; never throws. */
  async submit(action: FollowUpAction, tracking: AspirationTracking): Promise<void> {
    if (this.pending) return;
    const t = this.strings();
    this.attempts++;
    this.done = '';
    this.clearProblems(action);
    const problems = this.check(action);
    if (problems.length) {
      this.showProblems(action, problems);
      this.announcement = t.fixFields;
      this.host.requestUpdate();
      await this.focusFirstProblem(action);
      return;
    }
    this.pending = action;
    this.announcement = t.sending;
    this.host.requestUpdate();
    const code = tracking.trackingCode;
    const focused = (this.host.renderRoot as ShadowRoot).activeElement;
    try {
      const fresh = await this.send(action, code);
      for (const field of FIELDS[action]) this.drafts.delete(`${action}.${field}`);
      this.announcement = '';
      this.done = t[action].done;
      this.pending = undefined;
      // The new history entry shows; a view that cannot be fetched now leaves the old one (the step is done).
      const view =
        fresh ??
        (await this.client()
          .aspirations.track(code)
          .catch(() => undefined));
      if (view && code === this.code) this.show(view);
      await this.host.updateComplete;
      this.keepFocus(focused);
    } catch (error) {
      this.pending = undefined;
      await this.fail(action, error, code);
    } finally {
      this.pending = undefined;
      this.host.requestUpdate();
    }
  }

  private clearProblems(action: FollowUpAction): void {
    delete this.errors.secret;
    for (const field of FIELDS[action]) delete this.errors[`${action}.${field}`];
    delete this.formErrors[action];
  }

  /** Field problems, in the contract's words and the widget's language; the secret first. */
  private check(action: FollowUpAction): FieldError[] {
    const t = this.strings();
    const lang = this.host.language;
    const error = validationErrorMap(lang);
    const problems: FieldError[] = [];
    if (this.secret.trim() === '') problems.push({ path: 'secret', message: t.secretEmpty });
    else {
      const secret = FollowUpSecretInput.safeParse(this.secret, { error });
      if (!secret.success) problems.push(...toFieldErrors(secret.error, lang).map((e) => ({ ...e, path: 'secret' })));
    }
    const parsed = this.schemaOf(action).safeParse(this.inputOf(action, 'K7QD9XMP2HRTV4CW8NZE'), { error });
    if (!parsed.success) problems.push(...toFieldErrors(parsed.error, lang).filter((e) => e.path !== 'secret'));
    // The contract would list the reasons' ids; a person is asked to choose one.
    return problems.map((e) =>
      action === 'objection' && e.path === 'reason' && !this.value(action, 'reason')
        ? { ...e, message: t.objection.chooseReason }
        : e,
    );
  }

  private schemaOf(action: FollowUpAction) {
    switch (action) {
      case 'information':
      case 'answer':
        return FollowUpInput;
      case 'rating':
        return RatingInput;
      case 'reopen':
        return ReopenInput;
      case 'objection':
        return InformationObjectionInput;
    }
  }

  /** The request body; `secret` is the normalised one (or a stand-in while only the other fields are checked). */
  private inputOf(action: FollowUpAction, secret: string): Record<string, unknown> {
    const v = (field: string) => this.value(action, field);
    switch (action) {
      case 'information':
        return { secret, kind: 'information', text: v('text') };
      case 'answer':
        return { secret, kind: 'answer', text: v('text') };
      case 'rating': {
        const comment = v('comment').trim();
        return { secret, score: v('score') ? Number(v('score')) : undefined, ...(comment ? { comment } : {}) };
      }
      case 'reopen':
        return { secret, reason: v('reason') };
      case 'objection':
        return { secret, reason: v('reason') || undefined, text: v('text') };
    }
  }

  /** Sends the step; answers the new tracking view when the API gives it back (the objection does). */
  private async send(action: FollowUpAction, code: string): Promise<AspirationTracking | undefined> {
    const client = this.client();
    const secret = normalizeFollowUpSecret(this.secret) ?? this.secret;
    // Parsed again to send what the contract makes of the input (trimmed texts, the kind's default).
    const input = this.schemaOf(action).parse(this.inputOf(action, secret)) as never;
    switch (action) {
      case 'information':
      case 'answer':
        await client.followUps.add(code, input);
        return undefined;
      case 'rating':
        await client.followUps.rate(code, input);
        return undefined;
      case 'reopen':
        await client.followUps.reopen(code, input);
        return undefined;
      case 'objection':
        return client.informationRequests.object(code, input);
    }
  }

  private async fail(action: FollowUpAction, error: unknown, code: string): Promise<void> {
    const t = this.strings();
    const failure = (error ?? {}) as FailureShape;
    const name = failure.name ?? '';
    if (name === 'KimNetworkError' || name === 'KimTimeoutError' || error instanceof TypeError) {
      this.formErrors[action] = t.offline;
    } else if (failure.status === 403) {
      this.errors.secret = t.secretMismatch;
    } else if (failure.status === 400 || failure.status === 422) {
      const problems = (failure.fieldErrors ?? []).filter(
        (e) => e.path === 'secret' || FIELDS[action].includes(e.path),
      );
      if (problems.length) this.showProblems(action, problems);
      else this.formErrors[action] = failure.detail || t.generic;
    } else if (failure.status === 429) {
      this.formErrors[action] = t.rateLimited(failure.retryAfter ?? 60);
    } else if (failure.status === 409) {
      this.formErrors[action] = failure.detail || t.conflict;
      // The view was out of date (the window closed, someone rated it): show what is true now.
      this.client()
        .aspirations.track(code)
        .then((view) => code === this.code && this.show(view))
        .catch(() => undefined);
    } else {
      this.formErrors[action] = t.generic;
    }
    this.announcement = '';
    this.host.requestUpdate();
    if (this.errors.secret || FIELDS[action].some((f) => this.errors[`${action}.${f}`])) {
      this.announcement = t.fixFields;
      await this.focusFirstProblem(action);
    }
  }

  private showProblems(action: FollowUpAction, problems: readonly FieldError[]): void {
    for (const { path, message } of problems) {
      const key = path === 'secret' ? 'secret' : `${action}.${path}`;
      this.errors[key] ??= message;
    }
  }

  /** The person pressed send: focus goes to the first field to mend (the secret first). */
  private async focusFirstProblem(action: FollowUpAction): Promise<void> {
    await this.host.updateComplete;
    const id = this.errors.secret
      ? 'fu-secret'
      : FIELDS[action].map((f) => fieldId(action, f)).find((_, i) => this.errors[`${action}.${FIELDS[action][i]}`]);
    const target = id ? this.host.renderRoot.querySelector<HTMLElement>(`#${id}`) : null;
    // A radio group takes focus on its checked radio, else its first.
    const focusable =
      target instanceof HTMLFieldSetElement
        ? (target.querySelector<HTMLElement>('input:checked') ?? target.querySelector<HTMLElement>('input'))
        : target;
    focusable?.focus();
  }

  /**
   * The form that was sent may have gone with its button (the question is answered, the rating given): focus then
   * goes to the panel's heading rather than the page's start.
   */
  private keepFocus(focused: Element | null): void {
    if (focused && !focused.isConnected) this.host.renderRoot.querySelector<HTMLElement>('#fu-heading')?.focus();
  }
}
