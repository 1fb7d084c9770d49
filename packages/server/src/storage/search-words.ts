// The words full-text search works on, cut the same way for stored text and for queries on both engines, so SQLite's
// FTS5 and PostgreSQL's `simple` text search find the same rows: letters and digits only, lowercase, accents removed.

/** At most this many words of a query are searched; the rest of a long query is ignored. */
export const MAX_QUERY_WORDS = 8;

/**
 * The words of a text: runs of letters and digits, lowercased, diacritics removed (NFKD, then combining marks
 * dropped), so "Kafé" and "kafe" are one word. Nothing else survives, so no input can inject search syntax.
 * @example searchWords('Posyandu "Melati"-2, kafé') // ['posyandu', 'melati', '2', 'kafe']
 */
export function searchWords(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** The stored search text of a row: the words of every part, space-separated. */
export function searchDocument(parts: readonly (string | null | undefined)[]): string {
  return searchWords(parts.filter(Boolean).join(' ')).join(' ');
}

/** The words of a query, each to be matched as a prefix; empty when the text holds no searchable word. */
export function queryWords(text: string): string[] {
  return searchWords(text).slice(0, MAX_QUERY_WORDS);
}

/** The text of an HTML body, for the search document. */
export function textOfHtml(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&[a-z]+;|&#\d+;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The search text of an aspiration: its tracking code, title and body (the officials' inbox searches them). */
export function aspirationSearchDocument(a: { trackingCode: string; title: string; body: string }): string {
  return searchDocument([a.trackingCode, a.title, a.body]);
}
