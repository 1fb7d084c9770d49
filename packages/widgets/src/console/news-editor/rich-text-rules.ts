// What the article body's editor allows and how its toolbar is driven: the elements it can produce, the links it
// accepts, its commands and their keyboard shortcuts. No editor library here: <kim-news-editor> renders its toolbar
// from these before the editor itself (rich-text.ts, loaded on demand) has arrived.

/** The elements the editor can produce: all of them in the server's and the widgets' article allow-lists. */
export const EDITOR_ELEMENTS = [
  'p',
  'br',
  'h2',
  'h3',
  'h4',
  'strong',
  'em',
  'ul',
  'ol',
  'li',
  'blockquote',
  'a',
] as const;

/** The schemes a link may use, as on the server. */
const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** An absolute link with an allowed scheme (and a host for http(s)), or `undefined`. */
export function allowedLink(href: string): string | undefined {
  try {
    const url = new URL(href.trim());
    if (!LINK_SCHEMES.has(url.protocol)) return undefined;
    if ((url.protocol === 'http:' || url.protocol === 'https:') && !url.hostname) return undefined;
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : href.trim();
  } catch {
    return undefined;
  }
}

/** The formatting commands of the toolbar. */
export type RichTextCommand =
  | 'bold'
  | 'italic'
  | 'heading2'
  | 'heading3'
  | 'heading4'
  | 'bulletList'
  | 'orderedList'
  | 'blockquote'
  | 'undo'
  | 'redo';

/** Each toolbar command with its keyboard shortcut (TipTap's defaults), as the toolbar lists them. */
export const RICH_TEXT_SHORTCUTS: Record<RichTextCommand | 'link', string> = {
  bold: 'Ctrl+B',
  italic: 'Ctrl+I',
  heading2: 'Ctrl+Alt+2',
  heading3: 'Ctrl+Alt+3',
  heading4: 'Ctrl+Alt+4',
  bulletList: 'Ctrl+Shift+8',
  orderedList: 'Ctrl+Shift+7',
  blockquote: 'Ctrl+Shift+B',
  undo: 'Ctrl+Z',
  redo: 'Ctrl+Shift+Z',
  link: 'Ctrl+K',
};
