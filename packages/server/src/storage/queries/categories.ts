// Categories of news and aspirations.
import type { Category } from '@kim-kit/sdk/schemas';
import type { Kysely, Selectable } from 'kysely';
import type { CategoryTable, Tables } from '../tables.js';

function toCategory(row: Selectable<CategoryTable>): Category {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    scopes: row.scopes.split(',').filter(Boolean) as Category['scopes'],
  };
}

export async function listCategories(db: Kysely<Tables>): Promise<Category[]> {
  const rows = await db.selectFrom('categories').selectAll().orderBy('position').orderBy('id').execute();
  return rows.map(toCategory);
}

export async function getCategory(db: Kysely<Tables>, id: string): Promise<Category | undefined> {
  const row = await db.selectFrom('categories').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toCategory(row);
}

export async function putCategories(trx: Kysely<Tables>, categories: readonly Category[]): Promise<void> {
  if (categories.length === 0) return;
  const rows = categories.map((c, position) => ({
    id: c.id,
    name: c.name,
    description: c.description,
    scopes: c.scopes.join(','),
    position,
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
      })),
    )
    .execute();
}
