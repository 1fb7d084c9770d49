// A token bucket per client: bursts up to `limit`, refilled evenly over `windowSeconds`.

export interface RateLimitOptions {
  /** Requests allowed in a burst, and per window on average. */
  limit: number;
  /** Seconds the bucket takes to refill from empty to full. */
  windowSeconds: number;
}

export interface RateLimitDecision {
  allowed: boolean;
  limit: number;
  /** Whole requests left right now. */
  remaining: number;
  /** Seconds until the bucket is full again. */
  resetSeconds: number;
  /** Seconds until the next request would be allowed (0 when allowed). */
  retryAfterSeconds: number;
}

/**
 * A per-key limit, whoever keeps the count: `RateLimiter` (this process' memory) or `StorageRateLimiter` (the
 * database, shared by every process). Await the answer: the database one is asynchronous. Keys are the caller's
 * (`ip:203.0.113.7`, `account:<id>`); one limiter per purpose, each with its own rule.
 */
export interface Limiter {
  take(key: string): RateLimitDecision | Promise<RateLimitDecision>;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/** Buckets untouched long enough to be full again are dropped once the map grows past this. */
const SWEEP_THRESHOLD = 10_000;

/** The in-memory limiter: one process, no I/O (the default on SQLite, where one process serves). */
export class RateLimiter implements Limiter {
  readonly #buckets = new Map<string, Bucket>();
  readonly #limit: number;
  readonly #refillPerMs: number;
  readonly #now: () => number;

  constructor(options: RateLimitOptions, now: () => number = Date.now) {
    this.#limit = options.limit;
    this.#refillPerMs = options.limit / (options.windowSeconds * 1000);
    this.#now = now;
  }

  /** Takes one token for `key` if there is one. */
  take(key: string): RateLimitDecision {
    const now = this.#now();
    if (this.#buckets.size > SWEEP_THRESHOLD) this.#sweep(now);
    const bucket = this.#buckets.get(key) ?? { tokens: this.#limit, updatedAt: now };
    bucket.tokens = Math.min(this.#limit, bucket.tokens + (now - bucket.updatedAt) * this.#refillPerMs);
    bucket.updatedAt = now;
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    this.#buckets.set(key, bucket);
    return {
      allowed,
      limit: this.#limit,
      remaining: Math.floor(bucket.tokens),
      resetSeconds: Math.ceil((this.#limit - bucket.tokens) / this.#refillPerMs / 1000),
      retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((1 - bucket.tokens) / this.#refillPerMs / 1000)),
    };
  }

  #sweep(now: number): void {
    for (const [key, bucket] of this.#buckets) {
      if (bucket.tokens + (now - bucket.updatedAt) * this.#refillPerMs >= this.#limit) this.#buckets.delete(key);
    }
  }
}
