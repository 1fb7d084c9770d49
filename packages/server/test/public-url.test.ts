// Absolute URLs in cacheable responses never come from a Host header the server was not told to trust.
import { request as httpRequest } from 'node:http';
import { expect } from 'chai';
import type { TestOptions } from './helpers/setup.js';
import { liveServer } from './helpers/setup.js';

/** A GET with a Host header of our choosing (fetch cannot set one). */
function get(port: number, path: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, headers: { Host: host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function withServer(options: TestOptions, run: (port: number) => Promise<void>) {
  const server = await liveServer({ publicUrl: undefined, ...options });
  try {
    await run(server.port);
  } finally {
    await server.close();
  }
}

const firstUrl = (body: string) => (JSON.parse(body) as { data: { url: string }[] }).data[0]?.url ?? '';

describe('public URL', () => {
  it('without configuration, answers and builds URLs for loopback names only', async () => {
    await withServer({}, async (port) => {
      for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`, `demo.localhost:${port}`]) {
        const response = await get(port, '/v1/news?limit=1', host);
        expect(response.status, host).to.equal(200);
        expect(firstUrl(response.body).startsWith(`http://${host}/berita/`), host).to.equal(true);
      }
      for (const host of ['evil.example', `evil.example:${port}`, '10.0.0.1', 'localhost.evil.example']) {
        const response = await get(port, '/v1/news?limit=1', host);
        expect(response.status, host).to.equal(400);
        expect(response.body).to.include('--public-url').and.not.include('berita');
      }
    });
  });

  it('answers health checks for any host: probes call by IP address and no URL is built', async () => {
    await withServer({}, async (port) => {
      expect((await get(port, '/healthz', '10.1.2.3:8787')).status).to.equal(200);
    });
  });

  it('with a configured public URL, ignores the Host header entirely', async () => {
    await withServer({ publicUrl: 'https://kim.pangkalpinangkota.go.id' }, async (port) => {
      const response = await get(port, '/v1/news?limit=1', 'evil.example');
      expect(response.status).to.equal(200);
      expect(firstUrl(response.body)).to.match(/^https:\/\/kim\.pangkalpinangkota\.go\.id\/berita\//);
    });
  });

  it('with an allow-list, builds URLs from allowed hosts and refuses the rest', async () => {
    await withServer({ allowedHosts: ['kim.example.go.id', '.pangkalpinangkota.go.id'] }, async (port) => {
      for (const host of [
        'kim.example.go.id',
        'KIM.example.go.id:8080',
        'www.pangkalpinangkota.go.id',
        'pangkalpinangkota.go.id',
      ]) {
        const response = await get(port, '/v1/news?limit=1', host);
        expect(response.status, host).to.equal(200);
        expect(firstUrl(response.body).startsWith(`http://${host.toLowerCase()}/berita/`), host).to.equal(true);
      }
      for (const host of [
        'evil.example',
        'kim.example.go.id.evil.example',
        'evilpangkalpinangkota.go.id',
        'localhost',
        'a b',
        '',
      ]) {
        expect((await get(port, '/v1/news?limit=1', host)).status, host).to.equal(400);
      }
    });
  });

  it("with '*', answers any host (for setups without a shared cache)", async () => {
    await withServer({ allowedHosts: '*' }, async (port) => {
      const response = await get(port, '/v1/news?limit=1', 'anything.example');
      expect(firstUrl(response.body)).to.match(/^http:\/\/anything\.example\/berita\//);
    });
  });
});
