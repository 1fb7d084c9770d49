import { expect } from 'chai';
import { requestHash } from './request-hash.js';

describe('requestHash', () => {
  it('ignores key order at every depth', () => {
    expect(requestHash({ a: 1, b: { c: 2, d: [1, 2] } })).to.equal(requestHash({ b: { d: [1, 2], c: 2 }, a: 1 }));
  });

  it('changes with any value', () => {
    expect(requestHash({ a: 1, b: [1, 2] })).not.to.equal(requestHash({ a: 1, b: [2, 1] }));
    expect(requestHash({ title: 'x' })).not.to.equal(requestHash({ title: 'y' }));
  });

  it('treats an undefined property as absent', () => {
    expect(requestHash({ a: 1, b: undefined })).to.equal(requestHash({ a: 1 }));
  });
});
