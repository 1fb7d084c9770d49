// What PostgreSQL does its own way: tsvector search, a one-statement submission, booleans, its driver's errors.
import { type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { StorageDialect } from '../dialect.js';
import { claimUploads } from '../queries/aspiration-attachments.js';
import { intakeRow } from '../queries/aspiration-intakes.js';
import {
  replay,
  submissionAudit,
  submissionEvent,
  submissionLocation,
  submissionSearchText,
} from '../queries/aspirations.js';
import { storeInformationRequest } from '../queries/information-requests.js';
import { type NewsRow, type NewsSearch, newsListQuery, newsSeqQuery } from '../queries/news.js';
import {
  type CreateAspirationResult,
  type NewAspiration,
  StorageConflictError,
  StorageInputError,
  StorageUnavailableError,
} from '../storage.js';
import type { Tables } from '../tables.js';
import type { OpenedPostgres } from './database.js';
import { POSTGRES_MIGRATIONS } from './migrations/index.js';

/** `warga:* & melati:*`: every word as a prefix. Words hold only letters and digits (search-words.ts). */
export const tsQuery = (words: readonly string[]) => words.map((word) => `${word}:*`).join(' & ');

/** SQLSTATE classes that mean "try again later", not "your request is wrong". */
const UNAVAILABLE_STATES = /^(08|53|57|58|40|XX)|^25006$|^55P03$|^55006$/;
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOENT',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
]);
const UNAVAILABLE_MESSAGES =
  /pool after calling end|Connection terminated|timeout exceeded when trying to connect|not queryable|driver has already been destroyed/i;

function translate(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) {
    if (code.startsWith('23')) return new StorageConflictError(error.message, { cause: error });
    // Data exceptions: a value PostgreSQL cannot take (NUL in text, a malformed time), which SQLite stores as is.
    if (code.startsWith('22')) return new StorageInputError(error.message, { cause: error });
    if (UNAVAILABLE_STATES.test(code)) return new StorageUnavailableError(error.message, { cause: error });
    return error;
  }
  if ((typeof code === 'string' && NETWORK_CODES.has(code)) || UNAVAILABLE_MESSAGES.test(error.message)) {
    return new StorageUnavailableError(error.message, { cause: error });
  }
  return error;
}

/**
 * The time bound of a search through the GIN index, tested on each match rather than read from an index: as an
 * index condition it would let the planner read every article through a list index (each has one) instead of the
 * few matches through the GIN index.
 */
const testedTimeBound = (now: string) =>
  sql<SqlBool>`(news.published_at + interval '0 seconds') <= ${now}::timestamptz`;

/** The news search through the GIN index, as `searchNews` runs it when few articles match (for plan tests). */
export function postgresNewsSearchQuery(db: Kysely<Tables>, filter: NewsSearch) {
  return newsSeqQuery(db, filter, testedTimeBound)
    .where(sql<SqlBool>`news.search @@ to_tsquery('simple', ${tsQuery(filter.words)})`)
    .orderBy('news.published_at', 'desc')
    .orderBy('news.id', 'desc')
    .limit(filter.limit);
}

/**
 * Rows of the list a search tests in order before it asks the GIN index instead. Where more than limit/WALKED_ROWS
 * of the rows match (2% for a page of 21), the first page is among them and costs a few dozen tests; below that the
 * matches are few enough (at most 2% of the table) to read through the GIN index and sort.
 */
const WALKED_ROWS = 1000;

/**
 * The planner guesses a prefix search's matches from statistics, and a wrong guess either sorts 70,000 matches or
 * walks the whole table for a few dozen (two common words that seldom meet: 80 ms at 100,000 articles). So the
 * search decides from the data: it tests the newest WALKED_ROWS rows of the list in order, and only when they hold
 * less than a page does it read the matches through the GIN index (sequential and list-index scans switched off for
 * that one statement) and sort them. Either way the page's rows are then read by seq.
 */
