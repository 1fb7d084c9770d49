// Aspirations, their history and idempotency keys (the submission itself is each engine's fast path: see dialect.ts).
import {
  ASPIRATION_HISTORY_KINDS,
  type AspirationHistoryKind,
  type AspirationKind,
  type AspirationStatus,
  type DeadlineStage,
} from '@kim-kit/sdk/schemas';
import { type Kysely, type SqlBool, sql, type Transaction } from 'kysely';
import { aspirationSearchDocument, queryWords } from '../search-words.js';
import type {
  AgencyResponseUpdate,
  AspirationFilter,
  AspirationHistoryRecord,
  AspirationLocationRecord,
  AspirationRecord,
  AspirationStatusUpdate,
  AttachmentRecord,
  ChangeStatusResult,
  CreateAspirationResult,
  NewAspiration,
  WriteContext,
} from '../storage.js';
import type { Tables } from '../tables.js';
import { attachmentsOf } from './aspiration-attachments.js';
import { intakesOf } from './aspiration-intakes.js';
import { appendAudit } from './audit.js';
import { enqueueEvent, outboxEventRow } from './outbox.js';
import { regionLevelColumn } from './region-levels.js';

type Db = Kysely<Tables> | Transaction<Tables>;

function selectAspirations(db: Db) {
  return db
    .selectFrom('aspirations')
    .innerJoin('categories', 'categories.id', 'aspirations.category_id')
    .leftJoin('agencies', 'agencies.id', 'aspirations.agency_id')
    .selectAll('aspirations')
    .select([
      'categories.name as category_name',
      'agencies.name as agency_name',
      'agencies.short_name as agency_short_name',
    ]);
}

type AspirationRow = Awaited<ReturnType<ReturnType<typeof selectAspirations>['executeTakeFirstOrThrow']>>;

/** Reads the histories of the given aspirations, oldest entry first. */
async function histories(db: Db, ids: string[]): Promise<Map<string, AspirationHistoryRecord[]>> {
  const byId = new Map<string, AspirationHistoryRecord[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return byId;
  const rows = await db
    .selectFrom('aspiration_history')
    .leftJoin('users', 'users.id', 'aspiration_history.actor_id')
    .leftJoin('agencies', 'agencies.id', 'aspiration_history.agency_id')
    .select([
      'aspiration_history.kind',
      'agencies.id as agency_id',
      'agencies.name as agency_name',
      'agencies.short_name as agency_short_name',
      'aspiration_history.aspiration_id',
      'aspiration_history.status',
      'aspiration_history.at',
      'aspiration_history.note',
      'aspiration_history.internal_note',
      'users.id as actor_id',
      'users.name as actor_name',
    ])
    .where('aspiration_history.aspiration_id', 'in', ids)
    .orderBy('aspiration_history.seq')
    .execute();
  for (const row of rows) {
    byId.get(row.aspiration_id)?.push({
      kind: historyKindOf(row.kind),
      agency: agencyOf(row.agency_id, row.agency_name, row.agency_short_name),
      status: row.status as AspirationStatus,
      at: row.at,
      note: row.note,
      internalNote: row.internal_note,
      actor: row.actor_id !== null && row.actor_name !== null ? { id: row.actor_id, name: row.actor_name } : null,
    });
  }
  return byId;
}

/** A stored history kind; kinds this version does not know read as a status change. */
const historyKindOf = (kind: string): AspirationHistoryKind =>
  (ASPIRATION_HISTORY_KINDS as readonly string[]).includes(kind) ? (kind as AspirationHistoryKind) : 'status';

const agencyOf = (id: string | null, name: string | null, shortName: string | null) =>
  id !== null && name !== null && shortName !== null ? { id, name, shortName } : null;

/** The location columns as a record; `null` when the citizen gave none. */
function locationOf(row: AspirationRow): AspirationLocationRecord | null {
  const position =
    row.latitude === null || row.longitude === null
      ? null
      : {
          latitude: Number(row.latitude),
          longitude: Number(row.longitude),
          ...(row.location_accuracy === null ? {} : { accuracy: Number(row.location_accuracy) }),
        };
  if (row.location_text === null && position === null) return null;
  return { text: row.location_text, position };
}

function toAspiration(
  row: AspirationRow,
  history: AspirationHistoryRecord[],
  attachments: AttachmentRecord[],
): AspirationRecord {
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
    agency: agencyOf(row.agency_id, row.agency_name, row.agency_short_name),
    deadline:
      row.due_at !== null && (row.due_stage === 'response' || row.due_stage === 'resolution')
        ? { stage: row.due_stage, dueAt: row.due_at }
        : null,
    history,
    version: Number(row.version),
    location: locationOf(row),
    attachments,
  };
}

