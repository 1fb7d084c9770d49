// POST /v1/admin/media: uploads from the raw body and from a browser form, re-encoded, served from the media store,
// audited, scoped to the group they are for; refusals are problems, never 500.

import { Media } from '@kim-kit/sdk/schemas';
import { expect } from 'chai';
import sharp from 'sharp';
import { type SignedIn, signedIn } from './helpers/accounts.js';
import { bilevelPng, multipart, smallJpeg } from './helpers/hostile-images.js';
import { expectProblem, jsonOf, testApp } from './helpers/setup.js';

interface MediaView {
  id: string;
  url: string;
  width: number;
  height: number;
  variants: { url: string; format: string; width: number; height: number; bytes: number }[];
}

describe('admin media: uploads', function () {
  this.timeout(60_000);
  let t: Awaited<ReturnType<typeof testApp>>;
  let operator: SignedIn;
  before(async () => {
    t = await testApp();
    operator = await signedIn(t, { role: 'kim', groupId: 'grp_0001' });
  });

  const upload = (body: Uint8Array | string, type: string, who: SignedIn | null = operator, query = '') =>
    t.request(`/v1/admin/media${query}`, {
      method: 'POST',
      headers: { ...(who ? who.headers : {}), 'Content-Type': type },
      body: body as BodyInit,
    });

  it('re-encodes a raw JPEG with GPS data into variants served by /media, without the metadata', async () => {
    const photo = await sharp({ create: { width: 2000, height: 1500, channels: 3, background: '#286' } })
      .jpeg()
      .withExif({ IFD0: { Make: 'Kamera Rahasia' }, IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '2/1 7/1 0/1' } })
      .toBuffer();
    expect((await sharp(photo).metadata()).exif).not.to.equal(undefined);
    const response = await upload(photo, 'image/jpeg', operator, '?group=grp_0001');
    const media = await jsonOf<MediaView>(response, 201);
    expect(media.id).to.match(/^med_/);
    expect(Media.safeParse(media).success).to.equal(true);
    expect([media.width, media.height]).to.deep.equal([1600, 1200]);
    expect(media.url).to.match(/^https:\/\/kim\.test\/media\/[0-9a-f]{32}\.jpg$/);
    expect(media.variants.map((v) => `${v.format}@${v.width}`)).to.deep.equal([
      'webp@480',
      'jpeg@480',
      'webp@960',
      'jpeg@960',
      'webp@1600',
      'jpeg@1600',
    ]);
    for (const v of media.variants) {
      const file = await t.request(new URL(v.url).pathname);
      expect(file.status).to.equal(200);
      const meta = await sharp(Buffer.from(await file.arrayBuffer())).metadata();
      expect([meta.width, meta.exif]).to.deep.equal([v.width, undefined]);
    }
    const [entry] = await t.storage.listAudit({ targetId: media.id, regions: 'all', limit: 5 });
    expect(entry).to.deep.include({ action: 'media.upload', regionCode: '19.71.01.1004' });
    expect(entry?.actor.id).to.equal(operator.user.id);
  });

  it('takes a browser form with one file part', async () => {
    const form = multipart([{ name: 'file', filename: 'foto.jpg', type: 'image/jpeg', data: await smallJpeg() }]);
    const media = await jsonOf<MediaView>(await upload(form.body, form.contentType), 201);
    expect(media.width).to.equal(640);
  });

  it('refuses without sign-in, for another group, and hostile files with a problem', async () => {
    const jpg = await smallJpeg();
    expect((await upload(jpg, 'image/jpeg', null)).status).to.equal(401);
    await expectProblem(await upload(jpg, 'image/jpeg', operator, '?group=grp_0002'), 403, 'forbidden');
    await expectProblem(await upload(bilevelPng(8000, 6000), 'image/png'), 422, 'media_rejected');
    await expectProblem(await upload('<svg onload="alert(1)"/>', 'image/svg+xml'), 415, 'unsupported_media_type');
    await expectProblem(await upload(jpg.subarray(0, jpg.length / 2), 'image/jpeg'), 422, 'media_rejected');
    await expectProblem(await upload(new Uint8Array(9 * 1024 * 1024), 'image/jpeg'), 413, 'payload_too_large');
  });
});
