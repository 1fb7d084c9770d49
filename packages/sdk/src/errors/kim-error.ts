/**
 * Marks every error this SDK throws. `Symbol.for` is shared by all realms, so the mark survives iframes and
 * two copies of the SDK on one page, where `instanceof` does not.
 */
export const kimErrorBrand: unique symbol = Symbol.for('@kim-kit/sdk/KimError');

/**
 * Base class of every error the SDK throws. Test for it with {@link isKimError}, which also works across frames.
 *
 * An aborted call is not a `KimError`: it rejects with the `AbortSignal`'s reason, as `fetch` does.
 */
export class KimError extends Error {
  /** Brand read by the type guards (on the prototype, so it stays out of logs). */
  declare readonly [kimErrorBrand]: true;
  override name = 'KimError';
}

Object.defineProperty(KimError.prototype, kimErrorBrand, { value: true });
