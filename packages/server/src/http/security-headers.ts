// Security headers on every response: a strict CSP for HTML, and nothing executable anywhere else.
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './app-env.js';

/** The CSP of HTML pages: only this origin's scripts, styles, images and API. */
export const PAGE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "frame-ancestors 'self'; base-uri 'self'; form-action 'self'; object-src 'none'";

/** The CSP of everything else (JSON, SVG, scripts served as files): load nothing, never framed. */
export const RESOURCE_CSP = "default-src 'none'; frame-ancestors 'none'";

export const securityHeaders = () =>
  createMiddleware<AppEnv>(async (c, next) => {
    await next();
    const headers = c.res.headers;
    const html = (headers.get('content-type') ?? '').startsWith('text/html');
    headers.set('X-Content-Type-Options', 'nosniff');
    headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
    headers.set('X-Frame-Options', html ? 'SAMEORIGIN' : 'DENY');
    headers.set('Content-Security-Policy', html ? PAGE_CSP : RESOURCE_CSP);
    // Widgets on other municipal sites load the API, scripts and images from here.
    headers.set('Cross-Origin-Resource-Policy', html ? 'same-origin' : 'cross-origin');
    if (html) headers.set('Cross-Origin-Opener-Policy', 'same-origin');
  });
