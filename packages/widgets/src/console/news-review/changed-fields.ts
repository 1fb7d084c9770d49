// What another person changed in an article between the version one read and the current one: the fields a
// reviewer cares about, in the order they are shown.
import type { NewsAdminView } from '@kim-kit/sdk';

export const REVIEWED_FIELDS = [
  'status',
  'title',
  'summary',
  'category',
  'publishedAt',
  'image',
  'tags',
  'body',
] as const;
export type ReviewedField = (typeof REVIEWED_FIELDS)[number];

const comparable = (article: NewsAdminView, field: ReviewedField): unknown => {
  if (field === 'category') return article.category.id;
  if (field === 'image')
    return article.image ? `${article.image.mediaId ?? article.image.url}|${article.image.alt}` : null;
  if (field === 'tags') return article.tags.join('\n');
  return article[field];
};

/** The fields whose values differ between `before` and `after`. */
export function changedFields(before: NewsAdminView, after: NewsAdminView): ReviewedField[] {
  return REVIEWED_FIELDS.filter((field) => comparable(before, field) !== comparable(after, field));
}
