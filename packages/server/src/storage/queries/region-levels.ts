// "Everything in 19.71": each region level has its own column and index, so a prefix is an equality, never a range
// with an OR (the plan used to read and sort the whole region on every request).
export type RegionLevelColumn = 'province_code' | 'regency_code' | 'district_code' | 'region_code';

/**
 * The column that equals `code` for a row in the region `code` or below it. Codes are validated by the contract's
 * `RegionCode`, so their length says their level: `PP` (2), `PP.KK` (5), `PP.KK.CC` (8), `PP.KK.CC.NNNN` (13).
 */
export function regionLevelColumn(code: string): RegionLevelColumn {
  switch (code.length) {
    case 2:
      return 'province_code';
    case 5:
      return 'regency_code';
    case 8:
      return 'district_code';
    default:
      return 'region_code';
  }
}
