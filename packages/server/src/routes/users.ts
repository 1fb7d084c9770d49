// /v1/admin/users: the people an admin or a Dinas official manages. Invite (the link is shown to the inviter until
// mail is configured), list within scope, read, change (If-Match), and make a new invitation or reset link.
import {
  AdminUserListQuery,
  DEFAULT_PAGE_SIZE,
  type InvitationLink,
  type InvitedUser,
  InviteUserInput,
  type MembershipInput,
  type User,
  UserUpdate,
} from '@kim-kit/sdk/schemas';
import type { Context, Hono } from 'hono';
import { issueToken } from '../auth/opaque-token.js';
import type { AppEnv } from '../http/app-env.js';
import { authorize, forbidden, notFound, requirePrincipal, writeContext } from '../http/authorize.js';
import { decodeCursor } from '../http/cursor.js';
import { requiredVersion, staleVersion, versionTag } from '../http/if-match.js';
import { NO_STORE, sendJson } from '../http/json-response.js';
import { HttpProblem } from '../http/problem.js';
import { readJson } from '../http/read-json.js';
import { parseQuery, parseWith } from '../http/validate.js';
import { newId } from '../ids.js';
import type { MembershipTarget } from '../policy/actions.js';
import { can } from '../policy/policy.js';
import type { Principal } from '../policy/principal.js';
import { type MembershipRecord, StorageConflictError, type UserRecord } from '../storage/storage.js';
import { pageOf } from './page-of.js';
import type { RouteDeps } from './route-deps.js';

const PERSON = { id: 'akun', en: 'account' };
/** An invitation or reset link is valid this long. */
export const INVITATION_TTL_MS = 72 * 3600_000;

/** A shown membership as the policy sees it. */
export function membershipTarget(m: MembershipRecord): MembershipTarget {
  if (m.role === 'admin') return { role: 'admin' };
  if (m.role === 'dinas') return { role: 'dinas', scope: m.region.code };
  return { role: 'kim', groupId: m.group.id, regionCode: m.group.regionCode };
}

/** The regions (code prefixes) whose people `principal` manages: `'all'` for admins. */
export function managedRegions(principal: Principal): 'all' | string[] {
  if (principal.memberships.some((m) => m.role === 'admin')) return 'all';
  return principal.memberships.flatMap((m) => (m.role === 'dinas' ? [m.scope] : []));
}

const present = (user: UserRecord): User => user;

function invalidMembership(index: number, message: { id: string; en: string }): HttpProblem {
  return new HttpProblem(422, 'validation_failed', {
    detail: { id: 'Peran tidak valid', en: 'A role is not valid' },
    errors: (lang) => [{ path: `memberships.${index}`, message: message[lang] }],
  });
}

