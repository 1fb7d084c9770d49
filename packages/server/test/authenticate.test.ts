// Who is asking, over HTTP: sessions, API tokens and the bootstrap token resolve to a person with roles; the policy
// decides per route, and a refusal is a 401, a 403 or, where existence must not leak, a 404.
import { AspirationAdminView } from '@kim-kit/sdk/schemas';
import { expect } from 'chai';
import { issueToken } from '../src/auth/opaque-token.js';
import { newId } from '../src/ids.js';
import { systemContext } from '../src/storage/write-context.js';
import { createPerson, type SignedIn, sessionFor, signedIn } from './helpers/accounts.js';
import { admin, aspirationInput, expectProblem, json, jsonOf, testApp } from './helpers/setup.js';

type App = Awaited<ReturnType<typeof testApp>>;

// asp_seed0001: Bacang (19.71.01.1006), named reporter. asp_seed0002: Opas Indah (19.71.02.1001), anonymous.
// asp_seed0005: Selindung Baru (19.71.06.1002), anonymous and confidential. grp_0002 is KIM Bacang Berseri.
const read = (t: App, id: string, who: { headers: Record<string, string> }) =>
  t.request(`/v1/admin/aspirations/${id}`, { headers: who.headers });

describe('authentication and authorization', () => {
  let t: App;
  let city: SignedIn;
  let jakarta: SignedIn;
  let bacang: SignedIn;
  before(async () => {
    t = await testApp();
    city = await signedIn(t, { role: 'dinas', regionCode: '19.71' });
    jakarta = await signedIn(t, { role: 'dinas', regionCode: '31.71' });
    bacang = await signedIn(t, { role: 'kim', groupId: 'grp_0002' });
  });

  describe('sessions', () => {
    it('let an official read an aspiration of their city with the reporter', async () => {
      const view = AspirationAdminView.parse(await jsonOf(await read(t, 'asp_seed0001', city)));
      expect(view.reporter).to.not.equal(null);
      expect(view.personalDataHidden).to.equal(false);
      expect(view.version).to.equal(1);
    });

    it('hide an anonymous reporter from an official, who still reads the aspiration', async () => {
      const view = AspirationAdminView.parse(await jsonOf(await read(t, 'asp_seed0002', city)));
      expect(view.reporter).to.equal(null);
      expect(view.personalDataHidden).to.equal(true);
      const asAdmin = AspirationAdminView.parse(await jsonOf(await read(t, 'asp_seed0002', { headers: admin })));
      expect(asAdmin.personalDataHidden).to.equal(false);
    });

    it('answer 404 for an aspiration outside the official region, as for one that does not exist', async () => {
      const outside = await expectProblem(await read(t, 'asp_seed0001', jakarta), 404, 'not_found');
      const missing = await expectProblem(await read(t, 'asp_none', jakarta), 404, 'not_found');
      expect(outside.detail).to.equal(missing.detail);
    });

    it("let an operator read its village's aspirations without personal data, and nothing else", async () => {
      const view = AspirationAdminView.parse(await jsonOf(await read(t, 'asp_seed0001', bacang)));
      expect(view.reporter).to.equal(null);
      expect(view.personalDataHidden).to.equal(true);
      await expectProblem(await read(t, 'asp_seed0002', bacang), 404, 'not_found');
    });

    it('refuse a status change to an operator who may read the aspiration (403) and hide others (404)', async () => {
      const change = (id: string) =>
        t.request(`/v1/admin/aspirations/${id}/status`, json({ status: 'verified' }, bacang.headers));
      await expectProblem(await change('asp_seed0001'), 403, 'forbidden');
      await expectProblem(await change('asp_seed0002'), 404, 'not_found');
    });

    it('refuse an unknown or ended session with a challenge that says the token is invalid', async () => {
      const response = await t.request('/v1/admin/aspirations/asp_seed0001', {
        headers: { Authorization: `Bearer ${issueToken('session').token}` },
      });
      await expectProblem(response, 401, 'unauthorized');
      expect(response.headers.get('www-authenticate')).to.equal('Bearer realm="kim", error="invalid_token"');
    });

    it('refuse an invitation link presented as a bearer token', async () => {
      const response = await t.request('/v1/admin/aspirations', {
        headers: { Authorization: `Bearer ${issueToken('invitation').token}` },
      });
      await expectProblem(response, 401, 'unauthorized');
    });

    it('do not count unknown session tokens against the client (only guessable bootstrap tokens are)', async () => {
      const strict = await testApp({ storage: t.storage, authThrottle: { limit: 1, windowSeconds: 600 } });
      for (let i = 0; i < 5; i++) {
        const unknown = { Authorization: `Bearer ${issueToken('session').token}` };
        await expectProblem(await strict.request('/v1/admin/aspirations/asp_seed0001', { headers: unknown }), 401);
      }
      expect((await strict.request('/v1/admin/aspirations/asp_seed0001', { headers: admin })).status).to.equal(200);
    });
  });

  describe('API tokens', () => {
    it('act with their one membership, not every role of their owner', async () => {
      const owner = await createPerson(t.storage, [{ role: 'admin' }, { role: 'kim', groupId: 'grp_0002' }]);
      const { token, hash } = issueToken('api');
      await t.storage.createApiToken(systemContext(), {
        id: newId('tok'),
        tokenHash: hash,
        prefix: token.slice(0, 9),
        userId: owner.id,
        name: 'Situs KIM Bacang',
        membership: { role: 'kim', groupId: 'grp_0002' },
        expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
      });
      const headers = { Authorization: `Bearer ${token}` };
      const view = AspirationAdminView.parse(await jsonOf(await read(t, 'asp_seed0001', { headers })));
      expect(view.personalDataHidden).to.equal(true);
      await expectProblem(await read(t, 'asp_seed0002', { headers }), 404);
      const asOwner = await sessionFor(t.storage, owner);
      expect(AspirationAdminView.parse(await jsonOf(await read(t, 'asp_seed0002', asOwner))).reporter).not.to.equal(
        null,
      );
    });
  });

  describe('the audit log', () => {
    it('names the signed-in official, the request and the client address of a status change', async () => {
      const official = await signedIn(t, { role: 'dinas', regionCode: '19.71' }, { name: 'Siti Rahma' });
      const response = await t.request(
        '/v1/admin/aspirations/asp_seed0003/status',
        json(
          { status: 'resolved', note: 'Saluran sudah dibersihkan.', internalNote: 'Dikerjakan UPT PUPR.' },
          {
            ...official.headers,
            'X-Request-Id': 'req-status-1',
            'If-Match': '"4"',
          },
        ),
      );
      const view = AspirationAdminView.parse(await jsonOf(response));
      expect(view.history.at(-1)).to.deep.include({
        status: 'resolved',
        internalNote: 'Dikerjakan UPT PUPR.',
        actor: { id: official.user.id, name: 'Siti Rahma' },
      });
      const [entry] = await t.storage.listAudit({ regions: 'all', limit: 1, targetId: 'asp_seed0003' });
      expect(entry).to.deep.include({
        action: 'aspiration.status',
        requestId: 'req-status-1',
        regionCode: '19.71.04.1008',
      });
      expect(entry?.actor).to.deep.equal({ type: 'user', id: official.user.id, name: 'Siti Rahma' });
      expect(entry?.changes).to.deep.equal(['status', 'note', 'internalNote']);
      expect(entry?.clientAddress).to.be.a('string');
    });
    it("records a citizen's submission as the public's, with field names and no personal data", async () => {
      const response = await t.request('/v1/aspirations', json(aspirationInput(), { 'X-Request-Id': 'req-submit-1' }));
      const receipt = (await jsonOf(response, 201)) as { id: string; trackingCode: string };
      const [entry] = await t.storage.listAudit({ regions: 'all', limit: 1, targetId: receipt.id });
      expect(entry).to.deep.include({
        action: 'aspiration.submit',
        actor: { type: 'public', id: null, name: null },
        requestId: 'req-submit-1',
        regionCode: '19.71.01.1006',
      });
      expect(entry?.target).to.deep.equal({ type: 'aspiration', id: receipt.id, label: receipt.trackingCode });
      expect(entry?.changes).to.include('reporter');
      const text = JSON.stringify(entry);
      for (const personal of ['Warga Uji Coba', 'warga.uji@example.org', '0812']) expect(text).to.not.include(personal);
    });
  });
});
