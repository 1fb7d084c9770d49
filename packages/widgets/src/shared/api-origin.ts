// Where a widget's API is when the page names none, and how a widget tells a misconfigured page (no API, or an address
// that is not a KIM API) from a server having trouble: the first needs the site builder, the second a retry.

/** How a widget came by its API's address, for the message that explains a wrong one. */
export type ApiBaseSource = 'api-base' | 'configure' | 'script';

/** The base URL a widget sends its requests to (absolute, ending in `/`), and where that URL came from. */
export interface ApiBase {
  url: string;
  source: ApiBaseSource;
}

/** The response header every kim-server response carries. */
const API_HEADER = 'kim-api-version';

// Set by the CDN entry files only: a copy bundled into an app has no server it was loaded from.
let fromScript: string | undefined;

/**
 * Called by each CDN file with its own URL. A file served at `<base>/cdn/<name>.js`, as kim-server serves the
 * widgets, makes `<base>/` the default API of this copy: `<script src="https://kim.example.go.id/cdn/kim-news-feed.js">`
 * needs no `api-base`. Files elsewhere (a CMS upload folder) set nothing. A `/cdn/` that is not a kim-server (a public
 * CDN such as unpkg) is caught by {@link diagnoseFailure} on the first request.
 */
export function useScriptOrigin(scriptUrl: string): void {
  try {
    const url = new URL(scriptUrl);
    const match = /^(.*\/)cdn\/[^/]+\.js$/.exec(url.pathname);
    fromScript =
      (url.protocol === 'https:' || url.protocol === 'http:') && match ? `${url.origin}${match[1]}` : undefined;
  } catch {
    fromScript = undefined;
  }
}

/** The API base this copy of the widgets was loaded next to, if any. */
export function scriptApiBase(): string | undefined {
  return fromScript;
}

/**
 * The page's configuration cannot work: no API is set anywhere, or the address in use does not answer as a KIM API.
 * Retrying cannot help; the message says what to change, for the site builder.
 */
export class KimConfigError extends Error {
  override name = 'KimConfigError';
  /** The address that was tried, when there was one. */
  readonly apiBase: ApiBase | undefined;

  constructor(message: string, apiBase?: ApiBase, options?: ErrorOptions) {
    super(message, options);
    this.apiBase = apiBase;
  }
}

/** Whether `error` is a {@link KimConfigError}, also from another copy of the widgets on the page. */
export function isConfigError(error: unknown): error is KimConfigError {
  return error instanceof KimConfigError || (error as Error | undefined)?.name === 'KimConfigError';
}

const HOW_TO_FIX = (tag: string) =>
  `Fix it in one of these ways: add api-base="https://kim.example.go.id" (your kim-server's address) to <${tag}>; ` +
  `or load the widget from your kim-server, <script type="module" src="https://kim.example.go.id/cdn/${tag}.js">, ` +
  'which makes that server the default; or call configure({ baseUrl }) once for the page.';

/** The error for a widget that has no API at all. */
export function noApiError(tag: string): KimConfigError {
  return new KimConfigError(`<${tag}> has no KIM API to talk to. ${HOW_TO_FIX(tag)}`);
}

const WHY: Record<ApiBaseSource, string> = {
  'api-base': 'given in the api-base attribute',
  configure: 'given to configure({ baseUrl })',
  script: 'assumed because the widget file was loaded from its /cdn/ folder',
};

// One probe per address and page: several widgets failing at once ask once.
const probes = new Map<string, Promise<boolean | undefined>>();

/**
 * Whether `base` is a KIM API: true or false when its `/healthz` answered (kim-server marks every answer with
 * `Kim-Api-Version`), `undefined` when it could not be asked (offline, or no CORS for this page).
 */
export function answersAsKimApi(base: string): Promise<boolean | undefined> {
  let probe = probes.get(base);
  if (!probe) {
    probe = fetch(new URL('healthz', base), { credentials: 'omit', cache: 'no-store' }).then(
      (response) => {
        response.body?.cancel().catch(() => {});
        return response.headers.has(API_HEADER);
      },
      () => {
        probes.delete(base);
        return undefined;
      },
    );
    probes.set(base, probe);
  }
  return probe;
}

/** Failures that say nothing about the address: the network, the caller, or a busy server. */
const TRANSIENT = new Set(['KimNetworkError', 'KimTimeoutError', 'KimRateLimitError', 'AbortError', 'TimeoutError']);

/**
 * What a failed request means. When the API's address answered, but not as a KIM API would (an HTML 404 from a CMS or
 * a public CDN, a page that is not JSON), and its `/healthz` has no `Kim-Api-Version` either, the page is
 * misconfigured: a {@link KimConfigError} naming the address, where it came from and the fix, with the original
 * error as its cause. Any other failure is returned as it is.
 */
export async function diagnoseFailure(tag: string, error: unknown, base: ApiBase | undefined): Promise<unknown> {
  if (!base || isConfigError(error) || TRANSIENT.has((error as Error | undefined)?.name ?? '')) return error;
  if ((await answersAsKimApi(base.url)) !== false) return error;
  return new KimConfigError(
    `<${tag}>: ${base.url} (${WHY[base.source]}) is not a KIM API: ${(error as Error)?.message ?? String(error)}. ` +
      HOW_TO_FIX(tag),
    base,
    { cause: error },
  );
}
