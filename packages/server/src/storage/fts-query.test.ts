import { expect } from 'chai';
import { ftsQuery } from './fts-query.js';

describe('ftsQuery', () => {
  it('turns each word into a quoted prefix term', () => {
    expect(ftsQuery('Posyan melati')).to.equal('"posyan"* "melati"*');
  });

  it('drops FTS syntax so input cannot change the query', () => {
    expect(ftsQuery('"a" OR b* NEAR(c) title:d -e')).to.equal('"a"* "or"* "b"* "near"* "c"* "title"* "d"* "e"*');
  });

  it('returns null when nothing searchable remains', () => {
    expect(ftsQuery('  !!! ** ')).to.equal(null);
  });

  it('keeps at most eight words', () => {
    expect(ftsQuery('a b c d e f g h i j')?.split(' ')).to.have.length(8);
  });
});
