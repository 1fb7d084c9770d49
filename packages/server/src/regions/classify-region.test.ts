import { expect } from 'chai';
import { classifyRegion } from './classify-region.js';

describe('classifyRegion', () => {
  it('classifies a province', () => {
    expect(classifyRegion('19')).to.deep.equal({ level: 'province', kind: null, parentCode: null });
  });

  it('tells a kota (71 and above) from a kabupaten', () => {
    expect(classifyRegion('19.71')).to.deep.equal({ level: 'city', kind: 'kota', parentCode: '19' });
    expect(classifyRegion('19.01')).to.deep.equal({ level: 'regency', kind: 'kabupaten', parentCode: '19' });
    expect(classifyRegion('19.70')?.kind).to.equal('kabupaten');
  });

  it('classifies a kecamatan', () => {
    expect(classifyRegion('19.71.01')).to.deep.equal({ level: 'district', kind: 'kecamatan', parentCode: '19.71' });
  });

  it('tells a kelurahan (1xxx) from a desa (2xxx and 3xxx)', () => {
    expect(classifyRegion('19.71.01.1004')).to.deep.equal({
      level: 'village',
      kind: 'kelurahan',
      parentCode: '19.71.01',
    });
    expect(classifyRegion('11.01.01.2001')?.kind).to.equal('desa');
    expect(classifyRegion('91.01.01.3001')?.kind).to.equal('desa');
  });

  it('refuses text that is not a region code', () => {
    for (const bad of ['', '1', '19.7', '19.71.1', '19.71.01.100', '19-71', '19.71.01.1004.1']) {
      expect(classifyRegion(bad), bad).to.equal(null);
    }
  });
});
