// /healthz, /openapi.json, /problems/:code and the server's stylesheet.
import type { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { etagOf, NO_STORE, sendJson, sendPrepared } from '../http/json-response.js';
import { HttpProblem } from '../http/problem.js';
import { SERVER_CSS } from '../site/html.js';
import { isProblemCode, problemPage } from '../site/problem-page.js';
import type { RouteDeps } from './route-deps.js';

export function metaRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  app.get('/healthz', async (c) => {
    await deps.storage.ping();
    return sendJson(c, { status: 'ok' }, NO_STORE);
  });

  // Read once; while the SDK has not generated the document yet, keep asking on each request.
  let openapi: { body: string; etag: string } | null = null;
  app.get('/openapi.json', async (c) => {
    if (!openapi) {
      const body = await deps.openapi();
      if (body === null) {
        throw new HttpProblem(404, 'not_found', { detail: 'The OpenAPI document has not been generated yet' });
      }
      openapi = { body, etag: etagOf(body) };
    }
    return sendPrepared(c, openapi, 'public, max-age=300');
  });

  app.get('/problems/:code', (c) => {
    const code = c.req.param('code');
    if (!isProblemCode(code)) throw new HttpProblem(404, 'not_found', { detail: `No problem type "${code}"` });
    return c.html(problemPage(code), 200, { 'Cache-Control': 'public, max-age=3600' });
  });

  app.get('/kim-server.css', (c) =>
    c.body(SERVER_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=3600' }),
  );
}
