import { expect } from 'chai';
import { isKimError, isKimTimeoutError } from './errors/guards.js';
import type { KimTimeoutError } from './errors/kim-timeout-error.js';
import { json, never, problem, sequence } from './test-utils/fake-fetch.js';
import { aspirationInput, page, region } from './test-utils/fixtures.js';
import { rejection } from './test-utils/rejection.js';
import { setup } from './test-utils/setup.js';

describe('cancellation and timeouts', () => {
  describe('AbortSignal', () => {
    it('an already aborted signal rejects at once, without a request', async () => {
      const { client, fake } = setup(() => json(region));
      const controller = new AbortController();
      controller.abort();
      const error = (await rejection(client.regions.get('19.71', { signal: controller.signal }))) as Error;
      expect(error.name).to.equal('AbortError');
      expect(fake.calls).to.have.length(0);
    });

    it('aborting a pending call rejects with an AbortError that is not a KimError', async () => {
      const { client, fake } = setup(never);
      const controller = new AbortController();
      const pending = client.news.get('x', { signal: controller.signal });
      while (fake.calls.length === 0) await new Promise((resolve) => setTimeout(resolve, 1));
      controller.abort();
      const error = (await rejection(pending)) as Error;
      expect(error.name).to.equal('AbortError');
      expect(isKimError(error)).to.equal(false);
      expect(fake.calls[0]!.signal.aborted).to.equal(true);
    });

    it('rejects with the reason given to abort()', async () => {
      const { client } = setup(never);
      const controller = new AbortController();
      const reason = new Error('user left the page');
      const pending = client.regions.get('19', { signal: controller.signal });
      setTimeout(() => controller.abort(reason), 1);
      expect(await rejection(pending)).to.equal(reason);
    });

    it('aborting during the wait before a retry stops the retries', async () => {
      const { client, fake } = setup(() => problem(503), {
        retry: { limit: 5, baseDelayMs: 3_600_000, maxDelayMs: 3_600_000 },
      });
      const controller = new AbortController();
      const pending = client.regions.get('19', { signal: controller.signal });
      while (fake.calls.length === 0) await new Promise((resolve) => setTimeout(resolve, 1));
      await new Promise((resolve) => setTimeout(resolve, 5));
      controller.abort();
      expect(((await rejection(pending)) as Error).name).to.equal('AbortError');
      expect(fake.calls).to.have.length(1);
    });

    it('works on lists and submissions too', async () => {
      const { client } = setup(never);
      const controller = new AbortController();
      const list = client.news.list({}, { signal: controller.signal });
      const submit = client.aspirations.submit(aspirationInput, { signal: controller.signal });
      setTimeout(() => controller.abort(), 1);
      expect(((await rejection(list)) as Error).name).to.equal('AbortError');
      expect(((await rejection(submit)) as Error).name).to.equal('AbortError');
    });

    it('the signal also covers the later pages of an iteration', async () => {
      const controller = new AbortController();
      const { client, fake } = setup((request) =>
        request.url.searchParams.has('cursor') ? never(request) : json(page([region], 'p2')),
      );
      const seen: string[] = [];
      const error = await rejection(
        (async () => {
          for await (const item of client.regions.list({}, { signal: controller.signal })) {
            seen.push(item.code);
            setTimeout(() => controller.abort(), 1);
          }
        })(),
      );
      expect((error as Error).name).to.equal('AbortError');
      expect(seen).to.deep.equal(['19.71']);
      expect(fake.calls).to.have.length(2);
    });
  });

  describe('timeoutMs', () => {
    it('a call that takes too long rejects with KimTimeoutError', async () => {
      const { client, fake } = setup(never, { timeoutMs: 20 });
      const error = (await rejection(client.news.list())) as KimTimeoutError;
      expect(isKimTimeoutError(error)).to.equal(true);
      expect(error.timeoutMs).to.equal(20);
      expect(error.message).to.contain('GET /v1/news');
      expect(fake.calls[0]!.signal.aborted).to.equal(true);
    });

    it('the per-call timeoutMs overrides the client one', async () => {
      const { client } = setup(never, { timeoutMs: 3_600_000 });
      const error = (await rejection(client.regions.get('19', { timeoutMs: 10 }))) as KimTimeoutError;
      expect(isKimTimeoutError(error)).to.equal(true);
      expect(error.timeoutMs).to.equal(10);
    });

    it('covers the retries as a whole', async () => {
      // Room for the first attempt on a loaded machine; the second attempt never answers, so only the budget ends it.
      const { client, fake } = setup(sequence(problem(503), never), {
        timeoutMs: 500,
        retry: { limit: 5, baseDelayMs: 1, maxDelayMs: 1 },
      });
      expect(isKimTimeoutError(await rejection(client.regions.get('19')))).to.equal(true);
      expect(fake.calls).to.have.length(2);
    });

    it('also stops a custom fetch that ignores the signal', async () => {
      const { client } = setup(() => new Promise<Response>(() => {}), { timeoutMs: 20 });
      expect(isKimTimeoutError(await rejection(client.regions.get('19')))).to.equal(true);
    });

    it('covers a body that never finishes', async () => {
      const stalled = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"code":'));
        },
      });
      const { client } = setup(() => new Response(stalled, { headers: { 'content-type': 'application/json' } }), {
        timeoutMs: 30,
      });
      expect(isKimTimeoutError(await rejection(client.regions.get('19')))).to.equal(true);
    });

    it('an aborted call is an abort even with a timeout set', async () => {
      const { client } = setup(never, { timeoutMs: 3_600_000 });
      const controller = new AbortController();
      const pending = client.regions.get('19', { signal: controller.signal });
      setTimeout(() => controller.abort(), 1);
      expect(((await rejection(pending)) as Error).name).to.equal('AbortError');
    });

    it('timeoutMs: false sets no limit', async () => {
      const { client } = setup(() => new Promise<Response>((resolve) => setTimeout(() => resolve(json(region)), 30)), {
        timeoutMs: false,
      });
      expect(await client.regions.get('19.71')).to.deep.equal(region);
    });
  });
});