export function userRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  /** The policy's view of memberships about to be granted; 422 for a group that does not exist. */
  const targetsOf = async (memberships: readonly MembershipInput[]): Promise<MembershipTarget[]> =>
    Promise.all(
      memberships.map(async (m, i): Promise<MembershipTarget> => {
        if (m.role === 'admin') return { role: 'admin' };
        if (m.role === 'dinas') return { role: 'dinas', scope: m.regionCode };
        const group = await deps.storage.getGroup(m.groupId);
        if (!group || group.id !== m.groupId) {
          throw invalidMembership(i, { id: 'Kelompok KIM tidak dikenal', en: 'Unknown KIM group' });
        }
        return { role: 'kim', groupId: group.id, regionCode: group.regionCode };
      }),
    );

  /** 422 for a Dinas region that does not exist (asked after the policy: a refusal says nothing about regions). */
  const requireRegions = async (memberships: readonly MembershipInput[]) => {
    for (const [i, m] of memberships.entries()) {
      if (m.role === 'dinas' && !(await deps.storage.getRegion(m.regionCode))) {
        throw invalidMembership(i, { id: 'Wilayah tidak dikenal', en: 'Unknown region' });
      }
    }
  };

  /** A person the asker may know of (manages one of their memberships, or is them), or 404. */
  const visibleUser = async (c: Context<AppEnv>, id: string): Promise<{ user: UserRecord; principal: Principal }> => {
    const principal = requirePrincipal(c);
    const user = await deps.storage.getUser(id);
    if (!user) throw notFound(PERSON);
    const mayKnow =
      user.id === principal.userId ||
      managedRegions(principal) === 'all' ||
      user.memberships.some((m) => can(principal, 'user.invite', { membership: membershipTarget(m) }));
    if (!mayKnow) throw notFound(PERSON);
    return { user, principal };
  };

  /** A fresh link: its secret, what to store, and where it leads. */
  const freshLink = (c: Context<AppEnv>) => {
    const { token: secret, hash } = issueToken('invitation');
    return {
      hash,
      url: `${deps.publicUrl(c)}/console/#/undangan/${secret}`,
      expiresAt: new Date(Date.now() + INVITATION_TTL_MS).toISOString(),
    };
  };

  /** Hands a stored link to the mailer; the inviter sees it when it was not emailed. */
  const deliver = async (
    c: Context<AppEnv>,
    user: UserRecord,
    kind: 'invite' | 'reset',
    link: { url: string; expiresAt: string },
  ): Promise<InvitationLink> => {
    const { emailed } = await deps.invitationMailer.send({
      kind,
      email: user.email,
      name: user.name,
      url: link.url,
      expiresAt: link.expiresAt,
      from: c.get('actor')?.name ?? null,
    });
    return { url: link.url, expiresAt: link.expiresAt, emailed };
  };

  app.get('/v1/admin/users', async (c) => {
    const principal = requirePrincipal(c);
    const regions = managedRegions(principal);
    if (regions !== 'all' && regions.length === 0) throw forbidden();
    const query = parseQuery(AdminUserListQuery, c.req.url);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await deps.storage.listUsers({
      q: query.q,
      role: query.role,
      region: query.region,
      groupId: query.group,
      status: query.status,
      regions,
      limit: limit + 1,
      after: query.cursor === undefined ? undefined : decodeCursor('users', query.cursor),
    });
    return sendJson(
      c,
      pageOf(rows, limit, 'users', (u) => ({ value: u.name, id: u.id }), present),
      NO_STORE,
    );
  });

  app.post('/v1/admin/users', async (c) => {
    requirePrincipal(c);
    const input = parseWith(InviteUserInput, await readJson(c, deps.bodyLimit), {
      status: 422,
      detail: { id: 'Undangan belum lengkap atau tidak valid', en: 'The invitation is not valid' },
    });
    for (const membership of await targetsOf(input.memberships)) authorize(c, 'user.invite', { membership });
    await requireRegions(input.memberships);
    const link = freshLink(c);
    const ctx = writeContext(c);
    const id = newId('usr');
    let user: UserRecord;
    try {
      user = await deps.storage.createUser(
        ctx,
        {
          id,
          email: input.email,
          name: input.name,
          status: 'invited',
          passwordHash: null,
          memberships: input.memberships,
        },
        { id: newId('inv'), tokenHash: link.hash, kind: 'invite', expiresAt: link.expiresAt },
      );
    } catch (error) {
      if (!(error instanceof StorageConflictError)) throw error;
      throw new HttpProblem(409, 'conflict', {
        detail: {
          id: 'Sudah ada akun dengan email ini; kirim ulang tautannya dari halaman akun tersebut',
          en: 'An account with this email exists; send its link again from that account',
        },
      });
    }
    const answer: InvitedUser = { user: present(user), invitation: await deliver(c, user, 'invite', link) };
    return sendJson(c, answer, NO_STORE, 201, { Location: `/v1/admin/users/${user.id}` });
  });

  app.get('/v1/admin/users/:id', async (c) => {
    const { user } = await visibleUser(c, c.req.param('id'));
    return sendJson(c, present(user), NO_STORE, 200, { ETag: versionTag(user.version) });
  });

  app.patch('/v1/admin/users/:id', async (c) => {
    const { user } = await visibleUser(c, c.req.param('id'));
    const patch = parseWith(UserUpdate, await readJson(c, deps.bodyLimit), {
      status: 422,
      detail: { id: 'Perubahan akun tidak valid', en: 'The account change is not valid' },
    });
    const version = requiredVersion(c);
    const current = user.memberships.map(membershipTarget);
    const next = patch.memberships === undefined ? current : await targetsOf(patch.memberships);
    // Changing anything of a person means managing every membership they hold (and will hold).
    authorize(c, 'user.change_role', { userId: user.id, current, next }, PERSON);
    if (patch.status === 'disabled') authorize(c, 'user.disable', { userId: user.id, current }, PERSON);
    if (patch.memberships) await requireRegions(patch.memberships);
    const result = await deps.storage.updateUser(writeContext(c), user.id, patch, version);
    if (result.outcome === 'not_found') throw notFound(PERSON);
    if (result.outcome === 'stale') throw staleVersion(present(result.record), result.record.version);
    return sendJson(c, present(result.record), NO_STORE, 200, { ETag: versionTag(result.record.version) });
  });

  app.post('/v1/admin/users/:id/invitation', async (c) => {
    const { user } = await visibleUser(c, c.req.param('id'));
    const current = user.memberships.map(membershipTarget);
    authorize(c, 'user.change_role', { userId: user.id, current, next: current }, PERSON);
    if (user.status === 'disabled') {
      throw new HttpProblem(409, 'conflict', {
        detail: {
          id: 'Akun ini dinonaktifkan: aktifkan dahulu sebelum mengirim tautan',
          en: 'This account is disabled: enable it before sending a link',
        },
      });
    }
    const kind = user.status === 'invited' ? 'invite' : 'reset';
    const link = freshLink(c);
    await deps.storage.createInvitation(writeContext(c), {
      id: newId('inv'),
      tokenHash: link.hash,
      userId: user.id,
      kind,
      expiresAt: link.expiresAt,
    });
    return sendJson(c, await deliver(c, user, kind, link), NO_STORE, 201);
  });
}
