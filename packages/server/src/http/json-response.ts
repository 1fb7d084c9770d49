// JSON responses with a strong ETag, compressed when the client accepts it, answered with 304 when it already holds
// them.
import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import type { AppEnv } from './app-env.js';
import {
  type Coding,
  codedEtag,
  compress,
  MIN_COMPRESS_BYTES,
  preferredCoding,
  varyOnEncoding,
} from './content-coding.js';
import { baseHeaders, markComplete } from './response-headers.js';

/** A serialized body with its validator, ready to send many times. */
export interface PreparedJson {
  body: string;
  etag: string;
  /**
   * The body compressed, filled in on first use of each coding. A prepared body kept by the response cache keeps
   * these too, so a catalog page is compressed once per catalog version, not once per request.
   */
  coded?: Partial<Record<Coding, Uint8Array<ArrayBuffer>>>;
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
  const headers = varyOnEncoding({ ...baseHeaders(c), 'Cache-Control': cacheControl, ...extraHeaders });
  const coding =
    prepared.body.length >= MIN_COMPRESS_BYTES ? preferredCoding(c.req.header('accept-encoding')) : undefined;
  const method = c.req.method;
  // Validators describe a representation someone may GET again; a POST's answer gets none.
  if (status === 200 && (method === 'GET' || method === 'HEAD')) {
    // A record's version ETag (`"3"`, what If-Match sends back) wins over the hash of the body.
    const etag = headers.ETag ?? codedEtag(prepared.etag, coding);
    headers.ETag = etag;
    if (matchesEtag(c.req.header('if-none-match'), etag)) {
      return markComplete(new Response(null, { status: 304, headers }));
    }
  }
  headers['Content-Type'] = 'application/json; charset=utf-8';
  if (!coding) return markComplete(new Response(prepared.body, { status, headers }));
  prepared.coded ??= {};
  prepared.coded[coding] ??= compress(prepared.body, coding);
  const body = prepared.coded[coding];
  headers['Content-Encoding'] = coding;
  return markComplete(new Response(body, { status, headers }));
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
