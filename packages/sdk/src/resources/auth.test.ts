import { expect } from 'chai';
import { isKimAuthError, isKimForbiddenError, isKimRateLimitError } from '../errors/guards.js';
import type { KimApiError } from '../errors/kim-api-error.js';
import type { Session } from '../schemas/account.js';
import { apiToken, createdApiToken, invitationPreview, me, session } from '../test-utils/admin-fixtures.js';
import { json, problem, sequence } from '../test-utils/fake-fetch.js';
import { page } from '../test-utils/fixtures.js';
import { rejection } from '../test-utils/rejection.js';
import { pathOf, setup } from '../test-utils/setup.js';

const noContent = () => new Response(null, { status: 204 });
const credentials = { email: 'rina@example.org', password: 'kata sandi yang panjang' };

describe('client.auth', () => {
  describe('signing in', () => {
    it('signIn() posts the credentials and resolves with the session', async () => {
      const { client, fake } = setup(() => json(session));
      expect(await client.auth.signIn(credentials)).to.deep.equal(session);
      const call = fake.calls[0]!;
      expect(call.method).to.equal('POST');
      expect(pathOf(call.url)).to.equal('/api/v1/auth/sign-in');
      expect(JSON.parse(call.body)).to.deep.equal(credentials);
    });

    it("never sends the client's current token with signIn", async () => {
      let tokenCalls = 0;
      const { client, fake } = setup(() => json(session), {
        token: () => {
          tokenCalls++;
          return 'kims_old';
        },
      });
      await client.auth.signIn(credentials);
      expect(fake.calls[0]!.headers.has('authorization')).to.equal(false);
      expect(tokenCalls).to.equal(0);
    });

    it("works with a token function: every call after signIn carries the session's token", async () => {
      let current: Session | undefined;
      const { client, fake } = setup(
        (request) => {
          if (request.url.pathname.endsWith('/sign-in')) return json(session);
          return request.headers.has('authorization') ? json(me) : problem(401, { code: 'unauthorized' });
        },
        { token: () => current?.token },
      );
      expect(isKimAuthError(await rejection(client.auth.me()))).to.equal(true);
      current = await client.auth.signIn(credentials);
      expect(await client.auth.me()).to.deep.equal(me);
      expect(fake.calls[0]!.headers.has('authorization')).to.equal(false);
      expect(fake.calls[2]!.headers.get('authorization')).to.equal(`Bearer ${session.token}`);
    });

    it('a wrong email or password is a KimAuthError with its code, and is not retried', async () => {
      const { client, fake } = setup(() =>
        problem(401, { code: 'invalid_credentials', title: 'Email atau kata sandi salah' }),
      );
      const error = (await rejection(client.auth.signIn(credentials))) as KimApiError;
      expect(isKimAuthError(error)).to.equal(true);
      expect(isKimForbiddenError(error)).to.equal(false);
      expect(error.code).to.equal('invalid_credentials');
      expect(fake.calls).to.have.length(1);
    });

    it('a disabled account is a KimForbiddenError; throttling a KimRateLimitError with retryAfter', async () => {
      const { client } = setup(
        sequence(
          problem(403, { code: 'account_disabled' }),
          problem(429, { code: 'rate_limited' }, { 'retry-after': '900' }),
        ),
      );
      const disabled = (await rejection(client.auth.signIn(credentials))) as KimApiError;
      expect(isKimForbiddenError(disabled)).to.equal(true);
      expect(disabled.code).to.equal('account_disabled');
      const throttled = (await rejection(client.auth.signIn(credentials))) as KimApiError;
      expect(isKimRateLimitError(throttled)).to.equal(true);
      expect(throttled.retryAfter).to.equal(900);
    });

    it('rejects a session whose token is too short to be one (the answer breaks the contract)', async () => {
      const { client } = setup(() => json({ ...session, token: 'short' }));
      expect(((await rejection(client.auth.signIn(credentials))) as Error).name).to.equal('KimResponseError');
    });
  });

  describe('the session', () => {
    for (const [method, segment] of [
      ['signOut', 'sign-out'],
      ['signOutEverywhere', 'sign-out-everywhere'],
    ] as const) {
      it(`${method}() posts to ${segment} with the token and resolves with nothing`, async () => {
        const { client, fake } = setup(noContent, { token: session.token });
        expect(await client.auth[method]()).to.equal(undefined);
        const call = fake.calls[0]!;
        expect([call.method, pathOf(call.url)]).to.deep.equal(['POST', `/api/v1/auth/${segment}`]);
        expect(call.headers.get('authorization')).to.equal(`Bearer ${session.token}`);
      });
    }

    it('me() gets the signed-in person, and is never answered from the ETag cache', async () => {
      const { client, fake } = setup(() => json(me, { headers: { etag: '"1"' } }), { token: 't' });
      expect(await client.auth.me()).to.deep.equal(me);
      await client.auth.me();
      expect(pathOf(fake.calls[0]!.url)).to.equal('/api/v1/auth/me');
      expect(fake.calls[1]!.headers.has('if-none-match')).to.equal(false);
    });

    it('me() after the session ended is a KimAuthError (401)', async () => {
      const { client } = setup(() => problem(401, { code: 'unauthorized' }, { 'www-authenticate': 'Bearer' }), {
        token: 't',
      });
      expect(isKimAuthError(await rejection(client.auth.me()))).to.equal(true);
    });

    it('changePassword() posts both passwords with the token', async () => {
      const { client, fake } = setup(noContent, { token: 't' });
      const input = { currentPassword: 'lama yang panjang', newPassword: 'baru yang lebih panjang' };
      expect(await client.auth.changePassword(input)).to.equal(undefined);
      expect(pathOf(fake.calls[0]!.url)).to.equal('/api/v1/auth/password');
      expect(JSON.parse(fake.calls[0]!.body)).to.deep.equal(input);
      expect(fake.calls[0]!.headers.get('authorization')).to.equal('Bearer t');
    });
  });

  describe('invitations', () => {
    const secret = `kimi_${'z'.repeat(43)}`;

    it('previewInvitation() posts the secret, without any token', async () => {
      const { client, fake } = setup(() => json(invitationPreview), { token: 'admin-token' });
      expect(await client.auth.previewInvitation(secret)).to.deep.equal(invitationPreview);
      const call = fake.calls[0]!;
      expect(pathOf(call.url)).to.equal('/api/v1/auth/invitations/preview');
      expect(JSON.parse(call.body)).to.deep.equal({ token: secret });
      expect(call.headers.has('authorization')).to.equal(false);
    });

    it('a used or expired link rejects with invitation_invalid', async () => {
      const { client } = setup(() => problem(410, { code: 'invitation_invalid' }));
      const error = (await rejection(client.auth.previewInvitation(secret))) as KimApiError;
      expect([error.status, error.code]).to.deep.equal([410, 'invitation_invalid']);
    });

    it('acceptInvitation() sets the password and resolves with a session, without any token', async () => {
      const { client, fake } = setup(() => json(session), { token: 'admin-token' });
      const input = { token: secret, name: 'Rina Operator', password: 'kata sandi yang panjang' };
      expect(await client.auth.acceptInvitation(input)).to.deep.equal(session);
      expect(pathOf(fake.calls[0]!.url)).to.equal('/api/v1/auth/invitations/accept');
      expect(JSON.parse(fake.calls[0]!.body)).to.deep.equal(input);
      expect(fake.calls[0]!.headers.has('authorization')).to.equal(false);
    });
  });

  describe('own API tokens', () => {
    it('tokens.list() pages through the tokens with the bearer token', async () => {
      const { client, fake } = setup(
        (request) => json(request.url.searchParams.get('cursor') ? page([apiToken]) : page([apiToken], 'c2')),
        { token: 't' },
      );
      expect(await client.auth.tokens.list({ limit: 1 }).toArray({ limit: 10 })).to.have.length(2);
      expect(fake.calls.map((call) => pathOf(call.url))).to.deep.equal([
        '/api/v1/auth/tokens?limit=1',
        '/api/v1/auth/tokens?limit=1&cursor=c2',
      ]);
      expect(fake.calls[0]!.headers.get('authorization')).to.equal('Bearer t');
    });

    it('tokens.create() posts the input and resolves with the secret, shown once', async () => {
      const { client, fake } = setup(() => json(createdApiToken, { status: 201 }), { token: 't' });
      const input = {
        name: 'Portal kota',
        membership: { role: 'dinas' as const, regionCode: '19.71' },
        expiresInDays: 90,
      };
      expect(await client.auth.tokens.create(input)).to.deep.equal(createdApiToken);
      expect([fake.calls[0]!.method, pathOf(fake.calls[0]!.url)]).to.deep.equal(['POST', '/api/v1/auth/tokens']);
      expect(JSON.parse(fake.calls[0]!.body)).to.deep.equal(input);
    });

    it('tokens.revoke() deletes the token by id', async () => {
      const { client, fake } = setup(noContent, { token: 't' });
      expect(await client.auth.tokens.revoke('tok_1')).to.equal(undefined);
      expect([fake.calls[0]!.method, pathOf(fake.calls[0]!.url)]).to.deep.equal([
        'DELETE',
        '/api/v1/auth/tokens/tok_1',
      ]);
    });
  });
});
