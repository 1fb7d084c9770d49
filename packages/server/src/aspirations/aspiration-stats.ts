// The public statistics of a region's aspirations, computed from grouped counts and each aspiration's outcome times.
import {
  ASPIRATION_KINDS,
  ASPIRATION_STATUSES,
  type AspirationStats,
  type AspirationStatsQuery,
  type DurationSummary,
  timeZoneOfRegion,
} from '@kim-kit/sdk/schemas';
import { Deadlines } from '../deadlines/deadlines.js';
import type { AspirationStatsFilter, Storage } from '../storage/storage.js';
import { startOfDay } from './day-bounds.js';

const DAY_MS = 86_400_000;
/** Outcome rows read per query while computing medians. */
const PAGE = 5_000;

/**
 * The filter of a query: submission days are days in the region's own zone (WIB, WITA or WIT), so "1 January" in
 * Jayapura starts at midnight WIT.
 */
export function statsFilter(query: AspirationStatsQuery): AspirationStatsFilter {
  const offset = timeZoneOfRegion(query.region)?.utcOffset ?? '+07:00';
  return {
    region: query.region,
    ...(query.from ? { submittedFrom: startOfDay(query.from, offset) } : {}),
    ...(query.to ? { submittedBefore: startOfDay(query.to, offset, 1) } : {}),
  };
}

/** The median of `values` (which it sorts), `null` for none. */
export function median(values: number[]): number | null {
  if (!values.length) return null;
  values.sort((a, b) => a - b);
  const middle = values.length >> 1;
  return values.length % 2 ? values[middle]! : (values[middle - 1]! + values[middle]!) / 2;
}

const summary = (days: number[]): DurationSummary => {
  const m = median(days);
  return { count: days.length, medianDays: m === null ? null : Math.round(m * 10) / 10 };
};

/** Counts by status, kind, category and district, and response times, of the aspirations `query` selects. */
export async function aspirationStats(
  storage: Storage,
  query: AspirationStatsQuery,
  region: { code: string; name: string },
  now: Date = new Date(),
  /** The response targets and holidays the first answers are measured against. */
  deadlines: Deadlines = new Deadlines(),
): Promise<AspirationStats> {
  const filter = statsFilter(query);
  const counts = await storage.aspirationStatsCounts(filter);
  const byStatus = new Map<string, number>();
  const byKind = new Map<string, number>();
  const byCategory = new Map<string, { name: string; count: number }>();
  const byDistrict = new Map<string, number>();
  let total = 0;
  for (const group of counts.groups) {
    total += group.count;
    byStatus.set(group.status, (byStatus.get(group.status) ?? 0) + group.count);
    byKind.set(group.kind, (byKind.get(group.kind) ?? 0) + group.count);
    const category = byCategory.get(group.categoryId) ?? { name: group.categoryName, count: 0 };
    category.count += group.count;
    byCategory.set(group.categoryId, category);
    byDistrict.set(group.districtCode, (byDistrict.get(group.districtCode) ?? 0) + group.count);
  }

  const firstResponse: number[] = [];
  const resolution: number[] = [];
  const onTime = { count: 0, onTime: 0 };
  let after: { submittedAt: string; id: string } | undefined;
  for (;;) {
    const rows = await storage.aspirationOutcomes(filter, { publicOnly: false, limit: PAGE, after });
    for (const row of rows) {
      const submitted = Date.parse(row.submittedAt);
      if (row.firstResponseAt) firstResponse.push((Date.parse(row.firstResponseAt) - submitted) / DAY_MS);
      if (row.resolvedAt) resolution.push((Date.parse(row.resolvedAt) - submitted) / DAY_MS);
      // Measured against the first answer's due date as it was set at submission (later stages move `due_at`).
      const due = deadlines.of(row.kind, 'received', row.submittedAt, row.regionCode)?.dueAt;
      if (due === undefined) continue;
      if (row.firstResponseAt) {
        onTime.count++;
        if (Date.parse(row.firstResponseAt) <= Date.parse(due)) onTime.onTime++;
      } else if (now.getTime() > Date.parse(due)) {
        onTime.count++;
      }
    }
    const last = rows.at(-1);
    if (!last || rows.length < PAGE) break;
    after = { submittedAt: last.submittedAt, id: last.id };
  }

  const mostFirst = <T extends { count: number }>(a: T, b: T, keyA: string, keyB: string) =>
    b.count - a.count || (keyA < keyB ? -1 : keyA > keyB ? 1 : 0);
  return {
    region,
    from: query.from ?? null,
    to: query.to ?? null,
    generatedAt: now.toISOString(),
    total,
    byStatus: ASPIRATION_STATUSES.map((status) => ({ status, count: byStatus.get(status) ?? 0 })),
    byKind: ASPIRATION_KINDS.map((kind) => ({ kind, count: byKind.get(kind) ?? 0 })),
    byCategory: [...byCategory]
      .map(([id, { name, count }]) => ({ category: { id, name }, count }))
      .sort((a, b) => mostFirst(a, b, a.category.id, b.category.id)),
    byDistrict: [...byDistrict]
      .map(([code, count]) => ({ district: { code, name: counts.districtNames.get(code) ?? code }, count }))
      .sort((a, b) => mostFirst(a, b, a.district.code, b.district.code)),
    firstResponse: summary(firstResponse),
    resolution: summary(resolution),
    answeredOnTime: {
      ...onTime,
      share: onTime.count === 0 ? null : Math.round((onTime.onTime / onTime.count) * 1000) / 1000,
    },
  };
}
