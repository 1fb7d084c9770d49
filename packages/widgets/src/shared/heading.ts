// Heading tags by level, for widgets that fit under the host page's own headings (`heading-level`).
import { literal, type StaticValue } from 'lit/static-html.js';

const TAGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** The level of a heading `offset` below the widget's top one, kept within 1 to 6. */
export function headingLevel(level: number, offset = 0): number {
  const top = Number.isFinite(level) ? Math.trunc(level) : 2;
  return Math.min(6, Math.max(1, top) + offset);
}

/** The static tag (`h1`...`h6`) of a heading `offset` below the widget's top one, for `lit/static-html.js`. */
export function headingTag(level: number, offset = 0): StaticValue {
  return TAGS[headingLevel(level, offset) - 1]!;
}
