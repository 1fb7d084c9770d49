// A citizen's files and location on an aspiration, over HTTP: upload, claim by the submission, private reading by
// officials in scope, making one public, and the hostile inputs (oversize, disguised types, too many, other regions).
import {
  AspirationAdminView,
  AspirationAttachment,
  AspirationReceipt,
  AspirationTracking,
  AspirationUpload,
  AuditEntry,
  Page,
} from '@kim-kit/sdk/schemas';
import { expect } from 'chai';
import sharp from 'sharp';
import * as z from 'zod/mini';
import { type SignedIn, send, signedIn } from './helpers/accounts.js';
import { multipart, smallPng } from './helpers/hostile-images.js';
import { admin, aspirationInput, expectProblem, json, jsonOf, testApp } from './helpers/setup.js';

type App = Awaited<ReturnType<typeof testApp>>;

/** A photo as a phone takes it: EXIF with the camera's GPS position and a rotated orientation (6: 90° clockwise). */
const phonePhoto = () =>
  sharp({ create: { width: 64, height: 32, channels: 3, background: { r: 20, g: 120, b: 200 } } })
    .withMetadata({ orientation: 6 })
    .withExifMerge({
      IFD0: { Make: 'KameraUji', Model: 'Ponsel 1' },
      IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '2/1 7/1 30/1', GPSLongitudeRef: 'E', GPSLongitude: '106/1 6/1 0/1' },
    })
    .jpeg()
    .toBuffer();

