// Bearer-token guard of the admin endpoints, compared in constant time, with wrong tokens throttled per client.
import { createHash, timingSafeEqual } from 'node:crypto';
import { createMiddleware } from 'hono/factory';
import { bearerToken } from '../auth/bearer.js';
import type { AppEnv } from './app-env.js';
import { type ClientIpResolver, clientKey } from './client-ip.js';
import { type FailureThrottle, tooManyFailures } from './failure-throttle.js';
import { HttpProblem } from './problem.js';

const digest = (text: string) => createHash('sha256').update(text).digest();

/** True when `presented` equals `expected`; hashing first makes the comparison length-independent. */
export function tokensMatch(presented: string, expected: string): boolean {
  return timingSafeEqual(digest(presented), digest(expected));
}

/**
 * Refuses requests without `Authorization: Bearer <token>`; with no token configured, admin is off. A client that
 * presented too many wrong tokens is refused (429) before its next token is even compared.
 */
export const adminAuth = (token: string | undefined, throttle: FailureThrottle | null, clientIp: ClientIpResolver) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const challenge = { 'WWW-Authenticate': 'Bearer realm="kim-admin"' };
    if (!token) {
      throw new HttpProblem(401, 'unauthorized', {
        detail: 'The admin API is disabled: start the server with an admin token (KIM_ADMIN_TOKEN)',
        headers: challenge,
      });
    }
    const header = c.req.header('authorization');
    const client = clientKey(clientIp(c));
    const wait = header ? (throttle?.blockedFor(client) ?? 0) : 0;
    if (wait > 0) throw tooManyFailures(wait, { id: 'token admin yang salah', en: 'wrong admin tokens' });
    const presented = bearerToken(header);
    if (!presented || !tokensMatch(presented, token)) {
      if (header) await throttle?.failed(client);
      throw new HttpProblem(401, 'unauthorized', {
        detail: presented ? 'The admin token is not valid' : 'Send the admin token as Authorization: Bearer <token>',
        headers: challenge,
      });
    }
    await next();
  });