async function readOne(db: Db, column: 'aspirations.id' | 'aspirations.tracking_code', value: string) {
  const row = await selectAspirations(db).where(column, '=', value).executeTakeFirst();
  if (!row) return undefined;
  const history = await histories(db, [row.id]);
  const attachments = await attachmentsOf(db, [row.id]);
  const intakes = await intakesOf(db, [row.id]);
  return {
    ...toAspiration(row, history.get(row.id) ?? [], attachments.get(row.id) ?? []),
    intake: intakes.get(row.id) ?? null,
  };
}

export const getAspiration = (db: Db, id: string) => readOne(db, 'aspirations.id', id);

export const getAspirationByTrackingCode = (db: Db, code: string) => readOne(db, 'aspirations.tracking_code', code);

/** The query of `listAspirations`, exported so tests can read its plan. */
export function aspirationListQuery(db: Db, filter: AspirationFilter) {
  let query = selectAspirations(db);
  if (filter.status) query = query.where('aspirations.status', '=', filter.status);
  if (filter.kind) query = query.where('aspirations.kind', '=', filter.kind);
  if (filter.categoryId) query = query.where('aspirations.category_id', '=', filter.categoryId);
  if (filter.region) query = query.where(`aspirations.${regionLevelColumn(filter.region)}`, '=', filter.region);
  if (filter.submittedFrom) query = query.where('aspirations.submitted_at', '>=', filter.submittedFrom);
  if (filter.submittedBefore) query = query.where('aspirations.submitted_at', '<', filter.submittedBefore);
  if (filter.agencyId) query = query.where('aspirations.agency_id', '=', filter.agencyId);
  if (filter.overdue) {
    const { now, value } = filter.overdue;
    // Finished aspirations have no due date: they are never overdue.
    query = value
      ? query.where('aspirations.due_at', '<', now)
      : query.where((eb) => eb.or([eb('aspirations.due_at', 'is', null), eb('aspirations.due_at', '>=', now)]));
  }
  const { scope } = filter;
  if (scope !== undefined && scope !== 'all') {
    query = query.where((eb) =>
      eb.or(
        scope.map((grant) => {
          const inRegion = eb(`aspirations.${regionLevelColumn(grant.prefix)}`, '=', grant.prefix);
          // NOT works on SQLite's 0/1 and PostgreSQL's boolean alike (SQLite binds no booleans).
          return grant.includeConfidential ? inRegion : eb.and([inRegion, sql<SqlBool>`NOT aspirations.confidential`]);
        }),
      ),
    );
  }
  for (const word of filter.q === undefined ? [] : queryWords(filter.q)) {
    // Words are letters and digits only: no LIKE escapes needed.
    query = query.where(sql<string>`' ' || aspirations.search_text`, 'like', `% ${word}%`);
  }
  const sort = filter.sort ?? 'newest';
  const column = sort === 'updated' ? 'aspirations.updated_at' : 'aspirations.submitted_at';
  const direction = sort === 'oldest' ? 'asc' : 'desc';
  if (filter.after) {
    const { value, id } = filter.after;
    query = query.where((eb) =>
      eb(eb.refTuple(column, 'aspirations.id'), direction === 'asc' ? '>' : '<', eb.tuple(value, id)),
    );
  }
  return query.orderBy(column, direction).orderBy('aspirations.id', direction).limit(filter.limit);
}

export async function listAspirations(db: Db, filter: AspirationFilter): Promise<AspirationRecord[]> {
  if (filter.q !== undefined && queryWords(filter.q).length === 0) return [];
  if (filter.scope !== undefined && filter.scope !== 'all' && filter.scope.length === 0) return [];
  const rows = await aspirationListQuery(db, filter).execute();
  const history = await histories(
    db,
    rows.map((r) => r.id),
  );
  const attachments = await attachmentsOf(
    db,
    rows.map((r) => r.id),
  );
  const intakes = await intakesOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({
    ...toAspiration(row, history.get(row.id) ?? [], attachments.get(row.id) ?? []),
    intake: intakes.get(row.id) ?? null,
  }));
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
      'aspirations.follow_up_secret_hash',
    ])
    .where('idempotency_keys.key', '=', key)
    .executeTakeFirst();
  return stored && replayOutcome(stored, requestHash);
}

