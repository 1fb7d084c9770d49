// The national region list shipped in the package (assets/regions), and reading region files, compressed or not.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliDecompress, gunzip } from 'node:zlib';

/** What the built-in list is, for messages. */
export const BUILT_IN_REGIONS_SOURCE = 'Kepmendagri 300.2.2-2138/2025';

const FILE_NAME = 'wilayah-kemendagri-2025.csv.br';

/**
 * The path of the built-in list. The same code runs from `src/regions/` (tests, tsx) and from the bundled `dist/`,
 * so the package's `assets/` folder is one or two levels up.
 */
export function builtInRegionsFile(): string {
  for (const relative of ['../assets/regions/', '../../assets/regions/']) {
    const file = fileURLToPath(new URL(relative + FILE_NAME, import.meta.url));
    if (existsSync(file)) return file;
  }
  throw new Error(`The built-in region list (assets/regions/${FILE_NAME}) is missing from this installation`);
}

/** Reads a `code,name` CSV as text; `.br` and `.gz` files are decompressed first. */
export async function readRegionsText(file: string): Promise<string> {
  const bytes = await readFile(file);
  if (file.endsWith('.br')) return (await promisify(brotliDecompress)(bytes)).toString('utf8');
  if (file.endsWith('.gz')) return (await promisify(gunzip)(bytes)).toString('utf8');
  return bytes.toString('utf8');
}
