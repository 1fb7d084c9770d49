import { expect } from 'chai';
import {
  isKimApiError,
  isKimNetworkError,
  isKimNotFoundError,
  isKimRateLimitError,
  isKimTimeoutError,
} from './errors/guards.js';
import { json, networkFailure, problem, sequence } from './test-utils/fake-fetch.js';
import { adminView, aspirationInput, receipt, region } from './test-utils/fixtures.js';
import { rejection } from './test-utils/rejection.js';
import { setup } from './test-utils/setup.js';

// Long enough that a test would time out if the SDK used it instead of what the test is about.
const HOUR = 3_600_000;

describe('retries', () => {
  describe('GET', () => {
    for (const status of [408, 429, 500, 502, 503, 504]) {
      it(`retries a ${status} and succeeds`, async () => {
        const { client, fake } = setup(sequence(problem(status), problem(status), json(region)));
        expect(await client.regions.get('19.71')).to.deep.equal(region);
        expect(fake.calls).to.have.length(3);
      });
    }

    it('retries network errors', async () => {
      const { client, fake } = setup(sequence(networkFailure(), json(region)));
      expect(await client.regions.get('19.71')).to.deep.equal(region);
      expect(fake.calls).to.have.length(2);
    });

    it('gives up after limit retries with the last error', async () => {
      const { client, fake } = setup(() => networkFailure(), { retry: { limit: 3, baseDelayMs: 1, maxDelayMs: 2 } });
      expect(isKimNetworkError(await rejection(client.regions.get('19.71')))).to.equal(true);
      expect(fake.calls).to.have.length(4);
    });

    it('a number sets the limit', async () => {
      const { client, fake } = setup(() => problem(503), { retry: 1 });
      // Default delays apply here (300 ms, jittered): one short wait.
      expect(isKimApiError(await rejection(client.regions.get('19.71')))).to.equal(true);
      expect(fake.calls).to.have.length(2);
    });

    it('retry: false makes one attempt', async () => {
      const { client, fake } = setup(() => problem(503), { retry: false });
      await rejection(client.regions.get('19.71'));
      expect(fake.calls).to.have.length(1);
    });

    for (const status of [400, 401, 403, 404, 409, 422, 501]) {
      it(`does not retry a ${status}`, async () => {
        const { client, fake } = setup(() => problem(status));
        await rejection(client.regions.get('19.71'));
        expect(fake.calls).to.have.length(1);
      });
    }

    it('sends the same request each time', async () => {
      const { client, fake } = setup(sequence(problem(500), json({ data: [], nextCursor: null })), {
        headers: { 'x-site': 'a' },
      });
      await client.news.list({ region: '19.71', q: 'banjir' });
      const [first, second] = fake.calls;
      expect(second?.url.href).to.equal(first?.url.href);
      expect([...(second?.headers ?? [])]).to.deep.equal([...(first?.headers ?? [])]);
    });
  });

  describe('Retry-After', () => {
    let random: () => number;
    beforeEach(() => {
      // Without jitter the computed backoff is the full (huge) delay, so ignoring Retry-After cannot pass by luck.
      random = Math.random;
      Math.random = () => 0.999;
    });
    afterEach(() => {
      Math.random = random;
    });

    it('waits what Retry-After says (seconds) instead of the backoff', async () => {
      const { client, fake } = setup(sequence(problem(429, {}, { 'retry-after': '0' }), json(region)), {
        retry: { limit: 1, baseDelayMs: HOUR, maxDelayMs: HOUR },
        timeoutMs: 2000,
      });
      expect(await client.regions.get('19.71')).to.deep.equal(region);
      expect(fake.calls).to.have.length(2);
    });

    it('reads Retry-After as an HTTP date', async () => {
      const past = new Date(Date.now() - 60_000).toUTCString();
      const { client, fake } = setup(sequence(problem(503, {}, { 'retry-after': past }), json(region)), {
        retry: { limit: 1, baseDelayMs: HOUR, maxDelayMs: HOUR },
        timeoutMs: 2000,
      });
      expect(await client.regions.get('19.71')).to.deep.equal(region);
      expect(fake.calls).to.have.length(2);
    });

    it('does not retry sooner than Retry-After: the time budget runs out first', async () => {
      const { client, fake } = setup(sequence(problem(429, {}, { 'retry-after': '30' }), json(region)), {
        retry: { limit: 1, baseDelayMs: 1, maxDelayMs: HOUR },
        timeoutMs: 50,
      });
      expect(isKimTimeoutError(await rejection(client.regions.get('19.71')))).to.equal(true);
      expect(fake.calls).to.have.length(1);
    });

    it('caps a long Retry-After at maxDelayMs', async () => {
      const { client, fake } = setup(sequence(problem(429, {}, { 'retry-after': '3600' }), json(region)), {
        retry: { limit: 1, baseDelayMs: 1, maxDelayMs: 5 },
        timeoutMs: 2000,
      });
      expect(await client.regions.get('19.71')).to.deep.equal(region);
      expect(fake.calls).to.have.length(2);
    });

    it('caps the exponential backoff at maxDelayMs', async () => {
      const { client, fake } = setup(sequence(problem(500), problem(500), problem(500), json(region)), {
        retry: { limit: 3, baseDelayMs: HOUR, maxDelayMs: 5 },
        timeoutMs: 2000,
      });
      expect(await client.regions.get('19.71')).to.deep.equal(region);
      expect(fake.calls).to.have.length(4);
    });
  });

  describe('POST', () => {
    it('aspirations.submit retries with the same Idempotency-Key', async () => {
      const { client, fake } = setup(sequence(networkFailure(), problem(503), json(receipt, { status: 201 })));
      expect(await client.aspirations.submit(aspirationInput)).to.deep.equal(receipt);
      expect(fake.calls).to.have.length(3);
      const keys = fake.calls.map((call) => call.headers.get('idempotency-key'));
      expect(keys[0]).to.be.a('string').and.have.length(36);
      expect(new Set(keys).size).to.equal(1);
      for (const call of fake.calls) expect(JSON.parse(call.body)).to.deep.equal(aspirationInput);
    });

    it('aspirations.submit keeps a given key across retries', async () => {
      const { client, fake } = setup(sequence(problem(500), json(receipt, { status: 200 })));
      await client.aspirations.submit(aspirationInput, { idempotencyKey: 'mine-1' });
      expect(fake.calls.map((call) => call.headers.get('idempotency-key'))).to.deep.equal(['mine-1', 'mine-1']);
    });

    it('aspirations.submit honours Retry-After on a 429 too', async () => {
      const { client, fake } = setup(
        sequence(problem(429, {}, { 'retry-after': '0' }), json(receipt, { status: 201 })),
      );
      await client.aspirations.submit(aspirationInput);
      expect(fake.calls).to.have.length(2);
    });

    it('aspirations.submit does not retry a validation error', async () => {
      const { client, fake } = setup(() => problem(422, { code: 'validation_failed' }));
      await rejection(client.aspirations.submit(aspirationInput));
      expect(fake.calls).to.have.length(1);
    });

    it('admin setStatus (no idempotency key) is never retried', async () => {
      const { client, fake } = setup(sequence(networkFailure(), json(adminView)), { token: 't' });
      expect(
        isKimNetworkError(await rejection(client.admin.aspirations.setStatus('asp_1', { status: 'verified' }))),
      ).to.equal(true);
      expect(fake.calls).to.have.length(1);

      const { client: second, fake: secondFake } = setup(() => problem(503), { token: 't' });
      await rejection(second.admin.aspirations.setStatus('asp_1', { status: 'verified' }));
      expect(secondFake.calls).to.have.length(1);
    });
  });

  it('the error after the last retry is the matching class', async () => {
    const { client, fake } = setup(sequence(problem(503), problem(429), problem(404)));
    expect(isKimNotFoundError(await rejection(client.regions.get('19.71')))).to.equal(true);
    expect(fake.calls).to.have.length(3);
    const { client: limited } = setup(() => problem(429));
    expect(isKimRateLimitError(await rejection(limited.regions.get('19.71')))).to.equal(true);
  });
});