/** What a stored key means for a request with `requestHash`: a replay of the same request, or a conflict. */
export function replayOutcome(
  stored: {
    request_hash: string;
    id: string;
    tracking_code: string;
    submitted_at: string;
    follow_up_secret_hash: string | null;
  },
  requestHash: string,
): CreateAspirationResult {
  if (stored.request_hash !== requestHash) return { outcome: 'conflict' };
  return {
    outcome: 'replayed',
    aspiration: {
      id: stored.id,
      trackingCode: stored.tracking_code,
      submittedAt: stored.submitted_at,
      followUpSecretHash: stored.follow_up_secret_hash,
    },
  };
}

/**
 * The audit entry of a citizen's submission: actor `public`, the names of the fields sent, never their values (the
 * reporter's data appears as `reporter` only).
 */
export function submissionAudit(input: NewAspiration) {
  const changes = ['kind', 'title', 'body', 'categoryId', 'regionCode', 'anonymous', 'confidential'];
  if (input.reporter) changes.push('reporter');
  if (input.location) changes.push('location');
  if (input.attachmentIds && input.attachmentIds.length > 0) changes.push('attachments');
  const actor = input.intake?.actor;
  if (input.intake) changes.push('intake');
  return {
    at: input.submittedAt,
    actor_type: actor?.type ?? 'public',
    actor_id: actor?.id ?? null,
    actor_name: actor?.name ?? null,
    actor_token_id: actor?.tokenId ?? null,
    action: input.intake ? 'aspiration.intake' : 'aspiration.submit',
    target_type: 'aspiration',
    target_id: input.id,
    target_label: input.trackingCode,
    changes: JSON.stringify(changes),
    region_code: input.regionCode,
    request_id: input.source?.requestId ?? null,
    client_address: input.source?.clientAddress ?? null,
  };
}

/** The outbox event of a submission (officials of the region hear of it), written beside the aspiration. */
export const submissionEvent = (input: NewAspiration) =>
  outboxEventRow({
    topic: 'aspiration.received',
    aspirationId: input.id,
    regionCode: input.regionCode,
    language: input.language ?? 'id',
    payload: { trackingCode: input.trackingCode, submittedAt: input.submittedAt },
    at: input.submittedAt,
  });

/** The search words of a new aspiration. */
export const submissionSearchText = (input: NewAspiration) =>
  aspirationSearchDocument({ trackingCode: input.trackingCode, title: input.title, body: input.body });

/** The person an audit entry or history entry names: a user, or a token's owner; nobody for the others. */
export const personOf = (ctx: WriteContext) =>
  ctx.actor.type === 'user' || ctx.actor.type === 'token' ? ctx.actor.id : null;

