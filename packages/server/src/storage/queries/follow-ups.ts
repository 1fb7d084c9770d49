// The reporter's follow-up: finding an aspiration by tracking code with its secret's hash (the secret itself is never
// stored; see aspirations/follow-up-secret.ts).
import { type AspirationKind, type AspirationStatus, REOPENED_STATUS } from '@kim-kit/sdk/schemas';
import type { Kysely, Transaction } from 'kysely';
import type {
  ChangeStatusResult,
  DeadlineRecord,
  FollowUpTarget,
  FollowUpWriteResult,
  WriteContext,
} from '../storage.js';
import type { Tables } from '../tables.js';
import { getAspiration, personOf, setDue } from './aspirations.js';
import { appendAudit } from './audit.js';

type Db = Kysely<Tables> | Transaction<Tables>;

/** The aspiration a reporter follows up, with what deciding on a follow-up needs; `undefined` for an unknown code. */
export async function getFollowUpTarget(db: Db, trackingCode: string): Promise<FollowUpTarget | undefined> {
  const row = await db
    .selectFrom('aspirations')
    .select(['id', 'tracking_code', 'kind', 'status', 'region_code', 'follow_up_secret_hash', 'rating'])
    .where('tracking_code', '=', trackingCode)
    .executeTakeFirst();
  if (!row) return undefined;
  const resolved = await db
    .selectFrom('aspiration_history')
    .select((eb) => eb.fn.max('at').as('at'))
    .where('aspiration_id', '=', row.id)
    .where('status', '=', 'resolved')
    .where('kind', '=', 'status')
    .executeTakeFirst();
  return {
    id: row.id,
    trackingCode: row.tracking_code,
    kind: row.kind as AspirationKind,
    status: row.status as AspirationStatus,
    regionCode: row.region_code,
    followUpSecretHash: row.follow_up_secret_hash,
    rating: row.rating === null ? null : Number(row.rating),
    resolvedAt: resolved?.at == null ? null : new Date(resolved.at).toISOString(),
  };
}

/** The history kinds a reporter writes with the follow-up secret. */
export type ReporterEntryKind = 'reporter_information' | 'reporter_answer';

/** Statuses in which an aspiration is still worked on: questions and added information belong there. */
const OPEN: readonly AspirationStatus[] = ['received', 'verified', 'forwarded', 'in_progress'];

/**
 * Appends the reporter's added information or answer: a history entry whose text officials read (`internal_note`);
 * the tracker shows only that it happened. Refused (`closed`) once the aspiration is resolved or rejected.
 */
