// Regions and categories in SQLite.
import type { Category, Region, RegionKind, RegionLevel } from '@kim-kit/sdk/schemas';
import type { Kysely, Selectable } from 'kysely';
import type { RegionFilter } from '../storage.js';
import { inRegion } from './region-prefix.js';
import type { CategoryTable, RegionTable, Tables } from './tables.js';

/** Rows per INSERT: 5 columns each keeps well under SQLite's limit of bound parameters. */
const BATCH = 1000;

function toRegion(row: Selectable<RegionTable>): Region {
  return {
    code: row.code,
    name: row.name,
    level: row.level as RegionLevel,
    kind: row.kind as RegionKind | null,
    parentCode: row.parent_code,
  };
}

function toCategory(row: Selectable<CategoryTable>): Category {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    scopes: row.scopes.split(',').filter(Boolean) as Category['scopes'],
  };
}

export async function listRegions(db: Kysely<Tables>, filter: RegionFilter): Promise<Region[]> {
  let query = db.selectFrom('regions').selectAll();
  if (filter.parent && filter.level) {
    const parent = filter.parent;
    query = query.where('level', '=', filter.level).where(inRegion('code', parent));
  } else if (filter.parent) {
    query = query.where('parent_code', '=', filter.parent);
  } else {
    query = query.where('level', '=', filter.level ?? 'province');
  }
  const rows = await query.orderBy('code').execute();
  return rows.map(toRegion);
}

export async function getRegion(db: Kysely<Tables>, code: string): Promise<Region | undefined> {
  const row = await db.selectFrom('regions').selectAll().where('code', '=', code).executeTakeFirst();
  return row && toRegion(row);
}

export async function putRegions(db: Kysely<Tables>, regions: readonly Region[]): Promise<number> {
  await db.transaction().execute(async (trx) => {
    for (let start = 0; start < regions.length; start += BATCH) {
      const rows = regions.slice(start, start + BATCH).map((r) => ({
        code: r.code,
        name: r.name,
        level: r.level,
        kind: r.kind,
        parent_code: r.parentCode,
      }));
      await trx
        .insertInto('regions')
        .values(rows)
        .onConflict((oc) =>
          oc.column('code').doUpdateSet((eb) => ({
            name: eb.ref('excluded.name'),
            level: eb.ref('excluded.level'),
            kind: eb.ref('excluded.kind'),
            parent_code: eb.ref('excluded.parent_code'),
          })),
        )
        .execute();
    }
  });
  return regions.length;
}

export async function listCategories(db: Kysely<Tables>): Promise<Category[]> {
  const rows = await db.selectFrom('categories').selectAll().orderBy('position').orderBy('id').execute();
  return rows.map(toCategory);
}

export async function getCategory(db: Kysely<Tables>, id: string): Promise<Category | undefined> {
  const row = await db.selectFrom('categories').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toCategory(row);
}

export async function putCategories(db: Kysely<Tables>, categories: readonly Category[]): Promise<void> {
  if (categories.length === 0) return;
  const rows = categories.map((c, position) => ({
    id: c.id,
    name: c.name,
    description: c.description,
    scopes: c.scopes.join(','),
    position,
  }));
  await db
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
