import { expect } from 'chai';
import { DEFAULT_RETRY, isRetryableStatus, resolveRetry, retryDelay } from './retry.js';

const policy = { limit: 5, baseDelayMs: 100, maxDelayMs: 1000 };
const withRetryAfter = (value: string) => new Response(null, { status: 429, headers: { 'retry-after': value } });

describe('retry policy', () => {
  it('resolves the retry option', () => {
    expect(resolveRetry(undefined)).to.deep.equal(DEFAULT_RETRY);
    expect(resolveRetry(false).limit).to.equal(0);
    expect(resolveRetry(4)).to.deep.equal({ ...DEFAULT_RETRY, limit: 4 });
    expect(resolveRetry({ baseDelayMs: 5 })).to.deep.equal({ ...DEFAULT_RETRY, baseDelayMs: 5 });
  });

  it('retries 408, 429, 500, 502, 503 and 504 only', () => {
    const retryable = [];
    for (let status = 400; status < 600; status++) if (isRetryableStatus(status)) retryable.push(status);
    expect(retryable).to.deep.equal([408, 429, 500, 502, 503, 504]);
  });

  it('backs off exponentially: the jitter picks a delay up to base * 2^(attempt-1)', () => {
    const top = () => 1;
    expect([1, 2, 3, 4].map((attempt) => retryDelay(attempt, policy, undefined, top))).to.deep.equal([
      100, 200, 400, 800,
    ]);
    expect(retryDelay(3, policy, undefined, () => 0.5)).to.equal(200);
    expect(retryDelay(3, policy, undefined, () => 0)).to.equal(0);
  });

  it('caps the backoff at maxDelayMs', () => {
    expect(retryDelay(10, policy, undefined, () => 1)).to.equal(1000);
  });

  it('waits what Retry-After says instead, without jitter', () => {
    expect(retryDelay(1, policy, withRetryAfter('0'), () => 1)).to.equal(0);
    expect(retryDelay(1, policy, withRetryAfter('1'), () => 0)).to.equal(1000);
    const inTwoSeconds = new Date(Date.now() + 2000).toUTCString();
    expect(retryDelay(1, { ...policy, maxDelayMs: 60_000 }, withRetryAfter(inTwoSeconds), () => 0)).to.be.within(
      1000,
      3000,
    );
  });

  it('caps Retry-After at maxDelayMs', () => {
    expect(retryDelay(1, policy, withRetryAfter('3600'))).to.equal(1000);
  });

  it('falls back to backoff when Retry-After is unreadable', () => {
    expect(retryDelay(2, policy, withRetryAfter('later'), () => 1)).to.equal(200);
  });
});
