// /console/: the KIM console, a page assembled only from the console widgets (cdn/kim-console.js), under a strict
// Content-Security-Policy: no inline script or style, scripts and API only from this server, never framed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { baseHeaders, markComplete } from '../http/response-headers.js';

/** The console's policy (issue 13): stricter than the site's pages, as the console holds a session secret. */
export const CONSOLE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; " +
  "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/** The page: Bahasa Indonesia, phone viewport, one module script; <kim-console> finds the API at this server. */
export const CONSOLE_PAGE = `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Konsol KIM</title>
<link rel="icon" href="data:,">
<script type="module" src="/cdn/kim-console.js"></script>
<!--preloads-->
</head>
<body>
<kim-console></kim-console>
<noscript>Konsol KIM memerlukan JavaScript. / The KIM Console needs JavaScript.</noscript>
</body>
</html>
`;

const CONSOLE_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'no-cache',
  'Content-Security-Policy': CONSOLE_CSP,
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
} as const;

/**
 * The chunks cdn/kim-console.js imports statically (`from"./kim-console-chunk-….js"`, as the widgets' split build
 * writes them): the page preloads them beside the console's file, so that they download at once rather than one round
 * trip later. Their names carry a content hash, and are read when the server starts.
 */
export function consoleChunks(cdnDir: string): string[] {
  let code: string;
  try {
    code = readFileSync(join(cdnDir, 'kim-console.js'), 'utf8');
  } catch {
    return [];
  }
  const names = [...code.matchAll(/(?:\bfrom|\bimport)\s*"\.\/(kim-console-[\w.-]+\.js)"/g)].map((m) => m[1] ?? '');
  return [...new Set(names)];
}

/** The page with a `modulepreload` link per chunk the console's file imports. */
export const consolePage = (chunks: readonly string[]) =>
  CONSOLE_PAGE.replace(
    '<!--preloads-->\n',
    chunks.map((file) => `<link rel="modulepreload" href="/cdn/${encodeURIComponent(file)}">\n`).join(''),
  );

export function consolePageRoutes(app: Hono<AppEnv>, cdnDir?: string): void {
  const page = consolePage(cdnDir === undefined ? [] : consoleChunks(cdnDir));
  app.get('/console', (c) => c.redirect('/console/', 301));
  app.get('/console/', (c) =>
    markComplete(new Response(page, { status: 200, headers: { ...baseHeaders(c), ...CONSOLE_HEADERS } })),
  );
}
