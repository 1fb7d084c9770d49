/** Fired when a submission could not reach the server and waits in the local outbox to be retried. */
export class KimAspirationQueuedEvent extends Event {
  /** The Idempotency-Key every retry of this submission will carry. */
  readonly idempotencyKey: string;
  /** Why it is waiting: usually a `KimNetworkError`, `KimTimeoutError` or a 5xx `KimApiError`. */
  readonly error: unknown;

  constructor(idempotencyKey: string, error: unknown) {
    super('kim-aspiration-queued', { bubbles: true, composed: true });
    this.idempotencyKey = idempotencyKey;
    this.error = error;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kim-aspiration-queued': KimAspirationQueuedEvent;
  }
}
