import { normalizeTrackingCode, TRACKING_CODE_ALPHABET, TrackingCode } from '@kim-kit/sdk/schemas';
import { expect } from 'chai';
import { newTrackingCode, randomCrockford } from './tracking-code.js';

describe('issued tracking codes', () => {
  it('are codes of the contract, read back unchanged', () => {
    for (let i = 0; i < 200; i++) {
      const code = newTrackingCode();
      expect(TrackingCode.safeParse(code).success, code).to.equal(true);
      expect(normalizeTrackingCode(code)).to.equal(code);
    }
  });

  it('do not repeat', () => {
    const codes = new Set(Array.from({ length: 5000 }, newTrackingCode));
    expect(codes.size).to.equal(5000);
  });

  it("map every byte value onto the contract's alphabet evenly", () => {
    const all = randomCrockford(
      256,
      Uint8Array.from({ length: 256 }, (_, i) => i),
    );
    for (const char of TRACKING_CODE_ALPHABET) expect(all.split(char).length - 1, char).to.equal(8);
  });
});
