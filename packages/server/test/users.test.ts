// /v1/admin/users, /v1/admin/tokens and /v1/admin/audit over HTTP: who may invite, see and change whom, and the
// record of it.
import {
  ApiToken,
  AuditEntry,
  CreatedApiToken,
  InvitationLink,
  InvitedUser,
  Page,
  Session,
  User,
} from '@kim-kit/sdk/schemas';
import { expect } from 'chai';
import * as z from 'zod/mini';
import { type SignedIn, signedIn } from './helpers/accounts.js';
import { expectProblem, json, jsonOf, PUBLIC_URL, testApp } from './helpers/setup.js';

type App = Awaited<ReturnType<typeof testApp>>;

const withHeaders = (init: RequestInit, headers: Record<string, string>): RequestInit => ({
  ...init,
  headers: { ...(init.headers as Record<string, string>), ...headers },
});
const patch = (body: unknown, headers: Record<string, string>): RequestInit =>
  withHeaders({ ...json(body), method: 'PATCH' }, headers);
const secretOf = (url: string) => url.slice(url.lastIndexOf('/') + 1);

let people = 0;
const email = () => `diundang.${++people}.${Date.now().toString(36)}@example.org`;

describe('people, tokens and the audit log for officials (/v1/admin)', () => {
  let t: App;
  let admin: SignedIn;
  let city: SignedIn;
  let jakarta: SignedIn;
  let operator: SignedIn;

  const invite = (who: SignedIn, body: Record<string, unknown>) =>
    t.request('/v1/admin/users', json({ email: email(), name: 'Orang Baru', ...body }, who.headers));

  before(async () => {
    t = await testApp({ signInThrottle: false });
    admin = await signedIn(t, { role: 'admin' }, { name: 'Admin Kominfo' });
    city = await signedIn(t, { role: 'dinas', regionCode: '19.71' }, { name: 'Nurul Hidayah' });
    jakarta = await signedIn(t, { role: 'dinas', regionCode: '31.71' });
    operator = await signedIn(t, { role: 'kim', groupId: 'grp_0002' });
  });

  describe('inviting', () => {
    it('gives the inviter a one-time link into the console, with which the person sets a password', async () => {
      const response = await invite(city, { memberships: [{ role: 'kim', groupId: 'grp_0002' }] });
      const invited = InvitedUser.parse(await jsonOf(response, 201));
      expect(invited.user.status).to.equal('invited');
      expect(invited.invitation.emailed).to.equal(false);
      expect(invited.invitation.url).to.match(new RegExp(`^${PUBLIC_URL}/console/#/undangan/kimi_[A-Za-z0-9_-]{43}$`));
      const hours = (Date.parse(invited.invitation.expiresAt) - Date.now()) / 3600_000;
      expect(hours).to.be.within(71.9, 72);
      const accepted = await t.request(
        '/v1/auth/invitations/accept',
        json({ token: secretOf(invited.invitation.url), password: 'pelabuhan-pangkal-balam-pagi' }),
      );
      expect(Session.parse(await jsonOf(accepted)).user.id).to.equal(invited.user.id);
    });

    it('lets a Dinas official invite only inside their region, and never an admin', async () => {
      await expectProblem(await invite(city, { memberships: [{ role: 'admin' }] }), 403, 'forbidden');
      await expectProblem(
        await invite(city, { memberships: [{ role: 'dinas', regionCode: '31.71' }] }),
        403,
        'forbidden',
      );
      await expectProblem(
        await invite(jakarta, { memberships: [{ role: 'kim', groupId: 'grp_0002' }] }),
        403,
        'forbidden',
      );
      await expectProblem(await invite(operator, { memberships: [{ role: 'kim', groupId: 'grp_0002' }] }), 403);
      const province = await invite(admin, { memberships: [{ role: 'dinas', regionCode: '19' }] });
      expect(province.status).to.equal(201);
    });

    it('refuses an email that has an account (in any case), and a group or region that does not exist', async () => {
      const taken = city.user.email.toUpperCase();
      await expectProblem(
        await t.request(
          '/v1/admin/users',
          json({ email: taken, name: 'Kembar', memberships: [{ role: 'dinas', regionCode: '19.71' }] }, admin.headers),
        ),
        409,
        'conflict',
      );
      const unknownGroup = await expectProblem(
        await invite(admin, { memberships: [{ role: 'kim', groupId: 'grp_none' }] }),
        422,
        'validation_failed',
      );
      expect(unknownGroup.errors?.[0]?.path).to.equal('memberships.0');
      await expectProblem(await invite(admin, { memberships: [{ role: 'dinas', regionCode: '99.99' }] }), 422);
    });
  });

  describe('listing and reading', () => {
    it('shows officials the people of their region only, and operators nobody', async () => {
      const list = async (who: SignedIn, query = '') =>
        z.parse(Page(User), await jsonOf(await t.request(`/v1/admin/users${query}`, { headers: who.headers })));
      const ids = (page: { data: User[] }) => page.data.map((u) => u.id);
      expect(ids(await list(admin))).to.include.members([city.user.id, jakarta.user.id, operator.user.id]);
      const seenByCity = ids(await list(city, '?limit=100'));
      expect(seenByCity).to.include.members([city.user.id, operator.user.id]);
      expect(seenByCity).to.not.include.members([jakarta.user.id, admin.user.id]);
      expect(ids(await list(jakarta, '?limit=100'))).to.deep.equal([jakarta.user.id]);
      expect(ids(await list(city, '?role=kim&limit=100')))
        .to.include(operator.user.id)
        .and.not.include(city.user.id);
      expect(ids(await list(admin, `?q=${encodeURIComponent('nurul hid')}`))).to.deep.equal([city.user.id]);
      await expectProblem(await t.request('/v1/admin/users', { headers: operator.headers }), 403, 'forbidden');
      const page = await list(admin, '?limit=1');
      const next = await list(admin, `?limit=1&cursor=${page.nextCursor}`);
      expect((next.data[0]?.name ?? '') >= (page.data[0]?.name ?? '')).to.equal(true);
      expect(next.data[0]?.id).to.not.equal(page.data[0]?.id);
    });

    it('answers one person with an ETag, and 404 to someone who may not know of them', async () => {
      const response = await t.request(`/v1/admin/users/${operator.user.id}`, { headers: city.headers });
      const user = User.parse(await jsonOf(response));
      expect(response.headers.get('etag')).to.equal(`"${user.version}"`);
      expect((await t.request(`/v1/admin/users/${operator.user.id}`, { headers: operator.headers })).status).to.equal(
        200,
      );
      await expectProblem(
        await t.request(`/v1/admin/users/${operator.user.id}`, { headers: jakarta.headers }),
        404,
        'not_found',
      );
      await expectProblem(await t.request(`/v1/admin/users/${admin.user.id}`, { headers: city.headers }), 404);
    });
  });

  describe('changing an account', () => {
    it('needs If-Match, refuses a stale version with the current record, and lets nobody change their own', async () => {
      const person = await signedIn(t, { role: 'kim', groupId: 'grp_0002' });
      const url = `/v1/admin/users/${person.user.id}`;
      await expectProblem(
        await t.request(url, patch({ name: 'Nama Baru' }, city.headers)),
        428,
        'precondition_required',
      );
      const changed = User.parse(
        await jsonOf(await t.request(url, patch({ name: 'Nama Baru' }, { ...city.headers, 'If-Match': '"1"' }))),
      );
      expect(changed).to.deep.include({ name: 'Nama Baru', version: 2 });
      const stale = await expectProblem(
        await t.request(url, patch({ name: 'Nama Lama' }, { ...city.headers, 'If-Match': '"1"' })),
        412,
        'precondition_failed',
      );
      expect((stale as { current?: User }).current).to.deep.include({ name: 'Nama Baru', version: 2 });
      await expectProblem(
        await t.request(
          `/v1/admin/users/${city.user.id}`,
          patch({ name: 'Saya' }, { ...city.headers, 'If-Match': '"1"' }),
        ),
        403,
        'forbidden',
      );
      await expectProblem(
        await t.request(url, patch({ memberships: [{ role: 'admin' }] }, { ...city.headers, 'If-Match': '"2"' })),
        403,
      );
    });

    it('disabling ends the person’s sessions and revokes their tokens', async () => {
      const person = await signedIn(t, { role: 'kim', groupId: 'grp_0002' });
      const created = CreatedApiToken.parse(
        await jsonOf(
          await t.request(
            '/v1/auth/tokens',
            json(
              { name: 'Situs', membership: { role: 'kim', groupId: 'grp_0002' }, expiresInDays: 30 },
              person.headers,
            ),
          ),
          201,
        ),
      );
      const response = await t.request(
        `/v1/admin/users/${person.user.id}`,
        patch({ status: 'disabled' }, { ...city.headers, 'If-Match': '"1"' }),
      );
      expect(User.parse(await jsonOf(response)).status).to.equal('disabled');
      await expectProblem(await t.request('/v1/auth/me', { headers: person.headers }), 401);
      await expectProblem(
        await t.request('/v1/auth/me', { headers: { Authorization: `Bearer ${created.secret}` } }),
        401,
      );
      const signIn = await t.request(
        '/v1/auth/sign-in',
        json({ email: person.user.email, password: 'kopi-tubruk-di-pasar-pagi' }),
      );
      await expectProblem(signIn, 403, 'account_disabled');
      const [entry] = await t.storage.listAudit({ regions: 'all', limit: 1, targetId: person.user.id });
      expect(entry).to.deep.include({ action: 'user.disable', changes: ['status'] });
    });

    it('makes a new link: an invitation again while invited, a password reset once active', async () => {
      const invited = InvitedUser.parse(
        await jsonOf(await invite(city, { memberships: [{ role: 'kim', groupId: 'grp_0002' }] }), 201),
      );
      const again = InvitationLink.parse(
        await jsonOf(
          await t.request(`/v1/admin/users/${invited.user.id}/invitation`, { method: 'POST', headers: city.headers }),
          201,
        ),
      );
      const preview = (url: string) => t.request('/v1/auth/invitations/preview', json({ token: secretOf(url) }));
      await expectProblem(await preview(invited.invitation.url), 410, 'invitation_invalid');
      expect((await preview(again.url)).status).to.equal(200);
      const reset = await t.request(`/v1/admin/users/${operator.user.id}/invitation`, {
        method: 'POST',
        headers: city.headers,
      });
      expect(reset.status).to.equal(201);
      const [entry] = await t.storage.listAudit({ regions: 'all', limit: 1, targetId: operator.user.id });
      expect(entry?.action).to.equal('user.password_reset');
      await expectProblem(
        await t.request(`/v1/admin/users/${operator.user.id}/invitation`, { method: 'POST', headers: jakarta.headers }),
        404,
      );
    });
  });

  describe('tokens of others', () => {
    it('are listed and revoked by officials of their region, and hidden from others', async () => {
      const created = CreatedApiToken.parse(
        await jsonOf(
          await t.request(
            '/v1/auth/tokens',
            json(
              { name: 'Integrasi desa', membership: { role: 'kim', groupId: 'grp_0002' }, expiresInDays: 7 },
              operator.headers,
            ),
          ),
          201,
        ),
      );
      const listed = z.parse(
        Page(ApiToken),
        await jsonOf(await t.request(`/v1/admin/tokens?owner=${operator.user.id}`, { headers: city.headers })),
      );
      expect(listed.data.map((x) => x.id)).to.include(created.token.id);
      const none = z.parse(
        Page(ApiToken),
        await jsonOf(await t.request('/v1/admin/tokens', { headers: jakarta.headers })),
      );
      expect(none.data).to.deep.equal([]);
      await expectProblem(await t.request('/v1/admin/tokens', { headers: operator.headers }), 403);
      const path = `/v1/admin/tokens/${created.token.id}`;
      await expectProblem(await t.request(path, { method: 'DELETE', headers: jakarta.headers }), 404, 'not_found');
      expect((await t.request(path, { method: 'DELETE', headers: city.headers })).status).to.equal(204);
      await expectProblem(
        await t.request('/v1/auth/me', { headers: { Authorization: `Bearer ${created.secret}` } }),
        401,
      );
    });
  });

  describe('the audit log', () => {
    it('shows admins everything and officials their region, newest first, with no secret in it', async () => {
      const invited = InvitedUser.parse(
        await jsonOf(await invite(city, { memberships: [{ role: 'kim', groupId: 'grp_0002' }] }), 201),
      );
      const read = async (who: SignedIn, query: string) =>
        z.parse(Page(AuditEntry), await jsonOf(await t.request(`/v1/admin/audit${query}`, { headers: who.headers })));
      const forCity = await read(city, `?targetId=${invited.user.id}`);
      expect(forCity.data.map((e) => e.action)).to.deep.equal(['user.invitation', 'user.invite']);
      expect(forCity.data[0]?.actor).to.deep.equal({ type: 'user', id: city.user.id, name: 'Nurul Hidayah' });
      expect(forCity.data[0]?.regionCode).to.equal('19.71.01.1006');
      expect(JSON.stringify(forCity)).to.not.include(secretOf(invited.invitation.url));
      expect((await read(jakarta, `?targetId=${invited.user.id}`)).data).to.deep.equal([]);
      expect((await read(admin, `?targetId=${invited.user.id}`)).data).to.have.length(2);
      const byActor = await read(admin, `?actor=${city.user.id}&action=user.invite&limit=1`);
      expect(byActor.data[0]?.target.id).to.equal(invited.user.id);
      expect(byActor.nextCursor).to.be.a('string');
      const older = await read(admin, `?actor=${city.user.id}&action=user.invite&limit=1&cursor=${byActor.nextCursor}`);
      expect((older.data[0]?.at ?? '') <= (byActor.data[0]?.at ?? '')).to.equal(true);
      expect(older.data[0]?.id).to.not.equal(byActor.data[0]?.id);
      await expectProblem(await t.request('/v1/admin/audit', { headers: operator.headers }), 403, 'forbidden');
      await expectProblem(await t.request('/v1/admin/audit?from=gisteren', { headers: admin.headers }), 400);
    });
  });
});
