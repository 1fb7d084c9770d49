import { expect } from 'chai';
import { isKimApiError, isKimNetworkError, isKimNotFoundError, isKimRateLimitError } from './errors/guards.js';
import type { KimApiError } from './errors/kim-api-error.js';
import type { KimRateLimitError } from './errors/kim-rate-limit-error.js';
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

    it('never retries sooner than Retry-After: longer than maxDelayMs ends the call with retryAfter', async () => {
      const { client, fake } = setup(sequence(problem(429, {}, { 'retry-after': '3600' }), json(region)), {
        retry: { limit: 1, baseDelayMs: 1, maxDelayMs: 5 },
        timeoutMs: 2000,
      });
      const error = (await rejection(client.regions.get('19.71'))) as KimRateLimitError;
      expect(isKimRateLimitError(error)).to.equal(true);
      expect(error.retryAfter).to.equal(3600);
      expect(fake.calls).to.have.length(1);
    });

    it('a Retry-After longer than the time budget ends the call at once, not when the budget runs out', async () => {
      // Waiting out the budget would exceed mocha's timeout; retrying early would reach the success answer.
      const { client, fake } = setup(sequence(problem(429, {}, { 'retry-after': '120' }), json(region)), {
        retry: { limit: 1, baseDelayMs: 1, maxDelayMs: HOUR },
        timeoutMs: 60_000,
      });
      const error = (await rejection(client.regions.get('19.71'))) as KimRateLimitError;
      expect(isKimRateLimitError(error)).to.equal(true);
      expect(error.retryAfter).to.equal(120);
      expect(fake.calls).to.have.length(1);
    });

    it('ends with the matching API error for other statuses, e.g. a 503 with a long Retry-After', async () => {
      const { client, fake } = setup(sequence(problem(503, {}, { 'retry-after': '600' }), json(region)));
      const error = (await rejection(client.regions.get('19.71'))) as KimApiError;
      expect(error.name).to.equal('KimApiError');
      expect(error.status).to.equal(503);
      expect(error.retryAfter).to.equal(600);
      expect(fake.calls).to.have.length(1);
    });

    it('waits a Retry-After within maxDelayMs exactly, with no jitter', async () => {
      Math.random = () => 0;
      const { client, fake } = setup(sequence(problem(503, {}, { 'retry-after': '1' }), json(region)), {
        retry: { limit: 1, baseDelayMs: 1, maxDelayMs: HOUR },
      });
      expect(await client.regions.get('19.71')).to.deep.equal(region);
      expect(fake.calls).to.have.length(2);
      const waited = fake.calls[1]!.at - fake.calls[0]!.at;
      expect(waited).to.be.at.least(990);
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
        isKimNetworkError(
          await rejection(client.admin.aspirations.setStatus('asp_1', { status: 'verified' }, { version: 1 })),
        ),
      ).to.equal(true);
      expect(fake.calls).to.have.length(1);

      const { client: second, fake: secondFake } = setup(() => problem(503), { token: 't' });
      await rejection(second.admin.aspirations.setStatus('asp_1', { status: 'verified' }, { version: 1 }));
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
