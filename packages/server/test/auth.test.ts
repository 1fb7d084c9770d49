// /v1/auth over HTTP: signing in and out, me, changing a password, invitation links, personal API tokens.

import { ApiToken, CreatedApiToken, InvitationPreview, Me, Page, type Problem, Session } from '@kim-kit/sdk/schemas';
import { hash } from '@node-rs/argon2';
import { expect } from 'chai';
import * as z from 'zod/mini';
import { issueToken } from '../src/auth/opaque-token.js';
import { needsRehash } from '../src/auth/password-hash.js';
import { newId } from '../src/ids.js';
import type { UserRecord } from '../src/storage/storage.js';
import { systemContext } from '../src/storage/write-context.js';
import { createPerson, TEST_PASSWORD } from './helpers/accounts.js';
import { admin, expectProblem, json, jsonOf, testApp } from './helpers/setup.js';

type App = Awaited<ReturnType<typeof testApp>>;

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const signIn = (t: App, email: string, password: string, headers: Record<string, string> = {}) =>
  t.request('/v1/auth/sign-in', json({ email, password }, headers));
const me = (t: App, token: string) => t.request('/v1/auth/me', { headers: bearer(token) });
const post = (t: App, path: string, token: string, body?: unknown) =>
  t.request(path, body === undefined ? { method: 'POST', headers: bearer(token) } : json(body, bearer(token)));

async function sessionOf(t: App, email: string, password = TEST_PASSWORD): Promise<Session> {
  return Session.parse(await jsonOf(await signIn(t, email, password)));
}

/** A link for a person, as the invitation routes will make it. */
async function linkFor(t: App, user: UserRecord, options: { kind?: 'invite' | 'reset'; expiresAt?: string } = {}) {
  const { token, hash: tokenHash } = issueToken('invitation');
  await t.storage.createInvitation(systemContext(), {
    id: newId('inv'),
    tokenHash,
    userId: user.id,
    kind: options.kind ?? 'invite',
    expiresAt: options.expiresAt ?? new Date(Date.now() + 72 * 3600_000).toISOString(),
  });
  return token;
}

/** A problem without what differs between any two responses (request id, instance). */
const comparable = ({ requestId: _r, instance: _i, ...rest }: Problem & { instance?: string }) => rest;

