// Turns "limit + 1 rows" into a page with the cursor of its last row.
import type { Page } from '@kim-kit/sdk/schemas';
import { encodeCursor } from '../http/cursor.js';
import type { Keyset } from '../storage/storage.js';

/** `rows` were fetched with `limit + 1`; the extra row only says that another page exists. */
export function pageOf<R, T>(
  rows: R[],
  limit: number,
  list: string,
  keysetOf: (row: R) => Keyset,
  present: (row: R) => T,
): Page<T> {
  const more = rows.length > limit;
  const shown = more ? rows.slice(0, limit) : rows;
  const last = shown[shown.length - 1];
  return {
    data: shown.map(present),
    nextCursor: more && last !== undefined ? encodeCursor(list, keysetOf(last)) : null,
  };
}
