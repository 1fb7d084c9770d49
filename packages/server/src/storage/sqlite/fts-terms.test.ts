import { expect } from 'chai';
import { prefixTerms } from './fts-terms.js';

describe('FTS5 prefix terms', () => {
  it('cuts long words to the longest indexed prefix', () => {
    expect(prefixTerms(['warga', 'posyandu', 'rt'])).to.equal('"warga"* "posyan"* "rt"*');
  });
});
