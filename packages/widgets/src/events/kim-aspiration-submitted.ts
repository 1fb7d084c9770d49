import type { AspirationReceipt } from '@kim-kit/sdk';

/** Fired when the server has accepted an aspiration, whether sent at once or later from the outbox. */
export class KimAspirationSubmittedEvent extends Event {
  /** The server's receipt, with the tracking code to give the citizen. */
  readonly receipt: AspirationReceipt;
  /** The Idempotency-Key the submission was sent with. */
  readonly idempotencyKey: string;

  constructor(receipt: AspirationReceipt, idempotencyKey: string) {
    super('kim-aspiration-submitted', { bubbles: true, composed: true });
    this.receipt = receipt;
    this.idempotencyKey = idempotencyKey;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kim-aspiration-submitted': KimAspirationSubmittedEvent;
  }
}
