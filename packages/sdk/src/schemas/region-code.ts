// What a Kemendagri region code says about its region (Permendagri 58/2021): its level, its kind and its parent.
// A parent's code is a prefix of its children's codes: `19` > `19.71` > `19.71.01` > `19.71.01.1004`.
import type { RegionKind, RegionLevel } from './region.js';

/** Any Kemendagri region code: `PP`, `PP.KK`, `PP.KK.CC` or `PP.KK.CC.NNNN`. */
export const REGION_CODE_PATTERN = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

/** The code of a village (desa or kelurahan): `PP.KK.CC.NNNN`. */
export const VILLAGE_CODE_PATTERN = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;

/** Regencies (kabupaten) are numbered 01-69 inside their province, cities (kota) 71-99. */
const FIRST_CITY_NUMBER = 71;

/**
 * The level of a region from its code, or `null` when the text is not a Kemendagri code.
 *
 * @example
 * regionLevelOf('19')            // 'province'
 * regionLevelOf('19.71')         // 'city' (Kota Pangkal Pinang); '19.01' is a 'regency'
 * regionLevelOf('19.71.01')      // 'district'
 * regionLevelOf('19.71.01.1004') // 'village'
 */
export function regionLevelOf(code: string): RegionLevel | null {
  if (typeof code !== 'string' || !REGION_CODE_PATTERN.test(code)) return null;
  switch (code.length) {
    case 2:
      return 'province';
    case 5:
      return Number(code.slice(3, 5)) >= FIRST_CITY_NUMBER ? 'city' : 'regency';
    case 8:
      return 'district';
    default:
      return 'village';
  }
}

/**
 * The Indonesian kind of a region: `kabupaten` or `kota`, `kecamatan`, and for a village `kelurahan` (numbered 1xxx)
 * or `desa` (2xxx, and 3xxx for a customary desa). `null` for a province, which has none, and for text that is not a
 * Kemendagri code.
 */
export function regionKindOf(code: string): RegionKind | null {
  switch (regionLevelOf(code)) {
    case 'regency':
      return 'kabupaten';
    case 'city':
      return 'kota';
    case 'district':
      return 'kecamatan';
    case 'village':
      return code.charAt(9) === '1' ? 'kelurahan' : 'desa';
    default:
      return null;
  }
}

/**
 * The code of the region one level up (`19.71.01.1004` -> `19.71.01`), or `null` for a province and for text that
 * is not a Kemendagri code.
 */
export function parentRegionCode(code: string): string | null {
  const level = regionLevelOf(code);
  return level === null || level === 'province' ? null : code.slice(0, code.lastIndexOf('.'));
}
