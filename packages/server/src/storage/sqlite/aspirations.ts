// Aspirations, their history and idempotency keys in SQLite.
import type { AspirationKind, AspirationStatus } from '@kim-kit/sdk/schemas';
import type Database from 'better-sqlite3';
import type { Kysely, Transaction } from 'kysely';
import type {
  AspirationFilter,
  AspirationHistoryRecord,
  AspirationRecord,
  ChangeStatusResult,
  CreateAspirationResult,
  NewAspiration,
} from '../storage.js';
import type { Tables } from './tables.js';

type Db = Kysely<Tables> | Transaction<Tables>;

function selectAspirations(db: Db) {
  return db
    .selectFrom('aspirations')
    .innerJoin('categories', 'categories.id', 'aspirations.category_id')
    .selectAll('aspirations')
    .select('categories.name as category_name');
}

type AspirationRow = Awaited<ReturnType<ReturnType<typeof selectAspirations>['executeTakeFirstOrThrow']>>;

/** Reads the histories of the given aspirations, oldest entry first. */
async function histories(db: Db, ids: string[]): Promise<Map<string, AspirationHistoryRecord[]>> {
  const byId = new Map<string, AspirationHistoryRecord[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return byId;
  const rows = await db
    .selectFrom('aspiration_history')
    .select(['aspiration_id', 'status', 'at', 'note'])
    .where('aspiration_id', 'in', ids)
    .orderBy('seq')
    .execute();
  for (const row of rows) {
    byId.get(row.aspiration_id)?.push({ status: row.status as AspirationStatus, at: row.at, note: row.note });
  }
  return byId;
}

function toAspiration(row: AspirationRow, history: AspirationHistoryRecord[]): AspirationRecord {
  const reporter: AspirationRecord['reporter'] = {};
  if (row.reporter_name !== null) reporter.name = row.reporter_name;
  if (row.reporter_email !== null) reporter.email = row.reporter_email;
  if (row.reporter_phone !== null) reporter.phone = row.reporter_phone;
  return {
    id: row.id,
    trackingCode: row.tracking_code,
    kind: row.kind as AspirationKind,
    status: row.status as AspirationStatus,
    title: row.title,
    body: row.body,
    category: { id: row.category_id, name: row.category_name },
    regionCode: row.region_code,
    anonymous: row.anonymous === 1,
    confidential: row.confidential === 1,
    reporter: Object.keys(reporter).length > 0 ? reporter : null,
    submittedAt: row.submitted_at,
    updatedAt: row.updated_at,
    history,
  };
}

async function readOne(db: Db, column: 'aspirations.id' | 'aspirations.tracking_code', value: string) {
  const row = await selectAspirations(db).where(column, '=', value).executeTakeFirst();
  if (!row) return undefined;
  const history = await histories(db, [row.id]);
  return toAspiration(row, history.get(row.id) ?? []);
}

export const getAspiration = (db: Db, id: string) => readOne(db, 'aspirations.id', id);

export const getAspirationByTrackingCode = (db: Db, code: string) => readOne(db, 'aspirations.tracking_code', code);

export async function listAspirations(db: Db, filter: AspirationFilter): Promise<AspirationRecord[]> {
  let query = selectAspirations(db);
  if (filter.status) query = query.where('aspirations.status', '=', filter.status);
  if (filter.after) {
    const { value, id } = filter.after;
    query = query.where((eb) =>
      eb(eb.refTuple('aspirations.submitted_at', 'aspirations.id'), '<', eb.tuple(value, id)),
    );
  }
  const rows = await query
    .orderBy('aspirations.submitted_at', 'desc')
    .orderBy('aspirations.id', 'desc')
    .limit(filter.limit)
    .execute();
  const history = await histories(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => toAspiration(row, history.get(row.id) ?? []));
}

/** Looks up an idempotency key: the stored aspiration when the request matches, `conflict` when it does not. */
async function replay(db: Db, key: string, requestHash: string): Promise<CreateAspirationResult | undefined> {
  const stored = await db
    .selectFrom('idempotency_keys')
    .innerJoin('aspirations', 'aspirations.id', 'idempotency_keys.aspiration_id')
    .select([
      'idempotency_keys.request_hash',
      'aspirations.id',
      'aspirations.tracking_code',
      'aspirations.submitted_at',
    ])
    .where('idempotency_keys.key', '=', key)
    .executeTakeFirst();
  return stored && replayOutcome(stored, requestHash);
}

/** What a stored key means for a request with `requestHash`: a replay of the same request, or a conflict. */
function replayOutcome(
  stored: { request_hash: string; id: string; tracking_code: string; submitted_at: string },
  requestHash: string,
): CreateAspirationResult {
  if (stored.request_hash !== requestHash) return { outcome: 'conflict' };
  return {
    outcome: 'replayed',
    aspiration: { id: stored.id, trackingCode: stored.tracking_code, submittedAt: stored.submitted_at },
  };
}

/** The statements of a submission, prepared once per database. */
function submissionStatements(raw: Database.Database) {
  return {
    replay: raw.prepare<[string], { request_hash: string; id: string; tracking_code: string; submitted_at: string }>(
      `SELECT k.request_hash, a.id, a.tracking_code, a.submitted_at
       FROM idempotency_keys k JOIN aspirations a ON a.id = k.aspiration_id WHERE k.key = ?`,
    ),
    aspiration: raw.prepare(
      `INSERT INTO aspirations (id, tracking_code, kind, status, title, body, category_id, region_code, anonymous,
         confidential, reporter_name, reporter_email, reporter_phone, submitted_at, updated_at)
       VALUES (@id, @tracking_code, @kind, 'received', @title, @body, @category_id, @region_code, @anonymous,
         @confidential, @reporter_name, @reporter_email, @reporter_phone, @submitted_at, @submitted_at)`,
    ),
    history: raw.prepare(
      `INSERT INTO aspiration_history (aspiration_id, status, at, note) VALUES (?, 'received', ?, NULL)`,
    ),
    key: raw.prepare('INSERT INTO idempotency_keys (key, request_hash, aspiration_id, created_at) VALUES (?, ?, ?, ?)'),
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
  });
  statements.history.run(input.id, input.submittedAt);
  if (idempotency) statements.key.run(idempotency.key, idempotency.requestHash, input.id, input.submittedAt);
  return {
    outcome: 'created',
    aspiration: { id: input.id, trackingCode: input.trackingCode, submittedAt: input.submittedAt },
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
    return raw.transaction((jobs: Job[]) =>
      jobs.map((job): Outcome => {
        try {
          return { result: one(job) };
        } catch (error) {
          return { error };
        }
      }),
    );
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

/** Called after a unique-key failure on the idempotency key: another process stored it first. */
export async function replayAfterRace(
  db: Kysely<Tables>,
  key: string,
  requestHash: string,
): Promise<CreateAspirationResult | undefined> {
  return replay(db, key, requestHash);
}

export async function changeAspirationStatus(
  db: Kysely<Tables>,
  id: string,
  change: { status: AspirationStatus; note: string | null; at: string; allowedFrom: readonly AspirationStatus[] },
): Promise<ChangeStatusResult> {
  return db.transaction().execute(async (trx) => {
    const current = await trx.selectFrom('aspirations').select('status').where('id', '=', id).executeTakeFirst();
    if (!current) return { outcome: 'not_found' };
    const from = current.status as AspirationStatus;
    if (!change.allowedFrom.includes(from)) return { outcome: 'invalid_transition', from };
    await trx
      .updateTable('aspirations')
      .set({ status: change.status, updated_at: change.at })
      .where('id', '=', id)
      .execute();
    await trx
      .insertInto('aspiration_history')
      .values({ aspiration_id: id, status: change.status, at: change.at, note: change.note })
      .execute();
    const record = await getAspiration(trx, id);
    if (!record) throw new Error('The aspiration just changed cannot be read back');
    return { outcome: 'changed', record };
  });
}
