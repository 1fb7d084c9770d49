// Region scopes: a Dinas official of `19` sees the whole province, of `19.71` Kota Pangkal Pinang only.

/**
 * True when `code` is `prefix` or lies inside it, segment by segment: `19.71.01.1004` is inside `19.71` and `19`,
 * while `19.7` is nobody's prefix and `19.710` is not inside `19.71`.
 */
export function regionWithin(code: string, prefix: string): boolean {
  return code === prefix || code.startsWith(`${prefix}.`);
}
