// Which API a widget talks to, decided in one place: the client to call, the client for lists, and the scope that
// names the API in storage keys (the form's drafts and outbox).
import { createKimClient, type KimClient } from '@kim-kit/sdk';
import type { ApiBase, ApiBaseSource } from './api-origin.js';

/** A resolved API. The same inputs give the same object, so a task keyed on it reruns only when the API changes. */
export interface ApiSource {
  /** The client for every call; the SDK validates each response against the contract. */
  readonly client: KimClient;
  /**
   * The client for list pages. For a client the widgets made from a URL, it skips the SDK's check of the page as a
   * whole and the widget checks each item (`validItems`), so one bad item does not hide a whole list. A client the
   * host made is used as it is, with its own validation setting.
   */
  readonly lists: KimClient;
  /** Whether the widget must check list items itself (`lists` does not validate). */
  readonly checkItems: boolean;
  /**
   * Names the API in storage keys, stable across page loads: `url:<absolute base URL>` for a base URL, `client:<n>`
   * for a client object (numbered in the order the page first hands it to a widget).
   */
  readonly scope: string;
  /**
   * The base URL and where it came from, for a client the widgets made from a URL: what `diagnoseFailure` checks
   * when a request fails in a way a KIM API would not. `undefined` for a client the host made.
   */
  readonly address?: ApiBase;
}

/** Where a widget may get its API from, strongest first. */
export interface ApiChoices {
  /** The element's `client` property. */
  client?: KimClient | undefined;
  /** The element's `api-base` attribute. */
  apiBase?: string | undefined;
  /** `configure({ client })`. */
  configuredClient?: KimClient | undefined;
  /** `configure({ baseUrl })`. */
  configuredBaseUrl?: string | undefined;
  /** The KIM server the CDN file of this copy of the widgets came from (see `useScriptOrigin`). */
  scriptBaseUrl?: string | undefined;
}

const byUrl = new Map<string, ApiSource>();
const byClient = new WeakMap<KimClient, ApiSource>();
let clientCount = 0;

/** The API source of a client the host made. */
function fromClient(client: KimClient): ApiSource {
  let source = byClient.get(client);
  if (!source) {
    clientCount += 1;
    source = { client, lists: client, checkItems: false, scope: `client:${clientCount}` };
    byClient.set(client, source);
  }
  return source;
}

/** The API source of a base URL (relative URLs resolve against the page), or `undefined` when it does not parse. */
function fromUrl(base: string, from: ApiBaseSource): ApiSource | undefined {
  let url: string;
  let source: ApiSource | undefined;
  try {
    url = new URL(base, document.baseURI).href;
    source = byUrl.get(`${from} ${url}`);
    if (!source) {
      // The SDK refuses a base URL it cannot call (no http(s) scheme): the widget then has no API, and says so.
      source = {
        client: createKimClient({ baseUrl: url }),
        lists: createKimClient({ baseUrl: url, validate: false }),
        checkItems: true,
        scope: `url:${url}`,
        address: { url: url.replace(/\/*$/, '/'), source: from },
      };
      byUrl.set(`${from} ${url}`, source);
    }
  } catch {
    return undefined;
  }
  return source;
}

/**
 * The API a widget uses: its own `client`, else its `api-base`, else the page-wide client, else the page-wide base
 * URL, else the KIM server its CDN file came from.
 */
export function resolveApi(choices: ApiChoices): ApiSource | undefined {
  if (choices.client) return fromClient(choices.client);
  if (choices.apiBase) return fromUrl(choices.apiBase, 'api-base');
  if (choices.configuredClient) return fromClient(choices.configuredClient);
  if (choices.configuredBaseUrl) return fromUrl(choices.configuredBaseUrl, 'configure');
  if (choices.scriptBaseUrl) return fromUrl(choices.scriptBaseUrl, 'script');
  return undefined;
}
