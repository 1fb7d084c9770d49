// The seam the write side of the API builds on: what a resource can describe in a `Call`.
import { expect } from 'chai';
import * as z from 'zod/mini';
import { isKimConflictError, isKimForbiddenError, isKimPreconditionFailedError } from './errors/guards.js';
import type { KimApiError } from './errors/kim-api-error.js';
import { createSender } from './request.js';
import { createFakeFetch, type FakeHandler, json, networkFailure, problem, sequence } from './test-utils/fake-fetch.js';
import { region } from './test-utils/fixtures.js';
import { rejection } from './test-utils/rejection.js';
import { BASE_URL } from './test-utils/setup.js';

const Record = z.object({ id: z.string(), name: z.string() });
const record = { id: 'r1', name: 'Semabung Lama' };

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

describe('calls', () => {
  describe('methods and bodies', () => {
    for (const method of ['PUT', 'PATCH', 'DELETE'] as const) {
      it(`sends ${method} with a JSON body`, async () => {
        const { send, fake } = sender(() => json(record));
        expect(
          await send({ method, path: ['v1', 'records', 'r1'], json: { name: 'x' }, schema: Record }),
        ).to.deep.equal(record);
        const call = fake.calls[0]!;
        expect(call.method).to.equal(method);
        expect(call.url.pathname).to.equal('/api/v1/records/r1');
        expect(call.headers.get('content-type')).to.equal('application/json');
        expect(JSON.parse(call.body)).to.deep.equal({ name: 'x' });
      });
    }

    it('sends a File as it is, with its type', async () => {
      const { send, fake } = sender(() => json(record, { status: 201 }));
      const file = new File(['<svg/>'], 'logo.svg', { type: 'image/svg+xml' });
      await send({ method: 'POST', path: ['v1', 'media'], body: file, schema: Record });
      expect(fake.calls[0]!.headers.get('content-type')).to.equal('image/svg+xml');
      expect(fake.calls[0]!.body).to.equal('<svg/>');
    });

    it('sends FormData as multipart', async () => {
      const { send, fake } = sender(() => json(record, { status: 201 }));
      const form = new FormData();
      form.append('alt', 'Logo KIM');
      form.append('file', new Blob(['png'], { type: 'image/png' }), 'logo.png');
      await send({ method: 'POST', path: ['v1', 'media'], body: form, schema: Record });
      expect(fake.calls[0]!.headers.get('content-type')).to.match(/^multipart\/form-data; boundary=/);
      expect(fake.calls[0]!.body).to.contain('Logo KIM').and.contain('filename="logo.png"');
    });

    it('sends bytes and streams with the Content-Type the call gives', async () => {
      const { send, fake } = sender(() => json(record, { status: 201 }));
      const bytes = new TextEncoder().encode('bytes');
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('streamed'));
          controller.close();
        },
      });
      const headers = { 'Content-Type': 'application/octet-stream' };
      await send({ method: 'PUT', path: ['v1', 'media', 'a'], body: bytes.buffer, headers, schema: Record });
      await send({ method: 'PUT', path: ['v1', 'media', 'b'], body: bytes, headers, schema: Record });
      await send({ method: 'PUT', path: ['v1', 'media', 'c'], body: stream, headers, schema: Record });
      expect(fake.calls.map((call) => call.body)).to.deep.equal(['bytes', 'bytes', 'streamed']);
      expect(fake.calls.map((call) => call.headers.get('content-type'))).to.deep.equal([
        'application/octet-stream',
        'application/octet-stream',
        'application/octet-stream',
      ]);
    });

    it('refuses a call with both a JSON and a raw body', async () => {
      const { send, fake } = sender(() => json(record));
      const error = await rejection(send({ method: 'POST', path: ['v1', 'x'], json: {}, body: 'x', schema: Record }));
      expect(error).to.be.instanceOf(TypeError);
      expect(fake.calls).to.have.length(0);
    });

    it('answers a 204 No Content with undefined, checked against the schema', async () => {
      const { send } = sender(() => new Response(null, { status: 204 }));
      expect(await send({ method: 'DELETE', path: ['v1', 'records', 'r1'], schema: z.undefined() })).to.equal(
        undefined,
      );
      const error = await rejection(send({ method: 'DELETE', path: ['v1', 'records', 'r1'], schema: Record }));
      expect((error as Error).name).to.equal('KimResponseError');
    });
  });

  describe('headers', () => {
    it('sends the headers of the call, e.g. If-Match, beside the client-wide ones', async () => {
      const { send, fake } = sender(() => json(record), { headers: { 'Accept-Language': 'en', 'X-Site': 'a' } });
      await send({
        method: 'PATCH',
        path: ['v1', 'records', 'r1'],
        json: { name: 'y' },
        headers: { 'If-Match': '"v7"', 'x-site': 'b' },
        schema: Record,
      });
      const { headers } = fake.calls[0]!;
      expect(headers.get('if-match')).to.equal('"v7"');
      expect(headers.get('accept-language')).to.equal('en');
      expect(headers.get('x-site')).to.equal('b');
    });

    it('an undefined header removes a client-wide one', async () => {
      const { send, fake } = sender(() => json(record), { headers: { 'X-Site': 'a' } });
      await send({ method: 'GET', path: ['v1', 'records', 'r1'], headers: { 'X-Site': undefined }, schema: Record });
      expect(fake.calls[0]!.headers.has('x-site')).to.equal(false);
    });

    it('withResponse gives the status and headers, e.g. the ETag for a later If-Match', async () => {
      const { send } = sender(() => json(record, { headers: { etag: '"v7"' } }));
      const result = await send.withResponse({ method: 'GET', path: ['v1', 'records', 'r1'], schema: Record });
      expect(result.data).to.deep.equal(record);
      expect(result.status).to.equal(200);
      expect(result.headers.get('etag')).to.equal('"v7"');
      expect(result.headers.get('x-request-id')).to.equal('req-test-1');
    });

    it('withResponse gives the ETag of a body served from the cache after a 304', async () => {
      const { send, fake } = sender((request) =>
        request.headers.get('if-none-match') === '"v7"'
          ? new Response(null, { status: 304 })
          : json(region, { headers: { etag: '"v7"' } }),
      );
      const call = { method: 'GET' as const, path: ['v1', 'regions', '19.71'], schema: z.object({ code: z.string() }) };
      await send(call);
      const again = await send.withResponse(call);
      expect(fake.calls[1]!.headers.get('if-none-match')).to.equal('"v7"');
      expect(again).to.deep.include({ data: { code: '19.71' }, status: 304 });
      expect(again.headers.get('etag')).to.equal('"v7"');
    });
  });

  describe('retries', () => {
    for (const method of ['PUT', 'PATCH', 'DELETE', 'POST'] as const) {
      it(`does not retry ${method} without an Idempotency-Key (ky would retry PUT and DELETE)`, async () => {
        const { send, fake } = sender(sequence(problem(503), networkFailure(), json(record)));
        await rejection(send({ method, path: ['v1', 'records', 'r1'], json: {}, schema: Record }));
        expect(fake.calls).to.have.length(1);
      });

      it(`retries ${method} with an Idempotency-Key, resending the same body and key`, async () => {
        const { send, fake } = sender(sequence(problem(503), networkFailure(), json(record)));
        const call = {
          method,
          path: ['v1', 'records', 'r1'],
          json: { name: 'z' },
          idempotencyKey: 'k1',
          schema: Record,
        };
        expect(await send(call)).to.deep.equal(record);
        expect(fake.calls).to.have.length(3);
        for (const request of fake.calls) {
          expect(request.headers.get('idempotency-key')).to.equal('k1');
          expect(JSON.parse(request.body)).to.deep.equal({ name: 'z' });
        }
      });
    }

    it('resends a raw body on a retry', async () => {
      const { send, fake } = sender(sequence(problem(502), json(record)));
      const file = new File(['content'], 'a.txt', { type: 'text/plain' });
      await send({ method: 'POST', path: ['v1', 'media'], body: file, idempotencyKey: 'k2', schema: Record });
      expect(fake.calls.map((call) => call.body)).to.deep.equal(['content', 'content']);
    });
  });

  describe('errors the write side needs', () => {
    it('403 -> KimForbiddenError', async () => {
      const { send } = sender(() => problem(403, { code: 'forbidden' }));
      const error = await rejection(send({ method: 'GET', path: ['v1', 'x'], schema: Record }));
      expect(isKimForbiddenError(error)).to.equal(true);
    });

    it('409 -> KimConflictError with the problem body, 412 -> KimPreconditionFailedError', async () => {
      const { send } = sender(
        sequence(
          problem(409, { code: 'invalid_transition', currentStatus: 'resolved' }),
          problem(412, { code: 'precondition_failed', title: 'Data sudah diubah' }),
        ),
      );
      const call = {
        method: 'PATCH' as const,
        path: ['v1', 'x'],
        json: {},
        headers: { 'If-Match': '"1"' },
        schema: Record,
      };
      const conflict = (await rejection(send(call))) as KimApiError;
      expect(isKimConflictError(conflict)).to.equal(true);
      expect(isKimPreconditionFailedError(conflict)).to.equal(false);
      expect(conflict.problem).to.have.property('currentStatus', 'resolved');
      const stale = (await rejection(send(call))) as KimApiError;
      expect(isKimPreconditionFailedError(stale)).to.equal(true);
      expect(stale.title).to.equal('Data sudah diubah');
    });
  });
});
