// The one place API text becomes markup: a news article's body. The browser's own HTML Sanitizer does the work where
// there is one; elsewhere DOMPurify is loaded on first use, so visitors on browsers with the native API never download
// it.
import { ARTICLE_ATTRIBUTES, ARTICLE_ELEMENTS, ARTICLE_UNWRAPPED, finishArticle } from './article-policy.js';

/** `Element.setHTML` of the HTML Sanitizer API, not yet in TypeScript's DOM types. */
type SetHtml = (html: string, options: { sanitizer: Sanitizer }) => void;

let sanitizer: Sanitizer | undefined;

/** Whether this browser has the HTML Sanitizer API (`Element.prototype.setHTML` and `Sanitizer`). */
export function hasNativeSanitizer(): boolean {
  return typeof Sanitizer === 'function' && typeof (Element.prototype as { setHTML?: SetHtml }).setHTML === 'function';
}

function nativeSanitize(html: string): DocumentFragment {
  sanitizer ??= new Sanitizer({
    elements: [...ARTICLE_ELEMENTS],
    replaceWithChildrenElements: [...ARTICLE_UNWRAPPED],
    attributes: [...ARTICLE_ATTRIBUTES],
    comments: false,
    dataAttributes: false,
  });
  // Parsed in a document of its own: nothing in it loads or runs until the result is adopted into the page. A <div>
  // gives the same parsing context as DOMPurify's <body>, so stray table rows and the like come out the same.
  const box = document.implementation.createHTMLDocument('').createElement('div');
  (box as unknown as { setHTML: SetHtml }).setHTML(html, { sanitizer });
  finishArticle(box);
  const fragment = document.createDocumentFragment();
  fragment.append(...box.childNodes);
  return fragment;
}

/**
 * A news article body made safe to insert, as a fragment (no HTML string is parsed again after sanitizing): the
 * elements of `ARTICLE_ELEMENTS` with the attributes of `ARTICLE_ATTRIBUTES`, wrappers such as `<div>` and `<span>`
 * replaced by their content, everything else (scripts, styles, frames, forms, SVG, handlers, comments) removed; links
 * only to http(s), opened in a new tab with `rel="noopener noreferrer"`; images only from http(s).
 */
export async function sanitizeArticleHtml(html: string): Promise<DocumentFragment> {
  if (hasNativeSanitizer()) return nativeSanitize(html);
  const { purifyArticleHtml } = await import('./sanitize-fallback.js');
  return purifyArticleHtml(html);
}
