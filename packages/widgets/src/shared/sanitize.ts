// The one place API text becomes markup: a news article's body. Loaded on demand, since only the inline reader needs it.
import DOMPurify, { type DOMPurify as Purifier } from 'dompurify';
import { safeHttpUrl } from './safe.js';

const ALLOWED_TAGS = [
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
  'tr',
  'th',
  'td',
  'caption',
];
const ALLOWED_ATTR = ['href', 'src', 'alt', 'title', 'width', 'height', 'colspan', 'rowspan', 'scope'];

// A private instance, so our hook never changes how the host page's own DOMPurify behaves.
let purifier: Purifier | undefined;

function getPurifier(): Purifier {
  if (purifier) return purifier;
  purifier = DOMPurify(window);
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.hasAttribute('href')) {
      const href = safeHttpUrl(node.getAttribute('href'));
      if (href) {
        node.setAttribute('href', href);
        node.setAttribute('rel', 'noopener noreferrer');
        node.setAttribute('target', '_blank');
      } else {
        node.removeAttribute('href');
      }
    }
    if (node.hasAttribute('src')) {
      const src = safeHttpUrl(node.getAttribute('src'));
      if (src) {
        node.setAttribute('src', src);
        node.setAttribute('loading', 'lazy');
      } else node.removeAttribute('src');
    }
  });
  return purifier;
}

/**
 * A news article body made safe to insert: a strict allowlist of text tags, no styles, no scripts, no event
 * handlers; links only to http(s), opened in a new tab with `rel="noopener noreferrer"`; images only from http(s).
 * Returns a fragment, so no HTML string is ever parsed again after sanitizing.
 */
export function sanitizeArticleHtml(html: string): DocumentFragment {
  return getPurifier().sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    RETURN_DOM_FRAGMENT: true,
  });
}
