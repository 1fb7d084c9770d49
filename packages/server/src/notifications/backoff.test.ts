import { expect } from 'chai';
import { DEFAULT_RETRY_POLICY, retryDelay } from './backoff.js';

describe('retryDelay', () => {
  const policy = { maxAttempts: 5, baseDelayMs: 1000, maxDelayMs: 5000 };

  it('doubles per attempt, within half and all of the exponential delay', () => {
    expect(retryDelay(1, policy, () => 0)).to.equal(500);
    expect(retryDelay(1, policy, () => 1)).to.equal(1000);
    expect(retryDelay(2, policy, () => 0)).to.equal(1000);
    expect(retryDelay(3, policy, () => 0.5)).to.equal(3000);
  });

  it('caps the delay, and gives up after the last attempt', () => {
    expect(retryDelay(4, policy, () => 1)).to.equal(5000);
    expect(retryDelay(5, policy, () => 0)).to.equal(null);
    expect(retryDelay(DEFAULT_RETRY_POLICY.maxAttempts, DEFAULT_RETRY_POLICY)).to.equal(null);
  });
});
