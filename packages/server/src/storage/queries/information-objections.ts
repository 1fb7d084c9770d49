// Objections (keberatan) to information requests, UU 14/2008 art. 35-36: filed once by the requester, answered once
// by the superior of the PPID; each a history entry, audited, and a new version of the aspiration.
import { OBJECTION_REASON_LABELS } from '@kim-kit/sdk/schemas';
import type { Kysely } from 'kysely';
import type {
  InformationObjectionAnswerUpdate,
  InformationObjectionResult,
  InformationObjectionUpdate,
  InformationWriteResult,
} from '../information-request-store.js';
import type { AspirationRecord, WriteContext } from '../storage.js';
import type { Tables } from '../tables.js';
import { getAspiration, personOf } from './aspirations.js';
import { appendAudit } from './audit.js';

async function bump(trx: Kysely<Tables>, ctx: WriteContext, id: string, expectedVersion?: number): Promise<boolean> {
  let query = trx
    .updateTable('aspirations')
    .set((eb) => ({ updated_at: ctx.at, version: eb('version', '+', 1) }))
    .where('id', '=', id);
  if (expectedVersion !== undefined) query = query.where('version', '=', expectedVersion);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

async function readBack(trx: Kysely<Tables>, id: string): Promise<AspirationRecord> {
  const record = await getAspiration(trx, id);
  if (!record) throw new Error('The information request just changed cannot be read back');
  return record;
}

export async function objectToInformationRequest(
  trx: Kysely<Tables>,
  ctx: WriteContext,
  id: string,
  update: InformationObjectionUpdate,
): Promise<InformationObjectionResult> {
  const current = await getAspiration(trx, id);
  if (current?.kind !== 'information_request') return { outcome: 'not_found' };
  const inserted = await trx
    .insertInto('information_objections')
    .values({ aspiration_id: id, reason: update.reason, text: update.text, submitted_at: ctx.at, due_at: update.dueAt })
    .onConflict((oc) => oc.column('aspiration_id').doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) !== 1) return { outcome: 'refused', reason: 'already_objected' };
  await bump(trx, ctx, id);
  await trx
    .insertInto('aspiration_history')
    .values({
      aspiration_id: id,
      kind: 'objection',
      status: current.status,
      at: ctx.at,
      // The reason in words is public; the requester's own text is for officials (it may be personal).
      note: OBJECTION_REASON_LABELS[update.reason].id,
      internal_note: update.text,
    })
    .execute();
  await appendAudit(trx, ctx, {
    action: 'information_request.object',
    target: { type: 'aspiration', id, label: current.trackingCode },
    changes: ['objection'],
    regionCode: current.regionCode,
  });
  return { outcome: 'changed', record: await readBack(trx, id) };
}

export async function answerObjection(
  trx: Kysely<Tables>,
  ctx: WriteContext,
  id: string,
  update: InformationObjectionAnswerUpdate,
): Promise<InformationWriteResult> {
  const current = await getAspiration(trx, id);
  if (current?.kind !== 'information_request') return { outcome: 'not_found' };
  if (current.version !== update.expectedVersion) return { outcome: 'stale', record: current };
  const objection = await trx
    .selectFrom('information_objections')
    .select(['answered_at'])
    .where('aspiration_id', '=', id)
    .executeTakeFirst();
  if (!objection) return { outcome: 'refused', reason: 'no_objection' };
  if (objection.answered_at !== null) return { outcome: 'refused', reason: 'already_answered' };
  if (!(await bump(trx, ctx, id, update.expectedVersion))) return { outcome: 'stale', record: current };
  await trx
    .updateTable('information_objections')
    .set({ answer: update.answer, answered_at: ctx.at, answered_by: personOf(ctx) })
    .where('aspiration_id', '=', id)
    .execute();
  await trx
    .insertInto('aspiration_history')
    .values({
      aspiration_id: id,
      kind: 'objection_answer',
      status: current.status,
      at: ctx.at,
      note: update.answer,
      actor_id: personOf(ctx),
    })
    .execute();
  await appendAudit(trx, ctx, {
    action: 'information_request.objection_answer',
    target: { type: 'aspiration', id, label: current.trackingCode },
    changes: ['objectionAnswer'],
    regionCode: current.regionCode,
  });
  return { outcome: 'changed', record: await readBack(trx, id) };
}