describe('accounts over HTTP (/v1/auth)', () => {
  let t: App;
  before(async () => {
    t = await testApp({ signInThrottle: false });
  });

  describe('signing in', () => {
    it('answers a session whose token is a kims_ bearer, with who signed in and what they may do', async () => {
      const person = await createPerson(t.storage, { role: 'dinas', regionCode: '19.71' }, { name: 'Rina Marlina' });
      const session = await sessionOf(t, person.email.toUpperCase());
      expect(session.token).to.match(/^kims_[A-Za-z0-9_-]{43}$/);
      expect(Date.parse(session.idleExpiresAt)).to.be.below(Date.parse(session.expiresAt) + 1);
      expect(session.user).to.deep.include({ id: person.id, name: 'Rina Marlina', email: person.email });
      expect(session.user.memberships).to.deep.equal([
        { role: 'dinas', region: { code: '19.71', name: 'Kota Pangkal Pinang' } },
      ]);
      expect(session.user.capabilities).to.include('news.review').and.not.include('categories.manage');
      const answer = Me.parse(await jsonOf(await me(t, session.token)));
      expect(answer).to.deep.equal(session.user);
      const [entry] = await t.storage.listAudit({ regions: 'all', limit: 1, actorId: person.id });
      expect(entry).to.deep.include({ action: 'user.sign_in', regionCode: '19.71' });
    });

    it('gives the same answer for an unknown email as for a wrong password, and for an invited person', async () => {
      const person = await createPerson(t.storage, { role: 'kim', groupId: 'grp_0002' });
      const invited = await createPerson(t.storage, { role: 'kim', groupId: 'grp_0002' }, { status: 'invited' });
      const wrong = await expectProblem(await signIn(t, person.email, 'salah-sekali-kata-sandinya'), 401);
      const unknown = await expectProblem(await signIn(t, 'tidak.ada@example.org', 'salah-sekali-kata-sandinya'), 401);
      const noPassword = await expectProblem(await signIn(t, invited.email, 'salah-sekali-kata-sandinya'), 401);
      expect(wrong.code).to.equal('invalid_credentials');
      expect(comparable(unknown)).to.deep.equal(comparable(wrong));
      expect(comparable(noPassword)).to.deep.equal(comparable(wrong));
    });

    it('refuses a malformed sign-in with field errors, never a 500', async () => {
      const problem = await expectProblem(await signIn(t, 'bukan-email', ''), 422, 'validation_failed');
      expect(problem.errors?.map((e) => e.path).sort()).to.deep.equal(['email', 'password']);
    });

    it('stores a hash made with older argon2 parameters again with today’s after a successful sign-in', async () => {
      const person = await createPerson(t.storage, { role: 'admin' });
      const old = await hash(TEST_PASSWORD, { algorithm: 2, memoryCost: 8192, timeCost: 1, parallelism: 1 });
      await t.storage.rehashPassword(person.id, (await t.storage.getSignIn(person.id))?.passwordHash ?? '', old);
      expect(needsRehash((await t.storage.getSignIn(person.id))?.passwordHash ?? '')).to.equal(true);
      await sessionOf(t, person.email);
      const stored = (await t.storage.getSignIn(person.id))?.passwordHash ?? '';
      expect(stored).to.not.equal(old);
      expect(needsRehash(stored)).to.equal(false);
    });

    it('throttles failures per account and per address, with Retry-After, across apps on one database', async () => {
      const throttled = {
        signInThrottle: { perAccount: { limit: 2, windowSeconds: 900 }, perAddress: { limit: 4, windowSeconds: 900 } },
      };
      const first = await testApp({ storage: t.storage, ...throttled });
      const second = await testApp({ storage: t.storage, ...throttled });
      const person = await createPerson(t.storage, { role: 'kim', groupId: 'grp_0002' });
      // Two failures in one process, the third in another: the buckets are in the database, so the third blocks.
      await expectProblem(await signIn(first, person.email, 'salah-kata-sandi-1'), 401);
      await expectProblem(await signIn(first, person.email, 'salah-kata-sandi-2'), 401);
      await expectProblem(await signIn(second, person.email, 'salah-kata-sandi-3'), 401);
      const blocked = await signIn(second, person.email, TEST_PASSWORD);
      await expectProblem(blocked, 429, 'rate_limited');
      expect(Number(blocked.headers.get('retry-after'))).to.be.above(0);
      // Another account from the same address still gets its attempts until the address runs out.
      const other = await createPerson(t.storage, { role: 'kim', groupId: 'grp_0002' });
      expect((await signIn(second, other.email, TEST_PASSWORD)).status).to.equal(200);
      await expectProblem(await signIn(second, other.email, 'salah-kata-sandi-4'), 401);
      // The address's fifth failure empties its bucket: from then on even the right password waits.
      await expectProblem(await signIn(second, other.email, 'salah-kata-sandi-5'), 401);
      await expectProblem(await signIn(second, other.email, TEST_PASSWORD), 429, 'rate_limited');
    });
  });

  describe('signing out', () => {
    it('ends this session only, or every session of the person', async () => {
      const person = await createPerson(t.storage, { role: 'dinas', regionCode: '19.71' });
      const phone = await sessionOf(t, person.email);
      const laptop = await sessionOf(t, person.email);
      const tablet = await sessionOf(t, person.email);
      expect((await post(t, '/v1/auth/sign-out', phone.token)).status).to.equal(204);
      await expectProblem(await me(t, phone.token), 401, 'unauthorized');
      expect((await me(t, laptop.token)).status).to.equal(200);
      expect((await post(t, '/v1/auth/sign-out-everywhere', laptop.token)).status).to.equal(204);
      await expectProblem(await me(t, laptop.token), 401);
      await expectProblem(await me(t, tablet.token), 401);
    });

    it('asks for a session, not the bootstrap token or nothing', async () => {
      await expectProblem(await t.request('/v1/auth/sign-out', { method: 'POST' }), 401, 'unauthorized');
      await expectProblem(await t.request('/v1/auth/sign-out', { method: 'POST', headers: admin }), 403, 'forbidden');
      await expectProblem(await t.request('/v1/auth/me', { headers: admin }), 403, 'forbidden');
    });
  });

  describe('changing a password', () => {
    it('checks the current one, refuses a weak new one, and ends the other sessions', async () => {
      const person = await createPerson(t.storage, { role: 'kim', groupId: 'grp_0002' });
      const here = await sessionOf(t, person.email);
      const elsewhere = await sessionOf(t, person.email);
      const change = (currentPassword: string, newPassword: string) =>
        post(t, '/v1/auth/password', here.token, { currentPassword, newPassword });
      const wrong = await expectProblem(await change('bukan-kata-sandinya', 'senja-di-pantai-pasir-padi'), 422);
      expect(wrong.errors?.[0]?.path).to.equal('currentPassword');
      const weak = await expectProblem(await change(TEST_PASSWORD, 'password1234'), 422, 'validation_failed');
      expect(weak.errors?.[0]).to.deep.include({ path: 'newPassword' });
      expect(weak.errors?.[0]?.message).to.match(/umum/);
      expect((await change(TEST_PASSWORD, 'senja-di-pantai-pasir-padi')).status).to.equal(204);
      expect((await me(t, here.token)).status).to.equal(200);
      await expectProblem(await me(t, elsewhere.token), 401);
      await expectProblem(await signIn(t, person.email, TEST_PASSWORD), 401, 'invalid_credentials');
      await sessionOf(t, person.email, 'senja-di-pantai-pasir-padi');
    });
  });

  describe('invitation links', () => {
    it('show who they are for, set a password once, sign the person in, and then stop working', async () => {
      const invited = await createPerson(t.storage, { role: 'kim', groupId: 'grp_0002' }, { status: 'invited' });
      const token = await linkFor(t, invited);
      const preview = InvitationPreview.parse(
        await jsonOf(await t.request('/v1/auth/invitations/preview', json({ token }))),
      );
      expect(preview).to.deep.include({ email: invited.email, name: invited.name });
      expect(preview.memberships[0]).to.deep.include({ role: 'kim' });

      const accept = (body: Record<string, unknown>) =>
        t.request('/v1/auth/invitations/accept', json({ token, ...body }));
      const weak = await expectProblem(await accept({ password: 'aaaaaaaaaaaaaaa' }), 422, 'validation_failed');
      expect(weak.errors?.[0]?.path).to.equal('password');
      const session = Session.parse(
        await jsonOf(await accept({ password: 'kebun-lada-putih-bangka', name: 'Dewi Lestari' })),
      );
      expect(session.user).to.deep.include({ id: invited.id, name: 'Dewi Lestari' });
      expect((await me(t, session.token)).status).to.equal(200);
      expect((await t.storage.getUser(invited.id))?.status).to.equal('active');

      await expectProblem(await accept({ password: 'kebun-lada-putih-bangka' }), 410, 'invitation_invalid');
      await expectProblem(await t.request('/v1/auth/invitations/preview', json({ token })), 410, 'invitation_invalid');
      await sessionOf(t, invited.email, 'kebun-lada-putih-bangka');
      const audit = await t.storage.listAudit({ regions: 'all', limit: 5, targetId: invited.id });
      expect(audit.map((e) => e.action)).to.include('user.accept_invitation');
    });

    it('stop working when a newer link is made, when they expire, or when they are not links at all', async () => {
      const invited = await createPerson(t.storage, { role: 'dinas', regionCode: '19.71' }, { status: 'invited' });
      const older = await linkFor(t, invited);
      const newer = await linkFor(t, invited);
      const preview = (token: string) => t.request('/v1/auth/invitations/preview', json({ token }));
      await expectProblem(await preview(older), 410, 'invitation_invalid');
      expect((await preview(newer)).status).to.equal(200);
      const expired = await linkFor(t, invited, { expiresAt: new Date(Date.now() - 1000).toISOString() });
      await expectProblem(await preview(expired), 410, 'invitation_invalid');
      await expectProblem(await preview(issueToken('session').token), 410, 'invitation_invalid');
      await expectProblem(await preview(`kimi_${'x'.repeat(60)}`), 410, 'invitation_invalid');
    });

    it('reset a password: every earlier session ends', async () => {
      const person = await createPerson(t.storage, { role: 'kim', groupId: 'grp_0002' });
      const before = await sessionOf(t, person.email);
      const token = await linkFor(t, person, { kind: 'reset' });
      const body = { token, password: 'angin-laut-sore-hari-ini' };
      expect((await t.request('/v1/auth/invitations/accept', json(body))).status).to.equal(200);
      await expectProblem(await me(t, before.token), 401);
      await sessionOf(t, person.email, 'angin-laut-sore-hari-ini');
    });
  });

  describe('personal API tokens', () => {
    it('are shown once, act with their one role, and stop working when revoked', async () => {
      const person = await createPerson(t.storage, [
        { role: 'dinas', regionCode: '19.71' },
        { role: 'kim', groupId: 'grp_0002' },
      ]);
      const session = await sessionOf(t, person.email);
      const response = await post(t, '/v1/auth/tokens', session.token, {
        name: 'Situs web KIM Bacang',
        membership: { role: 'kim', groupId: 'grp_0002' },
        expiresInDays: 30,
      });
      const created = CreatedApiToken.parse(await jsonOf(response, 201));
      expect(created.secret).to.match(/^kimp_/);
      expect(created.secret.startsWith(created.token.prefix)).to.equal(true);

      const own = z.parse(
        Page(ApiToken),
        await jsonOf(await t.request('/v1/auth/tokens', { headers: bearer(session.token) })),
      );
      expect(own.data.map((x) => x.id)).to.deep.equal([created.token.id]);
      expect(JSON.stringify(own)).to.not.include(created.secret);

      const asToken = Me.parse(await jsonOf(await me(t, created.secret)));
      expect(asToken.memberships).to.have.length(1);
      expect(asToken.capabilities).to.not.include('news.review');
      await expectProblem(
        await post(t, '/v1/auth/tokens', created.secret, {
          name: 'Token dari token',
          membership: { role: 'kim', groupId: 'grp_0002' },
          expiresInDays: 365,
        }),
        403,
        'forbidden',
      );

      const revoke = await t.request(`/v1/auth/tokens/${created.token.id}`, {
        method: 'DELETE',
        headers: bearer(session.token),
      });
      expect(revoke.status).to.equal(204);
      await expectProblem(await me(t, created.secret), 401, 'unauthorized');
      const all = z.parse(
        Page(ApiToken),
        await jsonOf(await t.request('/v1/auth/tokens?all=true', { headers: bearer(session.token) })),
      );
      expect(all.data[0]?.revokedAt).to.be.a('string');
      const audit = await t.storage.listAudit({ regions: 'all', limit: 10, targetId: created.token.id });
      expect(audit.map((e) => e.action)).to.deep.equal(['token.revoke', 'token.create']);
    });

    it('only act with a role their owner holds, and nobody else sees or revokes them', async () => {
      const operator = await createPerson(t.storage, { role: 'kim', groupId: 'grp_0002' });
      const session = await sessionOf(t, operator.email);
      await expectProblem(
        await post(t, '/v1/auth/tokens', session.token, {
          name: 'Minta lebih',
          membership: { role: 'dinas', regionCode: '19.71' },
          expiresInDays: 30,
        }),
        403,
        'forbidden',
      );
      const created = CreatedApiToken.parse(
        await jsonOf(
          await post(t, '/v1/auth/tokens', session.token, {
            name: 'Integrasi',
            membership: { role: 'kim', groupId: 'grp_0002' },
            expiresInDays: 1,
          }),
          201,
        ),
      );
      const stranger = await createPerson(t.storage, { role: 'kim', groupId: 'grp_0002' });
      const theirs = await sessionOf(t, stranger.email);
      const list = z.parse(
        Page(ApiToken),
        await jsonOf(await t.request('/v1/auth/tokens', { headers: bearer(theirs.token) })),
      );
      expect(list.data).to.deep.equal([]);
      await expectProblem(
        await t.request(`/v1/auth/tokens/${created.token.id}`, { method: 'DELETE', headers: bearer(theirs.token) }),
        404,
        'not_found',
      );
      expect((await me(t, created.secret)).status).to.equal(200);
    });
  });
});
