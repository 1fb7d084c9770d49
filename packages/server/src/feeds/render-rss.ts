// RSS 2.0 (https://www.rssboard.org/rss-specification), with content:encoded for the body and dc:creator for the group.
import type { NewsFeed } from './news-feed.js';
import { xml } from './xml.js';

/** RFC 822 dates, as RSS wants them: `Fri, 27 Nov 2026 01:00:00 GMT`. */
const rfc822 = (iso: string) => new Date(iso).toUTCString();

export function renderRss(feed: NewsFeed, generator: string): string {
  const items = feed.entries.map((e) => {
    const lines = [
      `<title>${xml(e.title)}</title>`,
      `<link>${xml(e.url)}</link>`,
      `<guid isPermaLink="true">${xml(e.id)}</guid>`,
      `<pubDate>${rfc822(e.publishedAt)}</pubDate>`,
      `<dc:creator>${xml(e.author)}</dc:creator>`,
      `<category>${xml(e.category.label)}</category>`,
      `<description>${xml(e.summary)}</description>`,
      `<content:encoded>${xml(e.contentHtml)}</content:encoded>`,
    ];
    if (e.image) lines.push(`<enclosure url="${xml(e.image.url)}" type="${xml(e.image.type)}" length="0"/>`);
    return `<item>\n${lines.join('\n')}\n</item>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>${xml(feed.title)}</title>
<link>${xml(feed.homeUrl)}</link>
<description>${xml(feed.description)}</description>
<language>${feed.language}</language>
${feed.updatedAt ? `<lastBuildDate>${rfc822(feed.updatedAt)}</lastBuildDate>\n` : ''}<generator>${xml(generator)}</generator>
<atom:link href="${xml(feed.urls.rss)}" rel="self" type="application/rss+xml"/>
${items.join('\n')}
</channel>
</rss>
`;
}
