import { expect } from 'chai';
import { preferredLanguage } from './language.js';

describe('preferredLanguage', () => {
  it('is Indonesian without a header, or when the header names no language the API speaks', () => {
    for (const header of [undefined, null, '', 'fr-FR,de;q=0.9', 'garbage;;;', 'en;q=0']) {
      expect(preferredLanguage(header), String(header)).to.equal('id');
    }
  });

  it('takes English from any English tag', () => {
    expect(preferredLanguage('en')).to.equal('en');
    expect(preferredLanguage('en-GB,en;q=0.9')).to.equal('en');
    expect(preferredLanguage('fr;q=0.9, EN-us;q=0.5')).to.equal('en');
  });

  it('follows the weights, and the order on a tie', () => {
    expect(preferredLanguage('id;q=0.5, en;q=0.8')).to.equal('en');
    expect(preferredLanguage('en;q=0.5, id-ID;q=0.8')).to.equal('id');
    expect(preferredLanguage('en, id')).to.equal('en');
    expect(preferredLanguage('id, en')).to.equal('id');
    expect(preferredLanguage('in;q=0.9, en;q=0.3')).to.equal('id');
    expect(preferredLanguage('*, en;q=0.5')).to.equal('id');
  });
});
