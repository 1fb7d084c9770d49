// Receipts for submissions that filled the honeypot: indistinguishable from real ones, stored nowhere.
import type { AspirationReceipt } from '@kim-kit/sdk/schemas';
import type { StoredAspiration } from '../storage/storage.js';
import { newTrackingCode } from './tracking-code.js';

/** A receipt in the contract's key order, the same for real and decoy submissions. */
export const receiptOf = (stored: StoredAspiration, followUpSecret?: string): AspirationReceipt => ({
  id: stored.id,
  trackingCode: stored.trackingCode,
  status: 'received',
  submittedAt: stored.submittedAt,
  ...(stored.registerNumber !== undefined && { registerNumber: stored.registerNumber }),
  ...(followUpSecret !== undefined && { followUpSecret }),
});

export type DecoyOutcome = { outcome: 'created' | 'replayed'; receipt: AspirationReceipt } | { outcome: 'conflict' };

/**
 * A bot that fills the honeypot must not learn that it did: its receipt has the same shape and key order as a real
 * one, and a retry with the same Idempotency-Key gets what a real retry gets (the same receipt with 200, or a
 * conflict for another body). The keys are remembered in this process only, the most recent `capacity` of them.
 */
export class DecoyReceipts {
  readonly #byKey = new Map<string, { receipt: AspirationReceipt; requestHash: string }>();
  readonly #capacity: number;

  constructor(capacity = 10_000) {
    this.#capacity = capacity;
  }

  issue(
    idempotencyKey: string | undefined,
    requestHash: string,
    newId: () => string,
    /** The follow-up secret a real aspiration with this id would get. */
    secretOf?: (id: string) => string,
  ): DecoyOutcome {
    const known = idempotencyKey === undefined ? undefined : this.#byKey.get(idempotencyKey);
    if (known)
      return known.requestHash === requestHash
        ? { outcome: 'replayed', receipt: known.receipt }
        : { outcome: 'conflict' };
    const id = newId();
    const stored = { id, trackingCode: newTrackingCode(), submittedAt: new Date().toISOString() };
    const receipt = receiptOf(stored, secretOf?.(id));
    if (idempotencyKey !== undefined) {
      if (this.#byKey.size >= this.#capacity) {
        const oldest = this.#byKey.keys().next().value;
        if (oldest !== undefined) this.#byKey.delete(oldest);
      }
      this.#byKey.set(idempotencyKey, { receipt, requestHash });
    }
    return { outcome: 'created', receipt };
  }
}
