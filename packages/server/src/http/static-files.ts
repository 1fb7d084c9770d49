// Serves a directory of static files (the demo site, the widgets bundle) with ETags, compression and no path escapes.
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.js';
import {
  CODING_SUFFIX,
  type Coding,
  codedEtag,
  compress,
  isCompressible,
  MIN_COMPRESS_BYTES,
  preferredCoding,
  varyOnEncoding,
} from './content-coding.js';
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

/** Files compressed while a client waits are kept in memory up to these bounds (the largest first to go). */
const ON_THE_FLY_MAX_FILE = 2 * 1024 * 1024;
const ON_THE_FLY_CACHE_BYTES = 16 * 1024 * 1024;

export interface StaticOptions {
  /** The URL path the directory is mounted at, e.g. `/cdn/`. */
  prefix: string;
  cacheControl: string;
}

/** A file's bytes in one coding, with what identifies the version of the file they came from. */
interface Variant {
  key: string;
  bytes: Uint8Array;
}

/**
 * Compressed copies of files that have no fresh precompressed `.br`/`.gz` beside them (a site edited after its build,
 * a `cdn/` copied without them), so each is compressed once per version of the file, not once per request.
 */
class CodedFiles {
  readonly #entries = new Map<string, Variant>();
  #bytes = 0;

  get(file: string, version: string, coding: Coding, read: () => Promise<Uint8Array>): Promise<Uint8Array> {
    const key = `${file}\0${coding}`;
    const hit = this.#entries.get(key);
    if (hit?.key === version) {
      this.#entries.delete(key);
      this.#entries.set(key, hit);
      return Promise.resolve(hit.bytes);
    }
    return read().then((source) => {
      const bytes = compress(source, coding);
      this.#put(key, { key: version, bytes });
      return bytes;
    });
  }

  #put(key: string, variant: Variant): void {
    const old = this.#entries.get(key);
    if (old) {
      this.#bytes -= old.bytes.length;
      this.#entries.delete(key);
    }
    this.#entries.set(key, variant);
    this.#bytes += variant.bytes.length;
    for (const [oldest, entry] of this.#entries) {
      if (this.#bytes <= ON_THE_FLY_CACHE_BYTES) break;
      this.#entries.delete(oldest);
      this.#bytes -= entry.bytes.length;
    }
  }
}

/**
 * A handler that answers files under `root`, and passes anything else on to the next route.
 *
 * Text files (HTML, CSS, scripts, JSON, SVG) are sent compressed when the request accepts it: from `FILE.br` or
 * `FILE.gz` beside the file when one exists and is not older than the file (written at build time, at the best
 * compression), else compressed here once per version of the file and kept in memory.
 */
export function serveDirectory(root: string, options: StaticOptions): MiddlewareHandler<AppEnv> {
  const base = resolve(root);
  const coded = new CodedFiles();
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
    const version = `${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}`;
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const compressible = isCompressible(type) && info.size >= MIN_COMPRESS_BYTES;
    let coding = compressible ? preferredCoding(c.req.header('accept-encoding')) : undefined;
    let precompressed: string | undefined;
    if (coding) {
      const candidate = `${file}${CODING_SUFFIX[coding]}`;
      const ready = await stat(candidate).catch(() => null);
      // An older copy belongs to a previous version of the file: never serve it.
      if (ready?.isFile() && ready.mtimeMs >= info.mtimeMs) precompressed = candidate;
      else if (info.size > ON_THE_FLY_MAX_FILE) coding = undefined;
    }
    const etag = codedEtag(`W/"${version}"`, coding);
    // Built here rather than by the middleware: a 304 has no Content-Type to tell a page from a file by, and the
    // headers of a 304 replace the cached ones, so a page must get its own CSP on both.
    const headers: Record<string, string> = {
      ...baseHeaders(c),
      ...(type.startsWith('text/html') ? PAGE_SECURITY_HEADERS : {}),
      ETag: etag,
      'Cache-Control': options.cacheControl,
    };
    if (compressible) varyOnEncoding(headers);
    if (matchesEtag(c.req.header('if-none-match'), etag)) {
      return markComplete(new Response(null, { status: 304, headers }));
    }
    headers['Content-Type'] = type;
    let body: Uint8Array;
    if (!coding) body = await readFile(file);
    else {
      headers['Content-Encoding'] = coding;
      body = precompressed
        ? await readFile(precompressed)
        : await coded.get(file, version, coding, () => readFile(file));
    }
    return markComplete(new Response(bytes(body), { status: 200, headers }));
  };
}

/** A view of `data` typed as a plain `Uint8Array<ArrayBuffer>` body, without copying it. */
function bytes(data: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(data.buffer as ArrayBuffer, data.byteOffset, data.byteLength);
}
