// SQLite's submission fast path: group commit of the submissions that arrive together.
import type Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { intakeRow } from '../queries/aspiration-intakes.js';
import {
  replayOutcome,
  submissionAudit,
  submissionEvent,
  submissionLocation,
  submissionSearchText,
} from '../queries/aspirations.js';
import { AttachmentClaimError, type CreateAspirationResult, type NewAspiration } from '../storage.js';
import type { Tables } from '../tables.js';
import { informationRequestWriter } from './information-request-statements.js';

/** The statements of a submission, prepared once per database. */
function submissionStatements(raw: Database.Database) {
  return {
    replay: raw.prepare<
      [string],
      {
        request_hash: string;
        id: string;
        tracking_code: string;
        submitted_at: string;
        follow_up_secret_hash: string | null;
      }
    >(
      `SELECT k.request_hash, a.id, a.tracking_code, a.submitted_at, a.follow_up_secret_hash
       FROM idempotency_keys k JOIN aspirations a ON a.id = k.aspiration_id WHERE k.key = ?`,
    ),
    aspiration: raw.prepare(
      `INSERT INTO aspirations (id, tracking_code, kind, status, title, body, category_id, region_code, anonymous,
         confidential, reporter_name, reporter_email, reporter_phone, submitted_at, updated_at, search_text,
         location_text, latitude, longitude, location_accuracy, due_stage, due_at, notify_reporter, language,
         follow_up_secret_hash)
       VALUES (@id, @tracking_code, @kind, 'received', @title, @body, @category_id, @region_code, @anonymous,
         @confidential, @reporter_name, @reporter_email, @reporter_phone, @submitted_at, @submitted_at, @search_text,
         @location_text, @latitude, @longitude, @location_accuracy, @due_stage, @due_at, @notify_reporter, @language,
         @follow_up_secret_hash)`,
    ),
    audit: raw.prepare(
      `INSERT INTO audit_log (at, actor_type, actor_id, actor_name, actor_token_id, action, target_type, target_id,
         target_label, changes, region_code, request_id, client_address)
       VALUES (@at, @actor_type, @actor_id, @actor_name, @actor_token_id, @action, @target_type, @target_id,
         @target_label, @changes, @region_code, @request_id, @client_address)`,
    ),
    history: raw.prepare(
      `INSERT INTO aspiration_history (aspiration_id, status, at, note) VALUES (?, 'received', ?, NULL)`,
    ),
    claim: raw.prepare<[string, number, string, string]>(
      `UPDATE aspiration_attachments SET aspiration_id = ?, position = ?
       WHERE id = ? AND aspiration_id IS NULL AND expires_at > ?`,
    ),
    intake: raw.prepare(
      `INSERT INTO aspiration_intakes (aspiration_id, channel, group_id, consent, recorded_by)
       VALUES (@aspiration_id, @channel, @group_id, @consent, @recorded_by)`,
    ),
    event: raw.prepare(
      `INSERT INTO outbox (id, channel, topic, parent_id, aspiration_id, region_code, recipient, language, payload,
         status, due_at, created_at)
       VALUES (@id, @channel, @topic, @parent_id, @aspiration_id, @region_code, @recipient, @language, @payload,
         @status, @due_at, @created_at)`,
    ),
    key: raw.prepare('INSERT INTO idempotency_keys (key, request_hash, aspiration_id, created_at) VALUES (?, ?, ?, ?)'),
    informationRequest: informationRequestWriter(raw),
  };
}

type Idempotency = { key: string; requestHash: string };

