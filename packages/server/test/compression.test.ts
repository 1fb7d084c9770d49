// Compressed responses: JSON from the API and the response cache, static files from precompressed copies or compressed
// on the fly, and `kim-server precompress`.
import { mkdirSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect } from 'chai';
import { Hono } from 'hono';
import type { AppEnv } from '../src/http/app-env.js';
import { compress } from '../src/http/content-coding.js';
import { type PreparedJson, prepareJson, sendPrepared } from '../src/http/json-response.js';
import { precompressDirectory } from '../src/http/precompress.js';
import { ResponseCache } from '../src/http/response-cache.js';
import { responseHeaders } from '../src/http/response-headers.js';
import { liveServer, testApp } from './helpers/setup.js';

type App = Awaited<ReturnType<typeof testApp>>;

const decode = (bytes: ArrayBuffer, coding: string | null): string => {
  const buffer = Buffer.from(bytes);
  if (coding === 'br') return brotliDecompressSync(buffer).toString();
  if (coding === 'gzip') return gunzipSync(buffer).toString();
  return buffer.toString();
};

describe('compression', () => {
  describe('JSON responses', () => {
    let t: App;
    before(async () => {
      t = await testApp();
    });

    it('sends brotli or gzip as the request accepts, with the same JSON inside', async () => {
      const plain = await t.request('/v1/news?region=19.71&limit=20');
      const text = await plain.text();
      expect(plain.headers.get('content-encoding')).to.equal(null);
      expect(text.length).to.be.above(5000);
      for (const [accept, coding] of [
        ['gzip, deflate, br, zstd', 'br'],
        ['gzip, deflate', 'gzip'],
        ['br;q=0, gzip', 'gzip'],
      ] as const) {
        const response = await t.request('/v1/news?region=19.71&limit=20', { headers: { 'Accept-Encoding': accept } });
        expect(response.headers.get('content-encoding'), accept).to.equal(coding);
        expect(response.headers.get('content-type')).to.equal('application/json; charset=utf-8');
        const bytes = await response.arrayBuffer();
        expect(bytes.byteLength, accept).to.be.below(text.length / 3);
        expect(decode(bytes, coding), accept).to.equal(text);
      }
    });

    it('says Vary: Accept-Encoding, beside Origin when CORS depends on it', async () => {
      const open = await t.request('/v1/news?limit=20', { headers: { 'Accept-Encoding': 'br' } });
      expect(open.headers.get('vary')).to.equal('Accept-Encoding');
      const narrowed = await testApp({ storage: t.storage, allowedOrigins: ['https://pangkalpinangkota.go.id'] });
      const response = await narrowed.request('/v1/news?limit=20', {
        headers: { 'Accept-Encoding': 'br', Origin: 'https://pangkalpinangkota.go.id' },
      });
      expect(response.headers.get('vary')).to.equal('Origin, Accept-Encoding');
      // Small answers are sent as they are, but they too may differ by coding one day: caches are told the same.
      const small = await t.request('/healthz', { headers: { 'Accept-Encoding': 'br' } });
      expect(small.headers.get('content-encoding')).to.equal(null);
      expect(small.headers.get('vary')).to.equal('Accept-Encoding');
    });

    it('gives each coding its own ETag and revalidates it with 304', async () => {
      const path = '/v1/groups?region=19.71';
      const etags = new Set<string>();
      for (const accept of ['', 'br', 'gzip']) {
        const headers: Record<string, string> = accept ? { 'Accept-Encoding': accept } : {};
        const first = await t.request(path, { headers });
        const etag = first.headers.get('etag')!;
        etags.add(etag);
        const again = await t.request(path, { headers: { ...headers, 'If-None-Match': etag } });
        expect(again.status, accept).to.equal(304);
        expect(again.headers.get('vary')).to.equal('Accept-Encoding');
      }
      expect(etags.size).to.equal(3);
      // The identity ETag does not validate the brotli variant: a cache holding one must not be told it has the other.
      const plainEtag = (await t.request(path)).headers.get('etag')!;
      const mismatch = await t.request(path, { headers: { 'Accept-Encoding': 'br', 'If-None-Match': plainEtag } });
      expect(mismatch.status).to.equal(200);
    });

    it('compresses answers that the response cache does not keep', async () => {
      const noCache = await testApp({ storage: t.storage, responseCache: false });
      const response = await noCache.request('/v1/news?limit=30', { headers: { 'Accept-Encoding': 'gzip' } });
      expect(response.headers.get('content-encoding')).to.equal('gzip');
      expect(JSON.parse(decode(await response.arrayBuffer(), 'gzip')).data).to.have.length(30);
    });

    it('keeps the compressed bytes on the prepared body, so a cached page is compressed once', async () => {
      const prepared = prepareJson({ data: Array.from({ length: 100 }, (_, i) => ({ id: `nws_${i}`, n: i })) });
      const app = new Hono<AppEnv>();
      app.use(responseHeaders('*'));
      app.get('/x', (c) => sendPrepared(c, prepared, 'no-store'));
      const first = await app.request('/x', { headers: { 'Accept-Encoding': 'br' } });
      const stored = prepared.coded?.br;
      expect(stored, 'brotli bytes kept').to.be.instanceOf(Uint8Array);
      expect(Buffer.from(await first.arrayBuffer()).equals(Buffer.from(stored!))).to.equal(true);
      await app.request('/x', { headers: { 'Accept-Encoding': 'br' } });
      expect(prepared.coded?.br, 'the same bytes reused').to.equal(stored);
      expect(prepared.coded?.gzip).to.equal(undefined);

      const cache = new ResponseCache();
      cache.set('k', 'v1', prepared);
      const hit = cache.get('k', 'v1') as PreparedJson;
      expect(hit, 'the cache hands back the object it was given').to.equal(prepared);
      expect(hit.coded?.br).to.equal(stored);
      expect(cache.get('k', 'v2'), 'a new catalog version drops it').to.equal(undefined);
    });

    it('sends a correct Content-Length and body over real HTTP', async () => {
      const server = await liveServer({ storage: t.storage });
      try {
        const response = await fetch(`${server.url}/v1/news?region=19.71&limit=20`, {
          headers: { 'Accept-Encoding': 'br' },
        });
        expect(response.headers.get('content-encoding')).to.equal('br');
        // fetch decodes brotli itself: the body must arrive whole and parse.
        const page = (await response.json()) as { data: unknown[] };
        expect(page.data).to.have.length(20);
      } finally {
        await server.close();
      }
    });
  });

  describe('static files', () => {
    const root = mkdtempSync(join(tmpdir(), 'kim-compress-'));
    const site = join(root, 'site');
    const cdn = join(root, 'cdn');
    mkdirSync(site);
    mkdirSync(cdn);
    const script = `export const widgets = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `kim-${i}`))};\n`;
    writeFileSync(join(cdn, 'kim-widgets.js'), script);
    writeFileSync(join(site, 'index.html'), `<!doctype html><title>Portal</title>${'<p>Berita KIM</p>'.repeat(200)}`);
    writeFileSync(join(site, 'tiny.css'), 'body{margin:0}');
    writeFileSync(join(site, 'logo.png'), Buffer.alloc(4096, 7));

    it('sends the precompressed copies written at build time', async () => {
      // Marked copies, so the test sees which bytes were sent: these decode to a marker, not to the file.
      writeFileSync(join(cdn, 'kim-widgets.js.br'), compress('/* from .br */', 'br'));
      writeFileSync(join(cdn, 'kim-widgets.js.gz'), compress('/* from .gz */', 'gzip'));
      const t = await testApp({ cdnDir: cdn, siteDir: site });
      const br = await t.request('/cdn/kim-widgets.js', { headers: { 'Accept-Encoding': 'gzip, br' } });
      expect(br.headers.get('content-encoding')).to.equal('br');
      expect(br.headers.get('content-type')).to.match(/^text\/javascript/);
      expect(br.headers.get('vary')).to.equal('Accept-Encoding');
      expect(decode(await br.arrayBuffer(), 'br')).to.equal('/* from .br */');
      const gz = await t.request('/cdn/kim-widgets.js', { headers: { 'Accept-Encoding': 'gzip' } });
      expect(decode(await gz.arrayBuffer(), 'gzip')).to.equal('/* from .gz */');
      const plain = await t.request('/cdn/kim-widgets.js');
      expect(plain.headers.get('content-encoding')).to.equal(null);
      expect(await plain.text()).to.equal(script);
    });

    it('never sends a precompressed copy older than its file, and compresses the file itself instead', async () => {
      const file = join(cdn, 'kim-widgets.js');
      const edited = `${script}// edited after the build\n`;
      writeFileSync(file, edited);
      const later = new Date(statSync(join(cdn, 'kim-widgets.js.br')).mtimeMs + 5000);
      utimesSync(file, later, later);
      const t = await testApp({ cdnDir: cdn });
      const response = await t.request('/cdn/kim-widgets.js', { headers: { 'Accept-Encoding': 'br' } });
      expect(response.headers.get('content-encoding')).to.equal('br');
      expect(decode(await response.arrayBuffer(), 'br')).to.equal(edited);
      writeFileSync(file, script);
    });

    it('compresses text files without copies on the fly, and leaves small and binary files alone', async () => {
      const t = await testApp({ siteDir: site });
      const page = await t.request('/', { headers: { 'Accept-Encoding': 'br' } });
      expect(page.headers.get('content-encoding')).to.equal('br');
      expect(page.headers.get('content-security-policy')).to.match(/^default-src 'self'/);
      expect(decode(await page.arrayBuffer(), 'br')).to.equal(readFileSync(join(site, 'index.html'), 'utf8'));
      for (const path of ['/tiny.css', '/logo.png']) {
        const response = await t.request(path, { headers: { 'Accept-Encoding': 'br' } });
        expect(response.headers.get('content-encoding'), path).to.equal(null);
        expect(response.headers.get('vary'), path).to.equal(null);
      }
    });

    it('revalidates each coding with its own ETag', async () => {
      const t = await testApp({ siteDir: site });
      const br = await t.request('/', { headers: { 'Accept-Encoding': 'br' } });
      const plain = await t.request('/');
      expect(br.headers.get('etag')).to.not.equal(plain.headers.get('etag'));
      const again = await t.request('/', {
        headers: { 'Accept-Encoding': 'br', 'If-None-Match': br.headers.get('etag')! },
      });
      expect(again.status).to.equal(304);
      expect(again.headers.get('vary')).to.equal('Accept-Encoding');
      expect(again.headers.get('content-security-policy')).to.match(/^default-src 'self'/);
    });
  });

  describe('precompressDirectory', () => {
    it('writes brotli and gzip copies of text files, skips small, binary and dot-folder files, and is idempotent', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'kim-precompress-'));
      mkdirSync(join(dir, 'css'));
      mkdirSync(join(dir, '.git'));
      const html = `<!doctype html>${'<p>Kelompok Informasi Masyarakat</p>'.repeat(100)}`;
      writeFileSync(join(dir, 'index.html'), html);
      writeFileSync(join(dir, 'css', 'site.css'), `${'.card{margin:0 auto;padding:1rem}'.repeat(100)}`);
      writeFileSync(join(dir, 'small.js'), 'export {};');
      writeFileSync(join(dir, 'logo.png'), Buffer.alloc(4096, 1));
      writeFileSync(join(dir, '.git', 'big.txt'), 'x'.repeat(4096));

      const first = await precompressDirectory(dir);
      expect(first).to.include({ files: 2, written: 4 });
      expect(first.brotliBytes).to.be.below(first.gzipBytes);
      expect(brotliDecompressSync(readFileSync(join(dir, 'index.html.br'))).toString()).to.equal(html);
      expect(gunzipSync(readFileSync(join(dir, 'index.html.gz'))).toString()).to.equal(html);
      for (const absent of ['small.js.br', 'logo.png.br', '.git/big.txt.br']) {
        expect(() => statSync(join(dir, absent)), absent).to.throw();
      }
      const second = await precompressDirectory(dir);
      expect(second).to.include({ files: 2, written: 0 });
      expect(second.brotliBytes).to.equal(first.brotliBytes);
    });
  });
});
