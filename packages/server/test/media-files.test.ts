// Uploaded images' variants served at /media/<hash>.<ext> from the database media store: immutable caching, ETag,
// the stored content type with nosniff, and the same bytes from another process' storage.
import { expect } from 'chai';
import sharp from 'sharp';
import { databaseMediaStore } from '../src/media/media-store.js';
import { processImage } from '../src/media/process-image.js';
import { storeUpload } from '../src/media/store-upload.js';
import type { WriteContext } from '../src/storage/storage.js';
import { testApp } from './helpers/setup.js';

const ctx = (): WriteContext => ({
  at: new Date().toISOString(),
  actor: { type: 'system', id: null, name: null },
  requestId: null,
  clientAddress: null,
});

describe('media files', function () {
  this.timeout(30_000);

  it('serves each variant of an upload, immutable, with its ETag and content type', async () => {
    const t = await testApp();
    const input = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#3a7' } })
      .jpeg()
      .toBuffer();
    const processed = await processImage(input, 'image/jpeg');
    if (!processed.ok) throw new Error(processed.detail);
    const media = await storeUpload(t.storage, databaseMediaStore(t.storage), ctx(), processed.image, {
      id: 'med_files1',
      groupId: null,
      regionCode: null,
      uploadedBy: null,
    });
    expect(media.variants.map((v) => [v.format, v.width])).to.deep.equal([
      ['webp', 480],
      ['jpeg', 480],
      ['webp', 960],
      ['jpeg', 960],
      ['webp', 1200],
      ['jpeg', 1200],
    ]);
    for (const variant of media.variants) {
      const response = await t.request(`/media/${variant.name}`);
      expect(response.status).to.equal(200);
      expect(response.headers.get('content-type')).to.equal(variant.format === 'jpeg' ? 'image/jpeg' : 'image/webp');
      expect(response.headers.get('cache-control')).to.equal('public, max-age=31536000, immutable');
      expect(response.headers.get('x-content-type-options')).to.equal('nosniff');
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(bytes.byteLength).to.equal(variant.bytes);
      const meta = await sharp(bytes).metadata();
      expect([meta.format, meta.width, meta.exif]).to.deep.equal([variant.format, variant.width, undefined]);
      const etag = response.headers.get('etag')!;
      const again = await t.request(`/media/${variant.name}`, { headers: { 'If-None-Match': etag } });
      expect(again.status).to.equal(304);
    }
    // Storing the same upload again keeps the files (names are hashes) and makes a new row.
    await storeUpload(t.storage, databaseMediaStore(t.storage), ctx(), processed.image, {
      id: 'med_files2',
      groupId: null,
      regionCode: null,
      uploadedBy: null,
    });
    expect((await t.storage.getMedia('med_files2'))?.variants).to.deep.equal(media.variants);
  });

  it('answers 404 for unknown and malformed names', async () => {
    const t = await testApp();
    for (const name of [
      '0123456789abcdef0123456789abcdef.jpg',
      '0123456789abcdef0123456789abcdef.svg',
      '..%2F..%2Fetc%2Fpasswd',
      'X123456789abcdef0123456789abcdef.jpg',
      `${'a'.repeat(5000)}.jpg`,
    ]) {
      const response = await t.request(`/media/${name}`);
      expect(response.status, name).to.equal(404);
      expect(response.headers.get('content-type'), name).to.match(/^application\/problem\+json/);
    }
  });
});
