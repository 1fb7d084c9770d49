// Where a widget's API is when the page names none, and how a misconfigured page is told from a server in trouble.
// The dev server answers /api-probe/kim/ like a kim-server and /api-probe/other/ like a CMS (web-test-runner.config).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../define/news-feed.js';
import { KimNotFoundError } from '@kim-kit/sdk';
import type { KimNewsFeed } from '../news-feed/news-feed.js';
import {
  answersAsKimApi,
  diagnoseFailure,
  isConfigError,
  KimConfigError,
  scriptApiBase,
  useScriptOrigin,
} from './api-origin.js';

const origin = location.origin;

describe('api-origin', () => {
  afterEach(() => useScriptOrigin('about:blank'));

  describe('the API a CDN file was loaded next to', () => {
    it('is the server a file under /cdn/ came from, below any path prefix', () => {
      useScriptOrigin('https://kim.example.go.id/cdn/kim-news-feed.js');
      expect(scriptApiBase()).to.equal('https://kim.example.go.id/');
      useScriptOrigin('https://pemkot.example.go.id/kim/cdn/kim-widgets.js?v=3#x');
      expect(scriptApiBase()).to.equal('https://pemkot.example.go.id/kim/');
    });

    it('is nothing for a file elsewhere, or not served over http(s)', () => {
      for (const url of [
        'https://pemkot.example.go.id/wp-content/uploads/kim-news-feed.js',
        'https://kim.example.go.id/cdn/sub/kim-news-feed.js',
        'file:///home/site/cdn/kim-news-feed.js',
        'not a url',
      ]) {
        useScriptOrigin(url);
        expect(scriptApiBase(), url).to.equal(undefined);
      }
    });
  });

  describe('diagnoseFailure', () => {
    const notFound = new KimNotFoundError({ status: 404, code: 'not_found', title: 'Not Found' });

    it('asks the address whether it is a KIM API (Kim-Api-Version) and remembers the answer', async () => {
      expect(await answersAsKimApi(`${origin}/api-probe/kim/`)).to.equal(true);
      expect(await answersAsKimApi(`${origin}/api-probe/other/`)).to.equal(false);
      expect(await answersAsKimApi('http://127.0.0.1:9/')).to.equal(undefined);
    });

    it('turns a failure at an address that is not a KIM API into a KimConfigError naming it and the fix', async () => {
      const base = { url: `${origin}/api-probe/other/`, source: 'script' as const };
      const error = await diagnoseFailure('kim-news-feed', notFound, base);
      expect(isConfigError(error)).to.equal(true);
      const config = error as KimConfigError;
      expect(config).to.be.instanceOf(KimConfigError);
      expect(config.message).to.contain(`${origin}/api-probe/other/`);
      expect(config.message).to.contain('loaded from its /cdn/ folder');
      expect(config.message).to.contain('api-base="https://kim.example.go.id"');
      expect(config.cause).to.equal(notFound);
      expect(config.apiBase).to.deep.equal(base);
    });

    it('leaves failures of a KIM API, network failures and unreachable addresses as they are', async () => {
      const kim = { url: `${origin}/api-probe/kim/`, source: 'api-base' as const };
      expect(await diagnoseFailure('kim-news-feed', notFound, kim)).to.equal(notFound);
      const offline = Object.assign(new Error('Failed to fetch'), { name: 'KimNetworkError' });
      const other = { url: `${origin}/api-probe/other/`, source: 'api-base' as const };
      expect(await diagnoseFailure('kim-news-feed', offline, other)).to.equal(offline);
      const unreachable = { url: 'http://127.0.0.1:9/', source: 'configure' as const };
      expect(await diagnoseFailure('kim-news-feed', notFound, unreachable)).to.equal(notFound);
      expect(await diagnoseFailure('kim-news-feed', notFound, undefined)).to.equal(notFound);
    });
  });

  describe('in a widget', () => {
    /** A feed at `apiBase`, with the kim-error it fires and what it logs. */
    async function feedAt(apiBase: string | undefined) {
      const logged: unknown[] = [];
      const consoleError = console.error;
      console.error = (...args: unknown[]) => logged.push(...args);
      try {
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        const errored = new Promise<unknown>((resolve) =>
          wrapper.addEventListener('kim-error', (event) => resolve(event.error), { once: true }),
        );
        const el = document.createElement('kim-news-feed') as KimNewsFeed;
        if (apiBase) el.apiBase = apiBase;
        wrapper.append(el);
        const error = await errored;
        await waitUntil(() => el.shadowRoot!.querySelector('[part~="error"]'), 'no error panel');
        return { el, error, logged, panel: el.shadowRoot!.querySelector('[part~="error"]')! };
      } finally {
        console.error = consoleError;
      }
    }

    it('tells the site builder what to change, without a retry button, when no API is set anywhere', async () => {
      const { el, error, logged, panel } = await feedAt(undefined);
      expect(isConfigError(error)).to.equal(true);
      expect(logged).to.deep.equal([error]);
      expect(panel.textContent).to.contain('Widget ini belum terhubung ke server KIM.');
      expect(panel.textContent).to.contain('atribut api-base');
      expect(panel.querySelector('[part~="retry-button"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('does the same when api-base points at something that is not a KIM API', async () => {
      const { error, panel } = await feedAt('/api-probe/other/');
      expect(isConfigError(error)).to.equal(true);
      expect((error as Error).message).to.contain('given in the api-base attribute');
      expect(panel.querySelector('[part~="retry-button"]')).to.equal(null);
    });

    it('keeps the retry button when a KIM API answers with an error', async () => {
      const { error, panel } = await feedAt('/api-probe/kim/');
      expect(isConfigError(error)).to.equal(false);
      expect((error as Error).name).to.match(/^Kim\w*Error$/);
      expect(panel.querySelector('[part~="retry-button"]')).not.to.equal(null);
    });
  });
});
