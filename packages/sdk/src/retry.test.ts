import { expect } from 'chai';
import { HTTPError } from 'ky';
import { KimNetworkError } from './errors/kim-network-error.js';
import { DEFAULT_RETRY, kyRetry, now, RETRY_STATUSES, resolveRetry } from './retry.js';

const policy = { limit: 5, baseDelayMs: 100, maxDelayMs: 1000 };

/** ky's HTTPError for a response with these headers, as ky hands it to `shouldRetry`. */
const httpError = (status: number, headers: Record<string, string> = {}) =>
  new HTTPError(new Response(null, { status, headers }), new Request('https://kim.example.test/x'), {} as never);

const decide = (error: Error, context = {}) =>
  kyRetry(policy, { method: 'GET', ...context }).shouldRetry!({ error, retryCount: 1 });

describe('retry policy', () => {
  it('resolves the retry option', () => {
    expect(resolveRetry(undefined)).to.deep.equal(DEFAULT_RETRY);
    expect(resolveRetry(false).limit).to.equal(0);
    expect(resolveRetry(4)).to.deep.equal({ ...DEFAULT_RETRY, limit: 4 });
    expect(resolveRetry({ baseDelayMs: 5, maxDelayMs: undefined })).to.deep.equal({ ...DEFAULT_RETRY, baseDelayMs: 5 });
  });

  it('refuses a limit that is not a whole number of 0 or more', () => {
    for (const retry of [-1, 1.5, Number.NaN, { limit: -2 }, { limit: Number.POSITIVE_INFINITY }]) {
      expect(() => resolveRetry(retry), JSON.stringify(retry)).to.throw(TypeError, /retry/);
    }
  });

  it('retries 408, 429, 500, 502, 503 and 504, only with the call’s own method', () => {
    expect(RETRY_STATUSES).to.deep.equal([408, 429, 500, 502, 503, 504]);
    const options = kyRetry(policy, { method: 'POST' });
    expect(options.methods).to.deep.equal(['post']);
    expect(options.statusCodes).to.deep.equal(RETRY_STATUSES);
    expect(options.afterStatusCodes).to.deep.equal(RETRY_STATUSES);
  });

  it('backs off exponentially from baseDelayMs with full jitter, capped at maxDelayMs', () => {
    const options = kyRetry(policy, { method: 'GET' });
    expect([1, 2, 3, 4].map((attempt) => options.delay!(attempt))).to.deep.equal([100, 200, 400, 800]);
    expect(options.jitter).to.equal(true);
    expect(options.backoffLimit).to.equal(1000);
    expect(options.limit).to.equal(5);
  });

  it('retries every failure of fetch, not only the messages ky knows', () => {
    expect(decide(new KimNetworkError('socket hang up'))).to.equal(true);
  });

  it('leaves a Retry-After within maxDelayMs (and without one) to ky, which waits it exactly', () => {
    expect(decide(httpError(503))).to.equal(undefined);
    expect(decide(httpError(429, { 'retry-after': '1' }))).to.equal(undefined);
    expect(decide(httpError(429, { 'retry-after': 'soon' }))).to.equal(undefined);
  });

  it('does not retry when Retry-After asks for longer than maxDelayMs', () => {
    expect(decide(httpError(429, { 'retry-after': '2' }))).to.equal(false);
    const inAnHour = new Date(Date.now() + 3_600_000).toUTCString();
    expect(decide(httpError(503, { 'retry-after': inAnHour }))).to.equal(false);
  });

  it('does not retry when Retry-After asks for longer than what is left of the time budget', () => {
    expect(decide(httpError(429, { 'retry-after': '1' }), { deadline: now() + 500 })).to.equal(false);
    expect(decide(httpError(429, { 'retry-after': '0' }), { deadline: now() + 500 })).to.equal(undefined);
  });

  it('never retries an aborted call', () => {
    expect(decide(new KimNetworkError('offline'), { signal: AbortSignal.abort() })).to.equal(false);
  });
});
