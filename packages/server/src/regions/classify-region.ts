// Region records from Kemendagri codes. What a code says (level, kind, parent) is the contract's rule.
import { parentRegionCode, type Region, regionKindOf, regionLevelOf } from '@kim-kit/sdk/schemas';

/** Level, kind and parent of a region code, or `null` when the text is not a Kemendagri code. */
export function classifyRegion(code: string): Pick<Region, 'level' | 'kind' | 'parentCode'> | null {
  const level = regionLevelOf(code);
  return level && { level, kind: regionKindOf(code), parentCode: parentRegionCode(code) };
}

/** A full region record from a code and a name; `null` when the code is not a Kemendagri code. */
export function regionFromCode(code: string, name: string): Region | null {
  const classified = classifyRegion(code);
  return classified ? { code, name, ...classified } : null;
}
