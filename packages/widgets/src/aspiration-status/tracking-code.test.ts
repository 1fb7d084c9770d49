import { expect } from '@open-wc/testing';
import { formatTrackingCode, isTrackingCode, normalizeTrackingCode } from './tracking-code.js';

describe('tracking codes', () => {
  it('upper-cases and strips spaces and dashes', () => {
    expect(normalizeTrackingCode(' abcde-fghjk ')).to.equal('ABCDEFGHJK');
    expect(normalizeTrackingCode('ab cd\tef–gh jk')).to.equal('ABCDEFGHJK');
  });

  it('reads I and L as 1 and O as 0, as Crockford base32 does', () => {
    expect(normalizeTrackingCode('oIl0123456')).to.equal('0110123456');
  });

  it('accepts exactly ten Crockford characters', () => {
    expect(isTrackingCode('7K3M9Q2XAB')).to.equal(true);
    expect(isTrackingCode('7K3M9Q2XA')).to.equal(false);
    expect(isTrackingCode('7K3M9Q2XABC')).to.equal(false);
    expect(isTrackingCode('7K3M9Q2XAU')).to.equal(false);
    expect(isTrackingCode('')).to.equal(false);
  });

  it('groups a valid code in fives and leaves anything else alone', () => {
    expect(formatTrackingCode('7K3M9Q2XAB')).to.equal('7K3M9-Q2XAB');
    expect(formatTrackingCode('short')).to.equal('short');
  });
});
