import type { RequestOptions, WriteOptions } from '../options.js';
import type { ListPromise } from '../pagination.js';
import type { Send } from '../request.js';
import {
  InvitationLink,
  InvitedUser,
  type InviteUserInput,
  type Role,
  User,
  type UserStatus,
  type UserUpdate,
} from '../schemas/account.js';
import { pagedList, recordWrite } from './admin-calls.js';

/** Filters of `admin.users.list`. */
export interface AdminUserListParams {
  /** Search in names and email addresses. */
  q?: string | undefined;
  /** Only people with this role. */
  role?: Role | undefined;
  /**
   * People with a role inside this region (a Dinas scope or a group's village), by code prefix.
   * @example '19.71'
   */
  region?: string | undefined;
  /** Operators of this group (its id). */
  group?: string | undefined;
  /** Only people in this status (`invited`: they have not set a password yet). */
  status?: UserStatus | undefined;
  /**
   * Page size, 1 to 100.
   * @default 20
   */
  limit?: number | undefined;
  /** Start at this page (a `nextCursor` from an earlier page). */
  cursor?: string | undefined;
}

/**
 * People and their roles. Admins manage everyone; a Dinas official invites and manages Dinas officials and KIM
 * operators inside their region, never admins. Nobody changes their own roles.
 */
export interface AdminUsersResource {
  /**
   * Lists the people the signed-in person may manage.
   * @example for await (const user of kim.admin.users.list({ role: 'kim', region: '19.71' })) console.log(user.email);
   */
  list(params?: AdminUserListParams, options?: RequestOptions): ListPromise<User>;
  /** Gets one person by id, with their roles and `version`. */
  get(id: string, options?: RequestOptions): Promise<User>;
  /**
   * Invites a person with one or more roles. Until mail is configured, the answer's `invitation.url` is the
   * one-time link (valid 72 hours) to pass on to them: show it once, do not log it.
   * @example
   * const { user, invitation } = await kim.admin.users.invite({
   *   email: 'operator.bacang@example.org',
   *   name: 'Rina Operator',
   *   memberships: [{ role: 'kim', groupId: 'grp_1' }],
   * });
   */
  invite(input: InviteUserInput, options?: RequestOptions): Promise<InvitedUser>;
  /**
   * Changes a person's name, roles or status. Disabling (`status: 'disabled'`) ends every session and token of
   * the person.
   * @example user = await kim.admin.users.update(user.id, { status: 'disabled' }, { version: user.version });
   */
  update(id: string, patch: UserUpdate, options: WriteOptions): Promise<User>;
  /**
   * A new one-time link for a person: a new invitation for someone who has not accepted yet, or a password reset
   * for an active account. The previous link stops working.
   * @example const { url, expiresAt } = await kim.admin.users.reissueInvitation(user.id);
   */
  reissueInvitation(id: string, options?: RequestOptions): Promise<InvitationLink>;
}

export function adminUsersResource(send: Send): AdminUsersResource {
  const path = ['v1', 'admin', 'users'];
  return Object.freeze({
    list: (params = {}, options) => pagedList(send, path, User, { ...params }, options),
    get: (id, options) => send({ method: 'GET', path: [...path, id], schema: User, auth: true }, options),
    invite: (input, options) => send({ method: 'POST', path, json: input, schema: InvitedUser, auth: true }, options),
    update: (id, patch, options) => send(recordWrite(User, 'PATCH', [...path, id], options, patch), options),
    reissueInvitation: (id, options) =>
      send({ method: 'POST', path: [...path, id, 'invitation'], schema: InvitationLink, auth: true }, options),
  } satisfies AdminUsersResource);
}
