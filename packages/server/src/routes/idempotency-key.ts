// The Idempotency-Key request header of the public writes (submissions, their uploads).
import type { Context } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { HttpProblem } from '../http/problem.js';

/** Printable ASCII without spaces, as the IETF Idempotency-Key draft suggests (UUIDs, ULIDs...). */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

/** The request's Idempotency-Key, if it sent one; 400 when it is malformed. */
export function idempotencyKeyOf(c: Context<AppEnv>): string | undefined {
  const key = c.req.header('idempotency-key');
  if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) {
    throw new HttpProblem(400, 'bad_request', {
      detail: 'Idempotency-Key must be 1 to 255 printable ASCII characters without spaces',
    });
  }
  return key;
}
