// Text and attribute values in XML documents we write ourselves (feeds, sitemap).

/** Characters XML 1.0 does not allow anywhere, not even escaped: most C0 controls, lone surrogates, U+FFFE/F. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: this is the list of characters XML allows
const NOT_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes text for an element or a quoted attribute, dropping what XML cannot carry at all. */
export function xml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

/** Drops the characters XML cannot carry (for text that goes into JSON as well, so all formats agree). */
export const xmlSafe = (text: string) => text.replace(NOT_XML, '');
