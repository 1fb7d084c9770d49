// Information requests under UU 14/2008: the register number taken at submission, the details, the one extension,
// the decision, the objection, and the public register.
import {
  type AspirationStatus,
  calendarDayAt,
  formatRegisterNumber,
  REFUSAL_GROUND_LABELS,
  type RefusalGround,
  timeZoneOfRegion,
} from '@kim-kit/sdk/schemas';
import type { Kysely, Transaction } from 'kysely';
import type {
  InformationDecisionUpdate,
  InformationExtensionUpdate,
  InformationRegisterFilter,
  InformationRegisterRow,
  InformationRequestRecord,
  InformationWriteResult,
  NewInformationRequest,
} from '../information-request-store.js';
import type { AspirationRecord, WriteContext } from '../storage.js';
import type { Tables } from '../tables.js';
import { changeAspirationStatus, getAspiration, personOf } from './aspirations.js';
import { appendAudit } from './audit.js';
import { regionLevelColumn } from './region-levels.js';

type Db = Kysely<Tables> | Transaction<Tables>;

/** Statuses from which an information request may still be extended or decided. */
export const OPEN_STATUSES: readonly AspirationStatus[] = ['received', 'verified', 'forwarded', 'in_progress'];

/** The regency or city and the year (in the region's time zone) a register number is counted in. */
export function registerPeriodOf(regionCode: string, submittedAt: string): { region: string; year: number } {
  const offset = timeZoneOfRegion(regionCode)?.utcOffset ?? '+07:00';
  return {
    region: regionCode.slice(0, 5).replace('.', ''),
    year: Number(calendarDayAt(submittedAt, offset).slice(0, 4)),
  };
}

/** The UPSERT that takes the next sequence of a period (both engines; SQLite through better-sqlite3 too). */
export const NEXT_SEQUENCE_SQL = `INSERT INTO information_request_counters (region, year, last) VALUES (?, ?, 1)
  ON CONFLICT (region, year) DO UPDATE SET last = information_request_counters.last + 1 RETURNING last`;

/**
 * Stores the details of a submission's information request under the next register number of its regency or city
 * and year, in the submission's transaction: the counter row stays locked until the commit, so two submissions never
 * share a number, and a rolled-back submission gives its number back.
 */
export async function storeInformationRequest(
  trx: Db,
  aspirationId: string,
  regionCode: string,
  submittedAt: string,
  details: NewInformationRequest,
): Promise<string> {
  const { region, year } = registerPeriodOf(regionCode, submittedAt);
  const row = await trx
    .insertInto('information_request_counters')
    .values({ region, year, last: 1 })
    .onConflict((oc) =>
      oc.columns(['region', 'year']).doUpdateSet((eb) => ({ last: eb('information_request_counters.last', '+', 1) })),
    )
    .returning('last')
    .executeTakeFirstOrThrow();
  const registerNumber = formatRegisterNumber(region, year, Number(row.last));
  await trx
    .insertInto('information_requests')
    .values({
      aspiration_id: aspirationId,
      register_number: registerNumber,
      purpose: details.purpose,
      information_requested: details.informationRequested,
      format: details.format,
      delivery: details.delivery,
    })
    .execute();
  return registerNumber;
}

