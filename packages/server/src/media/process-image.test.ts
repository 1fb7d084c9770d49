import { createHash } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import { expect } from 'chai';
import sharp from 'sharp';
import { IMAGE_LIMITS, type ProcessImageResult, processImage, variantWidths } from './process-image.js';

/** A flat image: cheap to make and to process. */
function photo(width: number, height: number) {
  return sharp({ create: { width, height, channels: 3, background: { r: 40, g: 120, b: 80 } } });
}

/**
 * A small JPEG of noise: its entropy-coded data is full of stuffed 0xFF bytes, as a real photo's is, which the
 * container walk has to step over.
 */
const jpeg = (width = 320, height = 240) =>
  sharp({ create: { width, height, channels: 3, noise: { type: 'gaussian', mean: 128, sigma: 40 } } } as never)
    .jpeg({ quality: 70 })
    .toBuffer();

/** A PNG chunk with its CRC. */
function chunk(type: string, data: Uint8Array): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A valid PNG built by hand: 1-bit greyscale, all black, so huge sizes compress to almost nothing. */
function bilevelPng(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([1, 0, 0, 0, 0], 8);
  const row = Buffer.alloc(1 + Math.ceil(width / 8));
  const raw = Buffer.alloc(row.length * height);
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ]);
}

/** The same PNG with a chunk inserted right after IHDR. */
function withChunk(png: Buffer, extra: Buffer): Buffer {
  const afterIhdr = 8 + 25;
  return Buffer.concat([png.subarray(0, afterIhdr), extra, png.subarray(afterIhdr)]);
}

/** A JPEG with a comment segment right after SOI. */
function withJpegComment(jpg: Buffer, comment: string): Buffer {
  const data = Buffer.from(comment, 'latin1');
  const segment = Buffer.alloc(4);
  segment.writeUInt16BE(0xfffe, 0);
  segment.writeUInt16BE(data.length + 2, 2);
  return Buffer.concat([jpg.subarray(0, 2), segment, data, jpg.subarray(2)]);
}

function refused(result: ProcessImageResult) {
  if (result.ok) throw new Error('the upload was accepted');
  return result;
}
function accepted(result: ProcessImageResult) {
  if (!result.ok) throw new Error(`refused: ${result.reason}: ${result.detail}`);
  return result.image;
}

