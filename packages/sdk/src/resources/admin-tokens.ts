import type { RequestOptions } from '../options.js';
import type { ListPromise } from '../pagination.js';
import type { Send } from '../request.js';
import { ApiToken } from '../schemas/account.js';
import { NoContent, pagedList } from './admin-calls.js';

/** Filters of `admin.tokens.list`. */
export interface AdminTokenListParams {
  /** Only the tokens of this person (their id). */
  owner?: string | undefined;
  /**
   * `true` lists revoked and expired tokens too.
   * @default false
   */
  all?: boolean | undefined;
  /**
   * Page size, 1 to 100.
   * @default 20
   */
  limit?: number | undefined;
  /** Start at this page (a `nextCursor` from an earlier page). */
  cursor?: string | undefined;
}

/** Everyone's personal API tokens, for admins and for Dinas officials within their region: see and revoke. */
export interface AdminTokensResource {
  /**
   * Lists tokens (never their secrets).
   * @example for await (const token of kim.admin.tokens.list({ owner: user.id })) console.log(token.name);
   */
  list(params?: AdminTokenListParams, options?: RequestOptions): ListPromise<ApiToken>;
  /**
   * Revokes a token: calls made with it are refused from now on.
   * @example await kim.admin.tokens.revoke(token.id);
   */
  revoke(id: string, options?: RequestOptions): Promise<void>;
}

export function adminTokensResource(send: Send): AdminTokensResource {
  const path = ['v1', 'admin', 'tokens'];
  return Object.freeze({
    list: (params = {}, options) => pagedList(send, path, ApiToken, { ...params }, options),
    revoke: (id, options) => send({ method: 'DELETE', path: [...path, id], schema: NoContent, auth: true }, options),
  } satisfies AdminTokensResource);
}
