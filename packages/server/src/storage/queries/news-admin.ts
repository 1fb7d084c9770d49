// The publishing workflow: drafts, edits, review steps and soft deletion, as authors and reviewers see articles.
import { NEWS_TRANSITIONS, type NewsStatus } from '@kim-kit/sdk/schemas';
import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import { uniqueSlug } from '../../content/unique-slug.js';
import type { StorageDialect } from '../dialect.js';
import { queryWords } from '../search-words.js';
import type {
  AdminNewsFilter,
  AuditEvent,
  NewsAdminRecord,
  NewsDraft,
  NewsPatch,
  NewsTransition,
  WriteContext,
} from '../storage.js';
import { fromJson, type Tables } from '../tables.js';
import { scopeCondition } from './content-scope.js';
import { largestJpeg, mediaPath, variantsToJson } from './media.js';
import { imageOf, NEWS_SUMMARY_COLUMNS, newsSearchText } from './news.js';
import { regionLevelColumn } from './region-levels.js';
import { changedFields, type VersionedOutcome, versionedWrite } from './versioned-write.js';

/** Statuses whose changes the public can see (lists, feeds, or a 410): writing them moves the catalog version. */
const PUBLIC_FACING: ReadonlySet<NewsStatus> = new Set(['published', 'scheduled', 'unpublished']);

function selectAdminNews(db: Kysely<Tables>) {
  return db
    .selectFrom('news')
    .innerJoin('groups', 'groups.id', 'news.group_id')
    .innerJoin('categories', 'categories.id', 'news.category_id')
    .leftJoin('users as author', 'author.id', 'news.author_id')
    .leftJoin('users as reviewer', 'reviewer.id', 'news.review_by')
    .select(NEWS_SUMMARY_COLUMNS)
    .select(['author.name as author_name', 'reviewer.name as reviewer_name'])
    .select([
      'news.status',
      'news.summary_source',
      'news.reading_minutes',
      'news.author_id',
      'news.created_at',
      'news.submitted_at',
      'news.review_note',
      'news.review_action',
      'news.review_by',
      'news.review_at',
      'news.version',
      'news.body',
    ]);
}

type AdminRow = Awaited<ReturnType<ReturnType<typeof selectAdminNews>['executeTakeFirstOrThrow']>>;

/** What an article is at `now`: a scheduled article whose time has come is published, with no job having run. */
export function effectiveStatus(status: string, publishedAt: string | null, now: string): NewsStatus {
  if (status === 'scheduled' && publishedAt !== null && publishedAt <= now) return 'published';
  return status as NewsStatus;
}

function toAdminNews(row: AdminRow, now: string): NewsAdminRecord {
  return {
    id: row.id,
    slug: row.slug,
    status: effectiveStatus(row.status, row.published_at, now),
    title: row.title,
    summary: row.summary,
    summarySource: row.summary_source === 'derived' ? 'derived' : 'author',
    body: row.body,
    image: imageOf(row),
    group: { id: row.group_id, slug: row.group_slug, name: row.group_name, regionCode: row.group_region_code },
    regionCode: row.region_code,
    category: { id: row.category_id, name: row.category_name },
    tags: fromJson(row.tags),
    readingMinutes: row.reading_minutes,
    authorId: row.author_id,
    author: row.author_id !== null && row.author_name !== null ? { id: row.author_id, name: row.author_name } : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    submittedAt: row.submitted_at,
    publishedAt: row.published_at,
    reviewNote:
      row.review_note !== null && row.review_at !== null
        ? {
            note: row.review_note,
            byId: row.review_by,
            by:
              row.review_by !== null && row.reviewer_name !== null
                ? { id: row.review_by, name: row.reviewer_name }
                : null,
            at: row.review_at,
            action: row.review_action === 'unpublish' ? 'unpublish' : 'return',
          }
        : null,
    version: row.version,
  };
}

