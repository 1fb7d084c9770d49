import { expect } from 'chai';
import { isKimApiError, isKimError, isKimNetworkError, isKimTimeoutError } from './errors/guards.js';
import type { KimApiError } from './errors/kim-api-error.js';
import { json, networkFailure, never, problem, sequence } from './test-utils/fake-fetch.js';
import { region } from './test-utils/fixtures.js';
import { rejection } from './test-utils/rejection.js';
import { setup } from './test-utils/setup.js';

describe('ky hooks', () => {
  it('beforeRequest can add a header to the request (tracing)', async () => {
    const { client, fake } = setup(() => json(region), {
      hooks: { beforeRequest: [({ request }) => request.headers.set('traceparent', '00-abc-def-01')] },
    });
    await client.regions.get('19.71');
    expect(fake.calls[0]!.headers.get('traceparent')).to.equal('00-abc-def-01');
  });

  it('beforeRequest sees the call name in options.context, and runs once per call, not per retry', async () => {
    const seen: unknown[] = [];
    const { client, fake } = setup(sequence(problem(503), json(region)), {
      hooks: { beforeRequest: [({ options }) => void seen.push(options.context.call)] },
    });
    await client.regions.get('19.71');
    expect(fake.calls).to.have.length(2);
    expect(seen).to.deep.equal(['GET /v1/regions/19.71']);
  });

  it('beforeRequest can answer from its own cache without a request', async () => {
    const { client, fake } = setup(() => json({ ...region, name: 'from the network' }), {
      hooks: { beforeRequest: [() => json(region)] },
    });
    expect(await client.regions.get('19.71')).to.deep.equal(region);
    expect(fake.calls).to.have.length(0);
  });

  it('afterResponse sees every response, retried ones included (logging)', async () => {
    const log: string[] = [];
    const { client } = setup(sequence(problem(503), json(region)), {
      hooks: {
        afterResponse: [
          ({ request, response, retryCount }) => void log.push(`${request.method} ${response.status} #${retryCount}`),
        ],
      },
    });
    await client.regions.get('19.71');
    expect(log).to.deep.equal(['GET 503 #0', 'GET 200 #1']);
  });

  it('afterResponse may replace the response, which is then validated', async () => {
    const { client } = setup(() => json(region), {
      hooks: { afterResponse: [() => json({ ...region, level: 'planet' })] },
    });
    expect(((await rejection(client.regions.get('19.71'))) as Error).name).to.equal('KimResponseError');
  });

  it('beforeRetry runs before each retry with the count and the failure', async () => {
    const seen: Array<[number, string]> = [];
    const { client } = setup(sequence(networkFailure(), problem(502), json(region)), {
      hooks: { beforeRetry: [({ retryCount, error }) => void seen.push([retryCount, error.name])] },
    });
    await client.regions.get('19.71');
    expect(seen).to.deep.equal([
      [1, 'KimNetworkError'],
      [2, 'HTTPError'],
    ]);
  });

  it('beforeRetry can stop the retries by throwing', async () => {
    const stop = new Error('circuit open');
    const { client, fake } = setup(() => problem(503), {
      hooks: {
        beforeRetry: [
          () => {
            throw stop;
          },
        ],
      },
    });
    expect(await rejection(client.regions.get('19.71'))).to.equal(stop);
    expect(fake.calls).to.have.length(1);
  });

  it('beforeError receives the SDK error (not ky’s), and what it returns is thrown', async () => {
    const received: unknown[] = [];
    const { client } = setup(() => problem(404, { code: 'not_found', requestId: 'req-9' }), {
      hooks: {
        beforeError: [
          ({ error }) => {
            received.push(error);
            return Object.assign(error, { message: `${error.message} [reported]` });
          },
        ],
      },
    });
    const error = (await rejection(client.news.get('x'))) as KimApiError;
    expect(received).to.deep.equal([error]);
    expect(isKimApiError(error)).to.equal(true);
    expect(error.requestId).to.equal('req-9');
    expect(error.message).to.match(/\[reported\]$/);
  });

  it('beforeError also sees network failures and timeouts as SDK errors', async () => {
    const names: string[] = [];
    const beforeError = [
      ({ error }: { error: Error }) => {
        names.push(error.name);
        return error;
      },
    ];
    const offline = setup(() => networkFailure(), { retry: false, hooks: { beforeError } });
    expect(isKimNetworkError(await rejection(offline.client.regions.get('19')))).to.equal(true);
    const slow = setup(never, { timeoutMs: 10, hooks: { beforeError } });
    expect(isKimTimeoutError(await rejection(slow.client.regions.get('19')))).to.equal(true);
    expect(names).to.deep.equal(['KimNetworkError', 'KimTimeoutError']);
  });

  it('nothing of ky reaches the caller raw', async () => {
    const failures = [
      setup(() => problem(500), { retry: false }).client.regions.get('19'),
      setup(() => networkFailure(), { retry: false }).client.regions.get('19'),
      setup(() => new Error('socket hang up'), { retry: false }).client.regions.get('19'),
      setup(never, { timeoutMs: 5 }).client.regions.get('19'),
    ];
    for (const error of await Promise.all(failures.map(rejection))) {
      expect(isKimError(error), String(error)).to.equal(true);
      expect((error as Error).name).to.not.match(/^(HTTPError|TimeoutError|NetworkError|KyError)$/);
    }
  });
});
