import type { RequestOptions } from '../options.js';
import { createListPromise, type ListPromise } from '../pagination.js';
import type { Send } from '../request.js';
import { Page } from '../schemas/page.js';
import { Region, type RegionLevel } from '../schemas/region.js';

const RegionPage = Page(Region);

/** Filters of `regions.list`. */
export interface RegionListParams {
  /**
   * Code of the parent region: lists its children. Without it, the provinces are listed.
   * @example '19.71'
   */
  parent?: string | undefined;
  /** Only regions of this level. */
  level?: RegionLevel | undefined;
}

/** Kemendagri administrative regions: provinces, regencies and cities, districts, villages. */
export interface RegionsResource {
  /**
   * Lists the children of a region, or the provinces.
   * @example for await (const district of client.regions.list({ parent: '19.71' })) console.log(district.name);
   */
  list(params?: RegionListParams, options?: RequestOptions): ListPromise<Region>;
  /**
   * Gets one region by its code. Rejects with `KimNotFoundError` for an unknown code.
   * @example const city = await client.regions.get('19.71'); // Kota Pangkal Pinang
   */
  get(code: string, options?: RequestOptions): Promise<Region>;
}

export function regionsResource(send: Send): RegionsResource {
  return {
    list: (params = {}, options) =>
      createListPromise((cursor) =>
        send({ method: 'GET', path: ['v1', 'regions'], query: { ...params, cursor }, schema: RegionPage }, options),
      ),
    get: (code, options) => send({ method: 'GET', path: ['v1', 'regions', code], schema: Region }, options),
  };
}
