// CORS: any origin may read public data by default; a list of origins narrows every method to those origins.
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './app-env.js';

/** `'*'` or exact origins such as `https://pangkalpinangkota.go.id`. */
export type AllowedOrigins = '*' | readonly string[];

const ALLOW_METHODS = 'GET, HEAD, POST, OPTIONS';
const ALLOW_HEADERS = 'Authorization, Content-Type, Idempotency-Key, If-None-Match, X-Request-Id';
const EXPOSE_HEADERS =
  'ETag, Location, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, X-Request-Id';

/** The Access-Control-Allow-Origin value for a request, or `null` when the origin is not allowed. */
export function allowOriginFor(allowed: AllowedOrigins, origin: string | undefined, method: string): string | null {
  if (allowed === '*') {
    if (method === 'GET' || method === 'HEAD' || !origin) return '*';
    return origin;
  }
  return origin && allowed.includes(origin) ? origin : null;
}

export const cors = (allowed: AllowedOrigins) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const origin = c.req.header('origin');
    if (c.req.method === 'OPTIONS') {
      const requested = c.req.header('access-control-request-method') ?? 'GET';
      const allowOrigin = allowOriginFor(allowed, origin, requested);
      const headers: Record<string, string> = { Allow: ALLOW_METHODS, 'Cache-Control': 'no-store' };
      if (allowOrigin) {
        headers['Access-Control-Allow-Origin'] = allowOrigin;
        headers['Access-Control-Allow-Methods'] = ALLOW_METHODS;
        headers['Access-Control-Allow-Headers'] = ALLOW_HEADERS;
        headers['Access-Control-Max-Age'] = '600';
      }
      if (allowed !== '*' || requested !== 'GET') headers.Vary = 'Origin';
      return c.body(null, 204, headers);
    }
    await next();
    const allowOrigin = allowOriginFor(allowed, origin, c.req.method);
    const headers = c.res.headers;
    if (allowOrigin) {
      headers.set('Access-Control-Allow-Origin', allowOrigin);
      headers.set('Access-Control-Expose-Headers', EXPOSE_HEADERS);
    }
    if (allowOrigin !== '*') headers.append('Vary', 'Origin');
  });