/** Every word as a prefix of a word of the search text: the same LIKE on both engines (words are letters and digits). */
function wordsCondition(words: readonly string[]): Expression<SqlBool> {
  return sql<SqlBool>`(${sql.join(
    words.map((word) => sql`(' ' || news.search_text) LIKE ${`% ${word}%`}`),
    sql` AND `,
  )})`;
}

/**
 * A page of the officials' and operators' list, last changed first. Scope, status, group and region are each an
 * equality on the leading column of an index ordered by `updated_at DESC, id DESC`; a search tests the rows of that
 * walk (these lists are a region's or a group's work, not the national archive). Exported for the plan tests.
 */
export function adminNewsListQuery(
  db: Kysely<Tables>,
  filter: Omit<AdminNewsFilter, 'q' | 'now'> & { words?: readonly string[]; now: string },
) {
  let query = selectAdminNews(db).where('news.deleted_at', 'is', null);
  const scope = filter.scope;
  if (scope !== 'all') query = query.where((eb) => scopeCondition(eb, 'news', scope) ?? eb.val(true));
  const now = filter.now;
  if (filter.status === 'published') {
    query = query.where((eb) =>
      eb.or([
        eb('news.status', '=', 'published'),
        eb.and([eb('news.status', '=', 'scheduled'), eb('news.published_at', '<=', now)]),
      ]),
    );
  } else if (filter.status === 'scheduled') {
    query = query.where('news.status', '=', 'scheduled').where('news.published_at', '>', now);
  } else if (filter.status) {
    query = query.where('news.status', '=', filter.status);
  }
  if (filter.groupId) query = query.where('news.group_id', '=', filter.groupId);
  if (filter.region) query = query.where(`news.${regionLevelColumn(filter.region)}`, '=', filter.region);
  if (filter.category) query = query.where('news.category_id', '=', filter.category);
  if (filter.words && filter.words.length > 0) query = query.where(wordsCondition(filter.words));
  if (filter.after) {
    const { value, id } = filter.after;
    query = query.where((eb) => eb(eb.refTuple('news.updated_at', 'news.id'), '<', eb.tuple(value, id)));
  }
  return query.orderBy('news.updated_at', 'desc').orderBy('news.id', 'desc').limit(filter.limit);
}

export async function listAdminNews(db: Kysely<Tables>, filter: AdminNewsFilter): Promise<NewsAdminRecord[]> {
  const { q, now = new Date().toISOString(), ...rest } = filter;
  let words: string[] | undefined;
  if (q !== undefined) {
    words = queryWords(q);
    if (words.length === 0) return [];
  }
  const rows = await adminNewsListQuery(db, { ...rest, words, now }).execute();
  return rows.map((row) => toAdminNews(row, now));
}

export async function getAdminNews(
  db: Kysely<Tables>,
  id: string,
  now = new Date().toISOString(),
  includeDeleted = false,
): Promise<NewsAdminRecord | undefined> {
  let query = selectAdminNews(db).where('news.id', '=', id);
  if (!includeDeleted) query = query.where('news.deleted_at', 'is', null);
  const row = await query.executeTakeFirst();
  return row && toAdminNews(row, now);
}

const isSlugTaken = (db: Kysely<Tables>) => async (slug: string) =>
  (await db.selectFrom('news').select('id').where('slug', '=', slug).executeTakeFirst()) !== undefined;

const audit = (action: string, n: NewsAdminRecord, changes: string[]): AuditEvent => ({
  action,
  target: { type: 'news', id: n.id, label: n.title },
  changes,
  regionCode: n.regionCode,
});

/** The image columns of an image choice. */
function imageColumns(image: NewsDraft['image']) {
  const file = image && largestJpeg(image.media);
  return {
    image_path: file ? mediaPath(file.name) : null,
    image_alt: image?.alt ?? null,
    image_width: file?.width ?? null,
    image_height: file?.height ?? null,
    image_media_id: image?.media.id ?? null,
    image_variants: image ? variantsToJson(image.media.variants) : null,
  };
}

export interface NewsWrite extends VersionedOutcome<NewsAdminRecord> {
  /** Whether the public can see the change (the catalog version must move). */
  publicFacing: boolean;
}

