import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { Parser } from 'htmlparser2';
import { PAGE_CSP } from '../src/http/security-headers.js';
import { expectProblem, testApp } from './helpers/setup.js';

describe('pages, static files and media', () => {
  const root = mkdtempSync(join(tmpdir(), 'kim-site-'));
  const site = join(root, 'site');
  const cdn = join(root, 'cdn');
  mkdirSync(join(site, 'docs'), { recursive: true });
  mkdirSync(cdn);
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>Portal</title><h1>Portal Kota</h1>');
  writeFileSync(join(site, 'site.css'), 'body{margin:0}');
  writeFileSync(join(site, 'docs', 'index.html'), '<!doctype html><title>Docs</title>');
  writeFileSync(join(root, 'secret.txt'), 'do not serve');
  writeFileSync(join(cdn, 'kim-widgets.js'), 'export const x = 1;');

  it('serves a simple page listing the endpoints when there is no site', async () => {
    const t = await testApp();
    const response = await t.request('/');
    const html = await response.text();
    expect(response.headers.get('content-type')).to.match(/^text\/html/);
    expect(html).to.include('/v1/news');
    expect(html).to.include('/openapi.json');
    expect(html).not.to.match(/<script|style=/);
    const missing = await testApp({ storage: t.storage, siteDir: join(root, 'missing') });
    expect(await (await missing.request('/')).text()).to.include('/healthz');
  });

  it('serves the site at / with index files, types, ETags and the page CSP', async () => {
    const t = await testApp({ siteDir: site, cdnDir: cdn });
    const index = await t.request('/');
    expect(await index.text()).to.include('Portal Kota');
    expect(index.headers.get('content-security-policy')).to.equal(PAGE_CSP);
    expect((await t.request('/site.css')).headers.get('content-type')).to.match(/^text\/css/);
    expect(await (await t.request('/docs/')).text()).to.include('Docs');
    const etag = index.headers.get('etag')!;
    const revalidated = await t.request('/', { headers: { 'If-None-Match': etag } });
    expect(revalidated.status).to.equal(304);
    // A 304's headers replace the cached ones: the page must keep its own CSP.
    expect(revalidated.headers.get('content-security-policy')).to.equal(PAGE_CSP);
    expect(revalidated.headers.get('x-request-id')).to.be.a('string');
    const css = await t.request('/site.css');
    expect(css.headers.get('content-security-policy')).to.equal("default-src 'none'; frame-ancestors 'none'");
  });

  it('serves the CDN directory at /cdn/ for other sites to load', async () => {
    const t = await testApp({ siteDir: site, cdnDir: cdn });
    const response = await t.request('/cdn/kim-widgets.js');
    expect(response.headers.get('content-type')).to.match(/^text\/javascript/);
    expect(response.headers.get('cross-origin-resource-policy')).to.equal('cross-origin');
    expect(await response.text()).to.include('export const x');
    await expectProblem(await t.request('/cdn/missing.js'), 404, 'not_found');
  });

  it('never serves files outside the directory', async () => {
    const t = await testApp({ siteDir: site, cdnDir: cdn });
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/docs/%2e%2e/%2e%2e/secret.txt',
      '/cdn/..%2fsite%2findex.html',
      '/%00',
    ]) {
      const response = await t.request(path);
      expect(response.status, path).to.be.oneOf([400, 404]);
      expect(await response.text(), path).not.to.include('do not serve');
    }
  });

  it('never serves dotfiles from the site or the CDN folder (.env, .git), but serves /.well-known/', async () => {
    mkdirSync(join(site, '.git'), { recursive: true });
    mkdirSync(join(site, '.well-known'), { recursive: true });
    mkdirSync(join(site, 'docs', '.private'), { recursive: true });
    writeFileSync(join(site, '.env'), 'KIM_ADMIN_TOKEN=do-not-serve');
    writeFileSync(join(site, '.git', 'config'), '[remote "origin"] do-not-serve');
    writeFileSync(join(site, 'docs', '.private', 'notes.txt'), 'do-not-serve');
    writeFileSync(join(site, '.well-known', 'security.txt'), 'Contact: mailto:security@example.go.id');
    writeFileSync(join(cdn, '.npmrc'), '//registry.example/:_authToken=do-not-serve');
    const t = await testApp({ siteDir: site, cdnDir: cdn });
    for (const path of [
      '/.env',
      '/.git/config',
      '/.git/',
      '/%2egit/config',
      '/docs/.private/notes.txt',
      '/cdn/.npmrc',
      '/cdn/%2Enpmrc',
      '/docs/..%2f.env',
    ]) {
      const response = await t.request(path);
      expect(response.status, path).to.equal(404);
      expect(await response.text(), path).not.to.include('do-not-serve');
    }
    const securityTxt = await t.request('/.well-known/security.txt');
    expect(securityTxt.status).to.equal(200);
    expect(await securityTxt.text()).to.include('Contact:');
  });

  it('keeps API errors as problems even with a site', async () => {
    const t = await testApp({ siteDir: site });
    await expectProblem(await t.request('/v1/nope'), 404, 'not_found');
    await expectProblem(await t.request('/nope.html'), 404, 'not_found');
  });

  it('renders an article page at its canonical URL', async () => {
    const t = await testApp();
    const list = (await (await t.request('/v1/news?limit=1')).json()) as {
      data: { slug: string; title: string; url: string }[];
    };
    const first = list.data[0]!;
    const response = await t.request(new URL(first.url).pathname);
    const html = await response.text();
    expect(html).to.include('<h1>');
    expect(html).to.include('<p>');
    expect(response.headers.get('content-security-policy')).to.equal(PAGE_CSP);
    await expectProblem(await t.request('/berita/tidak-ada'), 404);
  });

  it('inserts only sanitized HTML in an article page, whatever body is stored', async () => {
    const t = await testApp();
    const hostile = [
      '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
      '<p>Isi berita.</p><script>alert(1)</script>',
      '<img src="https://evil.example/x.png" onerror="alert(1)" width="1" height="1">',
      '<iframe src="https://evil.example/"></iframe><object data="x"></object><embed src="x">',
      '<a href="javascript:alert(1)">klik</a> <a href="//evil.example/">klik</a>',
      '<base href="https://evil.example/"><link rel="stylesheet" href="https://evil.example/x.css">',
      '<form action="https://evil.example/"><input name="password"></form>',
      '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg><style>*{display:none}</style>',
      '<p style="position:fixed;inset:0" onclick="x()">tutup</p></article></body><body onload="x()">',
    ].join('\n');
    const [base] = await t.storage.listNews({ limit: 1 });
    if (!base) throw new Error('the seed has no news');
    await t.storage.putNews([
      {
        id: 'nws_hostile',
        slug: 'berita-berbahaya',
        title: 'Berita <b>berbahaya</b>',
        summary: 'x',
        body: hostile,
        image: null,
        groupId: base.group.id,
        regionCode: base.regionCode,
        categoryId: base.category.id,
        tags: [],
        publishedAt: base.publishedAt,
        updatedAt: base.updatedAt,
      },
    ]);
    const response = await t.request('/berita/berita-berbahaya');
    expect(response.status).to.equal(200);
    const html = await response.text();
    const elements: { name: string; attribs: Record<string, string> }[] = [];
    const parser = new Parser({ onopentag: (name, attribs) => elements.push({ name, attribs }) });
    parser.write(html);
    parser.end();
    const names = elements.map((e) => e.name);
    for (const banned of ['script', 'iframe', 'object', 'embed', 'form', 'input', 'svg', 'style', 'base']) {
      expect(names, banned).not.to.include(banned);
    }
    expect(elements.filter((e) => e.name === 'meta').map((e) => e.attribs)).to.deep.equal([
      { charset: 'utf-8' },
      { name: 'viewport', content: 'width=device-width, initial-scale=1' },
    ]);
    expect(elements.filter((e) => e.name === 'link').map((e) => e.attribs.href)).to.deep.equal(['/kim-server.css']);
    expect(names.filter((n) => n === 'body')).to.have.length(1);
    for (const { name, attribs } of elements) {
      for (const [key, value] of Object.entries(attribs)) {
        expect(key, `${name} ${key}`).not.to.match(/^on|^style$/);
        expect(value, `${name} ${key}`).not.to.match(/javascript:|evil\.example/);
      }
    }
    expect(html).to.include('<p>Isi berita.</p>');
    expect(html).to.include('<h1>Berita &lt;b&gt;berbahaya&lt;/b&gt;</h1>');
  });

  it('generates the SVG images the data points to', async () => {
    const t = await testApp();
    const news = (await (await t.request('/v1/news?limit=1')).json()) as { data: { image: { url: string } }[] };
    const group = (await (await t.request('/v1/groups/kim-bacang-berseri')).json()) as { logo: { url: string } };
    for (const url of [news.data[0]!.image.url, group.logo.url]) {
      const response = await t.request(new URL(url).pathname);
      expect(response.status).to.equal(200);
      expect(response.headers.get('content-type')).to.equal('image/svg+xml');
      const svg = await response.text();
      expect(svg).to.match(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(svg).not.to.match(/<script|on\w+=/i);
      const again = await t.request(new URL(url).pathname);
      expect(await again.text()).to.equal(svg);
    }
    await expectProblem(await t.request('/media/news/tidak-ada.svg'), 404);
    await expectProblem(await t.request('/media/news/..%2f..%2fetc.svg'), 404);
  });
});
