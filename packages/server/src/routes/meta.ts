// /healthz, /readyz, /openapi.json, /problems/:code and the server's stylesheet.
import type { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { etagOf, NO_STORE, sendJson, sendPrepared } from '../http/json-response.js';
import { HttpProblem } from '../http/problem.js';
import { SERVER_CSS } from '../site/html.js';
import { isProblemCode, problemPage } from '../site/problem-page.js';
import type { RouteDeps } from './route-deps.js';

export function metaRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  // Liveness: the process answers and its database can be read.
  app.get('/healthz', async (c) => {
    await deps.storage.ping();
    return sendJson(c, { status: 'ok' }, NO_STORE);
  });

  // Readiness, for a load balancer: not draining, and the database takes a write (a read-only file or replica, a
  // full disk or a lost connection all answer 503).
  app.get('/readyz', async (c) => {
    if (deps.draining()) {
      throw new HttpProblem(503, 'storage_unavailable', {
        detail: 'The server is shutting down',
        headers: { 'Retry-After': '1' },
      });
    }
    await deps.storage.checkWritable();
    return sendJson(c, { status: 'ready' }, NO_STORE);
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
