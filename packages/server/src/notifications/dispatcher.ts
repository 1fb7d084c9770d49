// The outbox dispatcher: runs in the server process, claims due outbox rows, fans events out into messages, sends
// them, marks them sent, and retries failures with backoff until they are marked failed. Several processes may run
// one each on PostgreSQL (claims skip each other's rows); on SQLite one process serves the file.
import { randomUUID } from 'node:crypto';
import type { FollowUpSecrets } from '../aspirations/follow-up-secret.js';
import type { OutboxMessage, Storage } from '../storage/storage.js';
import { DEFAULT_RETRY_POLICY, type RetryPolicy, retryDelay } from './backoff.js';
import { type Mailer, mailDomain } from './mailer.js';
import { type MessageLinks, renderMessage } from './messages.js';
import {
  confirmationDetails,
  isSubmissionConfirmation,
  renderSubmissionConfirmation,
} from './submission-confirmation.js';
import { SIGNATURE_HEADER, signWebhook } from './webhook-signature.js';
import { postWebhook } from './webhook-target.js';

export interface DispatcherOptions {
  storage: Storage;
  /** `null` until SMTP is configured: events are fanned out, and emails wait `pending` until a mailer exists. */
  mailer: Mailer | null;
  /** The From address, whose domain ends every Message-ID. */
  from: string;
  links: MessageLinks;
  /** Between runs when the last found nothing to do, in milliseconds. @default 5000 */
  intervalMs?: number;
  /** Rows claimed per run. @default 20 */
  batchSize?: number;
  /**
   * How long a claim holds, in milliseconds: a dispatcher that dies mid-send leaves its rows to others after this.
   * @default 300000 (5 minutes)
   */
  leaseMs?: number;
  retry?: Partial<RetryPolicy>;
  random?: () => number;
  now?: () => Date;
  /** How long a webhook receiver may take to answer, in milliseconds. @default 10000 */
  webhookTimeoutMs?: number;
  /**
   * Deliver webhooks to loopback and private addresses too (a receiver on the Dinas intranet). Off by default: a
   * subscription URL must resolve to public addresses only (see webhook-target.ts). @default false
   */
  allowPrivateNetworks?: boolean;
  /**
   * How often a run also looks for aspirations past their due date (each gets an overdue notice once per due date),
   * in milliseconds; 0 never. @default 300000 (5 minutes)
   */
  overdueScanMs?: number;
  log?: (line: string) => void;
  /**
   * Derives the follow-up secret for the reporter's submission confirmation when it is sent (never stored in the
   * outbox); the same instance, or the same key, as the app's. Without it the confirmation carries no secret.
   */
  followUpSecrets?: FollowUpSecrets;
}

export interface RunSummary {
  fannedOut: number;
  sent: number;
  retried: number;
  failed: number;
  /** Overdue notices written by the deadline scan in this run. */
  overdue?: number;
}

/** The Message-ID of an outbox email: the same on every attempt, so a resend after a crash is recognisable. */
export const messageIdOf = (message: Pick<OutboxMessage, 'id'>, from: string) => `<${message.id}@${mailDomain(from)}>`;

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

export class OutboxDispatcher {
  readonly #o: DispatcherOptions;
  readonly #retry: RetryPolicy;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #running: Promise<RunSummary> | undefined;
  #stopped = true;
  /** When the deadline scan last ran (ms since the epoch); the first run scans. */
  #scannedAt = Number.NEGATIVE_INFINITY;

