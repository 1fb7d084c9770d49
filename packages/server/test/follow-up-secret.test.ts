import { createHash } from 'node:crypto';
import { AspirationReceipt, normalizeFollowUpSecret } from '@kim-kit/sdk/schemas';
import { expect } from 'chai';
import { FollowUpSecrets, verifyFollowUpSecret } from '../src/aspirations/follow-up-secret.js';
import { FailureThrottle } from '../src/http/failure-throttle.js';
import { HttpProblem } from '../src/http/problem.js';
import { RateLimiter } from '../src/http/rate-limiter.js';
import { admin, aspirationInput, json, jsonOf, testApp } from './helpers/setup.js';

const KEY = 'follow-up-key-for-tests-0123456789abcdef';
const SECRET_FORMAT = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

async function submit(t: Awaited<ReturnType<typeof testApp>>, headers: Record<string, string> = {}, overrides = {}) {
  const response = await t.request('/v1/aspirations', json(aspirationInput(overrides), headers));
  return AspirationReceipt.parse(await jsonOf(response, response.status === 200 ? 200 : 201));
}

async function refusal(promise: Promise<unknown>): Promise<HttpProblem> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof HttpProblem) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('follow-up secret', () => {
  describe('on the receipt', () => {
    it('carries a 20-character secret grouped in fours, and stores only its SHA-256', async () => {
      const t = await testApp({ followUpKey: KEY });
      const receipt = await submit(t);
      expect(receipt.followUpSecret).to.match(SECRET_FORMAT);
      const canonical = normalizeFollowUpSecret(receipt.followUpSecret ?? '');
      const target = await t.storage.getFollowUpTarget(receipt.trackingCode);
      expect(target?.followUpSecretHash).to.equal(sha256(canonical ?? ''));
      const record = await t.storage.getAspiration(receipt.id);
      expect(JSON.stringify(record)).not.to.include(canonical);
      const officials = await jsonOf(await t.request(`/v1/admin/aspirations/${receipt.id}`, { headers: admin }));
      expect(JSON.stringify(officials)).not.to.include(canonical).and.not.to.include(target?.followUpSecretHash);
      const tracking = await t.request(`/v1/aspirations/${receipt.trackingCode}`);
      expect(await tracking.text()).not.to.include(canonical);
    });

    it('gives every aspiration its own secret, with and without an Idempotency-Key', async () => {
      const t = await testApp({ followUpKey: KEY });
      const a = await submit(t);
      const b = await submit(t, { 'Idempotency-Key': 'follow-up-secret-key-0001' });
      expect(a.followUpSecret).to.match(SECRET_FORMAT);
      expect(b.followUpSecret).to.match(SECRET_FORMAT);
      expect(a.followUpSecret).not.to.equal(b.followUpSecret);
      const stored = await t.storage.getFollowUpTarget(b.trackingCode);
      expect(stored?.followUpSecretHash).to.equal(sha256(normalizeFollowUpSecret(b.followUpSecret ?? '') ?? ''));
    });

    it('shows the same secret again when the same submission is replayed', async () => {
      const t = await testApp({ followUpKey: KEY });
      const headers = { 'Idempotency-Key': 'follow-up-secret-replay-01' };
      const first = await submit(t, headers);
      const replay = await t.request('/v1/aspirations', json(aspirationInput(), headers));
      expect(replay.headers.get('idempotent-replayed')).to.equal('true');
      const again = AspirationReceipt.parse(await jsonOf(replay, 200));
      expect(again.trackingCode).to.equal(first.trackingCode);
      expect(again.followUpSecret).to.equal(first.followUpSecret);
    });

    it('leaves the secret out of a replay once the follow-up key has changed, and the first secret stays valid', async () => {
      const t = await testApp({ followUpKey: KEY });
      const headers = { 'Idempotency-Key': 'follow-up-secret-replay-02' };
      const first = await submit(t, headers);
      const other = await testApp({ storage: t.storage, followUpKey: `${KEY}-rotated` });
      const again = AspirationReceipt.parse(
        await jsonOf(await other.request('/v1/aspirations', json(aspirationInput(), headers)), 200),
      );
      expect(again.trackingCode).to.equal(first.trackingCode);
      expect(again).not.to.have.property('followUpSecret');
      const target = await verifyFollowUpSecret(
        { storage: t.storage, throttle: null, client: 'ip:x' },
        first.trackingCode,
        first.followUpSecret ?? '',
      );
      expect(target.id).to.equal(first.id);
    });

    it('gives a honeypot submission a secret of the same shape, the same on its replay', async () => {
      const t = await testApp({ followUpKey: KEY });
      const headers = { 'Idempotency-Key': 'follow-up-secret-decoy-01' };
      const decoy = await submit(t, headers, { website: 'https://spam.example' });
      expect(decoy.followUpSecret).to.match(SECRET_FORMAT);
      const again = await submit(t, headers, { website: 'https://spam.example' });
      expect(again.followUpSecret).to.equal(decoy.followUpSecret);
      expect(await t.storage.getFollowUpTarget(decoy.trackingCode)).to.equal(undefined);
    });

    it('refuses a follow-up key shorter than 32 characters', () => {
      expect(() => new FollowUpSecrets('short')).to.throw(TypeError, /32/);
    });
  });

  describe('verifyFollowUpSecret', () => {
    it('accepts the secret as issued, in lower case, with spaces and look-alikes', async () => {
      const t = await testApp({ followUpKey: KEY });
      const receipt = await submit(t);
      const secret = receipt.followUpSecret ?? '';
      const check = { storage: t.storage, throttle: null, client: 'ip:a' };
      for (const typed of [secret, secret.toLowerCase(), secret.replaceAll('-', ' '), secret.replaceAll('1', 'l')]) {
        const target = await verifyFollowUpSecret(check, receipt.trackingCode, typed);
        expect(target).to.include({ id: receipt.id, trackingCode: receipt.trackingCode, status: 'received' });
      }
    });

    it('refuses a wrong secret and an unknown code with the same 403', async () => {
      const t = await testApp({ followUpKey: KEY });
      const receipt = await submit(t);
      const check = { storage: t.storage, throttle: null, client: 'ip:b' };
      const wrong = await refusal(verifyFollowUpSecret(check, receipt.trackingCode, 'AAAA-BBBB-CCCC-DDDD-EEEE'));
      const unknown = await refusal(verifyFollowUpSecret(check, '0000000000', receipt.followUpSecret ?? ''));
      const malformed = await refusal(verifyFollowUpSecret(check, receipt.trackingCode, 'not a secret'));
      for (const problem of [wrong, unknown, malformed]) expect(problem.status).to.equal(403);
      expect([unknown.code, unknown.message, malformed.message]).to.deep.equal([
        wrong.code,
        wrong.message,
        wrong.message,
      ]);
    });

    it('blocks a client after too many wrong secrets, even before the right one', async () => {
      const t = await testApp({ followUpKey: KEY });
      const receipt = await submit(t);
      const throttle = new FailureThrottle(new RateLimiter({ limit: 3, windowSeconds: 600 }));
      const check = { storage: t.storage, throttle, client: 'ip:c' };
      for (let i = 0; i < 3; i++) {
        expect(
          (await refusal(verifyFollowUpSecret(check, receipt.trackingCode, 'AAAA-BBBB-CCCC-DDDD-EEEE'))).status,
        ).to.equal(403);
      }
      expect(
        (await refusal(verifyFollowUpSecret(check, receipt.trackingCode, 'AAAA-BBBB-CCCC-DDDD-EEEE'))).status,
      ).to.equal(429);
      const blocked = await refusal(verifyFollowUpSecret(check, receipt.trackingCode, receipt.followUpSecret ?? ''));
      expect(blocked.status).to.equal(429);
      const other = await verifyFollowUpSecret(
        { ...check, client: 'ip:d' },
        receipt.trackingCode,
        receipt.followUpSecret ?? '',
      );
      expect(other.id).to.equal(receipt.id);
    });
  });
});
