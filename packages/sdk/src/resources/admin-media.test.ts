import { expect } from 'chai';
import { isKimNetworkError } from '../errors/guards.js';
import type { KimApiError } from '../errors/kim-api-error.js';
import type { UploadProgress } from '../options.js';
import { media } from '../test-utils/admin-fixtures.js';
import { json, networkFailure, problem, sequence } from '../test-utils/fake-fetch.js';
import { rejection } from '../test-utils/rejection.js';
import { pathOf, setup } from '../test-utils/setup.js';
import { sniffImageType, supportsRequestStreams } from './admin-media-body.js';

/** The first bytes of each accepted format, then `size` bytes of filler. */
const image = (format: 'jpeg' | 'png' | 'webp' | 'gif' | 'heic', size = 1000): Uint8Array<ArrayBuffer> => {
  const head = {
    jpeg: [0xff, 0xd8, 0xff, 0xe0],
    png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    webp: [...'RIFF']
      .map((c) => c.charCodeAt(0))
      .concat(
        [0, 0, 0, 0],
        [...'WEBP'].map((c) => c.charCodeAt(0)),
      ),
    gif: [...'GIF89a'].map((c) => c.charCodeAt(0)),
    heic: [0, 0, 0, 0x18, ...[...'ftypheic'].map((c) => c.charCodeAt(0))],
  }[format];
  const bytes = new Uint8Array(size).fill(0x2a);
  bytes.set(head);
  return bytes;
};
const created = () => json(media, { status: 201 });
const bytesOf = (body: string) => new TextEncoder().encode(body).length;