/** Stores one submission (see {@link SubmissionWriter}); runs inside the batch's transaction. */
function storeSubmission(
  statements: ReturnType<typeof submissionStatements>,
  input: NewAspiration,
  idempotency: Idempotency | undefined,
): CreateAspirationResult {
  if (idempotency) {
    const stored = statements.replay.get(idempotency.key);
    if (stored) return replayOutcome(stored, idempotency.requestHash);
  }
  statements.aspiration.run({
    id: input.id,
    tracking_code: input.trackingCode,
    kind: input.kind,
    title: input.title,
    body: input.body,
    category_id: input.categoryId,
    region_code: input.regionCode,
    anonymous: input.anonymous ? 1 : 0,
    confidential: input.confidential ? 1 : 0,
    reporter_name: input.reporter?.name ?? null,
    reporter_email: input.reporter?.email ?? null,
    reporter_phone: input.reporter?.phone ?? null,
    submitted_at: input.submittedAt,
    search_text: submissionSearchText(input),
    ...submissionLocation(input),
    due_stage: input.deadline?.stage ?? null,
    due_at: input.deadline?.dueAt ?? null,
    notify_reporter: input.notify ? 1 : 0,
    language: input.language ?? 'id',
    follow_up_secret_hash: input.followUpSecretHash ?? null,
  });
  // Every upload named, or none: a throw here rolls this submission's savepoint back.
  for (const [position, uploadId] of (input.attachmentIds ?? []).entries()) {
    if (statements.claim.run(input.id, position, uploadId, input.submittedAt).changes !== 1) {
      throw new AttachmentClaimError(uploadId);
    }
  }
  const registerNumber = statements.informationRequest(input);
  statements.history.run(input.id, input.submittedAt);
  const intake = intakeRow(input);
  if (intake) statements.intake.run(intake);
  statements.audit.run(submissionAudit(input));
  statements.event.run(submissionEvent(input));
  if (idempotency) statements.key.run(idempotency.key, idempotency.requestHash, input.id, input.submittedAt);
  return {
    outcome: 'created',
    aspiration: {
      id: input.id,
      trackingCode: input.trackingCode,
      submittedAt: input.submittedAt,
      followUpSecretHash: input.followUpSecretHash ?? null,
      ...(registerNumber !== undefined && { registerNumber }),
    },
  };
}

interface Job {
  input: NewAspiration;
  idempotency: Idempotency | undefined;
  resolve(result: CreateAspirationResult): void;
  reject(error: unknown): void;
}

type Outcome = { result: CreateAspirationResult } | { error: unknown };

/**
 * Stores submissions with their first history entry and idempotency key, or finds the earlier submission under the
 * same key. Submissions are the one write the public makes at volume, and a commit costs more than the inserts, so
 * the submissions that arrive together are stored together (group commit): those that reach the writer during one
 * turn of the event loop share one transaction, each inside a savepoint of its own, so one that fails (a colliding
 * code) is rolled back alone and rejected alone. Nobody hears of success before the commit. The statements are
 * prepared once and run synchronously while Kysely's connection is held, so no Kysely transaction can be open around
 * them. Same-key submissions in one batch see each other: the first stores, the others replay it; the key's primary
 * key still guards a database shared between processes.
 */
export class SubmissionWriter {
  readonly #db: Kysely<Tables>;
  readonly #raw: Database.Database;
  #batch?: (jobs: Job[]) => Outcome[];
  #queue: Job[] = [];

  constructor(db: Kysely<Tables>, raw: Database.Database) {
    this.#db = db;
    this.#raw = raw;
  }

  /** The batch's transaction, prepared on first use (the tables exist only after the migrations). */
  #prepare(): (jobs: Job[]) => Outcome[] {
    const raw = this.#raw;
    const statements = submissionStatements(raw);
    // Called inside the batch's transaction, better-sqlite3 makes this one a savepoint.
    const one = raw.transaction((job: Job) => storeSubmission(statements, job.input, job.idempotency));
    const batch = raw.transaction((jobs: Job[]) =>
      jobs.map((job): Outcome => {
        try {
          return { result: one(job) };
        } catch (error) {
          return { error };
        }
      }),
    );
    // IMMEDIATE takes the write lock before the idempotency look-up: a deferred transaction that reads first and
    // writes second fails at once with SQLITE_BUSY when another process wrote in between (busy_timeout does not
    // apply to that upgrade); two processes on one file lost 303 of 2,000 concurrent submissions to it.
    return (jobs: Job[]) => batch.immediate(jobs);
  }

  /** Queues a submission; settles once the batch it joined is committed (or failed). */
  submit(input: NewAspiration, idempotency?: Idempotency): Promise<CreateAspirationResult> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ input, idempotency, resolve, reject });
      if (this.#queue.length === 1) setImmediate(() => void this.#flush());
    });
  }

  async #flush(): Promise<void> {
    const jobs = this.#queue;
    this.#queue = [];
    let outcomes: Outcome[];
    try {
      outcomes = await this.#db.connection().execute(async () => {
        this.#batch ??= this.#prepare();
        return this.#batch(jobs);
      });
    } catch (error) {
      for (const job of jobs) job.reject(error);
      return;
    }
    outcomes.forEach((outcome, i) => {
      if ('error' in outcome) jobs[i]!.reject(outcome.error);
      else jobs[i]!.resolve(outcome.result);
    });
  }
}
