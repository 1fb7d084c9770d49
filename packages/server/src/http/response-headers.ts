// The headers every response carries: X-Request-Id, Kim-Api-Version, CORS and security headers.
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './app-env.js';
import { type AllowedOrigins, corsHeaders, preflightHeaders } from './cors.js';
import { requestIdFrom } from './request-id.js';
import { PAGE_SECURITY_HEADERS, RESOURCE_SECURITY_HEADERS } from './security-headers.js';

/**
 * Responses built with `baseHeaders(c)` already carry everything; the middleware leaves them alone. Setting headers
 * on a finished Response goes through the Fetch API's Headers validation, which costs more than building the whole
 * cached answer, so the hot paths build their headers as one plain object instead.
 */
const complete = new WeakSet<Response>();

/**
 * Says "this is a KIM API" on every response, errors and files included. A widget loaded from `/cdn/` of a server
 * assumes the API is on that server; when a request there fails in a way a KIM API would not (an HTML 404 from a
 * CDN or a CMS), the widget looks for this header to tell a misconfigured page from a server having trouble.
 */
export const API_VERSION_HEADER = { 'Kim-Api-Version': '1' } as const;

/** Marks a response whose headers started from `baseHeaders(c)`. */
export function markComplete(response: Response): Response {
  complete.add(response);
  return response;
}

/** Request id, CORS and security headers of an API or file response to this request, as a plain object. */
export function baseHeaders(c: Context<AppEnv>): Record<string, string> {
  return c.get('baseHeaders');
}

/** Sets the request id and answers preflights first; fills in the standard headers of whatever comes back. */
export const responseHeaders = (allowed: AllowedOrigins) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const id = requestIdFrom(c.req.header('x-request-id'));
    c.set('requestId', id);
    const origin = c.req.header('origin');
    if (c.req.method === 'OPTIONS') {
      const headers = preflightHeaders(allowed, origin, c.req.header('access-control-request-method'));
      return c.body(null, 204, { ...headers, ...RESOURCE_SECURITY_HEADERS, ...API_VERSION_HEADER, 'X-Request-Id': id });
    }
    const cors = corsHeaders(allowed, origin, c.req.method);
    c.set('baseHeaders', { 'X-Request-Id': id, ...API_VERSION_HEADER, ...cors, ...RESOURCE_SECURITY_HEADERS });
    await next();

    const response = c.res;
    if (complete.has(response)) return;
    const headers = response.headers;
    const html = (headers.get('content-type') ?? '').startsWith('text/html');
    for (const [name, value] of Object.entries(html ? PAGE_SECURITY_HEADERS : RESOURCE_SECURITY_HEADERS)) {
      headers.set(name, value);
    }
    for (const [name, value] of Object.entries(cors)) {
      if (name === 'Vary') headers.append(name, value);
      else headers.set(name, value);
    }
    headers.set('X-Request-Id', id);
    for (const [name, value] of Object.entries(API_VERSION_HEADER)) headers.set(name, value);
  });
