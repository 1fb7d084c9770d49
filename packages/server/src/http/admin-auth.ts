// Bearer-token guard of the admin endpoints, compared in constant time.
import { createHash, timingSafeEqual } from 'node:crypto';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './app-env.js';
import { HttpProblem } from './problem.js';

const digest = (text: string) => createHash('sha256').update(text).digest();

/** True when `presented` equals `expected`; hashing first makes the comparison length-independent. */
export function tokensMatch(presented: string, expected: string): boolean {
  return timingSafeEqual(digest(presented), digest(expected));
}

/** Refuses requests without `Authorization: Bearer <token>`; with no token configured, admin is off. */
export const adminAuth = (token: string | undefined) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const challenge = { 'WWW-Authenticate': 'Bearer realm="kim-admin"' };
    if (!token) {
      throw new HttpProblem(401, 'unauthorized', {
        detail: 'The admin API is disabled: start the server with an admin token (KIM_ADMIN_TOKEN)',
        headers: challenge,
      });
    }
    const presented = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '')?.[1];
    if (!presented || !tokensMatch(presented, token)) {
      throw new HttpProblem(401, 'unauthorized', {
        detail: presented ? 'The admin token is not valid' : 'Send the admin token as Authorization: Bearer <token>',
        headers: challenge,
      });
    }
    await next();
  });
