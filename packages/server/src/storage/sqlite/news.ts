// News articles in SQLite.
import { type Kysely, sql } from 'kysely';
import { ftsQuery } from '../fts-query.js';
import type { NewNews, NewsFilter, NewsRecord } from '../storage.js';
import { inRegion } from './region-prefix.js';
import type { Tables } from './tables.js';

const SUMMARY_COLUMNS = [
  'news.id',
  'news.slug',
  'news.title',
  'news.summary',
  'news.image_path',
  'news.image_alt',
  'news.image_width',
  'news.image_height',
  'news.region_code',
  'news.tags',
  'news.published_at',
  'news.updated_at',
  'groups.id as group_id',
  'groups.slug as group_slug',
  'groups.name as group_name',
  'groups.region_code as group_region_code',
  'categories.id as category_id',
  'categories.name as category_name',
] as const;

function selectNews(db: Kysely<Tables>) {
  return db
    .selectFrom('news')
    .innerJoin('groups', 'groups.id', 'news.group_id')
    .innerJoin('categories', 'categories.id', 'news.category_id')
    .select(SUMMARY_COLUMNS);
}

type NewsRow = Awaited<ReturnType<ReturnType<typeof selectNews>['executeTakeFirstOrThrow']>>;

function toNews(row: NewsRow): NewsRecord {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    image:
      row.image_path && row.image_width && row.image_height
        ? { path: row.image_path, alt: row.image_alt ?? '', width: row.image_width, height: row.image_height }
        : null,
    group: { id: row.group_id, slug: row.group_slug, name: row.group_name, regionCode: row.group_region_code },
    regionCode: row.region_code,
    category: { id: row.category_id, name: row.category_name },
    tags: JSON.parse(row.tags) as string[],
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
  };
}

export async function listNews(db: Kysely<Tables>, filter: NewsFilter): Promise<NewsRecord[]> {
  let query = selectNews(db);
  if (filter.region) {
    const region = filter.region;
    query = query.where(inRegion('news.region_code', region));
  }
  if (filter.group) {
    const group = filter.group;
    query = query.where((eb) => eb.or([eb('groups.id', '=', group), eb('groups.slug', '=', group)]));
  }
  if (filter.category) query = query.where('news.category_id', '=', filter.category);
  if (filter.q !== undefined) {
    const match = ftsQuery(filter.q);
    if (match === null) return [];
    query = query.where(sql<boolean>`news.seq IN (SELECT rowid FROM news_fts WHERE news_fts MATCH ${match})`);
  }
  if (filter.after) {
    const { value, id } = filter.after;
    query = query.where((eb) => eb(eb.refTuple('news.published_at', 'news.id'), '<', eb.tuple(value, id)));
  }
  const rows = await query
    .orderBy('news.published_at', 'desc')
    .orderBy('news.id', 'desc')
    .limit(filter.limit)
    .execute();
  return rows.map(toNews);
}

export async function getNews(db: Kysely<Tables>, idOrSlug: string): Promise<NewsRecord | undefined> {
  const row = await selectNews(db)
    .select('news.body')
    .where((eb) => eb.or([eb('news.id', '=', idOrSlug), eb('news.slug', '=', idOrSlug)]))
    .executeTakeFirst();
  return row && { ...toNews(row), body: row.body };
}

/** The text of an HTML body, for the full-text index. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&[a-z]+;|&#\d+;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export async function putNews(db: Kysely<Tables>, news: readonly NewNews[]): Promise<void> {
  if (news.length === 0) return;
  await db.transaction().execute(async (trx) => {
    for (const n of news) {
      const row = {
        id: n.id,
        slug: n.slug,
        title: n.title,
        summary: n.summary,
        body: n.body,
        body_text: textOf(n.body),
        image_path: n.image?.path ?? null,
        image_alt: n.image?.alt ?? null,
        image_width: n.image?.width ?? null,
        image_height: n.image?.height ?? null,
        group_id: n.groupId,
        region_code: n.regionCode,
        category_id: n.categoryId,
        tags: JSON.stringify(n.tags),
        published_at: n.publishedAt,
        updated_at: n.updatedAt,
      };
      const { id: _id, ...changes } = row;
      await trx
        .insertInto('news')
        .values(row)
        .onConflict((oc) => oc.column('id').doUpdateSet(changes))
        .execute();
    }
  });
}
