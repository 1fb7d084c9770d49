// Heading tags by level for Lit templates (`lit/static-html.js`); DOM-built markup uses `headingLevel` alone.
import { literal, type StaticValue } from 'lit/static-html.js';
import { headingLevel } from './heading.js';

const TAGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** The static tag (`h1`...`h6`) of a heading `offset` below the widget's top one. */
export function headingTag(level: number, offset = 0): StaticValue {
  return TAGS[headingLevel(level, offset) - 1]!;
}
