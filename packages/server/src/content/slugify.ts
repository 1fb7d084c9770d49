/** A URL slug from a title: lowercase ASCII words joined by hyphens ("Posyandu Melati di Bacang" -> "posyandu-melati-di-bacang"). */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
}
