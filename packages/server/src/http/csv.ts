// CSV as spreadsheets read it: every field quoted, formulas defused, UTF-8 with a byte order mark and CRLF line ends.

/**
 * One CSV field: always quoted, quotes doubled; a value a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, a
 * tab or a carriage return first) gets a leading apostrophe (OWASP's advice against CSV injection).
 */
export function csvField(value: string | number | boolean | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replaceAll('"', '""')}"`;
}

/** A CSV document of rows: a byte order mark, then RFC 4180 lines, so Excel reads the Indonesian text right. */
export function csvDocument(rows: readonly (readonly (string | number | boolean | null)[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