export async function getInformationRequest(
  db: Db,
  aspirationId: string,
): Promise<InformationRequestRecord | undefined> {
  const row = await db
    .selectFrom('information_requests')
    .leftJoin('information_objections', 'information_objections.aspiration_id', 'information_requests.aspiration_id')
    .selectAll('information_requests')
    .select([
      'information_objections.reason as objection_reason',
      'information_objections.text as objection_text',
      'information_objections.submitted_at as objection_submitted_at',
      'information_objections.due_at as objection_due_at',
      'information_objections.answer as objection_answer',
      'information_objections.answered_at as objection_answered_at',
    ])
    .where('information_requests.aspiration_id', '=', aspirationId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    aspirationId: row.aspiration_id,
    registerNumber: row.register_number,
    purpose: row.purpose,
    informationRequested: row.information_requested,
    format: row.format as InformationRequestRecord['format'],
    delivery: row.delivery as InformationRequestRecord['delivery'],
    extension:
      row.extended_at !== null && row.extension_days !== null && row.due_before_extension !== null
        ? {
            at: row.extended_at,
            days: Number(row.extension_days),
            reason: row.extension_reason ?? '',
            previousDueAt: row.due_before_extension,
          }
        : null,
    decision:
      row.decided_at !== null && (row.outcome === 'resolved' || row.outcome === 'rejected')
        ? {
            outcome: row.outcome,
            at: row.decided_at,
            text: row.decision_text ?? '',
            ground: (row.refusal_ground as RefusalGround | null) ?? null,
          }
        : null,
    objection:
      row.objection_reason !== null && row.objection_submitted_at !== null && row.objection_due_at !== null
        ? {
            reason: row.objection_reason as NonNullable<InformationRequestRecord['objection']>['reason'],
            text: row.objection_text ?? '',
            submittedAt: row.objection_submitted_at,
            dueAt: row.objection_due_at,
            answer: row.objection_answer,
            answeredAt: row.objection_answered_at,
          }
        : null,
  };
}

/** Why a write on an information request found it in the wrong state, or how it went. */
async function refusal(
  trx: Db,
  id: string,
  expectedVersion: number,
): Promise<(InformationWriteResult & { outcome: 'not_found' | 'stale' }) | { record: AspirationRecord }> {
  const current = await getAspiration(trx, id);
  if (current?.kind !== 'information_request') return { outcome: 'not_found' };
  if (current.version !== expectedVersion) return { outcome: 'stale', record: current };
  return { record: current };
}

/**
 * Extends the deadline once: only while the request is open, not extended yet, and not past its deadline (the
 * notice of an extension must reach the requester within the first period, UU 14/2008 art. 22(8)).
 */
