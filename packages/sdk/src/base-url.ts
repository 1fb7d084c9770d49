// Checks the `baseUrl` option when the client is created, so a mistake is reported there, in words, rather than as a
// bare "Invalid URL" at the first call.

const EXAMPLE = 'https://kim.example.go.id/api';

/**
 * The absolute base URL of the API, always ending in `/` so that paths are appended to it.
 *
 * @param value the `baseUrl` option: an absolute http(s) URL, or in a browser a URL relative to the page
 * @throws TypeError naming what was expected
 */
export function resolveBaseUrl(value: unknown): URL {
  const fail = (problem: string): never => {
    throw new TypeError(`createKimClient: \`baseUrl\` ${problem}`);
  };
  if (value === undefined || value === null || value === '') fail(`is required, e.g. '${EXAMPLE}'`);
  if (typeof value !== 'string' && !(value instanceof URL)) {
    fail(`must be a string or a URL, e.g. '${EXAMPLE}' (got ${typeof value})`);
  }
  const text = String(value).trim();
  let url: URL;
  try {
    url = new URL(text, globalThis.location?.href);
  } catch {
    // Outside a browser there is no page to resolve a relative URL against.
    return fail(`'${text}' is not a valid absolute URL: expected an http(s) URL, e.g. '${EXAMPLE}'`);
  }
  if (!/^https?:$/.test(url.protocol)) {
    // 'localhost:8787' parses as a URL whose scheme is 'localhost:'.
    const guess = /^[\w.-]+:\d+(\/|$)/.test(text) ? `; did you mean 'http://${text}'?` : '';
    fail(`'${text}' is not an http(s) URL: expected one such as '${EXAMPLE}'${guess}`);
  }
  if (url.username || url.password) fail('must not contain a user name or password: use the `token` option');
  if (url.search || url.hash) fail(`'${text}' must not have a query or a fragment`);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}
