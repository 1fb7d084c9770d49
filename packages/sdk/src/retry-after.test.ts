import { expect } from 'chai';
import { parseRetryAfter } from './retry-after.js';

describe('parseRetryAfter', () => {
  const now = Date.UTC(2026, 10, 27, 8, 0, 0);

  it('reads delay seconds', () => {
    expect(parseRetryAfter('120', now)).to.equal(120);
    expect(parseRetryAfter(' 0 ', now)).to.equal(0);
  });

  it('reads an HTTP date as the seconds until then', () => {
    expect(parseRetryAfter('Fri, 27 Nov 2026 08:00:30 GMT', now)).to.equal(30);
  });

  it('gives 0 for a date in the past', () => {
    expect(parseRetryAfter('Fri, 27 Nov 2026 07:00:00 GMT', now)).to.equal(0);
  });

  it('gives undefined when the header is absent or unreadable', () => {
    expect(parseRetryAfter(null, now)).to.equal(undefined);
    expect(parseRetryAfter('', now)).to.equal(undefined);
    expect(parseRetryAfter('soon', now)).to.equal(undefined);
    expect(parseRetryAfter('-5', now)).to.equal(undefined);
  });
});
