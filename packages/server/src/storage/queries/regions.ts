// Regions: the Kemendagri hierarchy.
import type { Region, RegionKind, RegionLevel } from '@kim-kit/sdk/schemas';
import type { Kysely, Selectable } from 'kysely';
import { classifyRegion } from '../../regions/classify-region.js';
import type { RegionFilter } from '../storage.js';
import type { RegionTable, Tables } from '../tables.js';

/** Rows per INSERT: 5 parameters each stays under both engines' limits on bound parameters. */
const BATCH = 1000;

const LEVEL_RANK: Record<RegionLevel, number> = { province: 0, regency: 1, city: 1, district: 2, village: 3 };

function toRegion(row: Selectable<RegionTable>): Region {
  return {
    code: row.code,
    name: row.name,
    level: row.level as RegionLevel,
    kind: row.kind as RegionKind | null,
    parentCode: row.parent_code,
  };
}

/** The query of `listRegions`, exported so tests can read its plan. */
export function regionListQuery(db: Kysely<Tables>, filter: RegionFilter) {
  const query = db.selectFrom('regions').selectAll().orderBy('code');
  if (filter.parent && filter.level) {
    // Every region of a level below the parent: its code starts with "parent." ('/' sorts right after '.').
    return query
      .where('level', '=', filter.level)
      .where('code', '>', `${filter.parent}.`)
      .where('code', '<', `${filter.parent}/`);
  }
  if (filter.parent) return query.where('parent_code', '=', filter.parent);
  return query.where('level', '=', filter.level ?? 'province');
}

export async function listRegions(db: Kysely<Tables>, filter: RegionFilter): Promise<Region[]> {
  if (filter.parent && filter.level) {
    const parentLevel = classifyRegion(filter.parent)?.level;
    // A level at or above the parent's holds at most the parent itself.
    if (parentLevel && LEVEL_RANK[filter.level] <= LEVEL_RANK[parentLevel]) {
      const parent = await getRegion(db, filter.parent);
      return parent?.level === filter.level ? [parent] : [];
    }
  }
  const rows = await regionListQuery(db, filter).execute();
  return rows.map(toRegion);
}

export async function getRegion(db: Kysely<Tables>, code: string): Promise<Region | undefined> {
  const row = await db.selectFrom('regions').selectAll().where('code', '=', code).executeTakeFirst();
  return row && toRegion(row);
}

export async function putRegions(trx: Kysely<Tables>, regions: readonly Region[]): Promise<number> {
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
  return regions.length;
}
