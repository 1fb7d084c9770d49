// /console/: the KIM console, a page assembled only from the console widgets (cdn/kim-console.js), under a strict
// Content-Security-Policy: no inline script or style, scripts and API only from this server, never framed.
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

export function consolePageRoutes(app: Hono<AppEnv>): void {
  app.get('/console', (c) => c.redirect('/console/', 301));
  app.get('/console/', (c) =>
    markComplete(new Response(CONSOLE_PAGE, { status: 200, headers: { ...baseHeaders(c), ...CONSOLE_HEADERS } })),
  );
}
