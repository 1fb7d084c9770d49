// A slug for a new article (or group) that no other record uses.
import { randomBytes } from 'node:crypto';
import { slugify } from './slugify.js';

/** Numbered candidates tried before falling back to a random suffix. */
const NUMBERED_ATTEMPTS = 50;

/**
 * `slugify(title)`, or the first of `slug-2`, `slug-3`... that `isTaken` says is free; a title with no Latin letters
 * or digits (emoji only) gives `fallback`. Two writers may still race to the same slug: the unique index decides,
 * and the loser calls this again.
 */
export async function uniqueSlug(
  title: string,
  isTaken: (slug: string) => boolean | Promise<boolean>,
  fallback = 'berita',
): Promise<string> {
  const base = slugify(title) || fallback;
  if (!(await isTaken(base))) return base;
  for (let n = 2; n <= NUMBERED_ATTEMPTS; n++) {
    const candidate = `${base}-${n}`;
    if (!(await isTaken(candidate))) return candidate;
  }
  for (let attempt = 0; attempt < 10; attempt++) {
    const candidate = `${base}-${randomBytes(4).toString('hex')}`;
    if (!(await isTaken(candidate))) return candidate;
  }
  throw new Error(`No free slug for "${base}" after ${NUMBERED_ATTEMPTS + 9} attempts`);
}
