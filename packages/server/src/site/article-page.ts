// The canonical page of a news article (`/berita/:slug`), so the `url` of every article leads somewhere.
import type { NewsArticle } from '@kim-kit/sdk/schemas';
import { escapeHtml, htmlPage } from './html.js';

const DATE = new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeZone: 'Asia/Jakarta' });

/**
 * Renders an article. The body is HTML written by the data's owner (the seed, an admin); the page's CSP forbids
 * scripts, so even a hostile body cannot run code here.
 */
export function articlePage(article: NewsArticle): string {
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
${article.body}
</article>`,
  );
}
