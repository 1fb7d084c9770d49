import { expect } from 'chai';
import { aspirationInput, expectProblem, json, jsonOf, liveServer, testApp } from './helpers/setup.js';

describe('rate limiting of submissions', () => {
  it('allows the configured burst, then answers 429 with Retry-After and RateLimit headers', async () => {
    const t = await testApp({ rateLimit: { limit: 3, windowSeconds: 60 } });
    const remaining: (string | null)[] = [];
    for (let i = 0; i < 3; i++) {
      const response = await t.request('/v1/aspirations', json(aspirationInput()));
      await jsonOf(response, 201);
      expect(response.headers.get('ratelimit-limit')).to.equal('3');
      remaining.push(response.headers.get('ratelimit-remaining'));
    }
    expect(remaining).to.deep.equal(['2', '1', '0']);
    const refused = await t.request('/v1/aspirations', json(aspirationInput()));
    expect(refused.headers.get('retry-after')).to.equal('20');
    expect(refused.headers.get('ratelimit-limit')).to.equal('3');
    expect(refused.headers.get('ratelimit-remaining')).to.equal('0');
    expect(Number(refused.headers.get('ratelimit-reset'))).to.be.within(1, 60);
    await expectProblem(refused, 429, 'rate_limited');
  });

  it('keeps the same buckets in the database as in memory (--rate-limit-store database)', async () => {
    const t = await testApp({ rateLimit: { limit: 2, windowSeconds: 60 }, rateLimitStore: 'storage' });
    const statuses: number[] = [];
    const remaining: (string | null)[] = [];
    for (let i = 0; i < 3; i++) {
      const response = await t.request('/v1/aspirations', json(aspirationInput()));
      statuses.push(response.status);
      remaining.push(response.headers.get('ratelimit-remaining'));
      if (response.status === 429) expect(response.headers.get('retry-after')).to.equal('30');
    }
    expect(statuses).to.deep.equal([201, 201, 429]);
    expect(remaining).to.deep.equal(['1', '0', '0']);
  });

  it('counts refused and invalid submissions too, but never GETs', async () => {
    const t = await testApp({ rateLimit: { limit: 2, windowSeconds: 60 } });
    await expectProblem(await t.request('/v1/aspirations', json({})), 422);
    await expectProblem(await t.request('/v1/aspirations', json({})), 422);
    await expectProblem(await t.request('/v1/aspirations', json(aspirationInput())), 429, 'rate_limited');
    for (let i = 0; i < 5; i++) expect((await t.request('/v1/news?limit=1')).status).to.equal(200);
  });

  it('keeps a separate bucket per client address over HTTP', async () => {
    const server = await liveServer({ rateLimit: { limit: 2, windowSeconds: 60 }, trustProxy: true });
    try {
      const send = (ip: string) =>
        fetch(`${server.url}/v1/aspirations`, json(aspirationInput(), { 'X-Forwarded-For': ip }));
      const a = await Promise.all([send('10.0.0.1'), send('10.0.0.1'), send('10.0.0.1')]);
      expect(a.map((r) => r.status).sort()).to.deep.equal([201, 201, 429]);
      expect((await send('10.0.0.2')).status).to.equal(201);
    } finally {
      await server.close();
    }
  });

  it('behind a proxy that appends, gives no new bucket for what a client writes into X-Forwarded-For', async () => {
    const server = await liveServer({ rateLimit: { limit: 2, windowSeconds: 60 }, trustProxy: 1 });
    try {
      // What nginx forwards: whatever the client sent, then the address nginx saw.
      const send = (forged: string) =>
        fetch(`${server.url}/v1/aspirations`, json(aspirationInput(), { 'X-Forwarded-For': `${forged}, 10.0.0.1` }));
      const statuses: number[] = [];
      for (const forged of ['1.1.1.1', '2.2.2.2', '3.3.3.3', `${'8.8.8.8, '.repeat(900)}4.4.4.4`, 'x'.repeat(8192)]) {
        statuses.push((await send(forged)).status);
      }
      expect(statuses).to.deep.equal([201, 201, 429, 429, 429]);
    } finally {
      await server.close();
    }
  });

  it('uses the socket address unless told to trust X-Forwarded-For', async () => {
    const server = await liveServer({ rateLimit: { limit: 1, windowSeconds: 60 } });
    try {
      const send = (ip: string) =>
        fetch(`${server.url}/v1/aspirations`, json(aspirationInput(), { 'X-Forwarded-For': ip }));
      expect((await send('10.0.0.1')).status).to.equal(201);
      expect((await send('10.0.0.2')).status).to.equal(429);
    } finally {
      await server.close();
    }
  });
});
