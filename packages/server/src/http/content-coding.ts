// Compressed responses: which content coding a request accepts, what is worth compressing, and the compressors.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The codings the server sends; brotli is preferred (JSON and scripts come out about 15% smaller than gzip). */
export type Coding = 'br' | 'gzip';

/** Below this size a compressed body saves less than the CPU and the header it costs (and often grows). */
export const MIN_COMPRESS_BYTES = 1024;

const ORDER: readonly Coding[] = ['br', 'gzip'];

/**
 * The coding to answer with for an `Accept-Encoding` header, among `offered`, or `undefined` for the body as is.
 * Honours q-values (`br;q=0` refuses brotli), `*` and the `x-gzip` alias; on equal q-values brotli wins.
 * No header means no coding: RFC 9110 would allow any, but clients that omit it are often tools that cannot decode.
 */
export function preferredCoding(
  acceptEncoding: string | null | undefined,
  offered: readonly Coding[] = ORDER,
): Coding | undefined {
  if (!acceptEncoding) return undefined;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    let q = 1;
    for (const param of params) {
      const [key, value] = param.trim().split('=');
      if (key === 'q') q = Number.isFinite(Number(value)) ? Math.min(1, Math.max(0, Number(value))) : 0;
    }
    weights.set(name === 'x-gzip' ? 'gzip' : name, q);
  }
  let best: Coding | undefined;
  let bestQ = 0;
  for (const coding of ORDER) {
    if (!offered.includes(coding)) continue;
    const q = weights.get(coding) ?? weights.get('*') ?? 0;
    if (q > bestQ) {
      best = coding;
      bestQ = q;
    }
  }
  return best;
}

/** Whether a response of this Content-Type shrinks when compressed (text, JSON, scripts, SVG; not images or fonts). */
export function isCompressible(contentType: string): boolean {
  return /^(text\/|application\/(json|problem\+json|javascript|manifest\+json|xml)|image\/svg\+xml)/i.test(contentType);
}

/**
 * `body` compressed with `coding`. `max` is for work done once (files at build time): brotli 11, gzip 9. `fast` is
 * for work done while a client waits: brotli 5 and gzip 6 take about a millisecond for a 50 KB JSON page here and
 * give up only a few percent against `max`.
 */
export function compress(
  body: string | Uint8Array,
  coding: Coding,
  effort: 'max' | 'fast' = 'fast',
): Uint8Array<ArrayBuffer> {
  const input = typeof body === 'string' ? Buffer.from(body) : body;
  const output =
    coding === 'gzip'
      ? gzipSync(input, { level: effort === 'max' ? 9 : 6 })
      : brotliCompressSync(input, {
          params: {
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_QUALITY]: effort === 'max' ? constants.BROTLI_MAX_QUALITY : 5,
            [constants.BROTLI_PARAM_SIZE_HINT]: input.length,
          },
        });
  return new Uint8Array(output.buffer as ArrayBuffer, output.byteOffset, output.byteLength);
}

/** The file name suffix of a precompressed copy. */
export const CODING_SUFFIX: Readonly<Record<Coding, string>> = { br: '.br', gzip: '.gz' };

/** `headers` with `Accept-Encoding` added to its `Vary` (after any `Origin` the CORS headers put there). */
export function varyOnEncoding(headers: Record<string, string>): Record<string, string> {
  headers.Vary = headers.Vary ? `${headers.Vary}, Accept-Encoding` : 'Accept-Encoding';
  return headers;
}

/** The ETag of a coded variant: a strong validator must differ between representations (RFC 9110, 8.8.3). */
export function codedEtag(etag: string, coding: Coding | undefined): string {
  return coding ? `${etag.slice(0, -1)}-${coding === 'gzip' ? 'gz' : 'br'}"` : etag;
}
