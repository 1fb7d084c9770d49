// Writes FILE.br and FILE.gz beside every text file of a directory, at the best compression, for `serveDirectory`.
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { CODING_SUFFIX, type Coding, compress, isCompressible, MIN_COMPRESS_BYTES } from './content-coding.js';

const TEXT_TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml',
};

export interface PrecompressSummary {
  /** Text files found that are large enough to be worth compressing. */
  files: number;
  /** Compressed copies written (the others were already up to date). */
  written: number;
  /** Bytes of those files, and of their brotli and gzip copies. */
  bytes: number;
  brotliBytes: number;
  gzipBytes: number;
}

/** Every file below `dir`, depth first, leaving out dot-folders such as `.git`. */
async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}

/**
 * Writes a brotli (quality 11) and a gzip (level 9) copy beside each text file of `dir` of at least 1 KB, unless an
 * up-to-date copy is already there. A copy that would not be smaller than its file is removed instead of written, and
 * `serveDirectory` then compresses that file itself (or sends it as is). Safe to run again after every build.
 */
export async function precompressDirectory(dir: string): Promise<PrecompressSummary> {
  const summary: PrecompressSummary = { files: 0, written: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0 };
  for await (const file of walk(dir)) {
    const type = TEXT_TYPES[extname(file).toLowerCase()];
    if (!type || !isCompressible(type)) continue;
    const info = await stat(file);
    if (info.size < MIN_COMPRESS_BYTES) continue;
    summary.files++;
    summary.bytes += info.size;
    let source: Buffer | undefined;
    for (const coding of ['br', 'gzip'] as Coding[]) {
      const target = `${file}${CODING_SUFFIX[coding]}`;
      const existing = await stat(target).catch(() => null);
      let size = existing?.size ?? 0;
      if (!existing || existing.mtimeMs < info.mtimeMs) {
        source ??= await readFile(file);
        const coded = compress(source, coding, 'max');
        if (coded.length >= source.length) {
          await rm(target, { force: true });
          size = source.length;
        } else {
          await writeFile(target, coded);
          summary.written++;
          size = coded.length;
        }
      }
      if (coding === 'br') summary.brotliBytes += size;
      else summary.gzipBytes += size;
    }
  }
  return summary;
}
