import { expect } from 'chai';
import type { KimApiError } from '../errors/kim-api-error.js';
import { json } from '../test-utils/fake-fetch.js';
import { aspirationInput, receipt } from '../test-utils/fixtures.js';
import { rejection } from '../test-utils/rejection.js';
import { pathOf, setup } from '../test-utils/setup.js';
import { attachmentTypeOf } from './aspiration-files.js';

const uploadOf = (id: string, fileName: string) => ({
  id,
  fileName,
  contentType: 'image/jpeg',
  size: 10,
  expiresAt: '2026-12-01T10:00:00.000Z',
});
const ids = ['upl_aaaaaaaaaaaaaaaaaaaaaaaaaa', 'upl_bbbbbbbbbbbbbbbbbbbbbbbbbb'];

describe('client.aspirations with files', () => {
  it('uploads each file under a key derived from the submission’s, then submits naming the uploads', async () => {
    const { client, fake } = setup((request, i) =>
      pathOf(request.url).endsWith('/aspiration-uploads')
        ? json(uploadOf(ids[i]!, `f${i}`), { status: 201 })
        : json(receipt, { status: 201 }),
    );
    const photo = new File([new Uint8Array([0xff, 0xd8, 0xff, 1])], 'jalan.jpg', { type: 'image/jpeg' });
    const pdf = new File(['%PDF-1.4 …'], 'surat.pdf', { type: '' });
    await client.aspirations.submit(aspirationInput, { idempotencyKey: 'draft-7', files: [photo, pdf] });
    expect(fake.calls.map((c) => [pathOf(c.url), c.headers.get('idempotency-key')])).to.deep.equal([
      ['/api/v1/aspiration-uploads', 'draft-7.file1'],
      ['/api/v1/aspiration-uploads', 'draft-7.file2'],
      ['/api/v1/aspirations', 'draft-7'],
    ]);
    expect(fake.calls[0]!.headers.get('content-type')).to.match(/^multipart\/form-data; boundary=/);
    expect(fake.calls[0]!.body).to.include('filename="jalan.jpg"').and.include('Content-Type: image/jpeg');
    // A PDF without a type is sent as one, by its name.
    expect(fake.calls[1]!.body).to.include('filename="surat.pdf"').and.include('Content-Type: application/pdf');
    expect(JSON.parse(fake.calls[2]!.body).attachments).to.deep.equal(ids);
  });

  it('refuses a file the server would refuse, naming it, before anything is sent', async () => {
    const { client, fake } = setup(() => json(receipt, { status: 201 }));
    const big = new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'besar.jpg', { type: 'image/jpeg' });
    const tooBig = (await rejection(client.aspirations.submit(aspirationInput, { files: [big] }))) as KimApiError;
    expect(tooBig.status).to.equal(413);
    expect(tooBig.detail).to.include('"besar.jpg"');
    const doc = new File(['x'], 'laporan.docx', { type: 'application/vnd.openxmlformats' });
    const wrong = (await rejection(client.aspirations.submit(aspirationInput, { files: [doc] }))) as KimApiError;
    expect(wrong.status).to.equal(415);
    const four = Array.from({ length: 4 }, (_, i) => new File(['x'], `${i}.png`, { type: 'image/png' }));
    expect(await rejection(client.aspirations.submit(aspirationInput, { files: four }))).to.be.instanceOf(RangeError);
    expect(fake.calls).to.have.length(0);
  });

  it('tells a type by the media type, else by the extension', () => {
    expect(attachmentTypeOf(new File([''], 'a.JPG'))).to.equal('image/jpeg');
    expect(attachmentTypeOf(new File([''], 'a.webp', { type: 'application/octet-stream' }))).to.equal('image/webp');
    expect(attachmentTypeOf(new File([''], 'a.png', { type: 'text/html' }))).to.equal(undefined);
    expect(attachmentTypeOf(new File([''], 'a.heic'))).to.equal(undefined);
  });
});

describe('client.admin.aspirations files', () => {
  it('reads an attachment as a File named as the server names it, and sets its visibility', async () => {
    const { client, fake } = setup(
      (request) =>
        request.method === 'GET'
          ? new Response(new Uint8Array([1, 2, 3]), {
              headers: {
                'Content-Type': 'image/png',
                'Content-Disposition': `inline; filename="denah_.png"; filename*=UTF-8''denah%C2%B2.png`,
              },
            })
          : json({
              id: ids[0],
              fileName: 'denah².png',
              contentType: 'image/png',
              size: 3,
              width: 1,
              height: 1,
              public: true,
              url: `https://kim.example.test/v1/admin/aspirations/asp_1/attachments/${ids[0]}`,
            }),
      { token: 'kims_x' },
    );
    const file = await client.admin.aspirations.attachment('asp_1', ids[0]!);
    expect([file.name, file.type, file.size]).to.deep.equal(['denah².png', 'image/png', 3]);
    const changed = await client.admin.aspirations.setAttachmentPublic('asp_1', ids[0]!, true);
    expect(changed.public).to.equal(true);
    expect(pathOf(fake.calls[1]!.url)).to.equal(`/api/v1/admin/aspirations/asp_1/attachments/${ids[0]}/visibility`);
    expect(JSON.parse(fake.calls[1]!.body)).to.deep.equal({ public: true });
    expect(fake.calls[1]!.headers.get('authorization')).to.equal('Bearer kims_x');
  });
});
