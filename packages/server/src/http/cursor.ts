// Opaque pagination cursors: the keyset of the last row, tagged with the list it belongs to.
import type { Keyset } from '../storage/storage.js';
import { HttpProblem } from './problem.js';

/** Encodes the position after `keyset` in the list called `list`. */
export function encodeCursor(list: string, keyset: Keyset): string {
  return Buffer.from(JSON.stringify([list, keyset.value, keyset.id])).toString('base64url');
}

/** Lists whose keyset value is a time: a cursor must carry one as `toISOString()` writes it. */
const TIMESTAMP_LISTS = new Set([
  'news',
  'admin-aspirations',
  'admin-aspirations-oldest',
  'admin-aspirations-updated',
  'tokens',
  'audit',
]);
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Decodes a cursor made by `encodeCursor` for the same list, or throws a 400 problem. */
export function decodeCursor(list: string, cursor: string): Keyset {
  let parsed: unknown;
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error('not base64url');
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  if (
    Array.isArray(parsed) &&
    parsed.length === 3 &&
    parsed[0] === list &&
    typeof parsed[1] === 'string' &&
    typeof parsed[2] === 'string' &&
    (!TIMESTAMP_LISTS.has(list) || (ISO_TIME.test(parsed[1]) && !Number.isNaN(Date.parse(parsed[1]))))
  ) {
    return { value: parsed[1], id: parsed[2] };
  }
  throw new HttpProblem(400, 'validation_failed', {
    detail: 'Invalid query parameters',
    errors: [{ path: 'cursor', message: 'Invalid cursor: pass back a nextCursor from this list unchanged' }],
  });
}
