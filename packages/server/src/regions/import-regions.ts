// `kim-server import-regions [FILE.csv]`: the national Kemendagri list (code,name) into the regions table.
import type { Region, RegionLevel } from '@kim-kit/sdk/schemas';
import type { Storage } from '../storage/storage.js';
import { BUILT_IN_REGIONS_SOURCE, builtInRegionsFile, readRegionsText } from './built-in-regions.js';
import { regionFromCode } from './classify-region.js';
import { parseCsv } from './csv.js';

export interface ImportSummary {
  /** The file read, or the name of the built-in list. */
  source: string;
  imported: number;
  /** Rows whose code is not a Kemendagri code, with their line numbers. */
  skipped: { line: number; code: string }[];
  byLevel: Record<RegionLevel, number>;
  /** Regions whose parent code is not in the file. */
  orphans: number;
}

/** Parses `code,name` rows (header optional) into regions. */
export function regionsFromCsv(text: string): { regions: Region[]; skipped: ImportSummary['skipped'] } {
  const regions: Region[] = [];
  const skipped: ImportSummary['skipped'] = [];
  parseCsv(text).forEach((row, index) => {
    const code = (row[0] ?? '').trim();
    const name = (row[1] ?? '').trim();
    if (index === 0 && code.toLowerCase() === 'code') return;
    if (code === '' && row.length <= 1) return;
    const region = name ? regionFromCode(code, name) : null;
    if (region) regions.push(region);
    else skipped.push({ line: index + 1, code });
  });
  return { regions, skipped };
}

/**
 * Reads a CSV file (plain, `.br` or `.gz`) and upserts its regions in one transaction. Without a file, the list
 * built into the package is loaded.
 */
export async function importRegions(storage: Storage, file?: string): Promise<ImportSummary> {
  const { regions, skipped } = regionsFromCsv(await readRegionsText(file ?? builtInRegionsFile()));
  await storage.putRegions(regions);
  const codes = new Set(regions.map((r) => r.code));
  const byLevel: Record<RegionLevel, number> = { province: 0, regency: 0, city: 0, district: 0, village: 0 };
  let orphans = 0;
  for (const region of regions) {
    byLevel[region.level]++;
    if (region.parentCode && !codes.has(region.parentCode)) orphans++;
  }
  const source = file ?? `the built-in ${BUILT_IN_REGIONS_SOURCE} list`;
  return { source, imported: regions.length, skipped, byLevel, orphans };
}