export async function extendInformationRequest(
  trx: Kysely<Tables>,
  ctx: WriteContext,
  id: string,
  update: InformationExtensionUpdate,
): Promise<InformationWriteResult> {
  const checked = await refusal(trx, id, update.expectedVersion);
  if (!('record' in checked)) return checked;
  const current = checked.record;
  const details = await getInformationRequest(trx, id);
  if (!details) return { outcome: 'not_found' };
  if (!OPEN_STATUSES.includes(current.status)) return { outcome: 'refused', reason: 'finished' };
  if (details.extension) return { outcome: 'refused', reason: 'already_extended' };
  const previousDueAt = current.deadline?.dueAt;
  if (previousDueAt === undefined) return { outcome: 'refused', reason: 'finished' };
  if (ctx.at > previousDueAt) return { outcome: 'refused', reason: 'deadline_passed' };
  const dueAt = update.extendedDue(previousDueAt, current.regionCode);
  const updated = await trx
    .updateTable('aspirations')
    .set((eb) => ({ due_at: dueAt, updated_at: ctx.at, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', update.expectedVersion)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) return { outcome: 'stale', record: current };
  await trx
    .updateTable('information_requests')
    .set({
      extended_at: ctx.at,
      extension_days: update.days,
      extension_reason: update.reason,
      due_before_extension: previousDueAt,
    })
    .where('aspiration_id', '=', id)
    .execute();
  await trx
    .insertInto('aspiration_history')
    .values({
      aspiration_id: id,
      kind: 'extension',
      status: current.status,
      at: ctx.at,
      note: update.reason,
      actor_id: personOf(ctx),
    })
    .execute();
  await appendAudit(trx, ctx, {
    action: 'information_request.extend',
    target: { type: 'aspiration', id, label: current.trackingCode },
    changes: ['dueAt', 'extension'],
    regionCode: current.regionCode,
  });
  return { outcome: 'changed', record: await readBack(trx, id) };
}

/**
 * Ends a request with its answer (`resolved`) or a written refusal naming its legal ground (`rejected`): the status
 * change (history, audit) and the decision commit together.
 */
export async function decideInformationRequest(
  trx: Kysely<Tables>,
  ctx: WriteContext,
  id: string,
  update: InformationDecisionUpdate,
): Promise<InformationWriteResult> {
  const checked = await refusal(trx, id, update.expectedVersion);
  if (!('record' in checked)) return checked;
  const { decision } = update;
  const publicNote =
    decision.outcome === 'resolved'
      ? decision.answer
      : `${REFUSAL_GROUND_LABELS[decision.ground].id}. ${decision.reason}`;
  const changed = await changeAspirationStatus(trx, ctx, id, {
    status: decision.outcome,
    note: publicNote,
    internalNote: null,
    allowedFrom: OPEN_STATUSES,
    expectedVersion: update.expectedVersion,
    deadline: () => undefined,
  });
  if (changed.outcome === 'invalid_transition') return { outcome: 'refused', reason: 'finished' };
  if (changed.outcome !== 'changed') return changed;
  await trx
    .updateTable('information_requests')
    .set({
      decided_at: ctx.at,
      outcome: decision.outcome,
      decision_text: decision.outcome === 'resolved' ? decision.answer : decision.reason,
      refusal_ground: decision.outcome === 'rejected' ? decision.ground : null,
    })
    .where('aspiration_id', '=', id)
    .execute();
  await appendAudit(trx, ctx, {
    action: 'information_request.decide',
    target: { type: 'aspiration', id, label: changed.record.trackingCode },
    changes: decision.outcome === 'rejected' ? ['outcome', 'ground', 'reason'] : ['outcome', 'answer'],
    regionCode: changed.record.regionCode,
  });
  return { outcome: 'changed', record: changed.record };
}

async function readBack(trx: Db, id: string): Promise<AspirationRecord> {
  const record = await getAspiration(trx, id);
  if (!record) throw new Error('The information request just changed cannot be read back');
  return record;
}

/** The public register of a region (any level), newest first: no name, contact or purpose. */
export async function listInformationRegister(
  db: Db,
  filter: InformationRegisterFilter,
): Promise<InformationRegisterRow[]> {
  let query = db
    .selectFrom('information_requests')
    .innerJoin('aspirations', 'aspirations.id', 'information_requests.aspiration_id')
    .leftJoin('information_objections', 'information_objections.aspiration_id', 'information_requests.aspiration_id')
    .select([
      'aspirations.id',
      'aspirations.region_code',
      'aspirations.submitted_at',
      'aspirations.status',
      'aspirations.due_at',
      'aspirations.confidential',
      'information_requests.register_number',
      'information_requests.information_requested',
      'information_requests.extended_at',
      'information_requests.outcome',
      'information_requests.refusal_ground',
      'information_requests.decided_at',
      'information_objections.submitted_at as objected_at',
    ])
    .where(`aspirations.${regionLevelColumn(filter.region)}`, '=', filter.region);
  const after = filter.after;
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb('aspirations.submitted_at', '<', after.value),
        eb.and([eb('aspirations.submitted_at', '=', after.value), eb('aspirations.id', '<', after.id)]),
      ]),
    );
  }
  const rows = await query
    .orderBy('aspirations.submitted_at', 'desc')
    .orderBy('aspirations.id', 'desc')
    .limit(filter.limit)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    registerNumber: row.register_number,
    regionCode: row.region_code,
    submittedAt: row.submitted_at,
    informationRequested: row.confidential ? null : row.information_requested,
    status: row.status as AspirationStatus,
    dueAt: OPEN_STATUSES.includes(row.status as AspirationStatus) ? row.due_at : null,
    extended: row.extended_at !== null,
    outcome: row.outcome === 'resolved' || row.outcome === 'rejected' ? row.outcome : null,
    ground: (row.refusal_ground as RefusalGround | null) ?? null,
    decidedAt: row.decided_at,
    objected: row.objected_at !== null,
  }));
}
