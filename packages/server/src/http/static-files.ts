// Serves a directory of static files (the demo site, the widgets bundle) with ETags and no path escapes.
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.js';
import { matchesEtag } from './json-response.js';
import { baseHeaders, markComplete } from './response-headers.js';
import { PAGE_SECURITY_HEADERS } from './security-headers.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticOptions {
  /** The URL path the directory is mounted at, e.g. `/cdn/`. */
  prefix: string;
  cacheControl: string;
}

/** A handler that answers files under `root`, and passes anything else on to the next route. */
export function serveDirectory(root: string, options: StaticOptions): MiddlewareHandler<AppEnv> {
  const base = resolve(root);
  return async (c, next) => {
    let relative: string;
    try {
      relative = decodeURIComponent(c.req.path.slice(options.prefix.length));
    } catch {
      return next();
    }
    const segments = relative.split(/[\\/]/);
    if (relative.includes('\0') || segments.includes('..')) return next();
    // Dotfiles (.env, .git/config, .htpasswd) are never content; /.well-known/ is the one standard exception.
    if (segments.some((s, i) => s.startsWith('.') && !(i === 0 && s === '.well-known'))) return next();
    let file = resolve(join(base, relative));
    if (file !== base && !file.startsWith(base + sep)) return next();
    let info = await stat(file).catch(() => null);
    if (info?.isDirectory()) {
      file = join(file, 'index.html');
      info = await stat(file).catch(() => null);
    }
    if (!info?.isFile()) return next();
    const etag = `W/"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}"`;
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    // Built here rather than by the middleware: a 304 has no Content-Type to tell a page from a file by, and the
    // headers of a 304 replace the cached ones, so a page must get its own CSP on both.
    const headers: Record<string, string> = {
      ...baseHeaders(c),
      ...(type.startsWith('text/html') ? PAGE_SECURITY_HEADERS : {}),
      ETag: etag,
      'Cache-Control': options.cacheControl,
    };
    if (matchesEtag(c.req.header('if-none-match'), etag)) {
      return markComplete(new Response(null, { status: 304, headers }));
    }
    headers['Content-Type'] = type;
    return markComplete(new Response(new Uint8Array(await readFile(file)), { status: 200, headers }));
  };
}
