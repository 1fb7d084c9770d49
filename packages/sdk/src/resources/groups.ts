import type { RequestOptions } from '../options.js';
import { createListPromise, type ListPromise } from '../pagination.js';
import type { Send } from '../request.js';
import { type FocusArea, KimGroup } from '../schemas/group.js';
import { Page } from '../schemas/page.js';

const GroupPage = Page(KimGroup);

/** Filters of `groups.list`. */
export interface GroupListParams {
  /**
   * Region code prefix: groups of that region and everything inside it.
   * @example '19.71' (all of Kota Pangkal Pinang)
   */
  region?: string | undefined;
  /** Full-text search in names and addresses. */
  q?: string | undefined;
  /** Only groups with this focus area. */
  focus?: FocusArea | undefined;
  /**
   * Page size, 1 to 100.
   * @default 20
   */
  limit?: number | undefined;
  /** Start at this page (a `nextCursor` from an earlier page). */
  cursor?: string | undefined;
}

/** KIM groups (Kelompok Informasi Masyarakat). */
export interface GroupsResource {
  /**
   * Lists groups.
   * @example const { data } = await client.groups.list({ region: '19.71', focus: 'umkm' });
   */
  list(params?: GroupListParams, options?: RequestOptions): ListPromise<KimGroup>;
  /**
   * Gets one group by id or slug. Rejects with `KimNotFoundError` when there is none.
   * @example await client.groups.get('kim-bacang-bersatu')
   */
  get(idOrSlug: string, options?: RequestOptions): Promise<KimGroup>;
}

export function groupsResource(send: Send): GroupsResource {
  return {
    list: ({ cursor: start, ...params } = {}, options) =>
      createListPromise(
        (cursor) =>
          send({ method: 'GET', path: ['v1', 'groups'], query: { ...params, cursor }, schema: GroupPage }, options),
        start,
      ),
    get: (idOrSlug, options) => send({ method: 'GET', path: ['v1', 'groups', idOrSlug], schema: KimGroup }, options),
  };
}
