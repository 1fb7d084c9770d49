import { readFileSync } from 'node:fs';
import { wtrConfig } from '../../scripts/wtr-shared.mjs';

/** The policy of issue 4; `report-uri` only adds reporting, so violations seen before any script runs count too. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; report-uri /csp/report";

const cspReports = [];

/**
 * Serves /csp/page.html with the strict policy in a header (the CSP test loads it in an iframe), collects the
 * browser's violation reports at /csp/report and hands them to the test at /csp/reports.
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

// One page at a time: a second, background tab gets no animation frames and throttled timers, and the focus and
// keyboard tests need the page to be the focused one.
export default wtrConfig({
  files: ['src/**/*.test.ts'],
  middleware: [strictCspPage],
  plugins: [emulateMediaFeatures],
  concurrency: 1,
});
