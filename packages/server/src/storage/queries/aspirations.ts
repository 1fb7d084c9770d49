// Aspirations, their history and idempotency keys (the submission itself is each engine's fast path: see dialect.ts).
import type { AspirationKind, AspirationStatus } from '@kim-kit/sdk/schemas';
import type { Kysely, Transaction } from 'kysely';
import type {
  AspirationFilter,
  AspirationHistoryRecord,
  AspirationRecord,
  ChangeStatusResult,
  CreateAspirationResult,
} from '../storage.js';
import type { Tables } from '../tables.js';

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
    anonymous: Boolean(row.anonymous),
    confidential: Boolean(row.confidential),
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

/** The query of `listAspirations`, exported so tests can read its plan. */
export function aspirationListQuery(db: Db, filter: AspirationFilter) {
  let query = selectAspirations(db);
  if (filter.status) query = query.where('aspirations.status', '=', filter.status);
  if (filter.after) {
    const { value, id } = filter.after;
    query = query.where((eb) =>
      eb(eb.refTuple('aspirations.submitted_at', 'aspirations.id'), '<', eb.tuple(value, id)),
    );
  }
  return query.orderBy('aspirations.submitted_at', 'desc').orderBy('aspirations.id', 'desc').limit(filter.limit);
}

export async function listAspirations(db: Db, filter: AspirationFilter): Promise<AspirationRecord[]> {
  const rows = await aspirationListQuery(db, filter).execute();
  const history = await histories(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => toAspiration(row, history.get(row.id) ?? []));
}

/** Looks up an idempotency key: the stored aspiration when the request matches, `conflict` when it does not. */
export async function replay(db: Db, key: string, requestHash: string): Promise<CreateAspirationResult | undefined> {
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
export function replayOutcome(
  stored: { request_hash: string; id: string; tracking_code: string; submitted_at: string },
  requestHash: string,
): CreateAspirationResult {
  if (stored.request_hash !== requestHash) return { outcome: 'conflict' };
  return {
    outcome: 'replayed',
    aspiration: { id: stored.id, trackingCode: stored.tracking_code, submittedAt: stored.submitted_at },
  };
}

export async function changeAspirationStatus(
  db: Kysely<Tables>,
  id: string,
  change: { status: AspirationStatus; note: string | null; at: string; allowedFrom: readonly AspirationStatus[] },
): Promise<ChangeStatusResult> {
  return db.transaction().execute(async (trx) => {
    // The status test is part of the UPDATE, so of two concurrent changes from one status only the first applies,
    // on both engines, without SELECT ... FOR UPDATE (which SQLite has not).
    const updated =
      change.allowedFrom.length > 0 &&
      (await trx
        .updateTable('aspirations')
        .set({ status: change.status, updated_at: change.at })
        .where('id', '=', id)
        .where('status', 'in', [...change.allowedFrom])
        .returning('id')
        .executeTakeFirst());
    if (!updated) {
      const current = await trx.selectFrom('aspirations').select('status').where('id', '=', id).executeTakeFirst();
      if (!current) return { outcome: 'not_found' };
      return { outcome: 'invalid_transition', from: current.status as AspirationStatus };
    }
    await trx
      .insertInto('aspiration_history')
      .values({ aspiration_id: id, status: change.status, at: change.at, note: change.note })
      .execute();
    const record = await getAspiration(trx, id);
    if (!record) throw new Error('The aspiration just changed cannot be read back');
    return { outcome: 'changed', record };
  });
}
