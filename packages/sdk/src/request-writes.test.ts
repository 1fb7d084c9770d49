// What the write side adds to the transport: If-Match from a record's version, the record of a 412, bodies read as
// text or Blob, and no caching of what depends on who asks.
import { expect } from 'chai';
import * as z from 'zod/mini';
import { isKimPreconditionFailedError } from './errors/guards.js';
import type { KimPreconditionFailedError } from './errors/kim-precondition-failed-error.js';
import { createSender } from './request.js';
import { createFakeFetch, type FakeHandler, json, problem, raw } from './test-utils/fake-fetch.js';
import { rejection } from './test-utils/rejection.js';
import { BASE_URL } from './test-utils/setup.js';

const Article = z.object({ id: z.string(), title: z.string(), version: z.number().check(z.int(), z.positive()) });
const article = { id: 'news_1', title: 'Posyandu Bacang', version: 4 };

function sender(handler: FakeHandler, options = {}) {
  const fake = createFakeFetch(handler);
  const send = createSender({
    baseUrl: BASE_URL,
    fetch: fake,
    retry: { limit: 2, baseDelayMs: 1, maxDelayMs: 5 },
    ...options,
  });
  return { send, fake };
}

const patch = (version: unknown) => ({
  method: 'PATCH' as const,
  path: ['v1', 'admin', 'news', 'news_1'],
  json: { title: 'Posyandu Bacang' },
  version: version as number,
  current: Article,
  schema: Article,
});

describe('writes', () => {
  describe('If-Match', () => {
    it('sends the version as a quoted ETag', async () => {
      const { send, fake } = sender(() => json({ ...article, version: 5 }));
      expect(await send(patch(4))).to.deep.equal({ ...article, version: 5 });
      expect(fake.calls[0]!.headers.get('if-match')).to.equal('"4"');
    });

    for (const bad of [undefined, 0, -1, 1.5, '4', Number.NaN]) {
      it(`refuses a version of ${String(bad)} before sending anything`, async () => {
        const { send, fake } = sender(() => json(article));
        const error = await rejection(send(patch(bad)));
        expect(error).to.be.instanceOf(TypeError);
        expect((error as Error).message)
          .to.contain('PATCH /v1/admin/news/news_1')
          .and.contain('version');
        expect(fake.calls).to.have.length(0);
      });
    }

    it('sends no If-Match when the call has no version', async () => {
      const { send, fake } = sender(() => json(article));
      await send({ method: 'GET', path: ['v1', 'admin', 'news', 'news_1'], schema: Article });
      expect(fake.calls[0]!.headers.has('if-match')).to.equal(false);
    });
  });

  describe('412 Precondition Failed', () => {
    const stale = (current: unknown) => () =>
      problem(412, { code: 'precondition_failed', title: 'Data telah diubah orang lain', current });

    it("carries the server's current record, checked against the schema", async () => {
      const current = { ...article, title: 'Posyandu Bacang (revisi)', version: 5 };
      const { send } = sender(stale(current));
      const error = await rejection(send(patch(4)));
      expect(isKimPreconditionFailedError<typeof current>(error)).to.equal(true);
      const failed = error as KimPreconditionFailedError<typeof current>;
      expect(failed.current).to.deep.equal(current);
      expect(failed.status).to.equal(412);
      expect(failed.title).to.equal('Data telah diubah orang lain');
    });

    it('leaves current undefined when the record breaks the schema, keeping the raw member in problem', async () => {
      const { send } = sender(stale({ id: 'news_1', version: 'five' }));
      const error = (await rejection(send(patch(4)))) as KimPreconditionFailedError;
      expect(isKimPreconditionFailedError(error)).to.equal(true);
      expect(error.current).to.equal(undefined);
      expect(error.problem).to.have.nested.property('current.version', 'five');
    });

    it('leaves current undefined when the server sent none', async () => {
      const { send } = sender(() => problem(412, { code: 'precondition_failed' }));
      const error = (await rejection(send(patch(4)))) as KimPreconditionFailedError;
      expect(isKimPreconditionFailedError(error)).to.equal(true);
      expect(error.current).to.equal(undefined);
    });

    it('with validate: false, passes the record on as sent', async () => {
      const { send } = sender(stale({ id: 'news_1', version: 'five' }), { validate: false });
      const error = (await rejection(send(patch(4)))) as KimPreconditionFailedError;
      expect(error.current).to.deep.equal({ id: 'news_1', version: 'five' });
    });

    it('is what beforeError hooks see, current included', async () => {
      const seen: unknown[] = [];
      const { send } = sender(stale({ ...article, version: 6 }), {
        hooks: {
          beforeError: [
            ({ error }: { error: Error }) => {
              seen.push((error as KimPreconditionFailedError).current);
              return error;
            },
          ],
        },
      });
      await rejection(send(patch(4)));
      expect(seen).to.deep.equal([{ ...article, version: 6 }]);
    });

    it('is not retried', async () => {
      const { send, fake } = sender(stale(article));
      await rejection(send({ ...patch(4), idempotencyKey: 'k' }));
      expect(fake.calls).to.have.length(1);
    });
  });

  describe('bodies that are not JSON', () => {
    const csv = '\uFEFFKode pelacakan;Judul\r\n7K3M9QX2PD;Lampu jalan padam\r\n';
    const answer = () => raw(csv, 200, 'text/csv; charset=utf-8', { 'content-disposition': 'attachment' });

    it('reads text (without the byte order mark, as fetch decodes UTF-8) and checks it', async () => {
      const { send, fake } = sender(answer);
      const text = await send({
        method: 'GET',
        path: ['v1', 'admin', 'aspirations', 'export.csv'],
        headers: { accept: 'text/csv' },
        responseType: 'text',
        schema: z.string(),
      });
      expect(text).to.equal(csv.slice(1));
      expect(fake.calls[0]!.headers.get('accept')).to.equal('text/csv');
    });

    it('reads a Blob with every byte, the byte order mark included, and its type', async () => {
      const { send } = sender(answer);
      const blob = await send({
        method: 'GET',
        path: ['v1', 'admin', 'aspirations', 'export.csv'],
        responseType: 'blob',
        schema: z.instanceof(Blob),
      });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      expect(blob.type.replace(/\s/g, '')).to.equal('text/csv;charset=utf-8');
    });

    it('still maps an error status to a problem', async () => {
      const { send } = sender(() => problem(403, { code: 'forbidden' }));
      const error = await rejection(
        send({ method: 'GET', path: ['v1', 'x.csv'], responseType: 'text', schema: z.string() }),
      );
      expect((error as Error).name).to.equal('KimForbiddenError');
    });
  });

  describe('the ETag cache and tokens', () => {
    it('never keeps an answer to a call with a token: it depends on who asks', async () => {
      const { send, fake } = sender(() => json(article, { headers: { etag: '"4"' } }), { token: 't' });
      const call = { method: 'GET' as const, path: ['v1', 'admin', 'news', 'news_1'], schema: Article, auth: true };
      await send(call);
      await send(call);
      expect(fake.calls[1]!.headers.has('if-none-match')).to.equal(false);
    });

    it('keeps public answers as before', async () => {
      const { send, fake } = sender(() => json(article, { headers: { etag: '"4"' } }), { token: 't' });
      const call = { method: 'GET' as const, path: ['v1', 'news', 'news_1'], schema: Article };
      await send(call);
      await send(call);
      expect(fake.calls[1]!.headers.get('if-none-match')).to.equal('"4"');
    });
  });
});