export async function addReporterEntry(
  trx: Kysely<Tables>,
  ctx: WriteContext,
  id: string,
  kind: ReporterEntryKind,
  text: string,
): Promise<FollowUpWriteResult> {
  const updated = await trx
    .updateTable('aspirations')
    .set((eb) => ({ updated_at: ctx.at, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('status', 'in', [...OPEN])
    .returning(['tracking_code', 'region_code', 'status'])
    .executeTakeFirst();
  if (!updated) return { outcome: 'refused' };
  await trx
    .insertInto('aspiration_history')
    .values({ aspiration_id: id, kind, status: updated.status, at: ctx.at, note: null, internal_note: text })
    .execute();
  await appendAudit(trx, ctx, {
    action: kind === 'reporter_answer' ? 'aspiration.answer' : 'aspiration.add_information',
    target: { type: 'aspiration', id, label: updated.tracking_code },
    changes: ['text'],
    regionCode: updated.region_code,
  });
  return { outcome: 'done', status: updated.status as AspirationStatus, at: ctx.at };
}

/**
 * Records the reporter's rating once, while the aspiration is resolved. The score is the entry's public note
 * (`4/5`); the comment is for officials. Refused (`refused`) when not resolved or rated already.
 */
export async function rateAspiration(
  trx: Kysely<Tables>,
  ctx: WriteContext,
  id: string,
  score: number,
  comment: string | null,
): Promise<FollowUpWriteResult> {
  const updated = await trx
    .updateTable('aspirations')
    .set((eb) => ({
      rating: score,
      rating_comment: comment,
      rated_at: ctx.at,
      updated_at: ctx.at,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .where('status', '=', 'resolved')
    .where('rating', 'is', null)
    .returning(['tracking_code', 'region_code'])
    .executeTakeFirst();
  if (!updated) return { outcome: 'refused' };
  await trx
    .insertInto('aspiration_history')
    .values({
      aspiration_id: id,
      kind: 'rating',
      status: 'resolved',
      at: ctx.at,
      note: `${score}/5`,
      internal_note: comment,
    })
    .execute();
  await appendAudit(trx, ctx, {
    action: 'aspiration.rate',
    target: { type: 'aspiration', id, label: updated.tracking_code },
    changes: comment === null ? ['rating'] : ['rating', 'comment'],
    regionCode: updated.region_code,
  });
  return { outcome: 'done', status: 'resolved', at: ctx.at };
}

/**
 * Reopens a resolved aspiration (the caller checked the window): back to `in_progress` with a new resolution due
 * date, a history entry whose reason officials read, and the earlier rating cleared so the next answer can be rated.
 */
export async function reopenAspiration(
  trx: Kysely<Tables>,
  ctx: WriteContext,
  id: string,
  reason: string,
  deadline: (kind: AspirationKind, regionCode: string) => DeadlineRecord | undefined,
): Promise<FollowUpWriteResult> {
  const updated = await trx
    .updateTable('aspirations')
    .set((eb) => ({
      status: REOPENED_STATUS,
      rating: null,
      rating_comment: null,
      rated_at: null,
      updated_at: ctx.at,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .where('status', '=', 'resolved')
    .returning(['tracking_code', 'region_code', 'kind'])
    .executeTakeFirst();
  if (!updated) return { outcome: 'refused' };
  const due = deadline(updated.kind as AspirationKind, updated.region_code);
  await setDue(trx, id, due);
  await trx
    .insertInto('aspiration_history')
    .values({
      aspiration_id: id,
      kind: 'reopened',
      status: REOPENED_STATUS,
      at: ctx.at,
      note: null,
      internal_note: reason,
    })
    .execute();
  await appendAudit(trx, ctx, {
    action: 'aspiration.reopen',
    target: { type: 'aspiration', id, label: updated.tracking_code },
    changes: ['status', 'reason'],
    regionCode: updated.region_code,
  });
  return { outcome: 'done', status: REOPENED_STATUS, at: ctx.at };
}

/** An official's question to the reporter: its public note is the question. Only while the aspiration is open. */
export async function askReporter(
  trx: Kysely<Tables>,
  ctx: WriteContext,
  id: string,
  question: string,
  expectedVersion: number,
): Promise<ChangeStatusResult> {
  const updated = await trx
    .updateTable('aspirations')
    .set((eb) => ({ updated_at: ctx.at, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .where('status', 'in', [...OPEN])
    .returning(['tracking_code', 'region_code', 'status'])
    .executeTakeFirst();
  if (!updated) {
    const current = await getAspiration(trx, id);
    if (!current) return { outcome: 'not_found' };
    if (current.version !== expectedVersion) return { outcome: 'stale', record: current };
    return { outcome: 'invalid_transition', from: current.status };
  }
  await trx
    .insertInto('aspiration_history')
    .values({
      aspiration_id: id,
      kind: 'question',
      status: updated.status,
      at: ctx.at,
      note: question,
      actor_id: personOf(ctx),
    })
    .execute();
  await appendAudit(trx, ctx, {
    action: 'aspiration.question',
    target: { type: 'aspiration', id, label: updated.tracking_code },
    changes: ['question'],
    regionCode: updated.region_code,
  });
  const record = await getAspiration(trx, id);
  if (!record) throw new Error('The aspiration just changed cannot be read back');
  return { outcome: 'changed', record };
}
