import { expect } from 'chai';
import { queryWords, searchDocument, searchWords, textOfHtml } from './search-words.js';

describe('search words', () => {
  it('keeps runs of letters and digits, lowercased, without accents', () => {
    expect(searchWords('Posyandu "Melati"-2, kafé İbu')).to.deep.equal(['posyandu', 'melati', '2', 'kafe', 'ibu']);
  });

  it('drops search syntax so input cannot change the query', () => {
    expect(queryWords('"a" OR b* NEAR(c) title:d -e & f:* !g')).to.deep.equal([
      'a',
      'or',
      'b',
      'near',
      'c',
      'title',
      'd',
      'e',
    ]);
  });

  it('finds no word in punctuation alone', () => {
    expect(queryWords('  !!! ** ')).to.deep.equal([]);
  });

  it('keeps at most eight words of a query', () => {
    expect(queryWords('a b c d e f g h i j')).to.have.length(8);
  });

  it('builds a document from several parts, skipping empty ones', () => {
    expect(searchDocument(['Bank Sampah', null, '', 'Jl. Merdeka No. 5'])).to.equal('bank sampah jl merdeka no 5');
  });

  it('reads the text of an HTML body', () => {
    expect(textOfHtml('<p>Warga&nbsp;<strong>Bacang</strong> &amp; RT&#160;05</p>')).to.equal('Warga Bacang & RT 05');
  });
});
