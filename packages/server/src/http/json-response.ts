// JSON responses with a strong ETag, answered with 304 when the client already holds them.
import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import type { AppEnv } from './app-env.js';
import { baseHeaders, markComplete } from './response-headers.js';

/** A serialized body with its validator, ready to send many times. */
export interface PreparedJson {
  body: string;
  etag: string;
}

/** Cache-Control for public catalog data: short, so edits show up soon, and revalidated cheaply with the ETag. */
export const PUBLIC_CACHE = 'public, max-age=30, stale-while-revalidate=60';
/** Cache-Control for anything personal: tracking views and admin data. */
export const NO_STORE = 'no-store';

export function etagOf(body: string | Uint8Array): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

export function prepareJson(data: unknown): PreparedJson {
  const body = JSON.stringify(data);
  return { body, etag: etagOf(body) };
}

/** True when an If-None-Match header names `etag` (weak comparison, as RFC 9110 asks for GET). */
export function matchesEtag(ifNoneMatch: string | null | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const bare = etag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === bare);
}

/** Sends a prepared body with every standard header, or 304 when the request's If-None-Match already has it. */
export function sendPrepared(
  c: Context<AppEnv>,
  prepared: PreparedJson,
  cacheControl: string,
  status: 200 | 201 = 200,
  extraHeaders?: Record<string, string>,
): Response {
  const headers: Record<string, string> = { ...baseHeaders(c), 'Cache-Control': cacheControl, ...extraHeaders };
  const method = c.req.method;
  // Validators describe a representation someone may GET again; a POST's answer gets none.
  if (status === 200 && (method === 'GET' || method === 'HEAD')) {
    // A record's version ETag (`"3"`, for If-Match) wins over the hash of the body.
    headers.ETag ??= prepared.etag;
    if (matchesEtag(c.req.header('if-none-match'), headers.ETag)) {
      return markComplete(new Response(null, { status: 304, headers }));
    }
  }
  headers['Content-Type'] = 'application/json; charset=utf-8';
  return markComplete(new Response(prepared.body, { status, headers }));
}

/** Serializes `data` and sends it with its ETag. */
export function sendJson(
  c: Context<AppEnv>,
  data: unknown,
  cacheControl: string,
  status: 200 | 201 = 200,
  extraHeaders?: Record<string, string>,
): Response {
  return sendPrepared(c, prepareJson(data), cacheControl, status, extraHeaders);
}
