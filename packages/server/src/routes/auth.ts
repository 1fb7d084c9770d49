// /v1/auth: signing in and out, who I am, my password, invitation links, my personal API tokens.
import {
  AcceptInvitationInput,
  AdminTokenListQuery,
  ApiTokenInput,
  type AuditActor,
  ChangePasswordInput,
  type CreatedApiToken,
  DEFAULT_PAGE_SIZE,
  InvitationToken,
  type MembershipInput,
  type Session,
  SignInInput,
} from '@kim-kit/sdk/schemas';
import type { Context, Hono } from 'hono';
import { newSession } from '../auth/issue-session.js';
import { hashToken, issueToken, tokenKind } from '../auth/opaque-token.js';
import { hashPassword, needsRehash, verifyPassword } from '../auth/password-hash.js';
import { checkPassword, PASSWORD_PROBLEM_MESSAGES } from '../auth/password-policy.js';
import type { AppEnv } from '../http/app-env.js';
import { publicActor } from '../http/authenticate.js';
import { authorize, notFound, requirePrincipal, writeContext } from '../http/authorize.js';
import { clientKey } from '../http/client-ip.js';
import { decodeCursor } from '../http/cursor.js';
import { tooManyFailures } from '../http/failure-throttle.js';
import { NO_STORE, sendJson } from '../http/json-response.js';
import { HttpProblem } from '../http/problem.js';
import { readJson } from '../http/read-json.js';
import { parseQuery, parseWith } from '../http/validate.js';
import { newId } from '../ids.js';
import type { GrantedMembership } from '../policy/principal.js';
import { grantedOf, presentMe } from '../present/account.js';
import { emailKey, membershipRegion } from '../storage/queries/accounts.js';
import type { Credential, UserRecord } from '../storage/storage.js';
import { pageOf } from './page-of.js';
import type { RouteDeps } from './route-deps.js';

const TOKEN = { id: 'token', en: 'token' };

/** The one answer for an unknown email, a wrong password and an account without a password yet. */
const invalidCredentials = () =>
  new HttpProblem(401, 'invalid_credentials', {
    detail: { id: 'Email atau kata sandi salah', en: 'The email or the password is wrong' },
  });

const invitationInvalid = () =>
  new HttpProblem(410, 'invitation_invalid', {
    detail: {
      id: 'Tautan ini sudah dipakai, kedaluwarsa, atau diganti dengan tautan baru. Mintalah tautan baru kepada yang mengundang Anda.',
      en: 'This link has been used, has expired or was replaced by a newer one. Ask whoever invited you for a new link.',
    },
  });

/** A new password the policy refuses: 422 on the field, worded for the person. */
function refusePassword(password: string, email: string, path: string): void {
  const problem = checkPassword(password, { email });
  if (!problem) return;
  const message = PASSWORD_PROBLEM_MESSAGES[problem];
  throw new HttpProblem(422, 'validation_failed', {
    detail: { id: 'Kata sandi tidak dapat dipakai', en: 'The password cannot be used' },
    errors: (lang) => [{ path, message: message[lang] }],
  });
}

/** The person behind the request, or 403 for the bootstrap token (which is nobody). */
function personOf(c: Context<AppEnv>): Credential {
  requirePrincipal(c);
  const credential = c.get('credential');
  if (!credential) {
    throw new HttpProblem(403, 'forbidden', {
      detail: {
        id: 'Token bootstrap bukan akun seseorang: masuk dengan akun untuk tindakan ini',
        en: 'The bootstrap token is not a person: sign in with an account for this',
      },
    });
  }
  return credential;
}

/** The person's session, or 403 for an API token (which may not sign out, change a password or mint tokens). */
function sessionOf(c: Context<AppEnv>): Credential & { via: { kind: 'session' } } {
  const credential = personOf(c);
  if (credential.via.kind !== 'session') {
    throw new HttpProblem(403, 'forbidden', {
      detail: {
        id: 'Tindakan ini hanya dengan sesi masuk, bukan dengan token API',
        en: 'This needs a signed-in session, not an API token',
      },
    });
  }
  return credential as Credential & { via: { kind: 'session' } };
}

/** True when the person holds the membership a token would act with. */
function holds(memberships: readonly GrantedMembership[], wanted: MembershipInput): boolean {
  return memberships.some((m) =>
    wanted.role === 'admin'
      ? m.role === 'admin'
      : wanted.role === 'dinas'
        ? m.role === 'dinas' && m.scope === wanted.regionCode
        : m.role === 'kim' && m.scope === wanted.groupId,
  );
}

