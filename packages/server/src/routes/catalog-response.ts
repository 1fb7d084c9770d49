// Answers a catalog GET from the response cache, or computes, serializes and caches it.
import type { Context } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { PUBLIC_CACHE, prepareJson, sendPrepared } from '../http/json-response.js';
import type { RouteDeps } from './route-deps.js';

/**
 * The cache key is the public base URL plus the request's path and query exactly as sent, so different spellings of
 * one query are cached apart (harmless) and a URL never maps to another URL's answer. Errors are thrown, not cached.
 */
export async function catalogResponse(
  c: Context<AppEnv>,
  deps: RouteDeps,
  compute: () => Promise<unknown>,
): Promise<Response> {
  const request = c.req.raw;
  if (!deps.cache) return sendPrepared(c, prepareJson(await compute()), PUBLIC_CACHE);
  const url = request.url;
  const key = `${deps.publicUrl(c)} ${url.slice(url.indexOf('/', url.indexOf('//') + 2))}`;
  const version = await deps.storage.catalogVersion();
  let prepared = deps.cache.get(key, version);
  if (!prepared) {
    prepared = prepareJson(await compute());
    deps.cache.set(key, version, prepared);
  }
  return sendPrepared(c, prepared, PUBLIC_CACHE);
}
