import { expect } from 'chai';
import { slugify } from './slugify.js';
import { uniqueSlug } from './unique-slug.js';

describe('slugs', () => {
  it('are lowercase ASCII words from the title', () => {
    expect(slugify('Posyandu Melati di Bacang')).to.equal('posyandu-melati-di-bacang');
    expect(slugify('  Pelatihan UMKM: Kopi & Kerupuk!  ')).to.equal('pelatihan-umkm-kopi-kerupuk');
    expect(slugify('Café Déjà vu')).to.equal('cafe-deja-vu');
  });

  it('take the next free number when the title was used before', async () => {
    const taken = new Set(['kerja-bakti', 'kerja-bakti-2']);
    expect(await uniqueSlug('Kerja Bakti', (s) => taken.has(s))).to.equal('kerja-bakti-3');
    expect(await uniqueSlug('Rapat Warga', async (s) => taken.has(s))).to.equal('rapat-warga');
  });

  it('fall back for a title without letters or digits, and stay within the contract’s 120 characters', async () => {
    expect(await uniqueSlug('🎉🎉', () => false)).to.equal('berita');
    const long = await uniqueSlug('kata '.repeat(100), (s) => !/-[0-9a-f]{8}$/.test(s));
    expect(long).to.match(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(long.length).to.be.at.most(120);
  });

  it('give up instead of looping forever when every candidate is taken', async () => {
    const error = await uniqueSlug('x', () => true).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(Error);
  });
});