async function searchNews(db: Kysely<Tables>, filter: NewsSearch): Promise<NewsRow[]> {
  const match = sql<SqlBool>`search @@ to_tsquery('simple', ${tsQuery(filter.words)})`;
  const head = newsSeqQuery(db, filter)
    .select(['news.published_at', 'news.id', 'news.search' as never])
    .orderBy('news.published_at', 'desc')
    .orderBy('news.id', 'desc')
    .limit(WALKED_ROWS);
  let seqs = (
    await db
      .selectFrom(head.as('head'))
      .select('head.seq')
      .where(match)
      .orderBy('head.published_at', 'desc')
      .orderBy('head.id', 'desc')
      .limit(filter.limit)
      .execute()
  ).map((row) => row.seq);
  if (seqs.length < filter.limit) {
    seqs = await db.transaction().execute(async (trx) => {
      await sql`SELECT set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true)`.execute(
        trx,
      );
      const rows = await postgresNewsSearchQuery(trx, filter).execute();
      return rows.map((row) => row.seq);
    });
  }
  if (seqs.length === 0) return [];
  return newsListQuery(db, { limit: filter.limit, now: filter.now }).where('news.seq', 'in', seqs).execute();
}

/**
 * One statement, so one round trip and its own transaction: the key (if any) is claimed first with ON CONFLICT
 * DO NOTHING, which waits for a concurrent claim of the same key to commit; the aspiration and its history are
 * written only if the claim succeeded. Foreign keys are checked at the end of the statement, so the key may
 * name the aspiration written beside it.
 */
async function storeSubmission(
  db: Kysely<Tables>,
  input: NewAspiration,
  idempotency: { key: string; requestHash: string } | undefined,
): Promise<CreateAspirationResult> {
  const at = sql`${input.submittedAt}::timestamptz`;
  const place = submissionLocation(input);
  const values = sql`${input.id}, ${input.trackingCode}, ${input.kind}, 'received', ${input.title}, ${input.body},
      ${input.categoryId}, ${input.regionCode}, ${input.anonymous}::boolean, ${input.confidential}::boolean,
      ${input.reporter?.name ?? null}, ${input.reporter?.email ?? null}, ${input.reporter?.phone ?? null}, ${at}, ${at},
      ${submissionSearchText(input)}, ${place.location_text}::text, CAST(${place.latitude} AS double precision),
      CAST(${place.longitude} AS double precision), CAST(${place.location_accuracy} AS double precision),
      ${input.deadline?.stage ?? null}::text, ${input.deadline?.dueAt ?? null}::timestamptz,
      ${input.notify ?? false}::boolean, ${input.language ?? 'id'}::text, ${input.followUpSecretHash ?? null}::text`;
  const columns = sql`(id, tracking_code, kind, status, title, body, category_id, region_code, anonymous,
      confidential, reporter_name, reporter_email, reporter_phone, submitted_at, updated_at, search_text,
      location_text, latitude, longitude, location_accuracy, due_stage, due_at, notify_reporter, language,
      follow_up_secret_hash)`;
  const a = submissionAudit(input);
  // The audit entry of the submission, written by the same statement when the aspiration is.
  const audit = sql`INSERT INTO audit_log (at, actor_type, actor_id, actor_name, actor_token_id, action,
        target_type, target_id, target_label, changes, region_code, request_id, client_address)
      SELECT ${at}, ${a.actor_type}::text, ${a.actor_id}::text, ${a.actor_name}::text, ${a.actor_token_id}::text,
        ${a.action}::text, ${a.target_type}::text, id,
        ${a.target_label}::text, ${a.changes}::jsonb, ${a.region_code}::text, ${a.request_id}::text,
        ${a.client_address}::text FROM stored`;
  const e = submissionEvent(input);
  // The officials' notification, likewise (the transactional outbox: see queries/outbox.ts).
  const event = sql`INSERT INTO outbox (id, channel, topic, aspiration_id, region_code, language, payload, status,
        due_at, created_at)
      SELECT ${e.id}::text, ${e.channel}::text, ${e.topic}::text, id, ${e.region_code}::text, ${e.language}::text,
        ${e.payload}::jsonb, ${e.status}::text, ${at}, ${at} FROM stored`;
  const receipt = {
    id: input.id,
    trackingCode: input.trackingCode,
    submittedAt: input.submittedAt,
    followUpSecretHash: input.followUpSecretHash ?? null,
  };
  if (!idempotency) {
    await sql`WITH stored AS (INSERT INTO aspirations ${columns} VALUES (${values}) RETURNING id),
        history AS (
          INSERT INTO aspiration_history (aspiration_id, status, at, note) SELECT id, 'received', ${at}, NULL FROM stored
        ), notified AS (${event})
        ${audit}`.execute(db);
    return { outcome: 'created', aspiration: receipt };
  }
  const result = await sql<{ stored: number }>`WITH claimed AS (
        INSERT INTO idempotency_keys (key, request_hash, aspiration_id, created_at)
        VALUES (${idempotency.key}, ${idempotency.requestHash}, ${input.id}, ${at})
        ON CONFLICT (key) DO NOTHING RETURNING aspiration_id
      ), stored AS (
        INSERT INTO aspirations ${columns} SELECT ${values} WHERE EXISTS (SELECT 1 FROM claimed) RETURNING id
      ), history AS (
        INSERT INTO aspiration_history (aspiration_id, status, at, note) SELECT id, 'received', ${at}, NULL FROM stored
      ), audited AS (${audit}), notified AS (${event})
      SELECT count(*)::int AS stored FROM stored`.execute(db);
  if (result.rows[0]?.stored === 1) return { outcome: 'created', aspiration: receipt };
  const earlier = await replay(db, idempotency.key, idempotency.requestHash);
  if (!earlier) throw new StorageConflictError('The idempotency key was claimed and then released; retry');
  return earlier;
}

