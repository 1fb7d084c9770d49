import { AspirationAdminView, AspirationReceipt, AspirationTracking, Page as PageSchema } from '@kim-kit/sdk/schemas';
import { expect } from 'chai';
import { SEED_REPORTERS } from '../src/seed/aspirations.js';
import { admin, aspirationInput, expectProblem, json, jsonOf, liveServer, testApp } from './helpers/setup.js';

type App = Awaited<ReturnType<typeof testApp>>;

const adminCount = async (t: App) => {
  const page = await jsonOf<{ data: unknown[] }>(
    await t.request('/v1/admin/aspirations?limit=100', { headers: admin }),
  );
  return page.data.length;
};

describe('aspirations', () => {
  let t: App;
  beforeEach(async () => {
    t = await testApp();
  });

  describe('POST /v1/aspirations', () => {
    it('stores a submission and answers 201 with a receipt and its Location', async () => {
      const response = await t.request('/v1/aspirations', json(aspirationInput()));
      const receipt = AspirationReceipt.parse(await jsonOf(response, 201));
      expect(receipt.status).to.equal('received');
      expect(receipt.trackingCode).to.match(/^[0-9A-HJKMNP-TV-Z]{10}$/);
      expect(response.headers.get('location')).to.equal(`/v1/aspirations/${receipt.trackingCode}`);
      expect(response.headers.get('cache-control')).to.equal('no-store');

      const stored = AspirationAdminView.parse(
        await jsonOf(await t.request(`/v1/admin/aspirations/${receipt.id}`, { headers: admin })),
      );
      expect(stored).to.deep.include({
        trackingCode: receipt.trackingCode,
        title: 'Jalan berlubang di depan SD Negeri 5',
        anonymous: false,
        confidential: false,
        regionCode: '19.71.01.1006',
        submittedAt: receipt.submittedAt,
      });
      expect(stored.category).to.deep.equal({ id: 'infrastruktur', name: 'Infrastruktur' });
      expect(stored.reporter).to.deep.equal(aspirationInput().reporter);
      expect(stored.history).to.deep.equal([
        {
          kind: 'status',
          status: 'received',
          at: receipt.submittedAt,
          agency: null,
          note: null,
          internalNote: null,
          actor: null,
        },
      ]);
    });

    it('trims text fields and stores a submission without reporter as reporter null', async () => {
      const input = aspirationInput({ title: '   Jalan berlubang di depan SD Negeri 5   ' });
      delete (input as { reporter?: unknown }).reporter;
      const receipt = AspirationReceipt.parse(await jsonOf(await t.request('/v1/aspirations', json(input)), 201));
      const stored = AspirationAdminView.parse(
        await jsonOf(await t.request(`/v1/admin/aspirations/${receipt.id}`, { headers: admin })),
      );
      expect(stored.title).to.equal('Jalan berlubang di depan SD Negeri 5');
      expect(stored.reporter).to.equal(null);
    });

    it('refuses an unknown village or a category that is not for aspirations', async () => {
      const problem = await expectProblem(
        await t.request(
          '/v1/aspirations',
          json(aspirationInput({ regionCode: '19.71.01.1999', categoryId: 'pengumuman' })),
        ),
        422,
        'validation_failed',
      );
      expect(problem.errors?.map((e) => e.path)).to.deep.equal(['regionCode', 'categoryId']);
    });

    it('accepts a filled honeypot with a plausible receipt and stores nothing', async () => {
      const before = await adminCount(t);
      const response = await t.request(
        '/v1/aspirations',
        json(aspirationInput({ website: 'https://spam.example' }), { 'Idempotency-Key': 'bot-1' }),
      );
      const receipt = AspirationReceipt.parse(await jsonOf(response, 201));
      expect(receipt.trackingCode).to.match(/^[0-9A-HJKMNP-TV-Z]{10}$/);
      expect(await adminCount(t)).to.equal(before);
      expect((await t.request(`/v1/aspirations/${receipt.trackingCode}`)).status).to.equal(404);
    });

    it('answers a bot exactly as it answers a person: same key order, same replay, same conflict, same checks', async () => {
      const send = (website: string | undefined, key: string, overrides: Record<string, unknown> = {}) =>
        t.request('/v1/aspirations', json(aspirationInput({ website, ...overrides }), { 'Idempotency-Key': key }));
      for (const website of [undefined, 'https://spam.example']) {
        const key = `look-alike-${website ? 'bot' : 'person'}`;
        const first = await send(website, key);
        const text = await first.text();
        expect(first.status, text).to.equal(201);
        expect(Object.keys(JSON.parse(text)), website ?? 'person').to.deep.equal([
          'id',
          'trackingCode',
          'status',
          'submittedAt',
          'followUpSecret',
        ]);
        expect(first.headers.get('location')).to.equal(`/v1/aspirations/${JSON.parse(text).trackingCode}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
        const replay = await send(website, key);
        expect(replay.status, website ?? 'person').to.equal(200);
        expect(replay.headers.get('idempotent-replayed')).to.equal('true');
        expect(await replay.text(), 'the same receipt, time included').to.equal(text);
        await expectProblem(
          await send(website, key, { title: 'Judul yang lain sama sekali' }),
          422,
          'idempotency_conflict',
        );
        await expectProblem(await send(website, `${key}-2`, { categoryId: 'tidak-ada' }), 422, 'validation_failed');
      }
    });

    it('treats a whitespace-only honeypot as empty', async () => {
      const before = await adminCount(t);
      await jsonOf(await t.request('/v1/aspirations', json(aspirationInput({ website: '  ' }))), 201);
      expect(await adminCount(t)).to.equal(before + 1);
    });
  });

  describe('idempotency', () => {
    it('returns the same receipt with 200 when the same key and body come again', async () => {
      const headers = { 'Idempotency-Key': 'key-replay-1' };
      const first = await t.request('/v1/aspirations', json(aspirationInput(), headers));
      const receipt = await jsonOf(first, 201);
      const second = await t.request('/v1/aspirations', json(aspirationInput(), headers));
      expect(await jsonOf(second, 200)).to.deep.equal(receipt);
      expect(second.headers.get('idempotent-replayed')).to.equal('true');
    });

    it('treats the same body with keys in another order, or explicit defaults, as the same request', async () => {
      const headers = { 'Idempotency-Key': 'key-replay-2' };
      const receipt = await jsonOf(await t.request('/v1/aspirations', json(aspirationInput(), headers)), 201);
      const reordered = Object.fromEntries(Object.entries(aspirationInput({ anonymous: false })).reverse());
      expect(await jsonOf(await t.request('/v1/aspirations', json(reordered, headers)), 200)).to.deep.equal(receipt);
    });

    it('refuses the same key with another body', async () => {
      const headers = { 'Idempotency-Key': 'key-conflict-1' };
      await jsonOf(await t.request('/v1/aspirations', json(aspirationInput(), headers)), 201);
      const other = aspirationInput({ title: 'Judul lain yang cukup panjang' });
      await expectProblem(await t.request('/v1/aspirations', json(other, headers)), 422, 'idempotency_conflict');
    });

    it('creates separate aspirations without a key', async () => {
      const a = await jsonOf<{ id: string }>(await t.request('/v1/aspirations', json(aspirationInput())), 201);
      const b = await jsonOf<{ id: string }>(await t.request('/v1/aspirations', json(aspirationInput())), 201);
      expect(a.id).not.to.equal(b.id);
    });

    it('stores one aspiration for 20 concurrent requests with the same key over HTTP', async () => {
      const server = await liveServer();
      try {
        const before = await adminCount(await testApp({ storage: server.storage }));
        const send = () =>
          fetch(`${server.url}/v1/aspirations`, json(aspirationInput(), { 'Idempotency-Key': 'concurrent-key' }));
        const responses = await Promise.all(Array.from({ length: 20 }, send));
        const statuses = responses.map((r) => r.status).sort();
        expect(statuses.filter((s) => s === 201)).to.have.length(1);
        expect(statuses.filter((s) => s === 200)).to.have.length(19);
        const receipts = await Promise.all(responses.map((r) => r.json()));
        for (const receipt of receipts) expect(receipt).to.deep.equal(receipts[0]);
        expect(await adminCount(await testApp({ storage: server.storage }))).to.equal(before + 1);
      } finally {
        await server.close();
      }
    });

    it('refuses every concurrent request that reuses the key with another body', async () => {
      const server = await liveServer();
      try {
        const send = (title: string) =>
          fetch(`${server.url}/v1/aspirations`, json(aspirationInput({ title }), { 'Idempotency-Key': 'mixed' }));
        const responses = await Promise.all(
          Array.from({ length: 10 }, (_, i) => send(i % 2 ? 'Judul pertama yang panjang' : 'Judul kedua yang panjang')),
        );
        const statuses = responses.map((r) => r.status);
        expect(statuses.filter((s) => s === 201)).to.have.length(1);
        expect(statuses.filter((s) => s === 200)).to.have.length(4);
        expect(statuses.filter((s) => s === 422)).to.have.length(5);
      } finally {
        await server.close();
      }
    });
  });

  describe('GET /v1/aspirations/:trackingCode', () => {
    it('shows the public view without reporter or body', async () => {
      const receipt = await jsonOf<{ trackingCode: string }>(
        await t.request('/v1/aspirations', json(aspirationInput())),
        201,
      );
      const response = await t.request(`/v1/aspirations/${receipt.trackingCode}`);
      const view = AspirationTracking.parse(await jsonOf(response));
      expect(view.title).to.equal('Jalan berlubang di depan SD Negeri 5');
      expect(view.category).to.deep.equal({ id: 'infrastruktur', name: 'Infrastruktur' });
      expect(response.headers.get('cache-control')).to.equal('no-store');
      const text = JSON.stringify(view);
      expect(text).not.to.include('Warga Uji Coba');
      expect(text).not.to.include('warga.uji@example.org');
      expect(text).not.to.include('membahayakan');
    });

    it('hides title and category of a confidential aspiration', async () => {
      const receipt = await jsonOf<{ trackingCode: string }>(
        await t.request('/v1/aspirations', json(aspirationInput({ confidential: true }))),
        201,
      );
      const view = AspirationTracking.parse(await jsonOf(await t.request(`/v1/aspirations/${receipt.trackingCode}`)));
      expect(view.confidential).to.equal(true);
      expect(view).not.to.have.property('title');
      expect(view).not.to.have.property('category');
      expect(view.status).to.equal('received');
    });

    it('keeps the notes of a confidential aspiration out of the public view', async () => {
      const receipt = await jsonOf<{ id: string; trackingCode: string }>(
        await t.request('/v1/aspirations', json(aspirationInput({ confidential: true }))),
        201,
      );
      const changed = await t.request(`/v1/admin/aspirations/${receipt.id}/status`, {
        method: 'POST',
        headers: { ...admin, 'Content-Type': 'application/json', 'If-Match': '"1"' },
        body: JSON.stringify({ status: 'verified', note: 'Diteruskan ke Dinas PUPR soal jalan di Semabung Lama' }),
      });
      expect(changed.status).to.equal(200);
      const view = AspirationTracking.parse(await jsonOf(await t.request(`/v1/aspirations/${receipt.trackingCode}`)));
      expect(view.status).to.equal('verified');
      expect(view.history.map((h) => h.status)).to.deep.equal(['received', 'verified']);
      expect(view.history.every((h) => h.note === null)).to.equal(true);
      expect(JSON.stringify(view)).not.to.include('Dinas PUPR');
    });

    it('reads codes typed in lowercase with hyphens', async () => {
      const receipt = await jsonOf<{ trackingCode: string }>(
        await t.request('/v1/aspirations', json(aspirationInput())),
        201,
      );
      const typed = `${receipt.trackingCode.slice(0, 5)}-${receipt.trackingCode.slice(5)}`.toLowerCase();
      const view = await jsonOf<{ trackingCode: string }>(await t.request(`/v1/aspirations/${typed}`));
      expect(view.trackingCode).to.equal(receipt.trackingCode);
    });

    it('reads codes pasted with an en dash or spaces, as the widgets do (one rule, from the contract)', async () => {
      const receipt = await jsonOf<{ trackingCode: string }>(
        await t.request('/v1/aspirations', json(aspirationInput())),
        201,
      );
      for (const typed of [
        `${receipt.trackingCode.slice(0, 5)}\u2013${receipt.trackingCode.slice(5)}`,
        `${receipt.trackingCode.slice(0, 5)} ${receipt.trackingCode.slice(5)}`,
      ]) {
        const view = await jsonOf<{ trackingCode: string }>(
          await t.request(`/v1/aspirations/${encodeURIComponent(typed)}`),
        );
        expect(view.trackingCode, typed).to.equal(receipt.trackingCode);
      }
    });

    it('answers 404 for an unknown code and 400 for something that cannot be a code', async () => {
      await expectProblem(await t.request('/v1/aspirations/ZZZZZZZZZZ'), 404, 'not_found');
      await expectProblem(await t.request('/v1/aspirations/abc'), 400, 'validation_failed');
    });
  });

  describe('admin', () => {
    /** A status change with the version read just before (If-Match). */
    const setStatus = async (id: string, body: unknown) => {
      const current = await t.request(`/v1/admin/aspirations/${id}`, { headers: admin });
      return t.request(`/v1/admin/aspirations/${id}/status`, {
        method: 'POST',
        headers: { ...admin, 'Content-Type': 'application/json', 'If-Match': current.headers.get('etag') ?? '"1"' },
        body: JSON.stringify(body),
      });
    };
    const submit = async (overrides = {}) =>
      jsonOf<{ id: string; trackingCode: string }>(
        await t.request('/v1/aspirations', json(aspirationInput(overrides))),
        201,
      );

    it('refuses requests without the token, with a wrong token, or when admin is disabled', async () => {
      const noToken = await expectProblem(await t.request('/v1/admin/aspirations'), 401, 'unauthorized');
      expect(noToken.detail).to.match(/Bearer/);
      const wrong = await t.request('/v1/admin/aspirations', { headers: { Authorization: 'Bearer nope' } });
      expect(wrong.headers.get('www-authenticate')).to.match(/^Bearer/);
      await expectProblem(wrong, 401, 'unauthorized');
      await expectProblem(
        await t.request('/v1/admin/aspirations', { headers: { Authorization: 'Basic dGVzdDp0ZXN0' } }),
        401,
      );
      await expectProblem(
        await t.request('/v1/admin/aspirations/asp_seed0001/status', json({ status: 'verified' })),
        401,
      );
      const disabled = await testApp({ storage: t.storage, adminToken: undefined });
      await expectProblem(await disabled.request('/v1/admin/aspirations', { headers: admin }), 401, 'unauthorized');
    });

    it('lists aspirations newest first with reporters, filtered by status, in pages', async () => {
      const page = PageSchema(AspirationAdminView).parse(
        await jsonOf(await t.request('/v1/admin/aspirations', { headers: admin })),
      );
      expect(page.data.length).to.equal(6);
      const dates = page.data.map((a) => a.submittedAt);
      expect(dates).to.deep.equal([...dates].sort().reverse());
      expect(page.data.map((a) => a.reporter?.name).filter(Boolean)).to.include(SEED_REPORTERS[0].name);
      expect(new Set(page.data.map((a) => a.status))).to.have.keys(
        'received',
        'verified',
        'in_progress',
        'resolved',
        'rejected',
      );

      const verified = PageSchema(AspirationAdminView).parse(
        await jsonOf(await t.request('/v1/admin/aspirations?status=verified', { headers: admin })),
      );
      expect(verified.data.length).to.be.greaterThan(0);
      expect(verified.data.every((a) => a.status === 'verified')).to.be.true;

      const first = await jsonOf<{ data: { id: string }[]; nextCursor: string }>(
        await t.request('/v1/admin/aspirations?limit=4', { headers: admin }),
      );
      const second = await jsonOf<{ data: { id: string }[]; nextCursor: null }>(
        await t.request(`/v1/admin/aspirations?limit=4&cursor=${first.nextCursor}`, { headers: admin }),
      );
      expect([...first.data, ...second.data].map((a) => a.id)).to.deep.equal(page.data.map((a) => a.id));
      expect(second.nextCursor).to.equal(null);
    });

    it('answers 404 for an unknown id', async () => {
      await expectProblem(await t.request('/v1/admin/aspirations/asp_nope', { headers: admin }), 404, 'not_found');
      await expectProblem(await setStatus('asp_nope', { status: 'verified' }), 404, 'not_found');
    });

    it('walks the whole lifecycle and keeps every change in the history with its note', async () => {
      const { id, trackingCode } = await submit();
      const steps = [
        ['verified', 'Sudah dicek petugas.'],
        ['forwarded', 'Diteruskan ke Dinas PUPR.'],
        ['in_progress', null],
        ['resolved', 'Jalan sudah ditambal.'],
      ] as const;
      for (const [status, note] of steps) {
        const body = { status, ...(note && { note }), ...(status === 'forwarded' && { agencyId: 'agc_pupr' }) };
        const view = AspirationAdminView.parse(await jsonOf(await setStatus(id, body)));
        expect(view.status).to.equal(status);
      }
      const tracking = AspirationTracking.parse(await jsonOf(await t.request(`/v1/aspirations/${trackingCode}`)));
      expect(tracking.status).to.equal('resolved');
      expect(tracking.history.map((h) => [h.status, h.note])).to.deep.equal([
        ['received', null],
        ['verified', 'Sudah dicek petugas.'],
        ['forwarded', 'Diteruskan ke Dinas PUPR.'],
        ['in_progress', null],
        ['resolved', 'Jalan sudah ditambal.'],
      ]);
      expect(tracking.updatedAt).to.equal(tracking.history[4]?.at);
    });

    it('refuses transitions the lifecycle does not allow with 409 invalid_transition', async () => {
      const { id } = await submit();
      await expectProblem(
        await setStatus(id, { status: 'forwarded', agencyId: 'agc_pupr' }),
        409,
        'invalid_transition',
      );
      for (const status of ['in_progress', 'resolved', 'received']) {
        await expectProblem(await setStatus(id, { status }), 409, 'invalid_transition');
      }
      await jsonOf(await setStatus(id, { status: 'verified' }));
      await expectProblem(await setStatus(id, { status: 'verified' }), 409, 'invalid_transition');
      await jsonOf(await setStatus(id, { status: 'forwarded', agencyId: 'agc_pupr' }));
      const late = await expectProblem(await setStatus(id, { status: 'rejected', note: 'Terlambat' }), 409);
      expect(late.detail).to.include('in_progress');
    });

    it('rejects from received or verified only with a note, and rejected is final', async () => {
      const a = await submit();
      const missing = await expectProblem(await setStatus(a.id, { status: 'rejected' }), 422, 'validation_failed');
      expect(missing.errors?.map((e) => e.path)).to.deep.equal(['note']);
      const rejected = AspirationAdminView.parse(
        await jsonOf(await setStatus(a.id, { status: 'rejected', note: 'Laporan ganda.' })),
      );
      expect(rejected.history.at(-1)).to.include({ status: 'rejected', note: 'Laporan ganda.' });
      await expectProblem(await setStatus(a.id, { status: 'verified' }), 409, 'invalid_transition');

      const b = await submit();
      await jsonOf(await setStatus(b.id, { status: 'verified' }));
      await jsonOf(await setStatus(b.id, { status: 'rejected', note: 'Bukan kewenangan pemerintah kota.' }));
    });

    it('applies concurrent status changes one at a time', async () => {
      const { id } = await submit();
      const responses = await Promise.all(Array.from({ length: 5 }, () => setStatus(id, { status: 'verified' })));
      const statuses = responses.map((r) => r.status).sort();
      // One wins; the others were stale (412) or, having read the changed version, no longer allowed (409).
      expect(statuses[0]).to.equal(200);
      expect(
        statuses.slice(1).every((s) => s === 409 || s === 412),
        String(statuses),
      ).to.equal(true);
    });
  });
});
