// Security headers: a strict CSP for HTML pages, and nothing executable anywhere else.

/** The CSP of HTML pages: only this origin's scripts, styles, images and API. */
export const PAGE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "frame-ancestors 'self'; base-uri 'self'; form-action 'self'; object-src 'none'";

/** The CSP of everything else (JSON, SVG, scripts served as files): load nothing, never framed. */
export const RESOURCE_CSP = "default-src 'none'; frame-ancestors 'none'";

const COMMON = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
} as const;

/** For API responses, images and files: widgets on other municipal sites may load them. */
export const RESOURCE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  ...COMMON,
  'X-Frame-Options': 'DENY',
  'Content-Security-Policy': RESOURCE_CSP,
  'Cross-Origin-Resource-Policy': 'cross-origin',
};

/** For HTML pages. */
export const PAGE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  ...COMMON,
  'X-Frame-Options': 'SAMEORIGIN',
  'Content-Security-Policy': PAGE_CSP,
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
};
