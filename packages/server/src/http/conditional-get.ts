// Conditional GET for representations other than the JSON catalog (feeds, sitemap): ETag and Last-Modified.
import type { Context } from 'hono';
import type { AppEnv } from './app-env.js';
import { matchesEtag } from './json-response.js';
import { baseHeaders, markComplete } from './response-headers.js';

/** A rendered document ready to send many times. */
export interface Rendered {
  body: string;
  etag: string;
  contentType: string;
  /** HTTP date of the newest content in it, or `null` when it has none. */
  lastModified: string | null;
}

/** An HTTP date (RFC 9110 IMF-fixdate) of an ISO time, to the second. */
export const httpDate = (iso: string) => new Date(iso).toUTCString();

/**
 * True when the client's copy is current: If-None-Match decides when present (RFC 9110 13.2.2), else
 * If-Modified-Since against Last-Modified, compared to the second.
 */
export function notModified(c: Context<AppEnv>, rendered: Rendered): boolean {
  const ifNoneMatch = c.req.header('if-none-match');
  if (ifNoneMatch !== undefined) return matchesEtag(ifNoneMatch, rendered.etag);
  const since = Date.parse(c.req.header('if-modified-since') ?? '');
  if (Number.isNaN(since) || rendered.lastModified === null) return false;
  return Date.parse(rendered.lastModified) <= since;
}

/** Sends a rendered document, or 304 when the client already has it. */
export function sendRendered(c: Context<AppEnv>, rendered: Rendered, cacheControl: string): Response {
  const headers: Record<string, string> = { ...baseHeaders(c), 'Cache-Control': cacheControl, ETag: rendered.etag };
  if (rendered.lastModified) headers['Last-Modified'] = rendered.lastModified;
  if (notModified(c, rendered)) return markComplete(new Response(null, { status: 304, headers }));
  headers['Content-Type'] = rendered.contentType;
  return markComplete(new Response(c.req.method === 'HEAD' ? null : rendered.body, { status: 200, headers }));
}
