// The readable text of an article body, for its summary and reading time.
import { Parser } from 'htmlparser2';

/** Elements whose content is never read as text. */
const SKIPPED = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'svg',
  'math',
  'iframe',
  'object',
  'textarea',
  'select',
  'head',
  'title',
]);
/** Elements that end a block of text. */
const BLOCKS = new Set([
  'p',
  'li',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'figcaption',
  'caption',
  'td',
  'th',
  'div',
  'section',
  'article',
  'br',
  'tr',
  'pre',
]);
/** Blocks that read as prose, for a summary (not headings, captions or tables). */
const PROSE = new Set(['p', 'li', 'blockquote', 'div', 'section', 'article', 'pre']);

export interface TextBlock {
  /** The innermost block element it belongs to (`p`, `li`, `h2`...), or `''` for loose text. */
  kind: string;
  text: string;
}

/** The body's text as blocks, whitespace collapsed, entities decoded, in document order. */
export function textBlocks(html: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  const open: string[] = [];
  let skipping = 0;
  let current = '';
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) blocks.push({ kind: [...open].reverse().find((tag) => BLOCKS.has(tag)) ?? '', text });
    current = '';
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIPPED.has(name)) skipping++;
        if (BLOCKS.has(name)) flush();
        open.push(name);
      },
      ontext(text) {
        if (skipping === 0) current += text;
      },
      onclosetag(name) {
        if (BLOCKS.has(name)) flush();
        const index = open.lastIndexOf(name);
        if (index >= 0) open.length = index;
        if (SKIPPED.has(name)) skipping = Math.max(0, skipping - 1);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return blocks;
}

/** The default longest summary, in characters: what search results and feed readers show. */
export const SUMMARY_MAX_LENGTH = 200;

/**
 * A summary from the body: its first paragraphs, cut at a word boundary with "…" when longer than `maxLength`.
 * Headings, captions and tables are left out unless the body has nothing else.
 */
export function deriveSummary(html: string, maxLength = SUMMARY_MAX_LENGTH): string {
  const blocks = textBlocks(html);
  const prose = blocks.filter((b) => PROSE.has(b.kind) || b.kind === '');
  const text = (prose.length > 0 ? prose : blocks).map((b) => b.text).join(' ');
  const chars = [...text];
  if (chars.length <= maxLength) return text;
  const cut = chars.slice(0, maxLength - 1).join('');
  const boundary = cut.lastIndexOf(' ');
  const head = boundary > maxLength * 0.6 ? cut.slice(0, boundary) : cut;
  return `${head.replace(/[\s,.;:–—-]+$/u, '')}…`;
}

/** Words a minute: a conservative pace for prose read on a phone screen. */
export const WORDS_PER_MINUTE = 200;

/** Minutes to read the body, at least 1. */
export function readingMinutes(html: string): number {
  const words = textBlocks(html)
    .flatMap((b) => b.text.split(' '))
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}