  constructor(options: DispatcherOptions) {
    this.#o = options;
    this.#retry = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  }

  /** Starts the loop: a run at once, then again after `intervalMs` (at once again while rows keep coming). */
  start(): void {
    if (!this.#stopped) return;
    this.#stopped = false;
    if (!this.#o.mailer) {
      this.#log('notifications: no SMTP configured (KIM_SMTP_URL); emails stay pending in the outbox until it is');
    }
    this.#schedule(0);
  }

  /** Stops the loop and waits for a run in progress to end. */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    await this.#running?.catch(() => undefined);
  }

  #schedule(ms: number): void {
    if (this.#stopped) return;
    this.#timer = setTimeout(() => {
      void this.runOnce()
        .then((s) =>
          this.#schedule(s.fannedOut + s.sent + s.retried + s.failed + (s.overdue ?? 0) > 0 ? 0 : this.#interval()),
        )
        .catch((error: unknown) => {
          this.#log(`notifications: dispatcher run failed: ${describe(error)}`);
          this.#schedule(this.#interval());
        });
    }, ms);
    this.#timer.unref?.();
  }

  #interval = () => this.#o.intervalMs ?? 5000;

  #log(line: string): void {
    (this.#o.log ?? console.warn)(line);
  }

  /** One run: claims a batch of due rows and handles each. Runs do not overlap within a process. */
  runOnce(): Promise<RunSummary> {
    const run = (this.#running ?? Promise.resolve()).catch(() => undefined).then(() => this.#run());
    this.#running = run;
    return run;
  }

  async #run(): Promise<RunSummary> {
    const summary: RunSummary = { fannedOut: 0, sent: 0, retried: 0, failed: 0 };
    const now = (this.#o.now ?? (() => new Date()))();
    const token = randomUUID();
    const scanEvery = this.#o.overdueScanMs ?? 300_000;
    if (scanEvery > 0 && now.getTime() - this.#scannedAt >= scanEvery) {
      this.#scannedAt = now.getTime();
      summary.overdue = await this.#o.storage.enqueueOverdueNotices(now.toISOString(), 100);
    }
    const claimed = await this.#o.storage.claimOutbox({
      token,
      channels: this.#o.mailer ? ['event', 'email', 'webhook'] : ['event', 'webhook'],
      now: now.toISOString(),
      leaseEnd: new Date(now.getTime() + (this.#o.leaseMs ?? 300_000)).toISOString(),
      limit: this.#o.batchSize ?? 20,
    });
    for (const row of claimed) {
      if (row.channel === 'event') {
        const created = await this.#o.storage.fanOutOutboxEvent(row, token, now.toISOString());
        if (created !== undefined) summary.fannedOut++;
        continue;
      }
      if (row.channel === 'webhook') await this.#post(row, token, summary);
      else await this.#deliver(row, token, summary);
    }
    return summary;
  }

  /** After a failed attempt: due again after the backoff, or failed for good. */
  async #failed(row: OutboxMessage, token: string, error: string, summary: RunSummary): Promise<void> {
    const delay = retryDelay(row.attempts, this.#retry, this.#o.random);
    const failedAt = this.#now();
    const retryAt = delay === null ? null : new Date(failedAt.getTime() + delay).toISOString();
    await this.#o.storage.markOutboxAttemptFailed(row.id, token, error, retryAt, failedAt.toISOString());
    if (retryAt === null) summary.failed++;
    else summary.retried++;
  }

  #now(): Date {
    return (this.#o.now ?? (() => new Date()))();
  }

  /** A webhook delivery: POSTs the signed event; a 2xx answer delivers it, anything else is retried. */
  async #post(row: OutboxMessage, token: string, summary: RunSummary): Promise<void> {
    const { storage } = this.#o;
    const subscription = row.recipient === null ? undefined : await storage.getWebhookSubscription(row.recipient);
    const secret = subscription && (await storage.webhookSecret(subscription.id));
    if (!subscription || secret === undefined || !subscription.active) {
      await storage.markOutboxAttemptFailed(row.id, token, 'No active subscription', null, this.#now().toISOString());
      summary.failed++;
      return;
    }
    const body = JSON.stringify({ id: row.id, type: row.topic, createdAt: row.createdAt, data: row.payload });
    const sentAt = this.#now();
    const started = performance.now();
    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      statusCode = await postWebhook({
        url: subscription.url,
        headers: {
          'Content-Type': 'application/json',
          'User-Agent': 'kim-kit-webhooks/1',
          'Kim-Delivery': row.id,
          'Kim-Event': row.topic,
          [SIGNATURE_HEADER]: signWebhook(secret, body, Math.floor(sentAt.getTime() / 1000)),
        },
        body,
        timeoutMs: this.#o.webhookTimeoutMs ?? 10_000,
        allowPrivateNetworks: this.#o.allowPrivateNetworks,
      });
      if (statusCode < 200 || statusCode > 299) error = `HTTP ${statusCode}`;
    } catch (thrown) {
      error = describe(thrown);
    }
    await storage.recordWebhookAttempt({
      subscriptionId: subscription.id,
      outboxId: row.id,
      topic: row.topic,
      attempt: row.attempts,
      at: sentAt.toISOString(),
      statusCode,
      durationMs: Math.round(performance.now() - started),
      error,
    });
    if (error !== null) {
      await this.#failed(row, token, error, summary);
      return;
    }
    await storage.markOutboxSent(row.id, token, this.#now().toISOString());
    summary.sent++;
  }

  async #deliver(row: OutboxMessage, token: string, summary: RunSummary): Promise<void> {
    const { storage, mailer, from, links } = this.#o;
    const at = () => (this.#o.now ?? (() => new Date()))();
    const mail = isSubmissionConfirmation(row)
      ? renderSubmissionConfirmation(row, links, await confirmationDetails(storage, this.#o.followUpSecrets, row))
      : renderMessage(row, links);
    if (!mail || !mailer || row.recipient === null) {
      await storage.markOutboxAttemptFailed(row.id, token, 'No message for this topic', null, at().toISOString());
      summary.failed++;
      return;
    }
    try {
      await mailer.send({ ...mail, to: row.recipient, messageId: messageIdOf(row, from) });
    } catch (error) {
      await this.#failed(row, token, describe(error), summary);
      return;
    }
    await storage.markOutboxSent(row.id, token, at().toISOString());
    summary.sent++;
  }
}