describe('client.admin.media', () => {
  describe('upload()', () => {
    it('posts a File as it is, with its type, and the token', async () => {
      const { client, fake } = setup(created, { token: 't' });
      const file = new File([image('jpeg')], 'foto.jpg', { type: 'image/jpeg' });
      expect(await client.admin.media.upload(file)).to.deep.equal(media);
      const call = fake.calls[0]!;
      expect([call.method, pathOf(call.url)]).to.deep.equal(['POST', '/api/v1/admin/media']);
      expect(call.headers.get('content-type')).to.equal('image/jpeg');
      expect(call.headers.get('authorization')).to.equal('Bearer t');
      expect(call.body.length).to.equal(1000);
    });

    it('reads the type from the first bytes when a Blob has none, or says something else', async () => {
      const { client, fake } = setup(created, { token: 't' });
      await client.admin.media.upload(new Blob([image('png')]));
      await client.admin.media.upload(new Blob([image('webp')], { type: 'application/octet-stream' }));
      expect(fake.calls.map((call) => call.headers.get('content-type'))).to.deep.equal(['image/png', 'image/webp']);
    });

    it('takes bytes: a Uint8Array, a view into a larger buffer, an ArrayBuffer', async () => {
      const { client, fake } = setup(created, { token: 't' });
      const larger = new Uint8Array(3000);
      larger.set(image('png', 1000), 500);
      await client.admin.media.upload(image('jpeg', 2000));
      await client.admin.media.upload(larger.subarray(500, 1500));
      await client.admin.media.upload(image('webp', 700).buffer);
      expect(fake.calls.map((call) => [call.headers.get('content-type'), call.body.length])).to.deep.equal([
        ['image/jpeg', 2000],
        ['image/png', 1000],
        ['image/webp', 700],
      ]);
    });

    it('names the group the image is for in the query, when given', async () => {
      const { client, fake } = setup(sequence(created, created), { token: 't' });
      await client.admin.media.upload(image('png'), { groupId: 'grp_0001' });
      await client.admin.media.upload(image('png'));
      expect(new URL(fake.calls[0]!.url).searchParams.get('group')).to.equal('grp_0001');
      expect(new URL(fake.calls[1]!.url).search).to.equal('');
    });

    it('sends a given contentType instead of what it would find', async () => {
      const { client, fake } = setup(created, { token: 't' });
      await client.admin.media.upload(image('jpeg'), { contentType: 'image/webp' });
      expect(fake.calls[0]!.headers.get('content-type')).to.equal('image/webp');
    });

    it('takes a stream with its contentType, and anything async-iterable over bytes', async () => {
      const { client, fake } = setup(created, { token: 't' });
      const chunks = [image('jpeg', 100), new Uint8Array(50).fill(1)];
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          for (const chunk of chunks) controller.enqueue(chunk);
          controller.close();
        },
      });
      async function* readable() {
        yield* chunks;
      }
      await client.admin.media.upload(stream, { contentType: 'image/jpeg' });
      await client.admin.media.upload(readable(), { contentType: 'image/jpeg' });
      expect(fake.calls.map((call) => bytesOf(call.body) >= 150)).to.deep.equal([true, true]);
      expect(fake.calls.map((call) => call.headers.get('content-type'))).to.deep.equal(['image/jpeg', 'image/jpeg']);
    });

    it('refuses a stream without a contentType, before sending anything', async () => {
      const { client, fake } = setup(created, { token: 't' });
      const error = await rejection(client.admin.media.upload(new ReadableStream(), {}));
      expect(error).to.be.instanceOf(TypeError);
      expect((error as Error).message).to.contain('contentType');
      expect(await rejection(client.admin.media.upload('foto.jpg' as never))).to.be.instanceOf(TypeError);
      expect(fake.calls).to.have.length(0);
    });

    it('refuses a file over 8 MB with the 413 the server would answer, before sending anything', async () => {
      const { client, fake } = setup(created, { token: 't' });
      const large = new Blob([image('jpeg', 8 * 1024 * 1024 + 1)], { type: 'image/jpeg' });
      const error = (await rejection(client.admin.media.upload(large))) as KimApiError;
      expect([error.name, error.status, error.code]).to.deep.equal(['KimApiError', 413, 'payload_too_large']);
      expect(error.detail).to.contain('Nothing was sent');
      expect(fake.calls).to.have.length(0);
      await client.admin.media.upload(new Blob([image('jpeg', 8 * 1024 * 1024)], { type: 'image/jpeg' }));
      expect(fake.calls).to.have.length(1);
    });

    it('trusts the bytes over a type the file claims', async () => {
      const { client, fake } = setup(created, { token: 't' });
      await client.admin.media.upload(new File([image('jpeg')], 'foto.heic', { type: 'image/heic' }));
      expect(fake.calls[0]!.headers.get('content-type')).to.equal('image/jpeg');
    });

    it('refuses SVG, GIF, HEIC and unknown bytes with the 415 the server would answer, before sending anything', async () => {
      const { client, fake } = setup(created, { token: 't' });
      for (const file of [
        new File(['<svg xmlns="http://www.w3.org/2000/svg"/>'], 'logo.svg', { type: 'image/svg+xml' }),
        new Blob([image('gif')]),
        new Uint8Array([1, 2, 3, 4]),
        new File([image('heic')], 'foto.heic', { type: 'image/heic' }),
      ]) {
        const error = (await rejection(client.admin.media.upload(file))) as KimApiError;
        expect([error.status, error.code], String(file)).to.deep.equal([415, 'unsupported_media_type']);
      }
      expect(fake.calls).to.have.length(0);
    });

    it("passes the server's refusal of a file that is not what it claims", async () => {
      const { client } = setup(() => problem(422, { code: 'media_rejected', detail: 'Bukan gambar JPEG yang utuh' }), {
        token: 't',
      });
      const error = (await rejection(client.admin.media.upload(image('jpeg')))) as KimApiError;
      expect([error.status, error.code]).to.deep.equal([422, 'media_rejected']);
    });

    it('is never retried', async () => {
      const { client, fake } = setup(sequence(problem(503), created), { token: 't' });
      await rejection(client.admin.media.upload(image('jpeg')));
      expect(fake.calls).to.have.length(1);
    });
  });

  describe('upload progress', () => {
    const size = 300_000;

    it('reports the bytes fetch reads, in slices, ending at 100% with every byte sent', async () => {
      const { client, fake } = setup(created, { token: 't' });
      const events: UploadProgress[] = [];
      await client.admin.media.upload(new Blob([image('jpeg', size)], { type: 'image/jpeg' }), {
        onUploadProgress: (progress) => events.push(progress),
      });
      expect(bytesOf(fake.calls[0]!.body)).to.be.greaterThanOrEqual(size);
      expect(fake.calls[0]!.headers.get('content-type')).to.equal('image/jpeg');
      expect(events.length).to.equal(Math.ceil(size / 65_536));
      expect(events.at(-1)).to.deep.equal({ percent: 1, transferredBytes: size, totalBytes: size });
      const sent = events.map((event) => event.transferredBytes);
      expect(sent).to.deep.equal([...sent].sort((a, b) => a - b));
      expect(events.slice(0, -1).every((event) => event.percent < 1 && event.totalBytes === size)).to.equal(true);
    });

    it('reports bytes too, and the same body arrives', async () => {
      const { client, fake } = setup(created, { token: 't' });
      const events: UploadProgress[] = [];
      const bytes = image('png', 150_000);
      await client.admin.media.upload(bytes, { onUploadProgress: (progress) => events.push(progress) });
      expect(events.map((event) => event.transferredBytes)).to.deep.equal([65_536, 131_072, 150_000]);
      expect(fake.calls[0]!.headers.get('content-type')).to.equal('image/png');
    });

    it('counts a stream of unknown length, at 100% when it ends', async () => {
      const { client } = setup(created, { token: 't' });
      const events: UploadProgress[] = [];
      async function* readable() {
        yield image('jpeg', 100);
        yield new Uint8Array(200);
      }
      await client.admin.media.upload(readable(), {
        contentType: 'image/jpeg',
        onUploadProgress: (progress) => events.push(progress),
      });
      expect(events.map((event) => [event.percent, event.transferredBytes])).to.deep.equal([
        [0, 100],
        [0, 300],
        [1, 300],
      ]);
    });

    it('where a counted upload fails without an answer, sends it once more as it is, and then always so', async () => {
      let counted = 0;
      const { client, fake } = setup(
        sequence(() => {
          counted++;
          return networkFailure();
        }, created),
        { token: 't' },
      );
      const events: UploadProgress[] = [];
      const onUploadProgress = (progress: UploadProgress) => events.push(progress);
      const file = new Blob([image('jpeg', size)], { type: 'image/jpeg' });
      expect(await client.admin.media.upload(file, { onUploadProgress })).to.deep.equal(media);
      expect(fake.calls).to.have.length(2);
      expect(bytesOf(fake.calls[1]!.body)).to.be.greaterThanOrEqual(size);
      expect(events.at(-1)).to.deep.equal({ percent: 1, transferredBytes: size, totalBytes: size });

      events.length = 0;
      await client.admin.media.upload(file, { onUploadProgress });
      expect([fake.calls.length, counted]).to.deep.equal([3, 1]);
      expect(events).to.deep.equal([{ percent: 1, transferredBytes: size, totalBytes: size }]);
    });

    it('a real network failure fails both attempts, and the next upload is counted again', async () => {
      const { client, fake } = setup(sequence(networkFailure(), networkFailure(), created), { token: 't' });
      const events: UploadProgress[] = [];
      const options = { onUploadProgress: (progress: UploadProgress) => events.push(progress) };
      expect(isKimNetworkError(await rejection(client.admin.media.upload(image('jpeg', size), options)))).to.equal(
        true,
      );
      expect(fake.calls).to.have.length(2);
      events.length = 0;
      await client.admin.media.upload(image('jpeg', size), options);
      expect(events.length).to.be.greaterThan(1);
    });

    it('an error thrown by the callback does not fail the upload: it is reported as an uncaught error', async () => {
      const { client } = setup(created, { token: 't' });
      const reported: unknown[] = [];
      const queue = globalThis.queueMicrotask;
      globalThis.queueMicrotask = (task) => {
        try {
          task();
        } catch (error) {
          reported.push(error);
        }
      };
      try {
        const result = await client.admin.media.upload(image('jpeg', 100_000), {
          onUploadProgress: () => {
            throw new Error('progress bar gone');
          },
        });
        expect(result).to.deep.equal(media);
      } finally {
        globalThis.queueMicrotask = queue;
      }
      expect(reported.length).to.be.greaterThan(0);
      expect((reported[0] as Error).message).to.equal('progress bar gone');
    });
  });

  describe('sniffImageType', () => {
    it('recognises JPEG, PNG and WebP by their first bytes, and nothing else', () => {
      expect(['jpeg', 'png', 'webp', 'gif'].map((f) => sniffImageType(image(f as 'jpeg')))).to.deep.equal([
        'image/jpeg',
        'image/png',
        'image/webp',
        undefined,
      ]);
      expect(sniffImageType(new Uint8Array([]))).to.equal(undefined);
      expect(sniffImageType(new TextEncoder().encode('RIFF\0\0\0\0WAVE'))).to.equal(undefined);
    });
  });

  it('this platform streams request bodies (Node and Chromium do)', () => {
    expect(supportsRequestStreams()).to.equal(true);
  });
});
