import type { RequestOptions, WriteOptions } from '../options.js';
import type { ListPromise } from '../pagination.js';
import type { Send } from '../request.js';
import { GroupAdminView, type GroupInput, type GroupUpdate } from '../schemas/group-admin.js';
import { pagedList, recordWrite } from './admin-calls.js';

/** Filters of `admin.groups.list`. */
export interface AdminGroupListParams {
  /**
   * Region code prefix: groups of that region and everything inside it (within the person's scope).
   * @example '19.71.01' (Kecamatan Bukit Intan)
   */
  region?: string | undefined;
  /** Full-text search in names and addresses. */
  q?: string | undefined;
  /**
   * `archived` lists the archived groups; without it, both active and inactive groups are listed.
   * @example 'archived'
   */
  status?: 'active' | 'inactive' | 'archived' | undefined;
  /**
   * Page size, 1 to 100.
   * @default 20
   */
  limit?: number | undefined;
  /** Start at this page (a `nextCursor` from an earlier page). */
  cursor?: string | undefined;
}

/**
 * The KIM registry: a Dinas official registers, edits and archives the groups of their region; a group's operators
 * keep its profile (not its region, slug or status). Operators list only their own groups.
 */
export interface AdminGroupsResource {
  /**
   * Lists the groups the person may manage.
   * @example for await (const group of kim.admin.groups.list({ region: '19.71' })) console.log(group.name);
   */
  list(params?: AdminGroupListParams, options?: RequestOptions): ListPromise<GroupAdminView>;
  /**
   * Gets one group by id, with its registry fields and `version`.
   * @example const group = await kim.admin.groups.get('grp_1');
   */
  get(id: string, options?: RequestOptions): Promise<GroupAdminView>;
  /**
   * Registers a group for a village (a Dinas official, within their region). The slug comes from the name unless
   * given; a slug already taken rejects with `KimConflictError`.
   * @example
   * const group = await kim.admin.groups.create({
   *   name: 'KIM Bacang Bersatu',
   *   regionCode: '19.71.01.1006',
   *   decree: { number: '12/KEL-BCG/2024', date: '2024-03-01', issuer: 'Lurah Bacang' },
   *   focusAreas: ['umkm', 'digital'],
   * });
   */
  create(input: GroupInput, options?: RequestOptions): Promise<GroupAdminView>;
  /**
   * Changes a group; absent fields stay as they are. A changed slug keeps redirecting from the old one. Rejects
   * with `KimPreconditionFailedError` (with `current`) when the group changed since `version`.
   * @example group = await kim.admin.groups.update(group.id, { memberCount: 15 }, { version: group.version });
   */
  update(id: string, patch: GroupUpdate, options: WriteOptions): Promise<GroupAdminView>;
  /**
   * Archives a group: it leaves the public directory (its page answers 410 Gone); its news stays.
   * @example group = await kim.admin.groups.archive(group.id, { version: group.version });
   */
  archive(id: string, options: WriteOptions): Promise<GroupAdminView>;
  /** Brings an archived group back. */
  restore(id: string, options: WriteOptions): Promise<GroupAdminView>;
}

export function adminGroupsResource(send: Send): AdminGroupsResource {
  const path = ['v1', 'admin', 'groups'];
  return Object.freeze({
    list: (params = {}, options) => pagedList(send, path, GroupAdminView, { ...params }, options),
    get: (id, options) => send({ method: 'GET', path: [...path, id], schema: GroupAdminView, auth: true }, options),
    create: (input, options) =>
      send({ method: 'POST', path, json: input, schema: GroupAdminView, auth: true }, options),
    update: (id, patch, options) => send(recordWrite(GroupAdminView, 'PATCH', [...path, id], options, patch), options),
    archive: (id, options) => send(recordWrite(GroupAdminView, 'POST', [...path, id, 'archive'], options), options),
    restore: (id, options) => send(recordWrite(GroupAdminView, 'POST', [...path, id, 'restore'], options), options),
  } satisfies AdminGroupsResource);
}
