// The form's storage and delivery: the draft, the outbox, sending a submission and sending what waits, and the page
// events that matter to them (`online`, `pagehide`, going hidden). The form decides what each outcome looks like.
import {
  type AspirationInputParsed,
  type AspirationReceipt,
  type AspirationsResource,
  newIdempotencyKey,
} from '@kim-kit/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type AspirationDraft, DraftStore } from './draft-store.js';
import type { AspirationFormValues } from './form-values.js';
import { Outbox, type OutboxEntry } from './outbox.js';
import { outboxFiles, putOutboxFiles, removeOutboxFiles } from './outbox-files.js';
import { classifySubmissionFailure } from './submission-failure.js';

/** Who started a delivery: the citizen (send, retry) or the page (connection back, page opened again). */
export type DeliveryTrigger = 'user' | 'auto';

/** What one attempt at one submission came to. */
export type DeliveryOutcome =
  /** The server accepted it; the outbox entry and the draft are gone. */
  | { kind: 'sent'; entry: OutboxEntry; receipt: AspirationReceipt }
  /** It may get through later (offline, timeout, 5xx, 408, 429): it stays in the outbox. */
  | { kind: 'queued'; entry: OutboxEntry; error: unknown }
  /** The server refused the content (400/422): out of the outbox, to be fixed in the form (files back in it too). */
  | { kind: 'fields'; entry: OutboxEntry; error: unknown; files: File[] }
  /** Refused for a reason a retry cannot fix (409, 413, 403...): out of the outbox. */
  | { kind: 'refused'; entry: OutboxEntry; error: unknown; files: File[] }
  /** Already on its way (another form with the same outbox, or an `online` event during a send). */
  | { kind: 'busy'; entry: OutboxEntry };

export interface SubmissionQueueOptions {
  /** The client to send with, at the moment of sending. */
  client: () => { readonly aspirations: AspirationsResource } | undefined;
  /** Called for every outcome, before the next waiting submission is tried. */
  onOutcome: (outcome: DeliveryOutcome, trigger: DeliveryTrigger) => void | Promise<void>;
  /** Called before a delivery the page started (not the citizen), so the form can show the waiting panel. */
  onAutoSend?: () => void;
}

// Submissions being sent right now, by Idempotency-Key: two forms with the same outbox, or an `online` event during
// a send, must not fire a second request for the same key.
const inFlight = new Set<string>();

/**
 * A reactive controller holding one form's draft and outbox, both keyed by scope (which API, which region), with the
 * listeners that flush the draft before the page goes away and retry the outbox when the connection returns.
 */
export class SubmissionQueue implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: SubmissionQueueOptions;
  #scope?: string;
  #drafts?: DraftStore;
  #outbox?: Outbox;
  #sending = false;

  constructor(host: ReactiveControllerHost & HTMLElement, options: SubmissionQueueOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Whether waiting submissions are being sent. */
  get sending(): boolean {
    return this.#sending;
  }

  /** How many submissions wait in the outbox. */
  get waiting(): number {
    return this.#outbox?.list().length ?? 0;
  }

  /** The scope now open, or undefined before the first `open`. */
  get scope(): string | undefined {
    return this.#scope;
  }

  /**
   * Opens the draft and the outbox of `scope`, first moving over what a `legacyScope` (the key an earlier version
   * used for the same form) holds, so an upgrade loses no queued report. Returns the saved draft of the scope, or
   * undefined when the scope is already open or has none.
   */
  open(scope: string, legacyScope?: string): { changed: boolean; draft?: AspirationDraft } {
    if (scope === this.#scope) return { changed: false };
    this.#drafts?.flush();
    this.#scope = scope;
    this.#drafts = new DraftStore(scope);
    this.#outbox = new Outbox(scope);
    if (legacyScope !== undefined && legacyScope !== scope) {
      this.#outbox.moveFrom(new Outbox(legacyScope));
      this.#drafts.moveFrom(new DraftStore(legacyScope));
    }
    return { changed: true, draft: this.#drafts.load() };
  }

  /** Saves the draft (debounced). */
  saveDraft(values: AspirationFormValues): void {
    this.#drafts?.save(values);
  }

  /**
   * Sends `input` with `files` as a new submission: written to the outbox first (the files to IndexedDB), so a page
   * that dies mid-request replays it.
   */
  async submit(input: AspirationInputParsed, files: readonly File[] = []): Promise<DeliveryOutcome> {
    const entry: OutboxEntry = { idempotencyKey: newIdempotencyKey(), input, queuedAt: new Date().toISOString() };
    if (files.length > 0) {
      entry.files = files.length;
      await putOutboxFiles(entry.idempotencyKey, files);
    }
    this.#outbox?.put(entry);
    this.#drafts?.flush();
    const outcome = await this.#deliver(entry);
    await this.#options.onOutcome(outcome, 'user');
    return outcome;
  }

  /**
   * Sends every waiting submission, oldest first, stopping at the first that still cannot get through. Does nothing
   * while a round is under way or no client is configured.
   */
  async sendWaiting(trigger: DeliveryTrigger): Promise<void> {
    const entries = this.#outbox?.list() ?? [];
    if (entries.length === 0 || this.#sending || !this.#options.client()) return;
    if (trigger === 'auto') this.#options.onAutoSend?.();
    this.#sending = true;
    this.#host.requestUpdate();
    try {
      for (const entry of entries) {
        const outcome = await this.#deliver(entry);
        await this.#options.onOutcome(outcome, trigger);
        if (outcome.kind === 'queued' || outcome.kind === 'busy') break;
      }
    } finally {
      this.#sending = false;
      this.#host.requestUpdate();
    }
  }

  /** One attempt at one submission; settles the outbox and the draft according to the outcome. */
  async #deliver(entry: OutboxEntry): Promise<DeliveryOutcome> {
    const key = entry.idempotencyKey;
    if (inFlight.has(key)) return { kind: 'busy', entry };
    inFlight.add(key);
    let files: File[] = [];
    try {
      const client = this.#options.client();
      if (!client) throw new Error(`<${this.#host.localName}> needs an API to send to`);
      // The SDK uploads each file under a key derived from this one, then submits: a retry after any step (even
      // from another page load) uploads and records nothing twice.
      files = entry.files ? await outboxFiles(key) : [];
      const receipt = await client.aspirations.submit(entry.input, { idempotencyKey: key, files });
      this.#outbox?.remove(key);
      await removeOutboxFiles(key);
      this.#drafts?.clear();
      return { kind: 'sent', entry, receipt };
    } catch (error) {
      const failure = classifySubmissionFailure(error);
      if (failure === 'queue') return { kind: 'queued', entry, error };
      this.#outbox?.remove(key);
      await removeOutboxFiles(key);
      return { kind: failure === 'fields' ? 'fields' : 'refused', entry, error, files };
    } finally {
      inFlight.delete(key);
    }
  }

  readonly #onOnline = (): void => {
    void this.sendWaiting('auto');
  };

  // Mobile browsers may discard a hidden page without a pagehide: going hidden is the last reliable moment.
  readonly #onPageHide = (): void => {
    this.#drafts?.flush();
  };

  hostConnected(): void {
    window.addEventListener('online', this.#onOnline);
    window.addEventListener('pagehide', this.#onPageHide);
    document.addEventListener('visibilitychange', this.#onPageHide);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.#onOnline);
    window.removeEventListener('pagehide', this.#onPageHide);
    document.removeEventListener('visibilitychange', this.#onPageHide);
    this.#drafts?.flush();
  }
}
