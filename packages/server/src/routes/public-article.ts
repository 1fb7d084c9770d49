// The article a public URL names, or the problem it answers with: 410 once it was public and is no more, 404 while
// it never was (a draft, or scheduled for later), as if it did not exist.
import { HttpProblem } from '../http/problem.js';
import type { NewsRecord } from '../storage/storage.js';
import type { RouteDeps } from './route-deps.js';

export async function publicArticle(deps: RouteDeps, idOrSlug: string): Promise<NewsRecord> {
  const found = await deps.storage.findPublicNews(idOrSlug);
  if (found?.state === 'public') return found.article;
  if (found?.state === 'gone') {
    throw new HttpProblem(410, 'gone', {
      detail: {
        id: 'Berita ini telah ditarik atau dihapus',
        en: 'This article has been taken down or deleted',
      },
    });
  }
  throw new HttpProblem(404, 'not_found', {
    detail: { id: 'Tidak ada berita dengan id atau slug ini', en: 'No news article with this id or slug' },
  });
}
