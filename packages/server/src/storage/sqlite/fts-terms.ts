// FTS5 query terms for the search words (search-words.ts): each word must match as a prefix.
import { type RawBuilder, type SqlBool, sql } from 'kysely';

/** The longest prefix with an FTS5 prefix index (see 0002-scale.ts); FTS5 uses one only for its exact length. */
export const LONGEST_INDEXED_PREFIX = 6;
export const PREFIX_INDEXES = '2 3 4 5 6';

/**
 * `"word"*` for each word, words longer than the longest indexed prefix cut to it, so every term is answered by a
 * prefix index (a long prefix would make FTS5 merge the lists of every matching word). Words hold only letters and
 * digits, so nothing in them is FTS syntax.
 */
export function prefixTerms(words: readonly string[]): string {
  return words.map((word) => `"${word.slice(0, LONGEST_INDEXED_PREFIX)}"*`).join(' ');
}

/**
 * What the cut terms cannot check: that the search text has a word starting with each long word, read from the
 * row's `search_text` (space-separated words). Null when no word was cut.
 */
export function longWordsCondition(searchText: string, words: readonly string[]): RawBuilder<SqlBool> | null {
  const long = words.filter((word) => word.length > LONGEST_INDEXED_PREFIX);
  if (long.length === 0) return null;
  const column = sql.ref(searchText);
  return sql<SqlBool>`(${sql.join(
    long.map((word) => sql`instr(' ' || ${column}, ${` ${word}`}) > 0`),
    sql` AND `,
  )})`;
}
