import * as z from 'zod/mini';
import { CategoryRef } from './category.js';
import { HttpUrl, Id, Image, RegionCode, Slug, Timestamp } from './common.js';
import { GroupRef } from './group.js';

const newsFields = {
  id: Id,
  slug: Slug,
  title: z.string().check(z.minLength(1)),
  summary: z.string(),
  image: z.nullable(Image),
  group: GroupRef,
  regionCode: RegionCode,
  category: CategoryRef,
  tags: z.array(z.string()),
  publishedAt: Timestamp,
  updatedAt: Timestamp,
  /** The canonical page of the article. */
  url: HttpUrl,
};

/** A news article as listed: everything but the body. */
export const NewsSummary = z.object(newsFields).check(z.meta({ id: 'NewsSummary' }));
export type NewsSummary = z.infer<typeof NewsSummary>;

/** A full news article. `body` is HTML: sanitize it before rendering. */
export const NewsArticle = z
  .object({ ...newsFields, body: z.string() })
  .check(
    z.meta({ id: 'NewsArticle', description: 'A news article; `body` is HTML and must be sanitized before display.' }),
  );
export type NewsArticle = z.infer<typeof NewsArticle>;