export async function createNews(trx: Kysely<Tables>, ctx: WriteContext, draft: NewsDraft): Promise<NewsWrite> {
  const slug = await uniqueSlug(draft.title, isSlugTaken(trx));
  await trx
    .insertInto('news')
    .values({
      id: draft.id,
      slug,
      status: 'draft',
      title: draft.title,
      summary: draft.summary,
      summary_source: draft.summarySource,
      reading_minutes: draft.readingMinutes,
      body: draft.body,
      ...imageColumns(draft.image),
      group_id: draft.groupId,
      region_code: draft.regionCode,
      category_id: draft.categoryId,
      tags: JSON.stringify(draft.tags),
      author_id: draft.authorId,
      created_at: ctx.at,
      updated_at: ctx.at,
      submitted_at: null,
      published_at: null,
      deleted_at: null,
      review_note: null,
      review_action: null,
      review_by: null,
      review_at: null,
      version: 1,
      search_text: newsSearchText(draft),
    })
    .execute();
  const record = await getAdminNews(trx, draft.id, ctx.at);
  if (!record) throw new Error('The article just written cannot be read');
  const changes = [
    'title',
    'body',
    'summary',
    'categoryId',
    ...(draft.tags.length ? ['tags'] : []),
    ...(draft.image ? ['image'] : []),
  ];
  return { result: { outcome: 'written', record }, audit: audit('news.create', record, changes), publicFacing: false };
}

/** The fields of a patch in the record's terms, to name what changed. */
function comparable(patch: NewsPatch): Record<string, unknown> {
  const { image, reslugFrom: _, categoryId, ...rest } = patch;
  return {
    ...rest,
    ...(categoryId !== undefined && { category: { id: categoryId } }),
    ...(image !== undefined && { image: image ? { mediaId: image.media.id, alt: image.alt } : null }),
  };
}

function currentComparable(record: NewsAdminRecord): Record<string, unknown> {
  return {
    ...record,
    category: { id: record.category.id },
    image: record.image ? { mediaId: record.image.mediaId, alt: record.image.alt } : null,
  };
}

export async function updateNews(
  trx: Kysely<Tables>,
  dialect: StorageDialect,
  ctx: WriteContext,
  id: string,
  version: number,
  patch: NewsPatch,
): Promise<NewsWrite> {
  let publicFacing = false;
  const outcome = await versionedWrite(version, {
    read: () => getAdminNews(trx, id, ctx.at),
    async write(current) {
      const changes = changedFields(currentComparable(current), comparable(patch));
      const merged = { ...current, ...patch };
      const slug =
        patch.reslugFrom !== undefined && current.publishedAt === null
          ? await uniqueSlug(patch.reslugFrom, async (s) => s !== current.slug && (await isSlugTaken(trx)(s)))
          : undefined;
      if (slug !== undefined && slug !== current.slug) changes.push('slug');
      const row = await trx
        .updateTable('news')
        .set((eb) => ({
          ...(slug !== undefined && { slug }),
          ...(patch.categoryId !== undefined && { category_id: patch.categoryId }),
          ...(patch.title !== undefined && { title: patch.title }),
          ...(patch.body !== undefined && { body: patch.body }),
          ...(patch.summary !== undefined && { summary: patch.summary }),
          ...(patch.summarySource !== undefined && { summary_source: patch.summarySource }),
          ...(patch.readingMinutes !== undefined && { reading_minutes: patch.readingMinutes }),
          ...(patch.tags !== undefined && { tags: JSON.stringify(patch.tags) }),
          ...(patch.image !== undefined && imageColumns(patch.image)),
          // A scheduled article whose time has come is published from now on, in the row too.
          status: current.status,
          search_text: newsSearchText(merged),
          updated_at: ctx.at,
          version: eb('version', '+', 1),
        }))
        .where('id', '=', id)
        .where('version', '=', version)
        .returning('id')
        .executeTakeFirst();
      if (!row) return null;
      publicFacing = PUBLIC_FACING.has(current.status);
      const action = current.status === 'draft' || current.status === 'returned' ? 'news.update' : 'news.correct';
      return audit(action, { ...current, title: merged.title }, changes);
    },
  });
  if (outcome.audit && dialect.engine === 'sqlite') await dialect.afterNewsWritten(trx, [id]);
  return { ...outcome, publicFacing };
}

