import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect } from 'chai';
import { codedEtag, compress, isCompressible, preferredCoding, varyOnEncoding } from './content-coding.js';

describe('content coding', () => {
  describe('preferredCoding', () => {
    it('prefers brotli, then gzip, as browsers offer them', () => {
      expect(preferredCoding('gzip, deflate, br, zstd')).to.equal('br');
      expect(preferredCoding('gzip, deflate')).to.equal('gzip');
      expect(preferredCoding('x-gzip')).to.equal('gzip');
    });

    it('sends the body as is without the header, or when only other codings are accepted', () => {
      expect(preferredCoding(undefined)).to.equal(undefined);
      expect(preferredCoding('')).to.equal(undefined);
      expect(preferredCoding('identity')).to.equal(undefined);
      expect(preferredCoding('deflate, zstd')).to.equal(undefined);
    });

    it('honours q-values, q=0 refusals and the wildcard', () => {
      expect(preferredCoding('br;q=0, gzip')).to.equal('gzip');
      expect(preferredCoding('br;q=0.5, gzip;q=0.8')).to.equal('gzip');
      expect(preferredCoding('br; q=1.0, gzip; q=1.0')).to.equal('br');
      expect(preferredCoding('*')).to.equal('br');
      expect(preferredCoding('*;q=0.2, br;q=0')).to.equal('gzip');
      expect(preferredCoding('*;q=0')).to.equal(undefined);
      expect(preferredCoding('br;q=bogus, gzip')).to.equal('gzip');
    });

    it('chooses only among the codings on offer', () => {
      expect(preferredCoding('br, gzip', ['gzip'])).to.equal('gzip');
      expect(preferredCoding('br', ['gzip'])).to.equal(undefined);
    });
  });

  it('compresses text so that it decompresses to the same bytes', () => {
    const text = JSON.stringify({ data: Array.from({ length: 50 }, (_, i) => ({ id: i, title: `Berita ${i}` })) });
    for (const effort of ['fast', 'max'] as const) {
      const br = compress(text, 'br', effort);
      const gz = compress(text, 'gzip', effort);
      expect(br.length).to.be.below(text.length / 3);
      expect(brotliDecompressSync(br).toString()).to.equal(text);
      expect(gunzipSync(gz).toString()).to.equal(text);
    }
  });

  it('tells text from binary types', () => {
    for (const type of ['text/html; charset=utf-8', 'application/json', 'text/javascript', 'image/svg+xml']) {
      expect(isCompressible(type), type).to.equal(true);
    }
    for (const type of ['image/png', 'image/webp', 'font/woff2', 'application/octet-stream']) {
      expect(isCompressible(type), type).to.equal(false);
    }
  });

  it('adds Accept-Encoding to Vary and marks the ETag of each coding', () => {
    expect(varyOnEncoding({}).Vary).to.equal('Accept-Encoding');
    expect(varyOnEncoding({ Vary: 'Origin' }).Vary).to.equal('Origin, Accept-Encoding');
    expect(codedEtag('"abc"', 'br')).to.equal('"abc-br"');
    expect(codedEtag('W/"abc"', 'gzip')).to.equal('W/"abc-gz"');
    expect(codedEtag('"abc"', undefined)).to.equal('"abc"');
  });
});
