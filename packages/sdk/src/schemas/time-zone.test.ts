import { expect } from 'chai';
import { INDONESIAN_TIME_ZONES, timeZoneOfRegion } from './time-zone.js';

describe('time zone by province', () => {
  it('puts Sumatra, Java, Bangka Belitung and West and Central Kalimantan in WIB', () => {
    for (const code of ['11', '12.71', '19.71.01.1004', '21', '31.71', '32', '36.03', '61', '62.71']) {
      expect(timeZoneOfRegion(code)?.abbreviation, code).to.equal('WIB');
    }
  });

  it('puts Bali, Nusa Tenggara, South, East and North Kalimantan and Sulawesi in WITA', () => {
    for (const code of ['51.71', '52', '53.71', '63', '64.72', '65', '71.71', '72', '73.71', '74', '75', '76']) {
      expect(timeZoneOfRegion(code)?.abbreviation, code).to.equal('WITA');
    }
  });

  it('puts Maluku and every Papua province, the 2022 ones included, in WIT', () => {
    for (const code of ['81.71', '82', '91.71', '92', '93', '94', '95', '96.71']) {
      expect(timeZoneOfRegion(code)?.abbreviation, code).to.equal('WIT');
    }
  });

  it('gives the IANA zone and the UTC offset of each, which Intl agrees with', () => {
    const noon = new Date('2026-11-27T05:00:00Z');
    for (const zone of Object.values(INDONESIAN_TIME_ZONES)) {
      const hour = new Intl.DateTimeFormat('en', { hour: 'numeric', hourCycle: 'h23', timeZone: zone.ianaName });
      expect(Number(hour.format(noon)), zone.abbreviation).to.equal(5 + Number(zone.utcOffset.slice(1, 3)));
    }
  });

  it('knows no zone for a code of no province, or no code at all', () => {
    for (const code of ['', '10', '20.71', '99', 'abc', '1971'])
      expect(timeZoneOfRegion(code), code).to.equal(undefined);
  });
});
