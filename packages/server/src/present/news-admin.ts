import type { NewsAdminView } from '@kim-kit/sdk/schemas';
import type { NewsAdminRecord } from '../storage/storage.js';
import { absoluteUrl, articlePath, presentImage } from './urls.js';

/** An article as its authors and reviewers see it: the contract's `NewsAdminView`. */
export function presentNewsAdmin(news: NewsAdminRecord, base: string): NewsAdminView {
  const image = presentImage(news.image, base);
  return {
    id: news.id,
    slug: news.slug,
    status: news.status,
    title: news.title,
    summary: news.summary,
    summarySource: news.summarySource,
    body: news.body,
    image: image && { ...image, mediaId: news.image?.mediaId ?? null },
    group: news.group,
    regionCode: news.regionCode,
    category: news.category,
    tags: news.tags,
    readingMinutes: news.readingMinutes,
    author: news.author,
    createdAt: news.createdAt,
    updatedAt: news.updatedAt,
    submittedAt: news.submittedAt,
    publishedAt: news.publishedAt,
    reviewNote: news.reviewNote && {
      note: news.reviewNote.note,
      by: news.reviewNote.by,
      at: news.reviewNote.at,
      action: news.reviewNote.action,
    },
    url: absoluteUrl(base, articlePath(news.slug)),
    version: news.version,
  };
}
