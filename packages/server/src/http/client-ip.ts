// Who is asking, for per-client limits.
import type { Context } from 'hono';
import type { AppEnv } from './app-env.js';

/**
 * The client's IP address: the socket's peer, or with `trustProxy` the first X-Forwarded-For entry
 * (only safe behind a proxy that sets it).
 */
export function clientIp(c: Context<AppEnv>, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  return c.env?.incoming?.socket?.remoteAddress ?? 'unknown';
}
