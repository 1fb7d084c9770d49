// GET /v1/categories
import type { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { HttpProblem } from '../http/problem.js';
import { catalogResponse } from './catalog-response.js';
import type { RouteDeps } from './route-deps.js';

export function categoryRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  app.get('/v1/categories', (c) =>
    catalogResponse(c, deps, async () => {
      const unknown = [...new URL(c.req.url).searchParams.keys()];
      if (unknown.length > 0) {
        throw new HttpProblem(400, 'validation_failed', {
          detail: 'Invalid query parameters',
          errors: unknown.map((key) => ({ path: key, message: `Unknown field "${key}"` })),
        });
      }
      return { data: await deps.storage.listCategories(), nextCursor: null };
    }),
  );
}
