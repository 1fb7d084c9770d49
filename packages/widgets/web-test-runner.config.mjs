import { readFileSync } from 'node:fs';
import { wtrConfig } from '../../scripts/wtr-shared.mjs';

/** The policy of issue 4; `report-uri` only adds reporting, so violations seen before any script runs count too. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; report-uri /csp/report";

const cspReports = [];

/**
 * Serves /csp/page.html with the strict policy in a header (the CSP test loads it in an iframe), collects the
 * browser's violation reports at /csp/report and hands them to the test at /csp/reports (`?clear` empties them).
 */
async function strictCspPage(ctx, next) {
  if (ctx.path === '/csp/page.html') {
    ctx.set('Content-Security-Policy', STRICT_CSP);
    ctx.type = 'html';
    ctx.body = readFileSync(new URL('./src/test-fixtures/csp-page.html', import.meta.url), 'utf8');
    return;
  }
  if (ctx.path === '/csp/report' && ctx.method === 'POST') {
    let body = '';
    for await (const chunk of ctx.req) body += chunk;
    cspReports.push(body);
    ctx.status = 204;
    return;
  }
  if (ctx.path === '/csp/reports') {
    // `?clear` starts a new page's count (the CSP test loads the page twice).
    if ('clear' in ctx.query) cspReports.length = 0;
    ctx.type = 'json';
    ctx.body = JSON.stringify(cspReports);
    return;
  }
  return next();
}

/**
 * `emulate-media-features`: any CSS media feature, `forced-colors` included (the stock `emulateMedia` command of the
 * Chrome launcher knows only colour scheme and reduced motion). Payload: `{ features: [{ name, value }] }`.
 */
const emulateMediaFeatures = {
  name: 'kim-emulate-media-features',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-media-features') return undefined;
    await session.browser.getPage(session.id).emulateMediaFeatures(payload.features);
    return true;
  },
};

/**
 * Two API addresses for the api-base tests: /api-probe/kim/ answers like a kim-server refusing the request (a 400
 * problem, which the SDK does not retry, and a /healthz, all marked Kim-Api-Version), /api-probe/other/ like a CMS that
 * knows no KIM API (HTML 404 pages).
 */
async function apiProbe(ctx, next) {
  if (ctx.path.startsWith('/api-probe/kim/')) {
    ctx.set('Kim-Api-Version', '1');
    if (ctx.path === '/api-probe/kim/healthz') {
      ctx.type = 'json';
      ctx.body = '{"status":"ok"}';
    } else {
      ctx.status = 400;
      ctx.type = 'application/problem+json';
      ctx.body = JSON.stringify({ type: 'about:blank', title: 'Bad Request', status: 400, code: 'bad_request' });
    }
    return;
  }
  if (ctx.path.startsWith('/api-probe/other/')) {
    ctx.status = 404;
    ctx.type = 'html';
    ctx.body = '<!doctype html><title>Halaman tidak ditemukan</title><h1>404</h1>';
    return;
  }
  return next();
}

// One page at a time: a second, background tab gets no animation frames and throttled timers, and the focus and
// keyboard tests need the page to be the focused one.
export default wtrConfig({
  files: ['src/**/*.test.ts'],
  middleware: [strictCspPage, apiProbe],
  plugins: [emulateMediaFeatures],
  concurrency: 1,
});
