// A rate limiter whose buckets live in the database, so a limit holds across every process behind a load balancer.
import type { Storage } from '../storage/storage.js';
import type { Limiter, RateLimitDecision, RateLimitOptions } from './rate-limiter.js';

/**
 * Token buckets in the storage (`Storage.takeToken`), one atomic statement per take. `name` keeps limiters with
 * different rules apart in the shared table: `new StorageRateLimiter(storage, 'sign-in', { limit: 5,
 * windowSeconds: 900 })`, then `await limiter.take(`account:${id}`)`.
 */
export class StorageRateLimiter implements Limiter {
  readonly #storage: Storage;
  readonly #name: string;
  readonly #options: RateLimitOptions;
  readonly #now: () => number;

  constructor(storage: Storage, name: string, options: RateLimitOptions, now: () => number = Date.now) {
    this.#storage = storage;
    this.#name = name;
    this.#options = options;
    this.#now = now;
  }

  async take(key: string): Promise<RateLimitDecision> {
    const { limit, windowSeconds } = this.#options;
    const { allowed, tokens } = await this.#storage.takeToken(`${this.#name}:${key}`, this.#options, this.#now());
    const refillPerSecond = limit / windowSeconds;
    return {
      allowed,
      limit,
      remaining: Math.floor(tokens),
      resetSeconds: Math.ceil((limit - tokens) / refillPerSecond),
      retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((1 - tokens) / refillPerSecond)),
    };
  }
}