/** The columns a workflow step writes, from the effective status `from`. */
function transitionColumns(transition: NewsTransition, from: NewsStatus, ctx: WriteContext) {
  const note = transition.note ?? null;
  const reviewer = { review_note: note, review_action: transition.action, review_by: ctx.actor.id, review_at: ctx.at };
  switch (transition.action) {
    case 'submit':
      return { status: 'submitted', submitted_at: ctx.at };
    case 'publish': {
      const publishAt = transition.publishAt ?? null;
      return publishAt !== null && publishAt > ctx.at
        ? { status: 'scheduled', published_at: publishAt }
        : { status: 'published', published_at: ctx.at };
    }
    case 'return':
      // A scheduled article sent back was never public: it has no publication time any more.
      return { status: 'returned', ...reviewer, ...(from === 'scheduled' && { published_at: null }) };
    case 'unpublish':
      return { status: 'unpublished', ...reviewer };
  }
}

export async function transitionNews(
  trx: Kysely<Tables>,
  dialect: StorageDialect,
  ctx: WriteContext,
  id: string,
  version: number,
  transition: NewsTransition,
): Promise<NewsWrite> {
  let publicFacing = false;
  const allowedFrom: readonly NewsStatus[] = NEWS_TRANSITIONS[transition.action];
  const outcome = await versionedWrite(version, {
    read: () => getAdminNews(trx, id, ctx.at),
    allowed: (current) => allowedFrom.includes(current.status),
    async write(current) {
      const columns = transitionColumns(transition, current.status, ctx);
      const row = await trx
        .updateTable('news')
        .set((eb) => ({ ...columns, updated_at: ctx.at, version: eb('version', '+', 1) }))
        .where('id', '=', id)
        .where('version', '=', version)
        .returning('status')
        .executeTakeFirst();
      if (!row) return null;
      const to = row.status as NewsStatus;
      publicFacing = PUBLIC_FACING.has(current.status) || PUBLIC_FACING.has(to);
      const action = to === 'scheduled' ? 'news.schedule' : `news.${transition.action}`;
      const changes = Object.keys(columns)
        .filter((c) => c !== 'review_action' && c !== 'review_by' && c !== 'review_at')
        .map((c) => (c === 'review_note' ? 'reviewNote' : c.replace(/_([a-z])/g, (_m, l: string) => l.toUpperCase())));
      return audit(action, current, changes);
    },
  });
  if (outcome.audit) await dialect.afterNewsWritten(trx, [id]);
  return { ...outcome, publicFacing };
}

export async function deleteNews(
  trx: Kysely<Tables>,
  ctx: WriteContext,
  id: string,
  version: number,
): Promise<NewsWrite> {
  let publicFacing = false;
  const outcome = await versionedWrite(version, {
    read: () => getAdminNews(trx, id, ctx.at),
    readBack: () => getAdminNews(trx, id, ctx.at, true),
    async write(current) {
      const takenDown = current.status === 'published' || current.status === 'scheduled';
      const row = await trx
        .updateTable('news')
        .set((eb) => ({
          deleted_at: ctx.at,
          ...(takenDown && { status: 'unpublished' }),
          updated_at: ctx.at,
          version: eb('version', '+', 1),
        }))
        .where('id', '=', id)
        .where('version', '=', version)
        .returning('id')
        .executeTakeFirst();
      if (!row) return null;
      publicFacing = PUBLIC_FACING.has(current.status);
      return audit('news.delete', current, ['deletedAt', ...(takenDown ? ['status'] : [])]);
    },
  });
  return { ...outcome, publicFacing };
}
