// What a Kemendagri code says about its region: level, Indonesian kind and parent (Permendagri 58/2021).
import type { Region, RegionKind, RegionLevel } from '@kim-kit/sdk/schemas';

const CODE = /^(\d{2})(?:\.(\d{2})(?:\.(\d{2})(?:\.(\d{4}))?)?)?$/;

/** Level, kind and parent of a region code, or `null` when the text is not a Kemendagri code. */
export function classifyRegion(code: string): Pick<Region, 'level' | 'kind' | 'parentCode'> | null {
  const match = CODE.exec(code);
  if (!match) return null;
  const [, , regency, district, village] = match;
  if (village) {
    // Villages numbered 1xxx are kelurahan; 2xxx desa and 3xxx customary desa (desa adat).
    const kind: RegionKind = village.startsWith('1') ? 'kelurahan' : 'desa';
    return { level: 'village', kind, parentCode: code.slice(0, 8) };
  }
  if (district) return { level: 'district', kind: 'kecamatan', parentCode: code.slice(0, 5) };
  if (regency) {
    const city = Number(regency) >= 71;
    const level: RegionLevel = city ? 'city' : 'regency';
    return { level, kind: city ? 'kota' : 'kabupaten', parentCode: code.slice(0, 2) };
  }
  return { level: 'province', kind: null, parentCode: null };
}

/** A full region record from a code and a name; `null` when the code is not a Kemendagri code. */
export function regionFromCode(code: string, name: string): Region | null {
  const classified = classifyRegion(code);
  return classified ? { code, name, ...classified } : null;
}
