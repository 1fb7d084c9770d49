import { expect } from 'chai';
import {
  formatTrackingCode,
  normalizeTrackingCode,
  TRACKING_CODE_ALPHABET,
  TRACKING_CODE_LENGTH,
  TrackingCode,
} from './tracking-code.js';

describe('tracking codes', () => {
  describe('normalizeTrackingCode', () => {
    it('upper-cases and drops spaces and hyphens', () => {
      expect(normalizeTrackingCode('7k3m-9qx2-pd')).to.equal('7K3M9QX2PD');
      expect(normalizeTrackingCode(' 7k3m9 qx2pd\t')).to.equal('7K3M9QX2PD');
    });

    it('drops any kind of dash, as pasted from a chat, a PDF or a word processor', () => {
      for (const dash of ['\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE63', '\uFF0D']) {
        expect(normalizeTrackingCode(`7K3M9${dash}QX2PD`), `U+${dash.codePointAt(0)?.toString(16)}`).to.equal(
          '7K3M9QX2PD',
        );
      }
    });

    it('drops no-break and zero-width spaces and soft hyphens', () => {
      expect(normalizeTrackingCode('7K3M9\u00a0QX2PD')).to.equal('7K3M9QX2PD');
      expect(normalizeTrackingCode('7K3M9\u200bQX2\u00adPD\u2060')).to.equal('7K3M9QX2PD');
    });

    it('reads full-width characters typed with an Asian keyboard', () => {
      expect(normalizeTrackingCode('７Ｋ３Ｍ９ＱＸ２ＰＤ')).to.equal('7K3M9QX2PD');
    });

    it("reads Crockford's look-alikes: O as 0, I and L as 1, in any case", () => {
      expect(normalizeTrackingCode('oIl0123456')).to.equal('0110123456');
      expect(normalizeTrackingCode('7K3M9-QX2PO')).to.equal('7K3M9QX2P0');
    });

    it('refuses anything that cannot be a code', () => {
      for (const text of ['', '   ', '-', '7K3M9QX2P', '7K3M9QX2PDX', '7K3M9QX2PU', '7K3M9.QX2PD', 'ASP-7K2M-9QX4']) {
        expect(normalizeTrackingCode(text), JSON.stringify(text)).to.equal(null);
      }
      expect(normalizeTrackingCode(`7K3M9QX2PD${' '.repeat(100)}`)).to.equal(null);
      expect(normalizeTrackingCode(undefined as never)).to.equal(null);
    });

    it('gives back a canonical code unchanged', () => {
      for (let i = 0; i < 50; i++) {
        const code = Array.from(
          { length: TRACKING_CODE_LENGTH },
          () => TRACKING_CODE_ALPHABET[Math.floor(Math.random() * TRACKING_CODE_ALPHABET.length)],
        ).join('');
        expect(normalizeTrackingCode(code)).to.equal(code);
      }
    });
  });

  describe('formatTrackingCode', () => {
    it('groups a code in fives', () => {
      expect(formatTrackingCode('7K3M9QX2PD')).to.equal('7K3M9-QX2PD');
    });

    it('formats what people type', () => {
      expect(formatTrackingCode('7k3m9 qx2pd')).to.equal('7K3M9-QX2PD');
    });

    it('leaves other text alone', () => {
      expect(formatTrackingCode('short')).to.equal('short');
      expect(formatTrackingCode('')).to.equal('');
    });
  });

  describe('TrackingCode', () => {
    it('accepts codes as issued and refuses other spellings', () => {
      expect(TrackingCode.safeParse('7K3M9QX2PD').success).to.equal(true);
      for (const text of ['7k3m9qx2pd', '7K3M9-QX2PD', '7K3M9QX2PU', '7K3M9QX2P', 42]) {
        expect(TrackingCode.safeParse(text).success, String(text)).to.equal(false);
      }
    });

    it('uses the 32 characters of the alphabet, without I, L, O and U', () => {
      expect(TRACKING_CODE_ALPHABET).to.have.length(32);
      expect(new Set(TRACKING_CODE_ALPHABET).size).to.equal(32);
      expect(TRACKING_CODE_ALPHABET).to.not.match(/[ILOU]/);
    });
  });
});
