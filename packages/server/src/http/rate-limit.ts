// Rate limiting middleware: RateLimit-* headers on every answer, 429 with Retry-After when the bucket is empty.
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './app-env.js';
import { type ClientIpResolver, clientKey } from './client-ip.js';
import { HttpProblem } from './problem.js';
import type { Limiter } from './rate-limiter.js';

/** Limits the routes it guards; with no limiter it lets everything through. */
export const rateLimit = (limiter: Limiter | null, clientIp: ClientIpResolver) =>
  createMiddleware<AppEnv>(async (c, next) => {
    if (!limiter) return next();
    const decision = await limiter.take(clientKey(clientIp(c)));
    const headers = {
      'RateLimit-Limit': String(decision.limit),
      'RateLimit-Remaining': String(decision.remaining),
      'RateLimit-Reset': String(decision.resetSeconds),
    };
    if (!decision.allowed) {
      throw new HttpProblem(429, 'rate_limited', {
        detail: `Too many submissions from this address; try again in ${decision.retryAfterSeconds} s`,
        headers: { ...headers, 'Retry-After': String(decision.retryAfterSeconds) },
      });
    }
    await next();
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
  });
