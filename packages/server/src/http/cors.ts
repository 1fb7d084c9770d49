// CORS: any origin may read public data by default; a list of origins narrows every method to those origins.

/** `'*'` or exact origins such as `https://pangkalpinangkota.go.id`. */
export type AllowedOrigins = '*' | readonly string[];

const ALLOW_METHODS = 'GET, HEAD, POST, OPTIONS';
const ALLOW_HEADERS = 'Authorization, Content-Type, Idempotency-Key, If-Match, If-None-Match, X-Request-Id';
const EXPOSE_HEADERS =
  'ETag, Kim-Api-Version, Location, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, X-Request-Id';

/** The Access-Control-Allow-Origin value for a request, or `null` when the origin is not allowed. */
export function allowOriginFor(allowed: AllowedOrigins, origin: string | undefined, method: string): string | null {
  if (allowed === '*') {
    if (method === 'GET' || method === 'HEAD' || !origin) return '*';
    return origin;
  }
  return origin && allowed.includes(origin) ? origin : null;
}

/** The CORS headers of an actual (non-preflight) response. */
export function corsHeaders(
  allowed: AllowedOrigins,
  origin: string | undefined,
  method: string,
): Record<string, string> {
  const allowOrigin = allowOriginFor(allowed, origin, method);
  const headers: Record<string, string> = {};
  if (allowOrigin) {
    headers['Access-Control-Allow-Origin'] = allowOrigin;
    headers['Access-Control-Expose-Headers'] = EXPOSE_HEADERS;
  }
  // A response that depends on Origin must say so to caches.
  if (allowOrigin !== '*') headers.Vary = 'Origin';
  return headers;
}

/** The answer to a preflight (OPTIONS) request. */
export function preflightHeaders(
  allowed: AllowedOrigins,
  origin: string | undefined,
  requestedMethod: string | undefined,
): Record<string, string> {
  const requested = requestedMethod ?? 'GET';
  const allowOrigin = allowOriginFor(allowed, origin, requested);
  const headers: Record<string, string> = { Allow: ALLOW_METHODS, 'Cache-Control': 'no-store' };
  if (allowOrigin) {
    headers['Access-Control-Allow-Origin'] = allowOrigin;
    headers['Access-Control-Allow-Methods'] = ALLOW_METHODS;
    headers['Access-Control-Allow-Headers'] = ALLOW_HEADERS;
    headers['Access-Control-Max-Age'] = '600';
  }
  if (allowOrigin !== '*') headers.Vary = 'Origin';
  return headers;
}