export function createPostgresDialect(opened: OpenedPostgres): StorageDialect {
  const { db } = opened;
  return {
    engine: 'postgres',
    migrations: POSTGRES_MIGRATIONS,
    bool: (value) => value,
    translate,
    searchNews,
    groupSearchCondition(words): RawBuilder<SqlBool> {
      return sql<SqlBool>`groups.search @@ to_tsquery('simple', ${tsQuery(words)})`;
    },
    afterNewsWritten: async () => {},

    /**
     * One statement, so one round trip and its own transaction: the key (if any) is claimed first with ON CONFLICT
     * DO NOTHING, which waits for a concurrent claim of the same key to commit; the aspiration and its history are
     * written only if the claim succeeded. Foreign keys are checked at the end of the statement, so the key may
     * name the aspiration written beside it.
     */
    async createAspiration(input, idempotency) {
      const uploads = input.attachmentIds ?? [];
      const intake = intakeRow(input);
      const request = input.informationRequest;
      if (uploads.length === 0 && !intake && !request) return storeSubmission(db, input, idempotency);
      // With files: the statement and the claim of every upload in one transaction, so a missing upload leaves
      // nothing behind (the claim throws AttachmentClaimError, which rolls the aspiration back).
      return db.transaction().execute(async (trx) => {
        const result = await storeSubmission(trx, input, idempotency);
        if (result.outcome === 'created') await claimUploads(trx, input.id, uploads, input.submittedAt);
        // A KIM's record of who took it, in the same transaction as the aspiration.
        if (result.outcome === 'created' && intake) await trx.insertInto('aspiration_intakes').values(intake).execute();
        // The register number's counter row stays locked until this transaction commits.
        if (result.outcome === 'created' && request) {
          const registerNumber = await storeInformationRequest(
            trx,
            input.id,
            input.regionCode,
            input.submittedAt,
            request,
          );
          return { ...result, aspiration: { ...result.aspiration, registerNumber } };
        }
        return result;
      });
    },
    close: () => opened.close(),
  };
}
