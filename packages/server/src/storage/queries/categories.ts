// Categories of news and aspirations: the public list (active ones, in order) and the seed's upsert.
import type { Category } from '@kim-kit/sdk/schemas';
import type { Kysely, Selectable } from 'kysely';
import type { CategoryRecord } from '../storage.js';
import type { CategoryTable, Tables } from '../tables.js';

export function toCategory(row: Selectable<CategoryTable>): Category {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    scopes: row.scopes.split(',').filter(Boolean) as Category['scopes'],
  };
}

export async function listCategories(db: Kysely<Tables>): Promise<Category[]> {
  const rows = await db
    .selectFrom('categories')
    .selectAll()
    .where('retired_at', 'is', null)
    .orderBy('position')
    .orderBy('id')
    .execute();
  return rows.map(toCategory);
}

export async function getCategory(db: Kysely<Tables>, id: string): Promise<CategoryRecord | undefined> {
  const row = await db.selectFrom('categories').selectAll().where('id', '=', id).executeTakeFirst();
  return row && { ...toCategory(row), retiredAt: row.retired_at };
}

/** Inserts or replaces categories in the given order, active (the seed's categories). */
export async function putCategories(trx: Kysely<Tables>, categories: readonly Category[], at: string): Promise<void> {
  if (categories.length === 0) return;
  const rows = categories.map((c, position) => ({
    id: c.id,
    name: c.name,
    description: c.description,
    scopes: c.scopes.join(','),
    position,
    retired_at: null,
    created_at: at,
    updated_at: at,
    version: 1,
  }));
  await trx
    .insertInto('categories')
    .values(rows)
    .onConflict((oc) =>
      oc.column('id').doUpdateSet((eb) => ({
        name: eb.ref('excluded.name'),
        description: eb.ref('excluded.description'),
        scopes: eb.ref('excluded.scopes'),
        position: eb.ref('excluded.position'),
        retired_at: null,
        updated_at: eb.ref('excluded.updated_at'),
        version: eb('categories.version', '+', 1),
      })),
    )
    .execute();
}
