import { expect } from 'chai';
import { CROCKFORD_ALPHABET, newTrackingCode, normalizeTrackingCode, randomCrockford } from './tracking-code.js';

describe('tracking codes', () => {
  it('are 10 Crockford characters', () => {
    for (let i = 0; i < 200; i++) expect(newTrackingCode()).to.match(/^[0-9A-HJKMNP-TV-Z]{10}$/);
  });

  it('do not repeat', () => {
    const codes = new Set(Array.from({ length: 5000 }, newTrackingCode));
    expect(codes.size).to.equal(5000);
  });

  it('map every byte value onto the alphabet evenly', () => {
    const all = randomCrockford(
      256,
      Uint8Array.from({ length: 256 }, (_, i) => i),
    );
    for (const char of CROCKFORD_ALPHABET) expect(all.split(char).length - 1, char).to.equal(8);
  });

  it('are read back the way people type them', () => {
    expect(normalizeTrackingCode('7k3m-9qx2-pd')).to.equal('7K3M9QX2PD');
    expect(normalizeTrackingCode('oil0000000')).to.equal('0110000000');
    expect(normalizeTrackingCode('7K3M9QX2P')).to.equal(null);
    expect(normalizeTrackingCode('7K3M9QX2PU')).to.equal(null);
  });
});
