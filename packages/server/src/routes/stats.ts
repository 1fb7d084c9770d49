// GET /v1/stats/aspirations and the open-data exports /v1/open-data/aspirations.{csv,json}: public, no personal data.
import {
  type AspirationStats,
  AspirationStatsQuery,
  OPEN_ASPIRATION_COLUMNS,
  type OpenAspirationRecord,
  timeZoneOfRegion,
} from '@kim-kit/sdk/schemas';
import type { Context, Hono } from 'hono';
import { aspirationStats, statsFilter } from '../aspirations/aspiration-stats.js';
import type { AppEnv } from '../http/app-env.js';
import { csvDocument } from '../http/csv.js';
import { sendJson } from '../http/json-response.js';
import { HttpProblem } from '../http/problem.js';
import { parseQuery } from '../http/validate.js';
import type { AspirationOutcomeRow } from '../storage/storage.js';
import type { RouteDeps } from './route-deps.js';

/** How long computed figures are reused: statistics need not be live, and computing them reads every aspiration. */
const STATS_TTL_MS = 60_000;
const STATS_CACHE = 'public, max-age=60';
/** The most rows one open-data export holds; a larger region is exported by district or by period. */
export const OPEN_DATA_MAX_ROWS = 100_000;
const PAGE = 5_000;

/** The day of an instant in the region's zone (`YYYY-MM-DD`). */
function dayIn(iso: string | null, zone: string): string | null {
  if (!iso) return null;
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(iso),
  );
}

function openRecord(row: AspirationOutcomeRow, zone: string): OpenAspirationRecord {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    categoryId: row.categoryId,
    category: row.categoryName,
    regionCode: row.regionCode,
    districtCode: row.districtCode,
    submittedOn: dayIn(row.submittedAt, zone)!,
    firstResponseOn: dayIn(row.firstResponseAt, zone),
    resolvedOn: dayIn(row.resolvedAt, zone),
  };
}

export function statsRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  const cache = new Map<string, { at: number; stats: AspirationStats }>();

  async function regionOf(c: Context<AppEnv>) {
    const query = parseQuery(AspirationStatsQuery, c.req.url);
    if (query.from && query.to && query.from > query.to) {
      throw new HttpProblem(400, 'validation_failed', {
        detail: 'Invalid query parameters',
        errors: [{ path: 'to', message: '`to` is before `from`' }],
      });
    }
    const region = await deps.storage.getRegion(query.region);
    if (!region) throw new HttpProblem(404, 'not_found', { detail: `No region with code ${query.region}` });
    return { query, region: { code: region.code, name: region.name } };
  }

  app.get('/v1/stats/aspirations', async (c) => {
    const { query, region } = await regionOf(c);
    const key = `${query.region}|${query.from ?? ''}|${query.to ?? ''}`;
    const now = Date.now();
    let entry = cache.get(key);
    if (!entry || now - entry.at > STATS_TTL_MS) {
      entry = { at: now, stats: await aspirationStats(deps.storage, query, region, new Date(now), deps.deadlines) };
      if (cache.size >= 1_000) cache.clear();
      cache.set(key, entry);
    }
    return sendJson(c, entry.stats, STATS_CACHE);
  });

  for (const format of ['csv', 'json'] as const) {
    app.get(`/v1/open-data/aspirations.${format}`, async (c) => {
      const { query } = await regionOf(c);
      const zone = timeZoneOfRegion(query.region)?.ianaName ?? 'Asia/Jakarta';
      const filter = statsFilter(query);
      const records: OpenAspirationRecord[] = [];
      let after: { submittedAt: string; id: string } | undefined;
      while (records.length < OPEN_DATA_MAX_ROWS) {
        const rows = await deps.storage.aspirationOutcomes(filter, {
          publicOnly: true,
          limit: Math.min(PAGE, OPEN_DATA_MAX_ROWS - records.length),
          after,
        });
        for (const row of rows) records.push(openRecord(row, zone));
        const last = rows.at(-1);
        if (!last || rows.length < PAGE) break;
        after = { submittedAt: last.submittedAt, id: last.id };
      }
      const name = `aspirasi-${query.region}${query.from ? `-${query.from}` : ''}${query.to ? `-${query.to}` : ''}`;
      const headers = { 'Content-Disposition': `attachment; filename="${name}.${format}"` };
      if (format === 'json') return sendJson(c, records, STATS_CACHE, 200, headers);
      const rows = [OPEN_ASPIRATION_COLUMNS, ...records.map((r) => OPEN_ASPIRATION_COLUMNS.map((column) => r[column]))];
      return c.body(csvDocument(rows), 200, {
        ...headers,
        'Content-Type': 'text/csv; charset=utf-8',
        'Cache-Control': STATS_CACHE,
      });
    });
  }
}
