// Recording an aspiration for a resident through a KIM (issue 15 item 8): the public submission's checks and
// idempotency, with the operator as the audit actor and the KIM stored beside the aspiration.
import type { AspirationIntakeInputParsed, AspirationIntakeReceipt, AuditActor } from '@kim-kit/sdk/schemas';
import type { Deadlines } from '../deadlines/deadlines.js';
import type { Storage } from '../storage/storage.js';
import type { DecoyReceipts } from './decoy-receipts.js';
import type { ReferenceChecker } from './reference-checker.js';
import { submitAspiration } from './submit-aspiration.js';

export type IntakeOutcome = { receipt: AspirationIntakeReceipt; replayed: boolean };

/**
 * Stores the aspiration (or recognises a retry under the same Idempotency-Key) and answers the slip's data. The
 * reporter in the answer is the one of this request, which the operator has just typed; nothing read back from
 * storage ever shows it to them.
 */
export async function recordIntake(
  storage: Storage,
  references: ReferenceChecker,
  decoys: DecoyReceipts,
  input: AspirationIntakeInputParsed,
  idempotencyKey: string | undefined,
  who: { actor: AuditActor; userId: string | null; requestId: string | null; clientAddress: string | null },
  deadlines?: Deadlines,
  /** The language of the request, for the resident's notices when the input names none. */
  requestLanguage: 'id' | 'en' = 'id',
): Promise<IntakeOutcome> {
  const { groupId, verbalConsent: _verbalConsent, ...fields } = input;
  const { receipt, replayed } = await submitAspiration({
    storage,
    references,
    decoys,
    input: { ...fields, consent: true },
    idempotencyKey,
    source: { requestId: who.requestId, clientAddress: who.clientAddress },
    deadlines,
    requestLanguage,
    intake: { groupId, consent: 'verbal', recordedBy: who.userId, actor: who.actor },
  });
  const record = await storage.getAspiration(receipt.id);
  if (!record?.intake) throw new Error('The aspiration just recorded through a KIM cannot be read back');
  const reporter = fields.reporter && Object.keys(fields.reporter).length > 0 ? fields.reporter : null;
  return {
    receipt: { ...receipt, regionCode: record.regionCode, intake: record.intake, reporter },
    replayed,
  };
}
