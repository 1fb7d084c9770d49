import { expect } from 'chai';
import { PAGE_CSP } from '../src/http/security-headers.js';
import type { Storage } from '../src/storage/storage.js';
import {
  admin,
  aspirationInput,
  expectProblem,
  json,
  jsonOf,
  liveServer,
  seededStorage,
  testApp,
} from './helpers/setup.js';

type App = Awaited<ReturnType<typeof testApp>>;

describe('HTTP behaviour', () => {
  let t: App;
  before(async () => {
    t = await testApp();
  });

  describe('X-Request-Id', () => {
    it('generates one for every response, errors included', async () => {
      for (const path of ['/v1/news', '/healthz', '/nope', '/v1/news/nope']) {
        expect((await t.request(path)).headers.get('x-request-id'), path).to.match(/^[0-9a-f-]{36}$/);
      }
    });

    it('echoes a sane incoming id and replaces one that is not', async () => {
      const echoed = await t.request('/healthz', { headers: { 'X-Request-Id': 'abc-123.XYZ:9' } });
      expect(echoed.headers.get('x-request-id')).to.equal('abc-123.XYZ:9');
      const bad = await t.request('/healthz', { headers: { 'X-Request-Id': '<script>' } });
      expect(bad.headers.get('x-request-id')).to.match(/^[0-9a-f-]{36}$/);
      const long = await t.request('/healthz', { headers: { 'X-Request-Id': 'a'.repeat(200) } });
      expect(long.headers.get('x-request-id')).to.have.length(36);
    });
  });

  describe('ETag and caching', () => {
    it('answers 304 to If-None-Match with the current ETag on every GET', async () => {
      for (const path of ['/v1/news?limit=3', '/v1/groups/kim-bacang-berseri', '/v1/regions', '/v1/categories']) {
        const first = await t.request(path);
        const etag = first.headers.get('etag');
        expect(etag, path).to.match(/^"[\w-]+"$/);
        const again = await t.request(path, { headers: { 'If-None-Match': etag! } });
        expect(again.status, path).to.equal(304);
        expect(await again.text()).to.equal('');
        expect(again.headers.get('etag')).to.equal(etag);
        const weak = await t.request(path, { headers: { 'If-None-Match': `"other", W/${etag}` } });
        expect(weak.status).to.equal(304);
        const stale = await t.request(path, { headers: { 'If-None-Match': '"stale"' } });
        expect(stale.status).to.equal(200);
      }
    });

    it('gives admin and tracking responses ETags but never lets them be stored', async () => {
      const list = await t.request('/v1/admin/aspirations', { headers: admin });
      expect(list.headers.get('cache-control')).to.equal('no-store');
      const etag = list.headers.get('etag')!;
      const again = await t.request('/v1/admin/aspirations', { headers: { ...admin, 'If-None-Match': etag } });
      expect(again.status).to.equal(304);
    });

    it('marks public lists cacheable for a short time', async () => {
      const response = await t.request('/v1/news');
      expect(response.headers.get('cache-control')).to.match(/^public, max-age=\d+/);
    });

    it('changes the ETag when the catalog changes', async () => {
      const fresh = await testApp();
      const before = (await fresh.request('/v1/news?limit=1')).headers.get('etag');
      await fresh.storage.putNews([
        {
          id: 'nws_9999',
          slug: 'berita-paling-baru',
          title: 'Berita paling baru',
          summary: 'Ringkasan',
          body: '<p>Isi</p>',
          image: null,
          groupId: 'grp_0001',
          regionCode: '19.71.01.1004',
          categoryId: 'pengumuman',
          tags: [],
          publishedAt: '2026-11-29T00:00:00.000Z',
          updatedAt: '2026-11-29T00:00:00.000Z',
        },
      ]);
      const after = await fresh.request('/v1/news?limit=1');
      expect(after.headers.get('etag')).not.to.equal(before);
      expect((await jsonOf<{ data: { id: string }[] }>(after)).data[0]?.id).to.equal('nws_9999');
    });

    it('answers HEAD like GET without a body', async () => {
      const response = await t.request('/v1/news?limit=2', { method: 'HEAD' });
      expect(response.status).to.equal(200);
      expect(response.headers.get('etag')).to.match(/^"/);
      expect(await response.text()).to.equal('');
    });
  });

  describe('Kim-Api-Version', () => {
    it('identifies every answer as a KIM API, errors, files and preflights included, readable across origins', async () => {
      const site = await testApp({ storage: t.storage, cdnDir: new URL('.', import.meta.url).pathname });
      const answers = [
        await t.request('/v1/news?limit=1'),
        await t.request('/healthz'),
        await t.request('/v1/news/no-such-article'),
        await t.request('/nope'),
        await site.request('/cdn/http.test.ts'),
        await t.request('/v1/news', { method: 'OPTIONS', headers: { Origin: 'https://kota.example' } }),
      ];
      for (const response of answers) expect(response.headers.get('kim-api-version'), response.url).to.equal('1');
      const cors = await t.request('/healthz', { headers: { Origin: 'https://kota.example' } });
      expect(cors.headers.get('access-control-expose-headers')).to.include('Kim-Api-Version');
    });
  });

  describe('CORS', () => {
    it('lets any origin read public data by default', async () => {
      const response = await t.request('/v1/news', { headers: { Origin: 'https://kota.example' } });
      expect(response.headers.get('access-control-allow-origin')).to.equal('*');
      expect(response.headers.get('access-control-expose-headers')).to.include('X-Request-Id');
    });

    it('answers preflights for aspiration submissions', async () => {
      const response = await t.request('/v1/aspirations', {
        method: 'OPTIONS',
        headers: {
          Origin: 'https://kota.example',
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'content-type, idempotency-key',
        },
      });
      expect(response.status).to.equal(204);
      expect(response.headers.get('access-control-allow-origin')).to.equal('https://kota.example');
      expect(response.headers.get('access-control-allow-methods')).to.include('POST');
      expect(response.headers.get('access-control-allow-headers')).to.include('Idempotency-Key');
    });

    it('reflects only the configured origins', async () => {
      const strict = await testApp({ storage: t.storage, allowedOrigins: ['https://pangkalpinangkota.go.id'] });
      const allowed = await strict.request('/v1/news', { headers: { Origin: 'https://pangkalpinangkota.go.id' } });
      expect(allowed.headers.get('access-control-allow-origin')).to.equal('https://pangkalpinangkota.go.id');
      expect(allowed.headers.get('vary')).to.include('Origin');
      const other = await strict.request('/v1/news', { headers: { Origin: 'https://evil.example' } });
      expect(other.headers.get('access-control-allow-origin')).to.equal(null);
      const preflight = await strict.request('/v1/aspirations', {
        method: 'OPTIONS',
        headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
      });
      expect(preflight.headers.get('access-control-allow-origin')).to.equal(null);
    });
  });

  describe('security headers', () => {
    it('sends nosniff, a referrer policy and a locked-down CSP on API responses', async () => {
      for (const path of ['/v1/news', '/nope']) {
        const response = await t.request(path);
        expect(response.headers.get('x-content-type-options')).to.equal('nosniff');
        expect(response.headers.get('referrer-policy')).to.equal('strict-origin-when-cross-origin');
        expect(response.headers.get('content-security-policy')).to.equal("default-src 'none'; frame-ancestors 'none'");
      }
    });

    it('sends the strict page CSP on HTML pages', async () => {
      const response = await t.request('/');
      expect(response.headers.get('content-type')).to.match(/^text\/html/);
      const csp = response.headers.get('content-security-policy')!;
      expect(csp).to.equal(PAGE_CSP);
      for (const directive of [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        'frame-ancestors',
      ]) {
        expect(csp).to.include(directive);
      }
    });
  });

  describe('errors', () => {
    it('answers unknown routes with a 404 problem', async () => {
      for (const path of ['/nope', '/v1', '/v1/unknown', '/v1/news/a/b', '/v2/news']) {
        await expectProblem(await t.request(path), 404, 'not_found');
      }
    });

    it('answers other methods on known routes with 405 and Allow', async () => {
      const response = await t.request('/v1/news', { method: 'DELETE' });
      expect(response.headers.get('allow')).to.include('GET');
      await expectProblem(response, 405, 'method_not_allowed');
      await expectProblem(await t.request('/v1/aspirations', { method: 'GET' }), 405);
      await expectProblem(await t.request('/v1/news/x', { method: 'PUT' }), 405);
      await expectProblem(await t.request('/healthz', { method: 'POST' }), 405);
    });

    it('refuses oversized bodies over real HTTP, with or without Content-Length, and keeps serving', async () => {
      const server = await liveServer();
      try {
        const big = JSON.stringify(aspirationInput({ body: 'x'.repeat(100 * 1024) }));
        const declared = await fetch(`${server.url}/v1/aspirations`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: big,
        });
        await expectProblem(declared, 413, 'payload_too_large');
        const chunks = new TextEncoder().encode(big);
        const streamed = await fetch(`${server.url}/v1/aspirations`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: new ReadableStream({
            start(controller) {
              for (let i = 0; i < chunks.length; i += 8192) controller.enqueue(chunks.subarray(i, i + 8192));
              controller.close();
            },
          }),
          duplex: 'half',
        } as RequestInit);
        await expectProblem(streamed, 413, 'payload_too_large');
        const small = await fetch(`${server.url}/v1/aspirations`, json(aspirationInput()));
        expect(small.status).to.equal(201);
        await expectProblem(
          await fetch(`${server.url}/v1/aspirations`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: '{"a":',
          }),
          400,
          'invalid_json',
        );
      } finally {
        await server.close();
      }
    });

    it('answers 503 when the database is gone', async () => {
      const storage = await seededStorage();
      const broken = await testApp({ storage, responseCache: false });
      await storage.close();
      const response = await broken.request('/v1/news');
      expect(response.headers.get('retry-after')).to.equal('5');
      await expectProblem(response, 503, 'storage_unavailable');
      await expectProblem(await broken.request('/healthz'), 503, 'storage_unavailable');
      await expectProblem(await broken.request('/v1/aspirations', json(aspirationInput())), 503);
    });

    it('answers 500 without internals when something unexpected throws', async () => {
      const storage = await seededStorage();
      const failing: Storage = {
        ...storage,
        listNews: async () => {
          throw new Error('secret internal detail at /srv/app/db.ts:12');
        },
      };
      const reported: unknown[] = [];
      const app = await testApp({ storage: failing, onError: (e) => reported.push(e) });
      const response = await app.request('/v1/news');
      const problem = await expectProblem(response, 500, 'internal_error');
      expect(JSON.stringify(problem)).not.to.include('secret');
      expect(reported).to.have.length(1);
    });
  });

  describe('health and OpenAPI', () => {
    it('GET /healthz answers ok', async () => {
      const response = await t.request('/healthz');
      expect(await jsonOf(response)).to.deep.equal({ status: 'ok' });
      expect(response.headers.get('cache-control')).to.equal('no-store');
    });

    it('GET /openapi.json serves the document of the SDK package', async () => {
      const response = await t.request('/openapi.json');
      const doc = await jsonOf<{ openapi: string; paths: Record<string, unknown> }>(response);
      expect(doc.openapi).to.match(/^3\./);
      expect(doc.paths).to.have.property('/v1/news');
    });

    it('GET /openapi.json answers 404 while no document exists, and serves it once it does', async () => {
      let doc: string | null = null;
      const app = await testApp({ storage: t.storage, openapi: async () => doc });
      await expectProblem(await app.request('/openapi.json'), 404, 'not_found');
      doc = '{"openapi":"3.1.0"}';
      expect(await jsonOf(await app.request('/openapi.json'))).to.deep.equal({ openapi: '3.1.0' });
    });

    it('documents each problem type at its URI', async () => {
      const problem = await expectProblem(await t.request('/nope'), 404);
      const page = await t.request(problem.type);
      expect(page.status).to.equal(200);
      expect(await page.text()).to.include('not_found');
      expect((await t.request('/problems/nope')).status).to.equal(404);
    });
  });
});
