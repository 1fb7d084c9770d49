// The canonical page of a news article (`/berita/:slug`), so the `url` of every article leads somewhere.
import type { NewsArticle } from '@kim-kit/sdk/schemas';
import { sanitizeArticleHtml } from '../content/sanitize-article.js';
import { escapeHtml, htmlPage } from './html.js';

const DATE = new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeZone: 'Asia/Jakarta' });

/**
 * Renders an article. The body goes through the same allow-list as on write, whatever is stored: a body stored before
 * sanitizing existed, or written to the database by other means, cannot redirect visitors (`<meta http-equiv>`),
 * restyle or frame the page, or run code (which the page's CSP forbids as well).
 */
export function articlePage(article: NewsArticle, publicUrl?: string): string {
  const image = article.image
    ? `<img src="${escapeHtml(article.image.url)}" alt="${escapeHtml(article.image.alt)}" width="${article.image.width}" height="${article.image.height}">`
    : '';
  return htmlPage(
    article.title,
    `<p><a href="/">Beranda</a></p>
<article>
<h1>${escapeHtml(article.title)}</h1>
<p class="meta">${escapeHtml(article.group.name)} · ${escapeHtml(article.category.name)} ·
<time datetime="${escapeHtml(article.publishedAt)}">${DATE.format(new Date(article.publishedAt))}</time></p>
${image}
${sanitizeArticleHtml(article.body, { publicUrl })}
</article>`,
  );
}