/** A small but complete PDF. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n' +
    'trailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);

describe('attachments and location on aspirations', () => {
  let t: App;
  let city: SignedIn;
  let jakarta: SignedIn;
  let bacang: SignedIn;

  const upload = async (data: Uint8Array, filename: string, type: string, key?: string) => {
    const form = multipart([{ name: 'file', filename, type, data }]);
    return t.request('/v1/aspiration-uploads', {
      method: 'POST',
      headers: { 'Content-Type': form.contentType, ...(key ? { 'Idempotency-Key': key } : {}) },
      body: new Uint8Array(form.body),
    });
  };
  const uploaded = async (data: Uint8Array, filename: string, type: string, key?: string) =>
    z.parse(AspirationUpload, await jsonOf(await upload(data, filename, type, key), 201));
  const submit = (body: Record<string, unknown>, key?: string) =>
    t.request('/v1/aspirations', json(aspirationInput(body), key ? { 'Idempotency-Key': key } : {}));
  const adminView = async (id: string, who: { headers: Record<string, string> } = { headers: admin }) =>
    z.parse(
      AspirationAdminView,
      await jsonOf(await t.request(`/v1/admin/aspirations/${id}`, { headers: who.headers })),
    );
  const path = (url: string) => new URL(url).pathname;

  before(async () => {
    t = await testApp();
    city = await signedIn(t, { role: 'dinas', regionCode: '19.71' });
    jakarta = await signedIn(t, { role: 'dinas', regionCode: '31.71' });
    bacang = await signedIn(t, { role: 'kim', groupId: 'grp_0002' });
  });

  it('re-encodes a photo: GPS and every EXIF field gone, orientation applied', async () => {
    const photo = await phonePhoto();
    const before = await sharp(photo).metadata();
    expect(before.exif, 'the fixture carries EXIF').to.be.instanceOf(Buffer);
    expect(before.exif?.toString('latin1')).to.include('KameraUji');
    expect(before.orientation).to.equal(6);
    // The GPS IFD is there: its tag (0x8825) points at it.
    expect(
      before.exif?.includes(Buffer.from([0x88, 0x25])) || before.exif?.includes(Buffer.from([0x25, 0x88])),
    ).to.equal(true);
    const stored = await uploaded(photo, 'foto-jalan.jpg', 'image/jpeg');
    expect(stored).to.include({ fileName: 'foto-jalan.jpg', contentType: 'image/jpeg' });
    const receipt = z.parse(AspirationReceipt, await jsonOf(await submit({ attachments: [stored.id] }), 201));
    const view = await adminView(receipt.id);
    const [file] = view.attachments ?? [];
    expect(file).to.include({ id: stored.id, public: false, width: 32, height: 64 });
    const response = await t.request(path(file!.url), { headers: admin });
    expect(response.status).to.equal(200);
    expect(response.headers.get('content-type')).to.equal('image/jpeg');
    expect(response.headers.get('x-content-type-options')).to.equal('nosniff');
    expect(response.headers.get('content-disposition')).to.match(/^inline; filename="foto-jalan\.jpg"/);
    const bytes = Buffer.from(await response.arrayBuffer());
    const after = await sharp(bytes).metadata();
    expect(after.exif).to.equal(undefined);
    expect(after.orientation).to.equal(undefined);
    expect([after.width, after.height]).to.deep.equal([32, 64]);
    expect(bytes.toString('latin1')).not.to.include('KameraUji');
    expect(bytes.includes(Buffer.from('Exif\0', 'latin1'))).to.equal(false);
  });

  it('keeps a PDF checked by its bytes, downloads it as an attachment', async () => {
    const pdf = await uploaded(PDF, 'surat pengantar.pdf', 'application/pdf');
    const png = await uploaded(await smallPng(), 'denah.png', 'image/png');
    const receipt = z.parse(AspirationReceipt, await jsonOf(await submit({ attachments: [pdf.id, png.id] }), 201));
    const view = await adminView(receipt.id, city);
    expect(view.attachments?.map((a) => a.fileName)).to.deep.equal(['surat pengantar.pdf', 'denah.png']);
    const response = await t.request(path(view.attachments![0]!.url), { headers: city.headers });
    expect(response.headers.get('content-type')).to.equal('application/pdf');
    expect(response.headers.get('content-disposition')).to.equal(
      `attachment; filename="surat pengantar.pdf"; filename*=UTF-8''surat%20pengantar.pdf`,
    );
    expect(Buffer.from(await response.arrayBuffer()).equals(PDF)).to.equal(true);
  });

  it('refuses oversize files, disguised types and damaged PDFs, naming the file', async () => {
    const big = Buffer.concat([PDF.subarray(0, 9), Buffer.alloc(5 * 1024 * 1024), Buffer.from('\n%%EOF\n')]);
    const tooBig = await expectProblem(
      await upload(big, 'scan-besar.pdf', 'application/pdf'),
      413,
      'payload_too_large',
    );
    expect(tooBig.detail).to.include('"scan-besar.pdf"').and.include('5 MB');
    // A web page named like a photo.
    const page = Buffer.from('<html><script>alert(1)</script></html>');
    const html = await expectProblem(await upload(page, 'foto.jpg', 'image/jpeg'), 415, 'unsupported_media_type');
    expect(html.detail).to.include('"foto.jpg"');
    // A PDF named and declared as a photo: a real PDF, but not what the name says.
    const disguised = await expectProblem(await upload(PDF, 'foto.jpg', 'image/jpeg'), 422, 'media_rejected');
    expect(disguised.detail).to.include('"foto.jpg"').and.include('PDF');
    await expectProblem(await upload(PDF.subarray(0, 40), 'potong.pdf', 'application/pdf'), 422, 'media_rejected');
    await expectProblem(await upload(Buffer.from('GIF89a....'), 'animasi.gif', 'image/gif'), 415);
  });

  it('refuses more than three files and unknown, repeated or already used uploads, storing nothing', async () => {
    const png = await smallPng();
    const ids = [];
    for (let i = 0; i < 4; i++) ids.push((await uploaded(png, `foto-${i}.png`, 'image/png')).id);
    const tooMany = await expectProblem(await submit({ attachments: ids }), 422, 'validation_failed');
    expect(tooMany.errors?.map((e) => e.path)).to.include('attachments');
    await expectProblem(await submit({ attachments: [ids[0], ids[0]] }), 422, 'validation_failed');
    const unknown = await expectProblem(
      await submit({ attachments: [ids[0], 'upl_0000000000000000000000000a'] }),
      422,
      'validation_failed',
    );
    expect(unknown.errors?.[0]?.path).to.equal('attachments.1');
    // Nothing was stored by the refusal: the first upload is still free to claim, once.
    const first = await jsonOf(await submit({ attachments: [ids[0]] }), 201);
    expect(first).to.have.property('trackingCode');
    await expectProblem(await submit({ attachments: [ids[0]] }), 422, 'validation_failed');
  });

  it('keeps the Idempotency-Key guarantee: a retried upload or submission creates nothing twice', async () => {
    const png = await smallPng();
    const one = await uploaded(png, 'bukti.png', 'image/png', 'upl-key-1');
    const again = await upload(png, 'bukti.png', 'image/png', 'upl-key-1');
    expect(again.status).to.equal(200);
    expect(again.headers.get('idempotent-replayed')).to.equal('true');
    expect(z.parse(AspirationUpload, await again.json()).id).to.equal(one.id);
    await expectProblem(await upload(PDF, 'lain.pdf', 'application/pdf', 'upl-key-1'), 422, 'idempotency_conflict');

    const body = { attachments: [one.id] };
    const first = z.parse(AspirationReceipt, await jsonOf(await submit(body, 'sub-key-1'), 201));
    const retry = await submit(body, 'sub-key-1');
    expect(retry.status).to.equal(200);
    expect(z.parse(AspirationReceipt, await retry.json()).id).to.equal(first.id);
    expect((await adminView(first.id)).attachments).to.have.length(1);
  });

  it('lets an unclaimed upload expire after 24 hours: no submission can claim it then', async () => {
    const longAgo = new Date(Date.now() - 25 * 3600_000);
    const expired = 'upl_00000000000000000000000exp';
    await t.storage.createUpload({
      id: expired,
      idempotency: null,
      fileName: 'lama.png',
      contentType: 'image/png',
      size: 3,
      width: 1,
      height: 1,
      bytes: Buffer.from('png'),
      createdAt: longAgo.toISOString(),
      expiresAt: new Date(longAgo.getTime() + 24 * 3600_000).toISOString(),
    });
    const fresh = await uploaded(await smallPng(), 'baru.png', 'image/png');
    expect(new Date(fresh.expiresAt).getTime() - Date.now()).to.be.within(23.9 * 3600_000, 24 * 3600_000);
    const refused = await expectProblem(await submit({ attachments: [fresh.id, expired] }), 422, 'validation_failed');
    expect(refused.errors?.[0]?.path).to.equal('attachments.1');
    await jsonOf(await submit({ attachments: [fresh.id] }), 201);
  });

  it('lets no one but officials in scope read the files, and audits making one public for the tracker', async () => {
    const photo = await uploaded(await smallPng(), 'lubang.png', 'image/png');
    const receipt = z.parse(AspirationReceipt, await jsonOf(await submit({ attachments: [photo.id] }), 201));
    const file = `/v1/admin/aspirations/${receipt.id}/attachments/${photo.id}`;
    await expectProblem(await t.request(file, { headers: jakarta.headers }), 404, 'not_found');
    await expectProblem(await t.request(file, { headers: bacang.headers }), 403, 'forbidden');
    await expectProblem(await t.request(file), 401);
    expect((await adminView(receipt.id, bacang)).attachments).to.equal(undefined);
    const tracker = `/v1/aspirations/${receipt.trackingCode}`;
    expect(z.parse(AspirationTracking, await jsonOf(await t.request(tracker))).attachments).to.equal(undefined);
    const publicFile = `/v1/aspirations/${receipt.trackingCode}/attachments/${photo.id}`;
    await expectProblem(await t.request(publicFile), 404);

    const visibility = `${file}/visibility`;
    await expectProblem(await t.request(visibility, send('POST', jakarta, { public: true })), 404);
    await expectProblem(await t.request(visibility, send('POST', bacang, { public: true })), 403);
    const shown = z.parse(
      AspirationAttachment,
      await jsonOf(await t.request(visibility, send('POST', city, { public: true }))),
    );
    expect(shown.public).to.equal(true);
    const tracking = z.parse(AspirationTracking, await jsonOf(await t.request(tracker)));
    expect(tracking.attachments?.map((a) => a.fileName)).to.deep.equal(['lubang.png']);
    const served = await t.request(path(tracking.attachments![0]!.url));
    expect(served.status).to.equal(200);
    expect(served.headers.get('content-type')).to.equal('image/png');
    expect(served.headers.get('x-content-type-options')).to.equal('nosniff');

    const audit = z.parse(
      Page(AuditEntry),
      await jsonOf(await t.request('/v1/admin/audit?action=aspiration.attachment_visibility', { headers: admin })),
    );
    const entry = audit.data.find((e) => e.target.id === receipt.id);
    expect(entry?.changes).to.deep.equal(['attachments.public']);
    expect(entry?.actor.id).to.equal(city.user.id);
  });

  it('stores an optional location; the position and its map link for officials only', async () => {
    const position = { latitude: -2.1291, longitude: 106.1138, accuracy: 12.5 };
    const receipt = z.parse(
      AspirationReceipt,
      await jsonOf(await submit({ location: { text: 'Depan SD Negeri 5, Jl. Merdeka', position } }), 201),
    );
    const view = await adminView(receipt.id, city);
    expect(view.location).to.deep.equal({
      text: 'Depan SD Negeri 5, Jl. Merdeka',
      position,
      mapUrl: 'https://www.openstreetmap.org/?mlat=-2.129100&mlon=106.113800#map=18/-2.129100/106.113800',
    });
    expect((await adminView(receipt.id, bacang)).location).to.deep.equal({
      text: 'Depan SD Negeri 5, Jl. Merdeka',
      position: null,
      mapUrl: null,
    });
    // Outside Indonesia is no reason to refuse (a border village, a phone's rough fix); out of range is.
    await jsonOf(await submit({ location: { position: { latitude: 48.85, longitude: 2.35 } } }), 201);
    const bad = await expectProblem(
      await submit({ location: { position: { latitude: 91, longitude: 181, accuracy: -1 } } }),
      422,
      'validation_failed',
    );
    expect(bad.errors?.map((e) => e.path).sort()).to.deep.equal([
      'location.position.accuracy',
      'location.position.latitude',
      'location.position.longitude',
    ]);
    expect((await adminView('asp_seed0001')).location).to.equal(null);
  });
});
