import { expect } from 'chai';
import { parentRegionCode, regionKindOf, regionLevelOf, VILLAGE_CODE_PATTERN } from './region-code.js';

describe('Kemendagri region codes', () => {
  it('a province has two digits', () => {
    expect(regionLevelOf('19')).to.equal('province');
    expect(regionKindOf('19')).to.equal(null);
    expect(parentRegionCode('19')).to.equal(null);
  });

  it('tells a city (kota, 71 and above) from a regency (kabupaten)', () => {
    expect(regionLevelOf('19.71')).to.equal('city');
    expect(regionKindOf('19.71')).to.equal('kota');
    expect(regionLevelOf('19.99')).to.equal('city');
    expect(regionLevelOf('19.01')).to.equal('regency');
    expect(regionKindOf('19.01')).to.equal('kabupaten');
    expect(regionLevelOf('19.70')).to.equal('regency');
    expect(parentRegionCode('19.71')).to.equal('19');
  });

  it('a district (kecamatan) has three parts', () => {
    expect(regionLevelOf('19.71.01')).to.equal('district');
    expect(regionKindOf('19.71.01')).to.equal('kecamatan');
    expect(parentRegionCode('19.71.01')).to.equal('19.71');
  });

  it('tells a kelurahan (1xxx) from a desa (2xxx, and 3xxx for a customary desa)', () => {
    expect(regionLevelOf('19.71.01.1004')).to.equal('village');
    expect(regionKindOf('19.71.01.1004')).to.equal('kelurahan');
    expect(regionKindOf('11.01.01.2001')).to.equal('desa');
    expect(regionKindOf('91.01.01.3001')).to.equal('desa');
    expect(parentRegionCode('19.71.01.1004')).to.equal('19.71.01');
  });

  it('refuses text that is not a region code', () => {
    for (const text of ['', '1', '19.7', '19.71.1', '19.71.01.100', '19-71', '19.71.01.1004.1', ' 19', '19.71 ']) {
      expect(regionLevelOf(text), JSON.stringify(text)).to.equal(null);
      expect(regionKindOf(text), JSON.stringify(text)).to.equal(null);
      expect(parentRegionCode(text), JSON.stringify(text)).to.equal(null);
    }
    expect(regionLevelOf(undefined as never)).to.equal(null);
  });

  it('VILLAGE_CODE_PATTERN matches village codes only', () => {
    expect(VILLAGE_CODE_PATTERN.test('19.71.01.1004')).to.equal(true);
    expect(VILLAGE_CODE_PATTERN.test('19.71.01')).to.equal(false);
  });
});
