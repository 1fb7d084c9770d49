// Atom 1.0 (RFC 4287). Titles and summaries are plain text; the body is escaped HTML.
import type { NewsFeed } from './news-feed.js';
import { xml } from './xml.js';

/** Atom needs an `updated` even for an empty feed; the epoch says "never". */
const EPOCH = '1970-01-01T00:00:00.000Z';

export function renderAtom(feed: NewsFeed, generator: string): string {
  const entries = feed.entries.map((e) => {
    const lines = [
      `<id>${xml(e.id)}</id>`,
      `<title type="text">${xml(e.title)}</title>`,
      `<link rel="alternate" type="text/html" href="${xml(e.url)}"/>`,
      `<published>${e.publishedAt}</published>`,
      `<updated>${e.updatedAt}</updated>`,
      `<author><name>${xml(e.author)}</name></author>`,
      `<category term="${xml(e.category.term)}" label="${xml(e.category.label)}"/>`,
      `<summary type="text">${xml(e.summary)}</summary>`,
      `<content type="html">${xml(e.contentHtml)}</content>`,
    ];
    if (e.image) lines.push(`<link rel="enclosure" type="${xml(e.image.type)}" href="${xml(e.image.url)}"/>`);
    return `<entry>\n${lines.join('\n')}\n</entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feed.language}">
<id>${xml(feed.urls.atom)}</id>
<title type="text">${xml(feed.title)}</title>
<subtitle type="text">${xml(feed.description)}</subtitle>
<updated>${feed.updatedAt ?? EPOCH}</updated>
<link rel="self" type="application/atom+xml" href="${xml(feed.urls.atom)}"/>
<link rel="alternate" type="text/html" href="${xml(feed.homeUrl)}"/>
<generator>${xml(generator)}</generator>
${entries.join('\n')}
</feed>
`;
}
