import type { RequestOptions } from '../options.js';
import type { ListPromise } from '../pagination.js';
import type { Send } from '../request.js';
import { ApiToken, type ApiTokenInput, CreatedApiToken } from '../schemas/account.js';
import { NoContent, pagedList } from './admin-calls.js';

/** Paging of `auth.tokens.list`. */
export interface OwnTokenListParams {
  /**
   * Page size, 1 to 100.
   * @default 20
   */
  limit?: number | undefined;
  /** Start at this page (a `nextCursor` from an earlier page). */
  cursor?: string | undefined;
}

/**
 * The signed-in person's personal API tokens: for an integration (a city portal, a script) that calls the API on
 * their behalf, with one of their roles, until it expires or is revoked.
 */
export interface OwnTokensResource {
  /**
   * Lists the person's tokens (never their secrets).
   * @example for await (const token of kim.auth.tokens.list()) console.log(token.name, token.expiresAt);
   */
  list(params?: OwnTokenListParams, options?: RequestOptions): ListPromise<ApiToken>;
  /**
   * Creates a token with one of the person's roles. Its `secret` is in this answer only: show it once, store it in
   * the integration's secret store, never in code or logs.
   * @example
   * const { secret, token } = await kim.auth.tokens.create({
   *   name: 'Portal kota',
   *   membership: { role: 'dinas', regionCode: '19.71' },
   *   expiresInDays: 90,
   * });
   */
  create(input: ApiTokenInput, options?: RequestOptions): Promise<CreatedApiToken>;
  /**
   * Revokes a token: calls made with it are refused from now on.
   * @example await kim.auth.tokens.revoke(token.id);
   */
  revoke(id: string, options?: RequestOptions): Promise<void>;
}

export function ownTokensResource(send: Send): OwnTokensResource {
  const path = ['v1', 'auth', 'tokens'];
  return Object.freeze({
    list: (params = {}, options) => pagedList(send, path, ApiToken, { ...params }, options),
    create: (input, options) =>
      send({ method: 'POST', path, json: input, schema: CreatedApiToken, auth: true }, options),
    revoke: (id, options) => send({ method: 'DELETE', path: [...path, id], schema: NoContent, auth: true }, options),
  } satisfies OwnTokensResource);
}
