// Managing categories: every category with its usage, create, rename, order, retire and restore.
import type { Category } from '@kim-kit/sdk/schemas';
import type { Kysely } from 'kysely';
import type { AuditEvent, CategoryAdminRecord, VersionedWrite, WriteContext } from '../storage.js';
import type { Tables } from '../tables.js';
import { toCategory } from './categories.js';
import { setArchived } from './versioned-archive.js';
import { changedFields, type VersionedOutcome, versionedWrite } from './versioned-write.js';

function selectAdminCategories(db: Kysely<Tables>) {
  return db
    .selectFrom('categories')
    .selectAll('categories')
    .select((eb) => [
      eb
        .selectFrom('news')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('news.category_id', '=', 'categories.id')
        .where('news.deleted_at', 'is', null)
        .as('news_count'),
      eb
        .selectFrom('aspirations')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('aspirations.category_id', '=', 'categories.id')
        .as('aspiration_count'),
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof selectAdminCategories>['executeTakeFirstOrThrow']>>;

function toAdminCategory(row: Row): CategoryAdminRecord {
  return {
    ...toCategory(row),
    retiredAt: row.retired_at,
    position: row.position,
    usage: { news: Number(row.news_count ?? 0), aspirations: Number(row.aspiration_count ?? 0) },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

/** Active categories first in their order, then retired ones in theirs. */
export async function listAdminCategories(db: Kysely<Tables>): Promise<CategoryAdminRecord[]> {
  const rows = await selectAdminCategories(db).orderBy('categories.position').orderBy('categories.id').execute();
  const records = rows.map(toAdminCategory);
  return [...records.filter((c) => c.retiredAt === null), ...records.filter((c) => c.retiredAt !== null)];
}

export async function getAdminCategory(db: Kysely<Tables>, id: string): Promise<CategoryAdminRecord | undefined> {
  const row = await selectAdminCategories(db).where('categories.id', '=', id).executeTakeFirst();
  return row && toAdminCategory(row);
}

const audit = (action: string, c: { id: string; name: string }, changes: string[]): AuditEvent => ({
  action,
  target: { type: 'category', id: c.id, label: c.name },
  changes,
  regionCode: null,
});

export async function createCategory(
  trx: Kysely<Tables>,
  ctx: WriteContext,
  input: { id: string; name: string; description: string | null; scopes: Category['scopes'] },
): Promise<VersionedOutcome<CategoryAdminRecord>> {
  const taken = await trx.selectFrom('categories').select('id').where('id', '=', input.id).executeTakeFirst();
  if (taken) return { result: { outcome: 'taken' }, audit: null };
  const last = await trx
    .selectFrom('categories')
    .select((eb) => eb.fn.max('position').as('position'))
    .executeTakeFirst();
  await trx
    .insertInto('categories')
    .values({
      id: input.id,
      name: input.name,
      description: input.description,
      scopes: input.scopes.join(','),
      position: Number(last?.position ?? -1) + 1,
      retired_at: null,
      created_at: ctx.at,
      updated_at: ctx.at,
      version: 1,
    })
    .execute();
  const record = await getAdminCategory(trx, input.id);
  if (!record) throw new Error('The category just written cannot be read');
  return {
    result: { outcome: 'written', record },
    audit: audit('category.create', record, ['name', 'description', 'scopes']),
  };
}

export function updateCategory(
  trx: Kysely<Tables>,
  ctx: WriteContext,
  id: string,
  version: number,
  patch: { name?: string; description?: string | null; scopes?: Category['scopes'] },
): Promise<VersionedOutcome<CategoryAdminRecord>> {
  return versionedWrite(version, {
    read: () => getAdminCategory(trx, id),
    async write(current) {
      const changes = changedFields(current, patch);
      const row = await trx
        .updateTable('categories')
        .set((eb) => ({
          ...(patch.name !== undefined && { name: patch.name }),
          ...(patch.description !== undefined && { description: patch.description }),
          ...(patch.scopes !== undefined && { scopes: patch.scopes.join(',') }),
          updated_at: ctx.at,
          version: eb('version', '+', 1),
        }))
        .where('id', '=', id)
        .where('version', '=', version)
        .returning('id')
        .executeTakeFirst();
      return row ? audit('category.update', { id, name: patch.name ?? current.name }, changes) : null;
    },
  });
}

export function setCategoryRetired(
  trx: Kysely<Tables>,
  ctx: WriteContext,
  id: string,
  version: number,
  retired: boolean,
): Promise<VersionedOutcome<CategoryAdminRecord>> {
  return setArchived(trx, ctx, {
    table: 'categories',
    id,
    version,
    archive: retired,
    read: () => getAdminCategory(trx, id),
    isArchived: (current) => current.retiredAt !== null,
    audit: (current) => audit(retired ? 'category.retire' : 'category.restore', current, ['retiredAt']),
  });
}

/**
 * Gives the active categories the positions of `ids` and the retired ones the positions after them, in their
 * former order. Positions are not part of a category's version: a reorder does not make an open edit stale.
 */
export async function orderCategories(
  trx: Kysely<Tables>,
  ids: readonly string[],
): Promise<{
  result:
    | { outcome: 'ordered'; records: CategoryAdminRecord[] }
    | { outcome: 'mismatch'; missing: string[]; unknown: string[] };
  audit: AuditEvent | null;
}> {
  const rows = await trx
    .selectFrom('categories')
    .select(['id', 'position', 'retired_at'])
    .orderBy('position')
    .orderBy('id')
    .execute();
  const active = rows.filter((r) => r.retired_at === null).map((r) => r.id);
  const given = new Set(ids);
  const missing = active.filter((id) => !given.has(id));
  const unknown = [...new Set(ids.filter((id) => !active.includes(id)))];
  if (missing.length > 0 || unknown.length > 0 || given.size !== ids.length) {
    return { result: { outcome: 'mismatch', missing, unknown }, audit: null };
  }
  const order = [...ids, ...rows.filter((r) => r.retired_at !== null).map((r) => r.id)];
  const before = new Map(rows.map((r) => [r.id, r.position]));
  const moved: string[] = [];
  for (const [position, id] of order.entries()) {
    if (before.get(id) === position) continue;
    moved.push(id);
    await trx.updateTable('categories').set({ position }).where('id', '=', id).execute();
  }
  return {
    result: { outcome: 'ordered', records: await listAdminCategories(trx) },
    audit: moved.length
      ? {
          action: 'category.order',
          target: { type: 'category', id: 'order', label: moved.join(', ') },
          changes: ['position'],
          regionCode: null,
        }
      : null,
  };
}

export type { VersionedWrite };
