import { expect } from 'chai';
import { FailureThrottle } from './failure-throttle.js';
import { RateLimiter } from './rate-limiter.js';

describe('FailureThrottle', () => {
  it('lets a client fail `limit` times, blocks it after the next failure, and lets it back once a token returns', async () => {
    let now = 0;
    const throttle = new FailureThrottle(new RateLimiter({ limit: 3, windowSeconds: 60 }, () => now), () => now);
    for (let i = 0; i < 3; i++) {
      expect(throttle.blockedFor('a')).to.equal(0);
      expect(await throttle.failed('a')).to.equal(0);
    }
    expect(await throttle.failed('a')).to.equal(20);
    expect(throttle.blockedFor('a')).to.equal(20);
    expect(throttle.blockedFor('b'), 'another client').to.equal(0);
    now = 19_500;
    expect(throttle.blockedFor('a')).to.equal(1);
    now = 20_000;
    expect(throttle.blockedFor('a')).to.equal(0);
  });

  it('takes a limiter that answers asynchronously (shared by several processes)', async () => {
    const inner = new RateLimiter({ limit: 1, windowSeconds: 10 }, () => 0);
    const throttle = new FailureThrottle({ take: async (key) => inner.take(key) }, () => 0);
    expect(await throttle.failed('a')).to.equal(0);
    expect(await throttle.failed('a')).to.equal(10);
  });

  it('keeps its list of blocked clients bounded under a flood of addresses', async () => {
    let now = 0;
    const throttle = new FailureThrottle(
      { take: () => ({ allowed: false, limit: 1, remaining: 0, resetSeconds: 60, retryAfterSeconds: 60 }) },
      () => now,
    );
    for (let i = 0; i < 60_000; i++) await throttle.failed(`client-${i}`);
    now = 1000;
    expect(throttle.blockedFor('client-59999')).to.equal(59);
    expect(throttle.blockedFor('client-0'), 'forgotten first').to.equal(0);
  });
});
