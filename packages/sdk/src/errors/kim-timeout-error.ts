import { KimError } from './kim-error.js';

/** The call, retries included, took longer than its `timeoutMs`. */
export class KimTimeoutError extends KimError {
  override name = 'KimTimeoutError';
  /** The time budget that ran out, in milliseconds. */
  readonly timeoutMs: number;

  constructor(message: string, timeoutMs: number, options?: ErrorOptions) {
    super(message, options);
    this.timeoutMs = timeoutMs;
  }
}
