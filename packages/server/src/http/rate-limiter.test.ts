import { expect } from 'chai';
import { RateLimiter } from './rate-limiter.js';

describe('RateLimiter', () => {
  it('allows a burst up to the limit, then refuses with a retry delay', () => {
    let now = 0;
    const limiter = new RateLimiter({ limit: 3, windowSeconds: 60 }, () => now);
    expect([1, 2, 3].map(() => limiter.take('a').allowed)).to.deep.equal([true, true, true]);
    const refused = limiter.take('a');
    expect(refused.allowed).to.equal(false);
    expect(refused.remaining).to.equal(0);
    expect(refused.retryAfterSeconds).to.equal(20);
    now = 20_000;
    expect(limiter.take('a').allowed).to.equal(true);
  });

  it('keeps one bucket per client', () => {
    const limiter = new RateLimiter({ limit: 1, windowSeconds: 60 }, () => 0);
    expect(limiter.take('a').allowed).to.equal(true);
    expect(limiter.take('a').allowed).to.equal(false);
    expect(limiter.take('b').allowed).to.equal(true);
  });

  it('reports remaining requests and the time until the bucket is full', () => {
    const limiter = new RateLimiter({ limit: 10, windowSeconds: 10 }, () => 0);
    const first = limiter.take('a');
    expect(first).to.include({ allowed: true, limit: 10, remaining: 9, resetSeconds: 1, retryAfterSeconds: 0 });
  });
});
