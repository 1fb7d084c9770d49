import type { RequestOptions } from '../options.js';
import { createListPromise, type ListPromise } from '../pagination.js';
import type { Send } from '../request.js';
import type { AspirationStatus } from '../schemas/aspiration.js';
import { AspirationAdminView, type AspirationStatusChange } from '../schemas/aspiration-admin.js';
import { Page } from '../schemas/page.js';

const AdminPage = Page(AspirationAdminView);

/** Filters of `admin.aspirations.list`. */
export interface AdminAspirationListParams {
  /** Only aspirations in this status. */
  status?: AspirationStatus | undefined;
  /**
   * Page size, 1 to 100.
   * @default 20
   */
  limit?: number | undefined;
  /** Start at this page (a `nextCursor` from an earlier page). */
  cursor?: string | undefined;
}

/**
 * Administration of aspirations, reporter data included. Needs the client's `token`; without a valid one every
 * call rejects with `KimAuthError`.
 */
export interface AdminAspirationsResource {
  /**
   * Lists aspirations, newest first.
   * @example for await (const a of admin.aspirations.list({ status: 'received' })) console.log(a.trackingCode);
   */
  list(params?: AdminAspirationListParams, options?: RequestOptions): ListPromise<AspirationAdminView>;
  /** Gets one aspiration by id. */
  get(id: string, options?: RequestOptions): Promise<AspirationAdminView>;
  /**
   * Moves an aspiration to its next status (see `ASPIRATION_TRANSITIONS`). A rejection needs a `note`.
   * Not retried: a status change is not idempotent.
   * @example await admin.aspirations.setStatus(id, { status: 'verified', note: 'Diteruskan ke Dinas PUPR' });
   */
  setStatus(id: string, change: AspirationStatusChange, options?: RequestOptions): Promise<AspirationAdminView>;
}

export function adminAspirationsResource(send: Send): AdminAspirationsResource {
  const path = ['v1', 'admin', 'aspirations'];
  return {
    list: ({ cursor: start, ...params } = {}, options) =>
      createListPromise(
        (cursor) =>
          send(
            {
              method: 'GET',
              path,
              query: { ...params, cursor },
              schema: AdminPage,
              auth: true,
            },
            options,
          ),
        start,
      ),
    get: (id, options) =>
      send({ method: 'GET', path: [...path, id], schema: AspirationAdminView, auth: true }, options),
    setStatus: (id, change, options) =>
      send(
        { method: 'POST', path: [...path, id, 'status'], json: change, schema: AspirationAdminView, auth: true },
        options,
      ),
  };
}