export async function changeAspirationStatus(
  trx: Kysely<Tables>,
  ctx: WriteContext,
  id: string,
  change: AspirationStatusUpdate,
): Promise<ChangeStatusResult> {
  // The status (and version) test is part of the UPDATE, so of two concurrent changes only the first applies, on
  // both engines, without SELECT ... FOR UPDATE (which SQLite has not).
  let query = trx
    .updateTable('aspirations')
    .set((eb) => ({
      status: change.status,
      updated_at: ctx.at,
      version: eb('version', '+', 1),
      ...(change.agencyId !== undefined && { agency_id: change.agencyId }),
    }))
    .where('id', '=', id)
    .where('status', 'in', change.allowedFrom.length > 0 ? [...change.allowedFrom] : ['-'])
    .returning(['tracking_code', 'region_code', 'kind', 'due_stage']);
  if (change.expectedVersion !== undefined) query = query.where('version', '=', change.expectedVersion);
  const updated = await query.executeTakeFirst();
  if (!updated) {
    const current = await getAspiration(trx, id);
    if (!current) return { outcome: 'not_found' };
    if (change.expectedVersion !== undefined && current.version !== change.expectedVersion) {
      return { outcome: 'stale', record: current };
    }
    return { outcome: 'invalid_transition', from: current.status };
  }
  // A new stage starts a new period; moving within a stage (verified -> forwarded) keeps the date already set.
  const deadline = change.deadline?.(updated.kind as AspirationKind, updated.region_code);
  if (change.deadline !== undefined && (deadline === undefined || deadline.stage !== updated.due_stage)) {
    await setDue(trx, id, deadline);
  }
  await trx
    .insertInto('aspiration_history')
    .values({
      aspiration_id: id,
      status: change.status,
      at: ctx.at,
      note: change.note,
      internal_note: change.internalNote,
      actor_id: personOf(ctx),
      agency_id: change.agencyId ?? null,
    })
    .execute();
  // The reporter's notification, in the same transaction: committed with the change or not at all. It names the
  // agency forwarded to, as the tracker does.
  const agency = change.agencyId
    ? await trx.selectFrom('agencies').select('name').where('id', '=', change.agencyId).executeTakeFirst()
    : undefined;
  await enqueueEvent(trx, {
    topic: 'aspiration.status',
    aspirationId: id,
    regionCode: updated.region_code,
    language: 'id',
    payload: {
      trackingCode: updated.tracking_code,
      status: change.status,
      note: change.note,
      at: ctx.at,
      ...(agency && { agency: agency.name }),
    },
    at: ctx.at,
  });
  const changes = ['status'];
  if (change.agencyId !== undefined) changes.push('agency');
  if (change.note !== null) changes.push('note');
  if (change.internalNote !== null) changes.push('internalNote');
  await appendAudit(trx, ctx, {
    action: 'aspiration.status',
    target: { type: 'aspiration', id, label: updated.tracking_code },
    changes,
    regionCode: updated.region_code,
  });
  const record = await getAspiration(trx, id);
  if (!record) throw new Error('The aspiration just changed cannot be read back');
  return { outcome: 'changed', record };
}

/** The location columns of a new aspiration (both engines' submission statements bind these). */
export function submissionLocation(input: NewAspiration) {
  const position = input.location?.position ?? null;
  return {
    location_text: input.location?.text ?? null,
    latitude: position?.latitude ?? null,
    longitude: position?.longitude ?? null,
    location_accuracy: position?.accuracy ?? null,
  };
}

/** Statuses in which an aspiration is with an agency, whose answer may be recorded. */
const WITH_AGENCY: readonly AspirationStatus[] = ['forwarded', 'in_progress'];

export async function recordAgencyResponse(
  trx: Kysely<Tables>,
  ctx: WriteContext,
  id: string,
  response: AgencyResponseUpdate,
): Promise<ChangeStatusResult> {
  const updated = await trx
    .updateTable('aspirations')
    .set((eb) => ({ updated_at: ctx.at, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', response.expectedVersion)
    .where('status', 'in', [...WITH_AGENCY])
    .where('agency_id', 'is not', null)
    .returning(['tracking_code', 'region_code', 'status', 'agency_id'])
    .executeTakeFirst();
  if (!updated) {
    const current = await getAspiration(trx, id);
    if (!current) return { outcome: 'not_found' };
    if (current.version !== response.expectedVersion) return { outcome: 'stale', record: current };
    return { outcome: 'invalid_transition', from: current.status };
  }
  await trx
    .insertInto('aspiration_history')
    .values({
      aspiration_id: id,
      kind: 'agency_response',
      status: updated.status,
      at: ctx.at,
      note: response.note,
      internal_note: response.internalNote,
      actor_id: personOf(ctx),
      agency_id: updated.agency_id,
    })
    .execute();
  const changes = ['agencyResponse', 'note'];
  if (response.internalNote !== null) changes.push('internalNote');
  await appendAudit(trx, ctx, {
    action: 'aspiration.agency_response',
    target: { type: 'aspiration', id, label: updated.tracking_code },
    changes,
    regionCode: updated.region_code,
  });
  const record = await getAspiration(trx, id);
  if (!record) throw new Error('The aspiration just changed cannot be read back');
  return { outcome: 'changed', record };
}

/** Sets the stage an aspiration waits for and its due date; none once it is finished (`undefined`). */
export async function setDue(
  trx: Kysely<Tables>,
  id: string,
  due: { stage: DeadlineStage; dueAt: string } | undefined,
): Promise<void> {
  await trx
    .updateTable('aspirations')
    .set({ due_stage: due?.stage ?? null, due_at: due?.dueAt ?? null })
    .where('id', '=', id)
    .execute();
}
