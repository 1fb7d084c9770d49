import * as z from 'zod/mini';
import { RegionCode } from './common.js';

export const REGION_LEVELS = ['province', 'regency', 'city', 'district', 'village'] as const;
export const RegionLevel = z.enum(REGION_LEVELS).check(z.meta({ id: 'RegionLevel' }));
export type RegionLevel = z.infer<typeof RegionLevel>;

export const REGION_KINDS = ['kabupaten', 'kota', 'kecamatan', 'desa', 'kelurahan'] as const;
export const RegionKind = z.enum(REGION_KINDS).check(z.meta({ id: 'RegionKind' }));
export type RegionKind = z.infer<typeof RegionKind>;

/** An administrative region from the Kemendagri list. */
export const Region = z
  .object({
    code: RegionCode,
    name: z.string().check(z.minLength(1)),
    level: RegionLevel,
    /** Indonesian kind of the region where one applies (provinces have none). */
    kind: z.nullable(RegionKind),
    /** The code of the parent region, `null` for a province. */
    parentCode: z.nullable(RegionCode),
  })
  .check(z.meta({ id: 'Region', description: 'An administrative region (Kepmendagri 300.2.2-2138/2025).' }));
export type Region = z.infer<typeof Region>;
