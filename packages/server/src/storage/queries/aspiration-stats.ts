// What a region's aspirations add up to, for the public statistics and the open-data export: grouped counts, and
// per aspiration the times of its submission, first answer and resolution. Never a title, text or reporter.
import { type Kysely, sql } from 'kysely';
import type { AspirationOutcomeRow, AspirationStatsCounts, AspirationStatsFilter } from '../storage.js';
import type { Tables } from '../tables.js';
import { regionLevelColumn } from './region-levels.js';

function inRegion(db: Kysely<Tables>, filter: AspirationStatsFilter) {
  let query = db.selectFrom('aspirations').where(`aspirations.${regionLevelColumn(filter.region)}`, '=', filter.region);
  if (filter.submittedFrom) query = query.where('aspirations.submitted_at', '>=', filter.submittedFrom);
  if (filter.submittedBefore) query = query.where('aspirations.submitted_at', '<', filter.submittedBefore);
  return query;
}

/** Counts by status, kind, category and district, in one grouped read. */
export async function aspirationStatsCounts(
  db: Kysely<Tables>,
  filter: AspirationStatsFilter,
): Promise<AspirationStatsCounts> {
  const rows = await inRegion(db, filter)
    .innerJoin('categories', 'categories.id', 'aspirations.category_id')
    .select([
      'aspirations.status',
      'aspirations.kind',
      'aspirations.category_id',
      'categories.name as category_name',
      'aspirations.district_code',
      sql<number | string>`count(*)`.as('count'),
    ])
    .groupBy([
      'aspirations.status',
      'aspirations.kind',
      'aspirations.category_id',
      'categories.name',
      'aspirations.district_code',
    ])
    .execute();
  const districtCodes = [...new Set(rows.map((row) => row.district_code))];
  const names = districtCodes.length
    ? await db.selectFrom('regions').select(['code', 'name']).where('code', 'in', districtCodes).execute()
    : [];
  return {
    groups: rows.map((row) => ({
      status: row.status,
      kind: row.kind,
      categoryId: row.category_id,
      categoryName: row.category_name,
      districtCode: row.district_code,
      count: Number(row.count),
    })),
    districtNames: new Map(names.map((row) => [row.code, row.name])),
  } as AspirationStatsCounts;
}

/**
 * One row per aspiration (oldest first, `limit` from after `after`): its times, kind, status, category and place.
 * `publicOnly` leaves confidential aspirations out (the open-data export).
 */
export async function aspirationOutcomes(
  db: Kysely<Tables>,
  filter: AspirationStatsFilter,
  options: { publicOnly: boolean; limit: number; after?: { submittedAt: string; id: string } },
): Promise<AspirationOutcomeRow[]> {
  let query = inRegion(db, filter)
    .innerJoin('categories', 'categories.id', 'aspirations.category_id')
    .leftJoin('aspiration_history as h', 'h.aspiration_id', 'aspirations.id')
    .select([
      'aspirations.id',
      'aspirations.kind',
      'aspirations.status',
      'aspirations.category_id',
      'categories.name as category_name',
      'aspirations.region_code',
      'aspirations.district_code',
      'aspirations.submitted_at',
      sql<string | null>`min(case when h.status <> 'received' then h.at end)`.as('first_response_at'),
      sql<string | null>`min(case when h.status = 'resolved' then h.at end)`.as('resolved_at'),
    ])
    .groupBy([
      'aspirations.id',
      'aspirations.kind',
      'aspirations.status',
      'aspirations.category_id',
      'categories.name',
      'aspirations.region_code',
      'aspirations.district_code',
      'aspirations.submitted_at',
    ])
    .orderBy('aspirations.submitted_at', 'asc')
    .orderBy('aspirations.id', 'asc')
    .limit(options.limit);
  // NOT works on SQLite's 0/1 and PostgreSQL's boolean alike.
  if (options.publicOnly) query = query.where(sql<boolean>`NOT aspirations.confidential`);
  const { after } = options;
  if (after) {
    query = query.where((eb) =>
      eb(eb.refTuple('aspirations.submitted_at', 'aspirations.id'), '>', eb.tuple(after.submittedAt, after.id)),
    );
  }
  const rows = await query.execute();
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    status: row.status,
    categoryId: row.category_id,
    categoryName: row.category_name,
    regionCode: row.region_code,
    districtCode: row.district_code,
    submittedAt: row.submitted_at,
    firstResponseAt: isoOrNull(row.first_response_at),
    resolvedAt: isoOrNull(row.resolved_at),
  })) as AspirationOutcomeRow[];
}

/** An aggregate of a time column: PostgreSQL's parser gives an ISO string already, SQLite the stored text. */
function isoOrNull(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return value instanceof Date ? value.toISOString() : String(value);
}
