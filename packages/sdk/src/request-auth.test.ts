import { expect } from 'chai';
import { isKimAuthError, isKimTimeoutError } from './errors/guards.js';
import type { KimTimeoutError } from './errors/kim-timeout-error.js';
import { json, never, problem } from './test-utils/fake-fetch.js';
import { adminView, region } from './test-utils/fixtures.js';
import { rejection } from './test-utils/rejection.js';
import { setup } from './test-utils/setup.js';

describe('the token option', () => {
  it('a string is sent as a bearer token on the calls that need it', async () => {
    const { client, fake } = setup(() => json(adminView), { token: 'admin-secret' });
    await client.admin.aspirations.get('asp_1');
    expect(fake.calls[0]!.headers.get('authorization')).to.equal('Bearer admin-secret');
  });

  it('a function is called before each call, so a session token can change', async () => {
    let session = 'token-1';
    let calls = 0;
    const { client, fake } = setup(() => json(adminView), {
      token: () => {
        calls++;
        return session;
      },
    });
    await client.admin.aspirations.get('asp_1');
    session = 'token-2';
    await client.admin.aspirations.get('asp_1');
    expect(fake.calls.map((call) => call.headers.get('authorization'))).to.deep.equal([
      'Bearer token-1',
      'Bearer token-2',
    ]);
    expect(calls).to.equal(2);
  });

  it('an async function is awaited', async () => {
    const { client, fake } = setup(() => json(adminView), {
      token: async () => {
        await new Promise((resolve) => setTimeout(resolve, 1));
        return 'from-the-session-store';
      },
    });
    await client.admin.aspirations.get('asp_1');
    expect(fake.calls[0]!.headers.get('authorization')).to.equal('Bearer from-the-session-store');
  });

  it('undefined or an empty string sends no Authorization, and the 401 is a KimAuthError', async () => {
    for (const token of [() => undefined, async () => undefined, '']) {
      const { client, fake } = setup(() => problem(401, { code: 'unauthorized' }), { token });
      expect(isKimAuthError(await rejection(client.admin.aspirations.get('asp_1')))).to.equal(true);
      expect(fake.calls[0]!.headers.has('authorization')).to.equal(false);
    }
  });

  it('public calls neither send the token nor call the function', async () => {
    let calls = 0;
    const { client, fake } = setup(() => json(region), {
      token: () => {
        calls++;
        return 'secret';
      },
    });
    await client.regions.get('19.71');
    expect(fake.calls[0]!.headers.has('authorization')).to.equal(false);
    expect(calls).to.equal(0);
  });

  it('a token function that fails rejects the call with its error, without a request', async () => {
    const failure = new Error('session store unavailable');
    const { client, fake } = setup(() => json(adminView), {
      token: () => {
        throw failure;
      },
    });
    expect(await rejection(client.admin.aspirations.get('asp_1'))).to.equal(failure);
    expect(fake.calls).to.have.length(0);
  });

  it('aborting while the token is being fetched rejects with the abort reason', async () => {
    const { client, fake } = setup(never, { token: () => new Promise<string>(() => {}) });
    const controller = new AbortController();
    const pending = client.admin.aspirations.get('asp_1', { signal: controller.signal });
    controller.abort();
    expect(((await rejection(pending)) as Error).name).to.equal('AbortError');
    expect(fake.calls).to.have.length(0);
  });

  it('a token function that never answers runs out of the time budget', async () => {
    const { client, fake } = setup(never, { token: () => new Promise<string>(() => {}), timeoutMs: 20 });
    const error = (await rejection(client.admin.aspirations.get('asp_1'))) as KimTimeoutError;
    expect(isKimTimeoutError(error)).to.equal(true);
    expect(error.timeoutMs).to.equal(20);
    expect(fake.calls).to.have.length(0);
  });
});
