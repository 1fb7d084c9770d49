import { expect } from 'chai';
import { deriveSummary, readingMinutes, textBlocks } from './article-text.js';

describe('article text', () => {
  it('reads blocks with entities decoded and whitespace collapsed', () => {
    expect(
      textBlocks('<h2>Judul</h2><p>Satu &amp;\n  dua</p><ul><li>tiga</li></ul><script>x()</script>'),
    ).to.deep.equal([
      { kind: 'h2', text: 'Judul' },
      { kind: 'p', text: 'Satu & dua' },
      { kind: 'li', text: 'tiga' },
    ]);
  });

  describe('deriveSummary', () => {
    it('takes the first paragraphs, not headings or captions', () => {
      const html =
        '<h2>Posyandu</h2><figure><img src="/media/a.webp" width="1" height="1"><figcaption>Foto kegiatan</figcaption></figure><p>Posyandu Melati buka pukul 08.00.</p><p>Warga diharap hadir.</p>';
      expect(deriveSummary(html)).to.equal('Posyandu Melati buka pukul 08.00. Warga diharap hadir.');
    });

    it('cuts a long text at a word boundary with an ellipsis', () => {
      const words = Array.from({ length: 80 }, (_, i) => `kata${i}`).join(' ');
      const summary = deriveSummary(`<p>${words}</p>`, 60);
      expect([...summary].length).to.be.at.most(60);
      expect(summary).to.match(/^kata0 kata1 .* kata\d+…$/);
      expect(words.startsWith(summary.slice(0, -1))).to.equal(true);
    });

    it('counts characters, not UTF-16 units, and cuts a long word if it must', () => {
      expect([...deriveSummary(`<p>${'🌴'.repeat(300)}</p>`, 50)]).to.have.length(50);
    });

    it('falls back to headings when there is nothing else, and to an empty string for no text', () => {
      expect(deriveSummary('<h2>Hanya judul</h2>')).to.equal('Hanya judul');
      expect(deriveSummary('<figure><img src="/media/a.webp" width="1" height="1"></figure>')).to.equal('');
    });
  });

  describe('readingMinutes', () => {
    it('counts words at 200 a minute, at least one minute', () => {
      expect(readingMinutes('')).to.equal(1);
      expect(readingMinutes(`<p>${'kata '.repeat(200)}</p>`)).to.equal(1);
      expect(readingMinutes(`<p>${'kata '.repeat(201)}</p>`)).to.equal(2);
      expect(readingMinutes(`<h2>a</h2><p>${'kata '.repeat(999)}</p><table><tr><td>b</td></tr></table>`)).to.equal(6);
    });

    it('does not count markup, punctuation alone or scripts as words', () => {
      expect(readingMinutes(`<p>${'— '.repeat(500)}</p><script>${'x '.repeat(500)}</script>`)).to.equal(1);
    });
  });
});
