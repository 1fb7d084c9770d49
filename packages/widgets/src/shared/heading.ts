// The level of a widget's headings (`heading-level`), so they fit under the host page's own.

/** The level of a heading `offset` below the widget's top one, kept within 1 to 6. */
export function headingLevel(level: number, offset = 0): number {
  const top = Number.isFinite(level) ? Math.trunc(level) : 2;
  return Math.min(6, Math.max(1, top) + offset);
}
