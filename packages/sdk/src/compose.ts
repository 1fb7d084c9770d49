// A client of only the resources a program uses, so a bundler leaves the others (and their schemas) out: a page
// with one news feed should not download the officials' console.
import type { KimClientOptions } from './options.js';
import { createSender, type Send } from './request.js';

/**
 * The connection to one API that resources share: base URL, token, retries, time budget, hooks and the ETag
 * cache. Create it once with {@link createKimTransport} and compose resources on it as they are needed.
 */
export interface KimTransport {
  /** @internal */
  readonly send: Send;
}

/** Builds a resource on a transport (`newsResource`, `groupsResource`, …). */
export type ResourceFactory<R = unknown> = (send: Send) => R;

/** The client made of the given resources, each under its own name. */
export type ComposedClient<F extends Record<string, ResourceFactory>> = {
  readonly [K in keyof F]: ReturnType<F[K]>;
};

/**
 * Creates a transport: the options are checked here as by `createKimClient` (a `baseUrl` that is not an http(s)
 * URL throws a `TypeError`).
 * @example const transport = createKimTransport({ baseUrl: 'https://kim.example.go.id' });
 */
export function createKimTransport(options: KimClientOptions): KimTransport {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError("createKimTransport: expected options, e.g. { baseUrl: 'https://kim.example.go.id/api' }");
  }
  return Object.freeze({ send: createSender(options) });
}

/**
 * A client with only the resources given, on a new transport (from options) or a shared one. Everything else of the
 * SDK stays out of the bundle. A full `KimClient` has the same shape, so code written against
 * `ComposedClient<{ news: typeof newsResource }>` accepts either.
 *
 * @example
 * import { composeKimClient, newsResource, categoriesResource } from '@kim-kit/sdk';
 *
 * const kim = composeKimClient({ baseUrl: 'https://kim.example.go.id' }, { news: newsResource, categories: categoriesResource });
 * const { data } = await kim.news.list({ region: '19.71', limit: 5 });
 */
export function composeKimClient<F extends Record<string, ResourceFactory>>(
  transport: KimTransport | KimClientOptions,
  resources: F,
): ComposedClient<F> {
  const { send } = 'send' in transport ? transport : createKimTransport(transport);
  const client: Record<string, unknown> = {};
  for (const [name, factory] of Object.entries(resources)) client[name] = factory(send);
  return Object.freeze(client) as ComposedClient<F>;
}