const noContent = (c: Context<AppEnv>) => c.body(null, 204, { 'Cache-Control': NO_STORE });

const userActor = (user: { id: string; name: string }): AuditActor => ({ type: 'user', id: user.id, name: user.name });

export function authRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  const limits = deps.sessions;
  for (const path of ['/v1/auth/sign-in', '/v1/auth/invitations/*']) app.use(path, publicActor(deps.clientIp));
  for (const path of [
    '/v1/auth/sign-out',
    '/v1/auth/sign-out-everywhere',
    '/v1/auth/me',
    '/v1/auth/password',
    '/v1/auth/tokens',
    '/v1/auth/tokens/*',
  ]) {
    app.use(path, deps.authenticate);
  }

  const sessionAnswer = (user: UserRecord, issued: { token: string; expiresAt: string; idleExpiresAt: string }) => {
    const session: Session = { ...issued, user: presentMe(user, grantedOf(user)) };
    return session;
  };

  app.post('/v1/auth/sign-in', async (c) => {
    const input = parseWith(SignInInput, await readJson(c, deps.bodyLimit), {
      status: 422,
      detail: { id: 'Isi email dan kata sandi', en: 'Enter an email and a password' },
    });
    const throttle = deps.signInThrottle;
    const account = `account:${emailKey(input.email)}`;
    const address = clientKey(c.get('clientAddress'));
    const wait = Math.max(throttle?.account.blockedFor(account) ?? 0, throttle?.address.blockedFor(address) ?? 0);
    if (wait > 0) throw tooManyFailures(wait, { id: 'percobaan masuk yang gagal', en: 'failed sign-ins' });

    const found = await deps.storage.findSignIn(input.email);
    // An unknown email is checked against a dummy hash: the same answer in about the same time as a wrong password.
    const verified = await verifyPassword(found?.passwordHash ?? null, input.password);
    if (!found || !verified || found.passwordHash === null) {
      await Promise.all([throttle?.account.failed(account), throttle?.address.failed(address)]);
      throw invalidCredentials();
    }
    if (found.status === 'disabled') {
      throw new HttpProblem(403, 'account_disabled', {
        detail: {
          id: 'Akun ini dinonaktifkan. Hubungi Dinas Kominfo atau admin yang mengelola akun Anda.',
          en: 'This account is disabled. Contact the Dinas Kominfo or the admin who manages your account.',
        },
      });
    }
    if (needsRehash(found.passwordHash)) {
      await deps.storage.rehashPassword(found.id, found.passwordHash, await hashPassword(input.password));
    }
    const ctx = { ...writeContext(c), actor: userActor(found) };
    const { stored, ...issued } = newSession(ctx.at, limits);
    await deps.storage.createSession(ctx, { ...stored, userId: found.id });
    const user = await deps.storage.getUser(found.id);
    if (!user) throw invalidCredentials();
    return sendJson(c, sessionAnswer(user, issued), NO_STORE);
  });

  app.post('/v1/auth/sign-out', async (c) => {
    const credential = sessionOf(c);
    await deps.storage.endSession(writeContext(c), credential.via.sessionId);
    return noContent(c);
  });

  app.post('/v1/auth/sign-out-everywhere', async (c) => {
    const credential = sessionOf(c);
    await deps.storage.endSessions(writeContext(c), credential.user.id);
    return noContent(c);
  });

  app.get('/v1/auth/me', async (c) => {
    const credential = personOf(c);
    const user = await deps.storage.getUser(credential.user.id);
    if (!user) throw notFound();
    return sendJson(c, presentMe(user, credential.memberships), NO_STORE);
  });

  app.post('/v1/auth/password', async (c) => {
    const credential = sessionOf(c);
    const input = parseWith(ChangePasswordInput, await readJson(c, deps.bodyLimit), {
      status: 422,
      detail: { id: 'Kata sandi tidak valid', en: 'The password change is not valid' },
    });
    const account = `account:${emailKey(credential.user.email)}`;
    const wait = deps.signInThrottle?.account.blockedFor(account) ?? 0;
    if (wait > 0) throw tooManyFailures(wait, { id: 'percobaan kata sandi yang gagal', en: 'wrong passwords' });
    const current = await deps.storage.getSignIn(credential.user.id);
    if (!current || !(await verifyPassword(current.passwordHash, input.currentPassword))) {
      await deps.signInThrottle?.account.failed(account);
      throw new HttpProblem(422, 'validation_failed', {
        detail: { id: 'Kata sandi saat ini salah', en: 'The current password is wrong' },
        errors: (lang) => [
          {
            path: 'currentPassword',
            message: lang === 'id' ? 'Kata sandi saat ini salah' : 'The current password is wrong',
          },
        ],
      });
    }
    refusePassword(input.newPassword, credential.user.email, 'newPassword');
    const hash = await hashPassword(input.newPassword);
    await deps.storage.changePassword(writeContext(c), credential.user.id, hash, credential.via.sessionId);
    return noContent(c);
  });

  const invitationOf = async (token: string) => {
    if (tokenKind(token) !== 'invitation') throw invitationInvalid();
    const invitation = await deps.storage.findInvitation(hashToken(token), new Date().toISOString());
    if (!invitation) throw invitationInvalid();
    return invitation;
  };

  app.post('/v1/auth/invitations/preview', async (c) => {
    const { token } = parseWith(InvitationToken, await readJson(c, deps.bodyLimit), {
      status: 422,
      detail: { id: 'Tautan undangan tidak valid', en: 'The invitation link is not valid' },
    });
    const { user, expiresAt } = await invitationOf(token);
    return sendJson(c, { email: user.email, name: user.name, memberships: user.memberships, expiresAt }, NO_STORE);
  });

  app.post('/v1/auth/invitations/accept', async (c) => {
    const input = parseWith(AcceptInvitationInput, await readJson(c, deps.bodyLimit), {
      status: 422,
      detail: { id: 'Isian belum lengkap atau tidak valid', en: 'The form is not complete or not valid' },
    });
    const { user } = await invitationOf(input.token);
    refusePassword(input.password, user.email, 'password');
    const name = input.name ?? null;
    const ctx = { ...writeContext(c), actor: userActor({ id: user.id, name: name ?? user.name }) };
    const { stored, ...issued } = newSession(ctx.at, limits);
    const accepted = await deps.storage.acceptInvitation(ctx, hashToken(input.token), {
      passwordHash: await hashPassword(input.password),
      name,
      session: stored,
    });
    if (!accepted) throw invitationInvalid();
    return sendJson(c, sessionAnswer(accepted, issued), NO_STORE);
  });

  app.get('/v1/auth/tokens', async (c) => {
    const credential = personOf(c);
    const query = parseQuery(AdminTokenListQuery, c.req.url);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await deps.storage.listApiTokens({
      ownerId: credential.user.id,
      includeEnded: query.all === 'true',
      now: new Date().toISOString(),
      regions: 'all',
      limit: limit + 1,
      after: query.cursor === undefined ? undefined : decodeCursor('tokens', query.cursor),
    });
    const page = pageOf(
      rows,
      limit,
      'tokens',
      (t) => ({ value: t.createdAt, id: t.id }),
      (t) => t,
    );
    return sendJson(c, page, NO_STORE);
  });

  app.post('/v1/auth/tokens', async (c) => {
    // Only from a session: a leaked token must not be able to mint itself a longer life.
    const credential = sessionOf(c);
    const input = parseWith(ApiTokenInput, await readJson(c, deps.bodyLimit), {
      status: 422,
      detail: { id: 'Token API tidak valid', en: 'The API token is not valid' },
    });
    if (!holds(credential.memberships, input.membership)) {
      throw new HttpProblem(403, 'forbidden', {
        detail: {
          id: 'Token hanya dapat bertindak dengan peran yang Anda miliki',
          en: 'A token can only act with a role you hold',
        },
      });
    }
    const ctx = writeContext(c);
    const { token: secret, hash } = issueToken('api');
    const record = await deps.storage.createApiToken(ctx, {
      id: newId('tok'),
      tokenHash: hash,
      prefix: secret.slice(0, 12),
      userId: credential.user.id,
      name: input.name,
      membership: input.membership,
      expiresAt: new Date(Date.parse(ctx.at) + input.expiresInDays * 86_400_000).toISOString(),
    });
    const created: CreatedApiToken = { token: record, secret };
    return sendJson(c, created, NO_STORE, 201);
  });

  app.delete('/v1/auth/tokens/:id', async (c) => {
    requirePrincipal(c);
    const token = await deps.storage.getApiToken(c.req.param('id'));
    if (!token) throw notFound(TOKEN);
    authorize(c, 'token.manage', { ownerId: token.owner.id, regionCode: membershipRegion(token.membership) }, TOKEN);
    await deps.storage.revokeApiToken(writeContext(c), token.id);
    return noContent(c);
  });
}
