// What an article body may contain, shared by the native HTML Sanitizer and the DOMPurify fallback so both give the
// same result, and the link pass that runs after either.
import { safeHttpUrl } from './safe.js';

/** Elements kept with their attributes narrowed to {@link ARTICLE_ATTRIBUTES}. */
export const ARTICLE_ELEMENTS = [
  'p',
  'br',
  'hr',
  'h2',
  'h3',
  'h4',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'small',
  'sub',
  'sup',
  'mark',
  'ul',
  'ol',
  'li',
  'blockquote',
  'q',
  'cite',
  'code',
  'pre',
  'a',
  'img',
  'figure',
  'figcaption',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'caption',
] as const;

/**
 * Elements replaced by their children: the wrappers and inline markup CMS editors and word processors produce, whose
 * text belongs to the article. Any element in neither list (scripts, styles, frames, forms, SVG, MathML, media,
 * custom elements) is removed together with its content.
 */
export const ARTICLE_UNWRAPPED = [
  'div',
  'span',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'nav',
  'center',
  'font',
  'h1',
  'h5',
  'h6',
  'abbr',
  'dfn',
  'time',
  'data',
  'del',
  'ins',
  'kbd',
  'samp',
  'var',
  'big',
  'tt',
  'bdi',
  'bdo',
  'dl',
  'dt',
  'dd',
  'details',
  'summary',
  'address',
  'label',
  'picture',
  'nobr',
] as const;

/** Attributes kept on any element of {@link ARTICLE_ELEMENTS}; `href` and `src` are then narrowed by the link pass. */
export const ARTICLE_ATTRIBUTES = [
  'href',
  'src',
  'alt',
  'title',
  'width',
  'height',
  'colspan',
  'rowspan',
  'scope',
  'lang',
  'dir',
] as const;

/**
 * The pass both sanitizers end with: links only on `<a>` and only to absolute http(s) URLs, opened in a new tab without
 * an opener or referrer; sources only on `<img>` and only from absolute http(s) URLs, loaded lazily. An image left
 * without a source is removed.
 */
export function finishArticle(root: ParentNode): void {
  for (const element of root.querySelectorAll('[href]')) {
    const href = element.localName === 'a' ? safeHttpUrl(element.getAttribute('href')) : undefined;
    if (href) {
      element.setAttribute('href', href);
      element.setAttribute('rel', 'noopener noreferrer');
      element.setAttribute('target', '_blank');
    } else {
      element.removeAttribute('href');
    }
  }
  for (const element of root.querySelectorAll('[src]')) {
    const src = element.localName === 'img' ? safeHttpUrl(element.getAttribute('src')) : undefined;
    if (src) {
      element.setAttribute('src', src);
      element.setAttribute('loading', 'lazy');
      element.setAttribute('decoding', 'async');
    } else {
      element.removeAttribute('src');
    }
  }
  for (const image of root.querySelectorAll('img:not([src])')) image.remove();
}
