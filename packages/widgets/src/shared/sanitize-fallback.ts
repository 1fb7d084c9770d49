// The article sanitizer for browsers without the HTML Sanitizer API: DOMPurify set up to give the same result as the
// native path (see sanitize.ts). Loaded on demand only, as its own file.
import DOMPurify, { type DOMPurify as Purifier } from 'dompurify';
import { ARTICLE_ATTRIBUTES, ARTICLE_ELEMENTS, ARTICLE_UNWRAPPED, finishArticle } from './article-policy.js';

const KEPT = new Set<string>([...ARTICLE_ELEMENTS, ...ARTICLE_UNWRAPPED]);

// A private instance, so our hook never changes how the host page's own DOMPurify behaves.
let purifier: Purifier | undefined;

function getPurifier(): Purifier {
  if (purifier) return purifier;
  purifier = DOMPurify(window);
  // DOMPurify keeps the content of every element it removes; the native Sanitizer keeps it only for the elements it
  // is told to unwrap. Emptying the others first makes both remove them with their content.
  // (The walk starts at the <body> DOMPurify parsed into, which must keep its content.)
  purifier.addHook('uponSanitizeElement', (node, data) => {
    if (node.nodeType !== Node.ELEMENT_NODE || KEPT.has(data.tagName) || node === node.ownerDocument?.body) return;
    (node as Element).replaceChildren();
  });
  return purifier;
}

/** The fallback of `sanitizeArticleHtml`: the same policy through DOMPurify. */
export function purifyArticleHtml(html: string): DocumentFragment {
  const fragment = getPurifier().sanitize(html, {
    ALLOWED_TAGS: [...ARTICLE_ELEMENTS],
    ALLOWED_ATTR: [...ARTICLE_ATTRIBUTES],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    KEEP_CONTENT: true,
    // Parsed as if inside <body> from the first character, like the native path's <div>: otherwise a leading
    // <noscript>, <style> or <meta> would be parsed into <head> and what follows it would land elsewhere.
    FORCE_BODY: true,
    // Emptied by the hook above instead, for exactly the elements outside both lists.
    FORBID_CONTENTS: [],
    // The result is a fragment that is inserted, never serialized and parsed again, so DOMPurify's checks against
    // markup hidden in attribute values (which the native Sanitizer does not make) would only make the two differ.
    SAFE_FOR_XML: false,
    ALLOW_SELF_CLOSE_IN_ATTR: true,
    RETURN_DOM_FRAGMENT: true,
  });
  finishArticle(fragment);
  // DOMPurify hands back a fragment of the document it parsed in; the native path gives one of this document.
  return document.adoptNode(fragment);
}
