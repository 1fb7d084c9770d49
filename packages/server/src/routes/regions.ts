// GET /v1/regions and /v1/regions/:code
import { RegionCode, RegionListQuery } from '@kim-kit/sdk/schemas';
import type { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { HttpProblem } from '../http/problem.js';
import { parseQuery, parseWith } from '../http/validate.js';
import { catalogResponse } from './catalog-response.js';
import type { RouteDeps } from './route-deps.js';

export function regionRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  app.get('/v1/regions', (c) =>
    catalogResponse(c, deps, async () => {
      const query = parseQuery(RegionListQuery, c.req.url);
      if (!query.parent && (query.level === 'district' || query.level === 'village')) {
        // The national lists of districts and villages run to thousands; ask for them one parent at a time.
        throw new HttpProblem(400, 'validation_failed', {
          detail: 'Invalid query parameters',
          errors: [{ path: 'parent', message: `Give a parent region to list regions of level "${query.level}"` }],
        });
      }
      if (query.parent && !(await deps.storage.getRegion(query.parent))) {
        throw new HttpProblem(404, 'not_found', { detail: `No region with code ${query.parent}` });
      }
      const data = await deps.storage.listRegions(query);
      return { data, nextCursor: null };
    }),
  );

  app.get('/v1/regions/:code', (c) =>
    catalogResponse(c, deps, async () => {
      const code = parseWith(RegionCode, c.req.param('code'), {
        status: 400,
        detail: { id: 'Kode wilayah tidak valid', en: 'Invalid region code' },
      });
      const region = await deps.storage.getRegion(code);
      if (!region) throw new HttpProblem(404, 'not_found', { detail: `No region with code ${code}` });
      return region;
    }),
  );
}
