// Turns what a person types into a safe FTS5 query: every word must match, each as a prefix.

/** At most this many words are searched; the rest of a long query is ignored. */
const MAX_TERMS = 8;

/**
 * Builds an FTS5 MATCH expression from free text, or `null` when the text holds no searchable word.
 * Only letters and digits survive, so no input can inject FTS syntax (quotes, NEAR, column filters).
 * @example ftsQuery('posyan melati') // '"posyan"* "melati"*'
 */
export function ftsQuery(text: string): string | null {
  const words = text.normalize('NFKC').match(/[\p{L}\p{N}]+/gu);
  if (!words) return null;
  return words
    .slice(0, MAX_TERMS)
    .map((word) => `"${word.toLowerCase()}"*`)
    .join(' ');
}
