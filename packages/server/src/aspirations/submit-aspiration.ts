// Accepting a citizen's aspiration: checks beyond the schema, the honeypot, idempotency, a fresh tracking code.
import type { AspirationInputParsed, AspirationReceipt } from '@kim-kit/sdk/schemas';
import type { Deadlines } from '../deadlines/deadlines.js';
import { HttpProblem } from '../http/problem.js';
import { AttachmentClaimError, type NewIntake, type Storage, StorageConflictError } from '../storage/storage.js';
import { type DecoyReceipts, receiptOf } from './decoy-receipts.js';
import type { FollowUpSecrets } from './follow-up-secret.js';
import type { ReferenceChecker } from './reference-checker.js';
import { withRegisterNumber } from './register-number.js';
import { requestHash } from './request-hash.js';
import { newTrackingCode, randomCrockford } from './tracking-code.js';

export type SubmitOutcome = { receipt: AspirationReceipt; replayed: boolean };

/** Internal ids: a prefix and 16 Crockford characters (80 random bits). */
export const newAspirationId = () => `asp_${randomCrockford(16).toLowerCase()}`;

/** A named upload that is not there to claim: the submission is refused whole, naming the upload. */
function unclaimable(ids: readonly string[], uploadId: string): HttpProblem {
  const detail = {
    id: `Lampiran ${uploadId} tidak ditemukan, sudah kedaluwarsa, atau sudah dipakai; unggah berkasnya lagi`,
    en: `The attachment ${uploadId} does not exist, has expired or is used already; upload the file again`,
  };
  const path = `attachments.${ids.indexOf(uploadId)}`;
  return new HttpProblem(422, 'validation_failed', {
    detail,
    errors: (lang) => [{ path, message: detail[lang] }],
  });
}

const idempotencyConflict = () =>
  new HttpProblem(422, 'idempotency_conflict', {
    detail: {
      id: 'Idempotency-Key ini sudah dipakai untuk isi permintaan yang lain; gunakan kunci baru',
      en: 'This Idempotency-Key was already used with a different request body; use a new key',
    },
  });

/** What `submitAspiration` works with and on. */
export interface SubmitOptions {
  storage: Storage;
  references: ReferenceChecker;
  decoys: DecoyReceipts;
  /** The submission, validated against the contract. */
  input: AspirationInputParsed;
  /** The request's Idempotency-Key: a replay with the same body gets the first receipt again. */
  idempotencyKey?: string;
  /** The request, for the audit entry. */
  source?: { requestId: string | null; clientAddress: string | null };
  /** Sets the due date of the first response; without it, none. */
  deadlines?: Deadlines;
  /** The language of the request (Accept-Language), when the submission names none. @default 'id' */
  requestLanguage?: 'id' | 'en';
  /** Recorded by a KIM operator for a resident (record-intake.ts): part of the request hash, stored beside it. */
  intake?: NewIntake;
  /** Issues the receipt's follow-up secret; without it, the receipt has none. */
  secrets?: FollowUpSecrets;
}

/** Stores a validated submission, or recognises a replay of an earlier one. */
export async function submitAspiration(options: SubmitOptions): Promise<SubmitOutcome> {
  const { storage, references, decoys, input, idempotencyKey, source, deadlines, intake, secrets } = options;
  const requestLanguage = options.requestLanguage ?? 'id';
  // A bot gets every check a person gets, so that a refusal or a receipt tells it nothing about the honeypot.
  await references.check(input);
  const { website: _website, consent: _consent, notify, language, ...content } = input;
  // The opt-in and the language count only when given, so keys stored before they existed still replay.
  const hash = requestHash({
    ...content,
    ...(notify ? { notify } : {}),
    ...(language ? { language } : {}),
    ...(intake ? { intakeGroupId: intake.groupId } : {}),
  });
  if (input.website !== undefined && input.website.trim() !== '') {
    const decoy = decoys.issue(idempotencyKey, hash, newAspirationId, secrets && ((id) => secrets.issue(id).secret));
    if (decoy.outcome === 'conflict') throw idempotencyConflict();
    return { receipt: decoy.receipt, replayed: decoy.outcome === 'replayed' };
  }

  const idempotency = idempotencyKey ? { key: idempotencyKey, requestHash: hash } : undefined;
  const reporter = input.reporter && Object.keys(input.reporter).length > 0 ? input.reporter : null;

  for (let attempt = 1; ; attempt++) {
    const submittedAt = new Date().toISOString();
    const id = newAspirationId();
    const issued = secrets?.issue(id);
    try {
      const result = await storage.createAspiration(
        {
          id,
          trackingCode: newTrackingCode(),
          kind: input.kind,
          title: input.title,
          body: input.body,
          categoryId: input.categoryId,
          regionCode: input.regionCode,
          anonymous: input.anonymous,
          confidential: input.confidential,
          reporter,
          submittedAt,
          deadline: deadlines?.of(input.kind, 'received', submittedAt, input.regionCode) ?? null,
          location: locationOf(input),
          attachmentIds: input.attachments ?? [],
          notify: notify && reporter?.email !== undefined,
          language: language ?? requestLanguage,
          source,
          intake: intake ?? null,
          ...(input.informationRequest && { informationRequest: input.informationRequest }),
          followUpSecretHash: issued?.hash ?? null,
        },
        idempotency,
      );
      if (result.outcome === 'conflict') throw idempotencyConflict();
      const stored = await withRegisterNumber(storage, input, result.aspiration);
      // A replay derives the secret again: the same one, unless the server's follow-up key changed since.
      const secret =
        result.outcome === 'created'
          ? issued?.secret
          : secrets?.reissue(result.aspiration.id, result.aspiration.followUpSecretHash);
      return { receipt: receiptOf(stored, secret), replayed: result.outcome === 'replayed' };
    } catch (error) {
      if (error instanceof AttachmentClaimError) throw unclaimable(input.attachments ?? [], error.uploadId);
      // A tracking code or id collision (about one in 10^15): draw again.
      if (error instanceof StorageConflictError && attempt < 3) continue;
      throw error;
    }
  }
}

/** The location as stored: `null` when neither text nor position was given. */
function locationOf(input: AspirationInputParsed) {
  const text = input.location?.text ?? null;
  const position = input.location?.position ?? null;
  return text === null && position === null ? null : { text, position };
}
