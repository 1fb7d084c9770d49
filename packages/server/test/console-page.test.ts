import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { Parser } from 'htmlparser2';
import { CONSOLE_CSP } from '../src/routes/console-page.js';
import { installedWidgetsCdn } from '../src/widgets-cdn.js';
import { testApp } from './helpers/setup.js';

describe('the console page /console/', () => {
  const root = mkdtempSync(join(tmpdir(), 'kim-console-'));
  const cdn = join(root, 'cdn');
  const bare = join(root, 'bare');
  mkdirSync(cdn);
  mkdirSync(bare);
  writeFileSync(join(cdn, 'kim-console.js'), 'export const consoleFile = 1;');
  writeFileSync(join(bare, 'kim-widgets.js'), 'export const x = 1;');

  it('serves the page with <kim-console>, one module script from /cdn/, lang id, a phone viewport, and the strict CSP', async () => {
    const t = await testApp({ cdnDir: cdn });
    const response = await t.request('/console/');
    expect(response.status).to.equal(200);
    expect(response.headers.get('content-type')).to.match(/^text\/html/);
    expect(response.headers.get('content-security-policy')).to.equal(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    );
    expect(CONSOLE_CSP).to.equal(response.headers.get('content-security-policy'));
    expect(response.headers.get('x-frame-options')).to.equal('DENY');
    expect(response.headers.get('referrer-policy')).to.equal('no-referrer');
    expect(response.headers.get('x-content-type-options')).to.equal('nosniff');
    expect(response.headers.get('cache-control')).to.equal('no-cache');

    const html = await response.text();
    const scripts: Record<string, string>[] = [];
    const elements: string[] = [];
    let htmlLang: string | undefined;
    let inlineScript = '';
    let inScript = false;
    new Parser({
      onopentag(name, attributes) {
        elements.push(name);
        if (name === 'html') htmlLang = attributes.lang;
        if (name === 'script') {
          scripts.push(attributes);
          inScript = true;
        }
        for (const attribute of Object.keys(attributes))
          expect(attribute, `${name}[${attribute}]`).not.to.match(/^on|^style$/);
      },
      ontext(text) {
        if (inScript) inlineScript += text;
      },
      onclosetag(name) {
        if (name === 'script') inScript = false;
      },
    }).end(html);
    expect(htmlLang).to.equal('id');
    expect(scripts).to.deep.equal([{ type: 'module', src: '/cdn/kim-console.js' }]);
    expect(inlineScript.trim()).to.equal('');
    expect(elements).to.include('kim-console');
    expect(elements).not.to.include('style');
    expect(html).to.match(/<meta name="viewport" content="width=device-width, initial-scale=1">/);

    // The script it loads is there, from the same server.
    const script = await t.request('/cdn/kim-console.js');
    expect(script.status).to.equal(200);
    expect(await script.text()).to.include('consoleFile');
  });

  it('preloads the chunks the console file imports, not those it loads on demand', async () => {
    const split = join(root, 'split');
    mkdirSync(split);
    writeFileSync(
      join(split, 'kim-console.js'),
      'import{a as b}from"./kim-console-chunk-5G6NTIHE.js";const l=()=>import("./kim-console-aspiration-intake-YP.js");' +
        'const e=()=>import("./kim-console-editor.js");export{b};',
    );
    const t = await testApp({ cdnDir: split });
    const links: Record<string, string>[] = [];
    new Parser({
      onopentag(name, attributes) {
        if (name === 'link' && attributes.rel === 'modulepreload') links.push(attributes);
      },
    }).end(await (await t.request('/console/')).text());
    expect(links).to.deep.equal([{ rel: 'modulepreload', href: '/cdn/kim-console-chunk-5G6NTIHE.js' }]);
    // A console file without chunks gets no preload.
    const plain = await (await (await testApp({ cdnDir: cdn })).request('/console/')).text();
    expect(plain).not.to.include('modulepreload');
    expect(plain).not.to.include('<!--');
  });

  it('redirects /console to /console/', async () => {
    const t = await testApp({ cdnDir: cdn });
    const response = await t.request('/console');
    expect(response.status).to.equal(301);
    expect(response.headers.get('location')).to.equal('/console/');
  });

  it('is not served without the console file, so no page loads a script that is not there', async () => {
    const t = await testApp({ cdnDir: bare });
    expect((await t.request('/console/')).status).to.equal(404);
  });

  it('finds the installed widgets package and its cdn/kim-console.js', () => {
    const dir = installedWidgetsCdn();
    expect(dir, 'build @kim-kit/widgets first (pnpm build)').to.be.a('string');
    expect(dir!.replaceAll('\\', '/')).to.match(/widgets\/cdn$/);
  });
});
