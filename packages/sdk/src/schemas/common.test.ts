import { expect } from 'chai';
import { HttpUrl, RegionCode, VillageCode } from './common.js';

describe('contract building blocks', () => {
  it('HttpUrl accepts any http(s) URL, local servers included', () => {
    for (const url of [
      'https://kim.pangkalpinangkota.go.id/berita/a',
      'http://localhost:8787/media/a.svg',
      'http://127.0.0.1:8787/media/a.svg',
      'http://[::1]:8787/a',
    ]) {
      expect(HttpUrl.safeParse(url).success, url).to.equal(true);
    }
  });

  it('HttpUrl refuses other schemes and relative URLs', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://example.org/a', '/berita/a', '']) {
      expect(HttpUrl.safeParse(url).success, url).to.equal(false);
    }
  });

  it('RegionCode accepts the four Kemendagri levels only', () => {
    for (const code of ['19', '19.71', '19.71.01', '19.71.01.1004'])
      expect(RegionCode.safeParse(code).success).to.equal(true);
    for (const code of ['1', '19.7', '19.71.1', '19.71.01.104', '19-71'])
      expect(RegionCode.safeParse(code).success).to.equal(false);
  });

  it('VillageCode accepts village codes only', () => {
    expect(VillageCode.safeParse('19.71.01.1004').success).to.equal(true);
    expect(VillageCode.safeParse('19.71.01').success).to.equal(false);
  });
});
