// The bootstrap admin token's comparison: constant time, whatever the lengths (see authenticate.ts for its use).
import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (text: string) => createHash('sha256').update(text).digest();

/** True when `presented` equals `expected`; hashing first makes the comparison length-independent. */
export function tokensMatch(presented: string, expected: string): boolean {
  return timingSafeEqual(digest(presented), digest(expected));
}