describe('processImage', function () {
  this.timeout(30_000);

  describe('accepts JPEG, PNG and WebP and re-encodes them', () => {
    it('into WebP and JPEG at 480, 960 and 1600 px wide, with content-addressed names', async () => {
      const image = accepted(await processImage(await photo(2000, 1500).jpeg().toBuffer(), 'image/jpeg'));
      expect(image.sourceFormat).to.equal('jpeg');
      expect(image.original).to.deep.equal({ width: 2000, height: 1500 });
      expect([image.width, image.height]).to.deep.equal([1600, 1200]);
      expect(image.variants.map((v) => `${v.format} ${v.width}x${v.height}`)).to.deep.equal([
        'webp 480x360',
        'jpeg 480x360',
        'webp 960x720',
        'jpeg 960x720',
        'webp 1600x1200',
        'jpeg 1600x1200',
      ]);
      for (const variant of image.variants) {
        const meta = await sharp(variant.bytes).metadata();
        expect(meta.format).to.equal(variant.format);
        expect([meta.width, meta.height]).to.deep.equal([variant.width, variant.height]);
        expect(variant.contentType).to.equal(`image/${variant.format}`);
        const hash = createHash('sha256').update(variant.bytes).digest('hex');
        expect(variant.fileName).to.equal(`${hash.slice(0, 32)}.${variant.format === 'jpeg' ? 'jpg' : 'webp'}`);
      }
      expect(new Set(image.variants.map((v) => v.fileName)).size).to.equal(6);
    });

    it('gives the same names for the same upload (content addressing)', async () => {
      const bytes = await jpeg(500, 300);
      const [a, b] = [accepted(await processImage(bytes)), accepted(await processImage(bytes))];
      expect(a.sourceHash).to.equal(b.sourceHash).and.equal(createHash('sha256').update(bytes).digest('hex'));
      expect(a.variants.map((v) => v.fileName)).to.deep.equal(b.variants.map((v) => v.fileName));
    });

    it('never upscales: a narrow image gets variants up to its own width', async () => {
      expect(variantWidths(2000)).to.deep.equal([480, 960, 1600]);
      expect(variantWidths(1600)).to.deep.equal([480, 960, 1600]);
      expect(variantWidths(700)).to.deep.equal([480, 700]);
      expect(variantWidths(300)).to.deep.equal([300]);
      const image = accepted(await processImage(await photo(700, 500).png().toBuffer(), 'image/png'));
      expect(image.variants.map((v) => v.width)).to.deep.equal([480, 480, 700, 700]);
    });

    it('keeps transparency in WebP and puts JPEG on white', async () => {
      const png = await sharp({
        create: { width: 600, height: 400, channels: 4, background: { r: 200, g: 0, b: 0, alpha: 0 } },
      })
        .png()
        .toBuffer();
      const image = accepted(await processImage(png, 'image/png'));
      const webp = image.variants.find((v) => v.format === 'webp')!;
      const jpg = image.variants.find((v) => v.format === 'jpeg')!;
      expect((await sharp(webp.bytes).metadata()).hasAlpha).to.equal(true);
      const { data } = await sharp(jpg.bytes).raw().toBuffer({ resolveWithObject: true });
      expect([...data.subarray(0, 3)].every((c) => c > 240)).to.equal(true);
    });

    it('accepts WebP uploads', async () => {
      const image = accepted(await processImage(await photo(1000, 800).webp().toBuffer(), 'image/webp'));
      expect(image.sourceFormat).to.equal('webp');
      expect(image.variants.map((v) => v.width)).to.deep.equal([480, 480, 960, 960, 1000, 1000]);
    });

    it('removes EXIF and GPS data, after turning the image upright', async () => {
      const tagged = await photo(400, 200)
        .jpeg()
        .withMetadata({ orientation: 6 })
        .withExifMerge({
          IFD0: { Make: 'KameraRahasia', Model: 'Model-X' },
          IFD3: {
            GPSLatitudeRef: 'S',
            GPSLatitude: '2/1 7/1 30/1',
            GPSLongitudeRef: 'E',
            GPSLongitude: '106/1 6/1 0/1',
          },
        })
        .toBuffer();
      const input = await sharp(tagged).metadata();
      expect(input.orientation).to.equal(6);
      // The GPS IFD pointer (tag 0x8825), in either byte order.
      expect(input.exif?.toString('latin1')).to.match(/\x88\x25|\x25\x88/);
      expect(tagged.toString('latin1')).to.include('KameraRahasia');
      const image = accepted(await processImage(tagged, 'image/jpeg'));
      expect(image.original).to.deep.equal({ width: 200, height: 400 });
      for (const variant of image.variants) {
        const meta = await sharp(variant.bytes).metadata();
        expect(meta.exif, variant.fileName).to.equal(undefined);
        expect(meta.xmp).to.equal(undefined);
        expect(meta.orientation).to.equal(undefined);
        expect(meta.height).to.be.greaterThan(meta.width);
        expect(variant.bytes.toString('latin1')).not.to.match(/KameraRahasia|GPS/);
      }
    });

    it('accepts what phones add after a photo: padding, or the video of a motion photo', async () => {
      const photoBytes = await jpeg();
      const mp4 = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypmp42'), Buffer.alloc(2000, 7)]);
      accepted(await processImage(Buffer.concat([photoBytes, Buffer.alloc(64)])));
      accepted(await processImage(Buffer.concat([photoBytes, mp4])));
    });
  });

  describe('refuses, with a reason', () => {
    it('an empty file', async () => {
      expect(refused(await processImage(new Uint8Array())).reason).to.equal('empty');
    });

    it('a file over 8 MB, before looking at it', async () => {
      const big = Buffer.alloc(IMAGE_LIMITS.maxBytes + 1);
      big.set([0xff, 0xd8, 0xff]);
      expect(refused(await processImage(big, 'image/jpeg')).reason).to.equal('too_large');
    });

    it('SVG, however it is declared', async () => {
      const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
      for (const [bytes, type] of [
        [Buffer.from(svg), 'image/svg+xml'],
        [Buffer.from(`\uFEFF<?xml version="1.0"?>\n<!-- logo -->\n${svg}`), 'image/png'],
        [Buffer.from(svg), undefined],
      ] as const) {
        expect(refused(await processImage(bytes, type)).reason).to.equal('svg');
      }
    });

    it('other image formats, by content', async () => {
      const gif = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#f00' } })
        .gif()
        .toBuffer();
      const tiff = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#f00' } })
        .tiff()
        .toBuffer();
      for (const bytes of [gif, tiff, Buffer.from('%PDF-1.7\n%...')]) {
        expect(refused(await processImage(bytes, 'image/jpeg')).reason).to.equal('unsupported_type');
      }
    });

    it('anything that is not an image', async () => {
      for (const bytes of [
        Buffer.from('<!doctype html><h1>hi</h1>'),
        Buffer.from('hello'),
        Buffer.from([1, 2, 3, 4]),
      ]) {
        expect(refused(await processImage(bytes, 'image/png')).reason).to.equal('not_an_image');
      }
    });

    it('content that is not what the declared type says', async () => {
      const jpg = await jpeg();
      for (const type of ['image/png', 'image/webp', 'image/gif', 'image/svg+xml', 'text/html']) {
        expect(refused(await processImage(jpg, type)).reason, type).to.equal('type_mismatch');
      }
      accepted(await processImage(jpg, 'image/jpeg; charset=binary'));
      accepted(await processImage(jpg, 'application/octet-stream'));
    });

    describe('polyglots', () => {
      it('an image with HTML or a script after it', async () => {
        const jpg = await jpeg();
        const result = refused(
          await processImage(Buffer.concat([jpg, Buffer.from('<html><script>alert(1)</script>')])),
        );
        expect(result.reason).to.equal('polyglot');
        expect(result.detail).to.match(/markup or code appended/);
      });

      it('an image with a ZIP (JAR) archive after it', async () => {
        const zip = Buffer.concat([
          Buffer.from('PK\x03\x04', 'latin1'),
          Buffer.alloc(40),
          Buffer.from('PK\x05\x06', 'latin1'),
          Buffer.alloc(18),
        ]);
        const result = refused(await processImage(Buffer.concat([await jpeg(), zip])));
        expect(result.reason).to.equal('polyglot');
        expect(result.detail).to.match(/ZIP/);
      });

      it('PHP in a JPEG comment', async () => {
        const result = refused(await processImage(withJpegComment(await jpeg(), "<?php system($_GET['c']); ?>")));
        expect(result).to.deep.include({ reason: 'polyglot' });
        expect(result.detail).to.match(/metadata/);
      });

      it('a script in a PNG text chunk', async () => {
        const png = await photo(64, 64).png().toBuffer();
        const text = chunk('tEXt', Buffer.from('Comment\0<script>alert(document.cookie)</script>', 'latin1'));
        expect(refused(await processImage(withChunk(png, text), 'image/png')).reason).to.equal('polyglot');
      });

      it('a PDF after a PNG', async () => {
        const png = await photo(64, 64).png().toBuffer();
        expect(refused(await processImage(Buffer.concat([png, Buffer.from('%PDF-1.4\n')]))).reason).to.equal(
          'polyglot',
        );
      });
    });

    it('decompression bombs over 40 megapixels, before decoding them', async () => {
      const bomb = bilevelPng(8000, 6000);
      expect(bomb.length).to.be.below(20_000);
      const result = refused(await processImage(bomb, 'image/png'));
      expect(result.reason).to.equal('too_many_pixels');
      expect(result.detail).to.include('8000 x 6000');
      // A header that claims 10^10 pixels over an IDAT that could never fill them.
      const liar = Buffer.from(bilevelPng(8, 8));
      liar.writeUInt32BE(100_000, 16);
      liar.writeUInt32BE(100_000, 20);
      liar.writeUInt32BE(crc32(liar.subarray(12, 29)), 29);
      expect(refused(await processImage(liar)).reason).to.equal('too_many_pixels');
    });

    it('an image with a side over 16,383 pixels even under 40 megapixels', async () => {
      expect(refused(await processImage(bilevelPng(20_000, 10))).reason).to.equal('too_many_pixels');
    });

    it('truncated JPEG, PNG and WebP files', async () => {
      for (const bytes of [
        await jpeg(),
        await photo(300, 300).png().toBuffer(),
        await photo(300, 300).webp().toBuffer(),
      ]) {
        for (const keep of [0.5, 0.97]) {
          const cut = bytes.subarray(0, Math.floor(bytes.length * keep));
          expect(
            refused(await processImage(cut)).reason,
            `${bytes.subarray(0, 4).toString('latin1')} ${keep}`,
          ).to.equal('truncated');
        }
      }
    });

    it('damaged image data', async () => {
      const png = bilevelPng(64, 64);
      const damaged = Buffer.from(png);
      // Corrupt the compressed data but keep the chunk's CRC valid, so only the decoder can tell.
      const idat = damaged.indexOf('IDAT', 0, 'latin1');
      const length = damaged.readUInt32BE(idat - 4);
      damaged.fill(0x55, idat + 4, idat + 4 + length);
      damaged.writeUInt32BE(crc32(damaged.subarray(idat, idat + 4 + length)), idat + 4 + length);
      expect(refused(await processImage(damaged)).reason).to.be.oneOf(['corrupt', 'truncated']);
    });
  });
});
