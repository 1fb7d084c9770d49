// Article bodies are HTML written by operators: this allow-list is everything a stored or rendered body may contain.
import sanitizeHtml from 'sanitize-html';

export interface SanitizeArticleOptions {
  /**
   * The server's public base URL (`https://kim.example.go.id`). Images given as absolute URLs of this server's own
   * media are kept, as paths; without it, only paths are accepted.
   */
  publicUrl?: string;
  /**
   * Write images as absolute URLs on `publicUrl` instead of paths: for copies of the body read elsewhere (feed
   * readers), where a path has no host to resolve against. Never for what is stored.
   */
  absoluteMedia?: boolean;
}

/** The only schemes a link may use. */
const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * Images must come from this server's processed media, by path: `/media/` and then plain path characters, no `..`
 * or `//` (which could lead elsewhere), no query. Anything else, however harmless it looks, is dropped.
 */
const MEDIA_PATH = /^\/media\/(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/** A dimension in pixels, as a string of a whole number from 1 to 10,000. */
function dimension(value: string | undefined): string | null {
  if (value === undefined || !/^\d{1,5}$/.test(value.trim())) return null;
  const n = Number(value.trim());
  return n >= 1 && n <= 10_000 ? String(n) : null;
}

/** The media path of an image source, or `null` when it is not this server's own media. */
export function ownMediaPath(src: string | undefined, publicUrl?: string): string | null {
  if (!src) return null;
  let path = src.trim();
  const base = publicUrl?.replace(/\/+$/, '');
  if (base && path.startsWith(`${base}/media/`)) path = path.slice(base.length);
  if (!MEDIA_PATH.test(path) || path.split('/').some((segment) => segment === '.' || segment === '..')) return null;
  return path;
}

/** An absolute link with an allowed scheme, or `null` (relative links would break wherever the article is syndicated). */
function linkHref(href: string | undefined): string | null {
  if (!href) return null;
  const trimmed = href.trim();
  try {
    const url = new URL(trimmed);
    if (!LINK_SCHEMES.has(url.protocol)) return null;
    if ((url.protocol === 'http:' || url.protocol === 'https:') && !url.hostname) return null;
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : trimmed;
  } catch {
    return null;
  }
}

const span = (value: string | undefined) => {
  const n = value !== undefined && /^\d{1,3}$/.test(value.trim()) ? Number(value) : 0;
  return n >= 2 && n <= 100 ? String(n) : undefined;
};

/** Table cells keep only a sane colspan/rowspan (and scope on headers). */
function cell(tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  const out: sanitizeHtml.Attributes = {};
  const colspan = span(attribs.colspan);
  const rowspan = span(attribs.rowspan);
  if (colspan) out.colspan = colspan;
  if (rowspan) out.rowspan = rowspan;
  if (tagName === 'th' && ['row', 'col', 'rowgroup', 'colgroup'].includes(attribs.scope ?? '')) {
    out.scope = attribs.scope as string;
  }
  return { tagName, attribs: out };
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters being removed
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g;

function options(publicUrl: string | undefined, absoluteMedia: boolean): sanitizeHtml.IOptions {
  const mediaBase = absoluteMedia && publicUrl ? publicUrl.replace(/\/+$/, '') : '';
  return {
    allowedTags: [
      'p',
      'br',
      'h2',
      'h3',
      'h4',
      'ul',
      'ol',
      'li',
      'a',
      'strong',
      'em',
      'blockquote',
      'table',
      'caption',
      'thead',
      'tbody',
      'tfoot',
      'tr',
      'th',
      'td',
      'figure',
      'img',
      'figcaption',
    ],
    allowedAttributes: {
      a: ['href', 'rel'],
      img: ['src', 'alt', 'width', 'height'],
      th: ['colspan', 'rowspan', 'scope'],
      td: ['colspan', 'rowspan'],
    },
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    // Image sources are checked by the transform below; only that one may make them absolute.
    allowedSchemesByTag: { img: mediaBase ? ['http', 'https'] : [] },
    allowProtocolRelative: false,
    // Disallowed elements go, their text stays (a pasted <div> or <span>), except these, whose content is not text.
    disallowedTagsMode: 'discard',
    nonTextTags: [
      'script',
      'style',
      'textarea',
      'option',
      'select',
      'noscript',
      'noembed',
      'noframes',
      'xmp',
      'title',
      'template',
      'iframe',
      'object',
      'svg',
      'math',
      'head',
    ],
    transformTags: {
      // What editors and pasted documents use instead of the allowed tags.
      h1: 'h2',
      h5: 'h4',
      h6: 'h4',
      b: 'strong',
      i: 'em',
      a: (_tagName, attribs): sanitizeHtml.Tag => {
        const href = linkHref(attribs.href);
        return { tagName: 'a', attribs: href ? { href, rel: 'noopener' } : {} };
      },
      img: (_tagName, attribs): sanitizeHtml.Tag => {
        const src = ownMediaPath(attribs.src, publicUrl);
        const width = dimension(attribs.width);
        const height = dimension(attribs.height);
        if (!src || !width || !height) return { tagName: 'img', attribs: {} };
        return { tagName: 'img', attribs: { src: mediaBase + src, alt: attribs.alt ?? '', width, height } };
      },
      th: cell,
      td: cell,
    },
    exclusiveFilter: (frame) => {
      if (frame.tag === 'img') return !frame.attribs.src;
      // A link whose target was refused keeps its text.
      if (frame.tag === 'a') return frame.attribs.href ? false : 'excludeTag';
      if (frame.tag === 'figure') return frame.mediaChildren.length === 0;
      if (frame.tag === 'p') return frame.text.trim() === '' && frame.mediaChildren.length === 0;
      return false;
    },
    textFilter: (text) => text.replace(CONTROL_CHARACTERS, ''),
  };
}

/**
 * The allow-listed form of an article body: paragraphs, h2-h4, lists, links (http, https, mailto, tel, with
 * `rel="noopener"`), strong/em, blockquote, simple tables, and figures with images of this server's own media (with
 * width and height) and captions. Everything else is removed; the text of unknown elements is kept. Idempotent:
 * sanitizing the output again gives the same string.
 */
export function sanitizeArticleHtml(html: string, options_: SanitizeArticleOptions = {}): string {
  return sanitizeHtml(html, options(options_.publicUrl, options_.absoluteMedia ?? false)).trim();
}
