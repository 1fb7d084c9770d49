// Accepting a citizen's aspiration: checks beyond the schema, the honeypot, idempotency, a fresh tracking code.
import { createHmac, randomBytes } from 'node:crypto';
import {
  type AspirationInputParsed,
  type AspirationReceipt,
  TRACKING_CODE_ALPHABET,
  TRACKING_CODE_LENGTH,
} from '@kim-kit/sdk/schemas';
import { HttpProblem } from '../http/problem.js';
import { type Storage, StorageConflictError } from '../storage/storage.js';
import type { ReferenceChecker } from './reference-checker.js';
import { requestHash } from './request-hash.js';
import { newTrackingCode, randomCrockford } from './tracking-code.js';

export type SubmitOutcome = { receipt: AspirationReceipt; replayed: boolean };

/** Internal ids: a prefix and 16 Crockford characters (80 random bits). */
export const newAspirationId = () => `asp_${randomCrockford(16).toLowerCase()}`;

/** Per-process secret that makes a bot's decoy receipts stable across its retries, and unlinkable to real ones. */
const DECOY_SECRET = randomBytes(32);

/**
 * The receipt a filled honeypot gets: plausible, consistent for the same idempotency key, and stored nowhere.
 * Tracking it later simply finds nothing.
 */
function decoyReceipt(idempotencyKey: string | undefined): AspirationReceipt {
  const seed = idempotencyKey ?? randomBytes(16).toString('hex');
  const bytes = createHmac('sha256', DECOY_SECRET).update(seed).digest();
  const code = Array.from(bytes.subarray(0, TRACKING_CODE_LENGTH), (b) => TRACKING_CODE_ALPHABET[b & 31]).join('');
  const id = `asp_${Array.from(bytes.subarray(10, 26), (b) => TRACKING_CODE_ALPHABET[b & 31])
    .join('')
    .toLowerCase()}`;
  return { id, trackingCode: code, status: 'received', submittedAt: new Date().toISOString() };
}

/** Stores a validated submission, or recognises a replay of an earlier one. */
export async function submitAspiration(
  storage: Storage,
  references: ReferenceChecker,
  input: AspirationInputParsed,
  idempotencyKey: string | undefined,
): Promise<SubmitOutcome> {
  if (input.website !== undefined && input.website.trim() !== '') {
    return { receipt: decoyReceipt(idempotencyKey), replayed: false };
  }
  await references.check(input);

  const { website: _website, consent: _consent, ...content } = input;
  const idempotency = idempotencyKey ? { key: idempotencyKey, requestHash: requestHash(content) } : undefined;
  const reporter = input.reporter && Object.keys(input.reporter).length > 0 ? input.reporter : null;

  for (let attempt = 1; ; attempt++) {
    try {
      const result = await storage.createAspiration(
        {
          id: newAspirationId(),
          trackingCode: newTrackingCode(),
          kind: input.kind,
          title: input.title,
          body: input.body,
          categoryId: input.categoryId,
          regionCode: input.regionCode,
          anonymous: input.anonymous,
          confidential: input.confidential,
          reporter,
          submittedAt: new Date().toISOString(),
        },
        idempotency,
      );
      if (result.outcome === 'conflict') {
        throw new HttpProblem(422, 'idempotency_conflict', {
          detail: 'This Idempotency-Key was already used with a different request body; use a new key',
        });
      }
      return { receipt: { ...result.aspiration, status: 'received' }, replayed: result.outcome === 'replayed' };
    } catch (error) {
      // A tracking code or id collision (about one in 10^15): draw again.
      if (error instanceof StorageConflictError && attempt < 3) continue;
      throw error;
    }
  }
}
