import type { RequestOptions } from '../options.js';
import type { Send } from '../request.js';
import { AspirationStats, type AspirationStatsQuery } from '../schemas/aspiration-stats.js';

/** Public statistics: what a region's aspirations add up to, without personal data. */
export interface StatsResource {
  /**
   * Counts by status, kind, category and district, and the median days to a first answer and to resolution, of the
   * aspirations submitted in a region (optionally between two days). Figures may be up to a minute old.
   * @example const stats = await client.stats.aspirations({ region: '19.71', from: '2026-01-01' });
   */
  aspirations(query: AspirationStatsQuery, options?: RequestOptions): Promise<AspirationStats>;
}

export function statsResource(send: Send): StatsResource {
  return {
    aspirations: (query, options) =>
      send({ method: 'GET', path: ['v1', 'stats', 'aspirations'], query, schema: AspirationStats }, options),
  };
}
