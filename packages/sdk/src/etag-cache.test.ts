import { expect } from 'chai';
import { EtagCache } from './etag-cache.js';

describe('EtagCache', () => {
  it('returns what was stored', () => {
    const cache = new EtagCache(10);
    cache.set('a', { etag: '"1"', body: '{}' });
    expect(cache.get('a')).to.deep.equal({ etag: '"1"', body: '{}' });
    expect(cache.get('b')).to.equal(undefined);
  });

  it('evicts the least recently used entry beyond its size', () => {
    const cache = new EtagCache(2);
    cache.set('a', { etag: '"a"', body: 'a' });
    cache.set('b', { etag: '"b"', body: 'b' });
    cache.get('a'); // a is now more recent than b
    cache.set('c', { etag: '"c"', body: 'c' });
    expect(cache.size).to.equal(2);
    expect(cache.get('b')).to.equal(undefined);
    expect(cache.get('a')?.etag).to.equal('"a"');
    expect(cache.get('c')?.etag).to.equal('"c"');
  });

  it('replaces an entry stored again under the same URL', () => {
    const cache = new EtagCache(2);
    cache.set('a', { etag: '"1"', body: 'old' });
    cache.set('a', { etag: '"2"', body: 'new' });
    expect(cache.size).to.equal(1);
    expect(cache.get('a')).to.deep.equal({ etag: '"2"', body: 'new' });
  });

  it('stores nothing with size 0', () => {
    const cache = new EtagCache(0);
    cache.set('a', { etag: '"1"', body: '{}' });
    expect(cache.get('a')).to.equal(undefined);
  });
});
