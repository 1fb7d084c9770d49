// Failed guesses are throttled per client: tracking codes and admin tokens cannot be tried thousands of times a second.
import type { AspirationReceipt } from '@kim-kit/sdk/schemas';
import { expect } from 'chai';
import { ADMIN_TOKEN, aspirationInput, expectProblem, json, jsonOf, testApp } from './helpers/setup.js';

const from = (ip: string, headers: Record<string, string> = {}) => ({ headers: { 'X-Forwarded-For': ip, ...headers } });

describe('throttling of failed attempts', () => {
  describe('tracking-code lookups', () => {
    it('blocks a client after its failed lookups, even for a right code, while others go on', async () => {
      const t = await testApp({ lookupThrottle: { limit: 3, windowSeconds: 60 }, trustProxy: 1 });
      const receipt = await jsonOf<AspirationReceipt>(await t.request('/v1/aspirations', json(aspirationInput())), 201);
      const right = `/v1/aspirations/${receipt.trackingCode}`;
      // Right lookups cost nothing.
      for (let i = 0; i < 10; i++) expect((await t.request(right, from('198.51.100.7'))).status).to.equal(200);
      for (let i = 0; i < 4; i++) {
        await expectProblem(await t.request(`/v1/aspirations/ZZZZZZZZZ${i}`, from('198.51.100.7')), 404);
      }
      const blocked = await t.request(right, from('198.51.100.7'));
      await expectProblem(blocked, 429, 'rate_limited');
      expect(Number(blocked.headers.get('retry-after'))).to.be.within(1, 20);
      expect((await t.request(right, from('198.51.100.8'))).status, 'another client').to.equal(200);
    });

    it('is on by default', async () => {
      const t = await testApp();
      const statuses = new Set<number>();
      for (let i = 0; i < 25; i++)
        statuses.add((await t.request(`/v1/aspirations/ZZZZZZZZ${String(i).padStart(2, '0')}`)).status);
      expect([...statuses].sort()).to.deep.equal([404, 429]);
    });
  });

  describe('admin tokens', () => {
    it('blocks a client that presented wrong tokens, even when it then has the right one', async () => {
      const t = await testApp({ authThrottle: { limit: 2, windowSeconds: 60 }, trustProxy: 1 });
      const wrong = { Authorization: `Bearer ${'x'.repeat(40)}` };
      const right = { Authorization: `Bearer ${ADMIN_TOKEN}` };
      for (let i = 0; i < 3; i++)
        await expectProblem(await t.request('/v1/admin/aspirations', from('203.0.113.5', wrong)), 401);
      await expectProblem(await t.request('/v1/admin/aspirations', from('203.0.113.5', right)), 429, 'rate_limited');
      expect((await t.request('/v1/admin/aspirations', from('203.0.113.6', right))).status, 'another client').to.equal(
        200,
      );
    });

    it('does not count requests that present no token at all', async () => {
      const t = await testApp({ authThrottle: { limit: 1, windowSeconds: 60 } });
      for (let i = 0; i < 5; i++) await expectProblem(await t.request('/v1/admin/aspirations'), 401);
      expect(
        (await t.request('/v1/admin/aspirations', { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } })).status,
      ).to.equal(200);
    });
  });
});
