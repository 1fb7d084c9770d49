// Information requests under UU 14/2008 over HTTP: what a request must give, its register number (also under
// concurrency), the officials' legal course (one extension, an answer or a refusal naming its legal ground), and the
// public register without personal data.
import {
  AspirationAdminView,
  AspirationReceipt,
  AspirationTracking,
  InformationRegisterEntry,
} from '@kim-kit/sdk/schemas';
import { expect } from 'chai';
import { type SignedIn, send, signedIn } from './helpers/accounts.js';
import { aspirationInput, expectProblem, json, jsonOf, testApp } from './helpers/setup.js';

const REGISTER = /^PPID\/1971\/\d{4}\/(\d{6})$/;
const sequenceOf = (registerNumber: string | undefined) => Number(REGISTER.exec(registerNumber ?? '')?.[1]);

describe('information requests', function () {
  this.timeout(60_000);
  let t: Awaited<ReturnType<typeof testApp>>;
  let official: SignedIn;
  let jakarta: SignedIn;

  before(async () => {
    t = await testApp();
    official = await signedIn(t, { role: 'dinas', regionCode: '19.71' });
    jakarta = await signedIn(t, { role: 'dinas', regionCode: '31.71' });
  });

  const submit = async (overrides: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
    AspirationReceipt.parse(
      await jsonOf(
        await t.request(
          '/v1/aspirations',
          json(aspirationInput({ kind: 'information_request', ...overrides }), headers),
        ),
        201,
      ),
    );

  it('refuses a request without its details, anonymous, or without a name or a contact, naming the fields', async () => {
    const base = aspirationInput({ kind: 'information_request' });
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, informationRequest: undefined }, 'informationRequest'],
      [{ ...base, anonymous: true }, 'anonymous'],
      [{ ...base, reporter: { email: 'warga@example.org' } }, 'reporter.name'],
      [{ ...base, reporter: { name: 'Warga' } }, 'reporter.email'],
      [{ ...base, reporter: undefined }, 'reporter.name'],
      [
        { ...base, informationRequest: { ...base.informationRequest, format: 'fotokopi' } },
        'informationRequest.format',
      ],
      [{ ...base, informationRequest: { ...base.informationRequest, purpose: 'x' } }, 'informationRequest.purpose'],
      // Details with another kind are refused too: they would be stored nowhere.
      [{ ...base, kind: 'complaint' }, 'informationRequest'],
    ];
    for (const [input, path] of cases) {
      const problem = await expectProblem(await t.request('/v1/aspirations', json(input)), 422, 'validation_failed');
      expect(
        problem.errors?.map((e) => e.path),
        path,
      ).to.include(path);
    }
  });

  it('gives each request the next register number of its city and year, the same one on a replay', async () => {
    const first = await submit();
    expect(first.registerNumber).to.match(REGISTER);
    const key = { 'Idempotency-Key': 'c7e2b7a4-2f3d-4f4e-9a55-4d1f1f0e9b11' };
    const second = await submit({}, key);
    expect(sequenceOf(second.registerNumber)).to.equal(sequenceOf(first.registerNumber) + 1);
    const replayed = AspirationReceipt.parse(
      await jsonOf(await t.request('/v1/aspirations', json(aspirationInput({ kind: 'information_request' }), key))),
    );
    expect(replayed).to.deep.equal(second);
    // Other kinds get none.
    const complaint = AspirationReceipt.parse(
      await jsonOf(await t.request('/v1/aspirations', json(aspirationInput())), 201),
    );
    expect(complaint.registerNumber).to.equal(undefined);
  });

  it('never gives two concurrent requests the same number, and leaves no gap', async () => {
    const before = sequenceOf((await submit()).registerNumber);
    const receipts = await Promise.all(Array.from({ length: 20 }, () => submit()));
    const sequences = receipts.map((r) => sequenceOf(r.registerNumber)).sort((a, b) => a - b);
    expect(sequences).to.deep.equal(Array.from({ length: 20 }, (_, i) => before + 1 + i));
  });

  it('shows the details to officials, the register number but not the purpose on the tracker', async () => {
    const receipt = await submit();
    const record = AspirationAdminView.parse(
      await jsonOf(await t.request(`/v1/admin/aspirations/${receipt.id}`, send('GET', official))),
    );
    expect(record.informationRequest).to.deep.include({
      registerNumber: receipt.registerNumber,
      purpose: 'Untuk bahan kajian kelompok warga tentang anggaran jalan.',
      format: 'softcopy',
      delivery: 'email',
      extension: null,
      decision: null,
      objection: null,
      objectionOpenUntil: null,
    });
    const tracking = await jsonOf<AspirationTracking>(await t.request(`/v1/aspirations/${receipt.trackingCode}`));
    expect(AspirationTracking.safeParse(tracking).success).to.equal(true);
    expect(tracking.informationRequest?.registerNumber).to.equal(receipt.registerNumber);
    expect(tracking.informationRequest?.informationRequested).to.equal(
      'Rincian anggaran pemeliharaan jalan kelurahan tahun 2026.',
    );
    expect(JSON.stringify(tracking)).not.to.contain('kajian kelompok');
  });

  it('extends the deadline once, by at most 7 working days, with a public reason, audited', async () => {
    const receipt = await submit();
    const base = `/v1/admin/aspirations/${receipt.id}/information-request`;
    const reason = 'Informasi yang diminta perlu dihimpun dari tiga bidang.';
    const before = AspirationAdminView.parse(
      await jsonOf(await t.request(`/v1/admin/aspirations/${receipt.id}`, send('GET', official))),
    );
    await expectProblem(await t.request(`${base}/extension`, send('POST', official, { days: 7, reason })), 428);
    const tooLong = await expectProblem(
      await t.request(`${base}/extension`, send('POST', official, { days: 8, reason }, 1)),
      422,
    );
    expect(tooLong.errors?.map((e) => e.path)).to.deep.equal(['days']);
    await expectProblem(await t.request(`${base}/extension`, send('POST', jakarta, { days: 7, reason }, 1)), 404);
    const extended = AspirationAdminView.parse(
      await jsonOf(await t.request(`${base}/extension`, send('POST', official, { days: 7, reason }, 1))),
    );
    const extension = extended.informationRequest?.extension;
    expect(extension).to.deep.include({ days: 7, reason, previousDueAt: before.dueAt, dueAt: extended.dueAt });
    // Seven working days: at least nine calendar days (a weekend), ending at 23:59:59 WIB.
    expect(Date.parse(extended.dueAt ?? '') - Date.parse(before.dueAt ?? '')).to.be.greaterThan(8 * 86_400_000);
    expect(extended.dueAt).to.match(/T16:59:59\.000Z$/);
    expect(extended.history.at(-1)).to.deep.include({ kind: 'extension', note: reason });
    const again = await expectProblem(
      await t.request(`${base}/extension`, send('POST', official, { days: 1, reason }, extended.version)),
      409,
    );
    expect(again.detail).to.contain('sekali');
    const tracking = await jsonOf<AspirationTracking>(await t.request(`/v1/aspirations/${receipt.trackingCode}`));
    expect(tracking.dueAt).to.equal(extended.dueAt);
    expect(tracking.history.at(-1)).to.deep.include({ kind: 'extension', note: reason });
    const audit = await jsonOf<{ data: { action: string }[] }>(
      await t.request(`/v1/admin/audit?targetId=${receipt.id}`, send('GET', official)),
    );
    expect(audit.data.map((e) => e.action)).to.include('information_request.extend');
  });

  it('ends in a written refusal only with its legal ground; the plain status change cannot end it', async () => {
    const receipt = await submit();
    const path = `/v1/admin/aspirations/${receipt.id}`;
    await expectProblem(
      await t.request(`${path}/status`, send('POST', official, { status: 'rejected', note: 'Ditolak.' }, 1)),
      409,
      'invalid_transition',
    );
    const noGround = await expectProblem(
      await t.request(
        `${path}/information-request/decision`,
        send('POST', official, { outcome: 'rejected', reason: 'Informasi ini dikecualikan.' }, 1),
      ),
      422,
    );
    expect(noGround.errors?.map((e) => e.path)).to.deep.equal(['ground']);
    const reason = 'Dokumen memuat data pribadi penerima bantuan yang dilindungi.';
    const refused = AspirationAdminView.parse(
      await jsonOf(
        await t.request(
          `${path}/information-request/decision`,
          send('POST', official, { outcome: 'rejected', ground: 'pasal-17-h', reason }, 1),
        ),
      ),
    );
    expect(refused.status).to.equal('rejected');
    expect(refused.dueAt).to.equal(null);
    expect(refused.informationRequest?.decision).to.deep.include({
      outcome: 'rejected',
      ground: 'pasal-17-h',
      text: reason,
    });
    expect(refused.history.at(-1)?.note).to.equal(`Pasal 17 huruf h: mengungkap rahasia pribadi. ${reason}`);
    // The objection window: 30 working days from the refusal, at least six weeks.
    const until = refused.informationRequest?.objectionOpenUntil ?? '';
    expect(Date.parse(until) - Date.parse(refused.updatedAt)).to.be.greaterThan(41 * 86_400_000);
    await expectProblem(
      await t.request(
        `${path}/information-request/decision`,
        send('POST', official, { outcome: 'resolved', answer: 'Terlampir.' }, refused.version),
      ),
      409,
    );
    const tracking = await jsonOf<AspirationTracking>(await t.request(`/v1/aspirations/${receipt.trackingCode}`));
    expect(tracking.informationRequest?.decision).to.deep.include({ outcome: 'rejected', ground: 'pasal-17-h' });
  });

  it('cannot be ended by the bulk status change either: that row is refused, the others change', async () => {
    const request = await submit();
    const complaint = AspirationReceipt.parse(
      await jsonOf(await t.request('/v1/aspirations', json(aspirationInput({ kind: 'complaint' }))), 201),
    );
    const bulk = async (status: string, ids: string[]) =>
      jsonOf<{ results: { id: string; outcome: string; from?: string }[] }>(
        await t.request('/v1/admin/aspirations/status', send('POST', official, { ids, status, note: 'Ditutup.' })),
      );
    const rejected = await bulk('rejected', [request.id, complaint.id]);
    expect(rejected.results).to.deep.equal([
      { id: request.id, outcome: 'invalid_transition', from: 'received' },
      { id: complaint.id, outcome: 'changed' },
    ]);
    const stored = AspirationAdminView.parse(
      await jsonOf(await t.request(`/v1/admin/aspirations/${request.id}`, send('GET', official))),
    );
    expect(stored.status).to.equal('received');
    expect(stored.history.map((h) => h.status)).to.deep.equal(['received']);
    expect((await t.storage.listOutbox({ aspirationId: request.id })).map((m) => m.topic)).not.to.include(
      'aspiration.status',
    );
    // Along its course, up to in progress, the plain change still serves it; its end does not.
    for (const status of ['verified', 'in_progress'] as const) {
      if (status === 'in_progress') {
        const version = stored.version + 1;
        const [agency] = (
          await jsonOf<{ data: { id: string }[] }>(
            await t.request('/v1/admin/agencies?region=19.71', send('GET', official)),
          )
        ).data;
        await jsonOf(
          await t.request(
            `/v1/admin/aspirations/${request.id}/status`,
            send('POST', official, { status: 'forwarded', agencyId: agency?.id }, version),
          ),
        );
      }
      expect((await bulk(status, [request.id])).results).to.deep.equal([{ id: request.id, outcome: 'changed' }]);
    }
    expect((await bulk('resolved', [request.id])).results).to.deep.equal([
      { id: request.id, outcome: 'invalid_transition', from: 'in_progress' },
    ]);
  });

  it('ends in an answer, audited as a status change and a decision', async () => {
    const receipt = await submit();
    const path = `/v1/admin/aspirations/${receipt.id}`;
    // Every answer of the officials' API carries the request's details, not only the plain read.
    const verified = AspirationAdminView.parse(
      await jsonOf(await t.request(`${path}/status`, send('POST', official, { status: 'verified' }, 1))),
    );
    expect(verified.informationRequest?.registerNumber).to.equal(receipt.registerNumber);
    const asked = AspirationAdminView.parse(
      await jsonOf(
        await t.request(`${path}/questions`, send('POST', official, { question: 'Untuk tahun anggaran berapa?' }, 2)),
        201,
      ),
    );
    expect(asked.informationRequest?.registerNumber).to.equal(receipt.registerNumber);
    const answer = 'Rincian anggaran terlampir dan dikirim ke email Anda.';
    const stale = await expectProblem(
      await t.request(
        `${path}/information-request/decision`,
        send('POST', official, { outcome: 'resolved', answer }, 1),
      ),
      412,
    );
    expect((stale as { current?: { version: number } }).current?.version).to.equal(3);
    const answered = AspirationAdminView.parse(
      await jsonOf(
        await t.request(
          `${path}/information-request/decision`,
          send('POST', official, { outcome: 'resolved', answer }, 3),
        ),
      ),
    );
    expect(answered.status).to.equal('resolved');
    expect(answered.informationRequest?.decision).to.deep.include({ outcome: 'resolved', text: answer, ground: null });
    const audit = await jsonOf<{ data: { action: string }[] }>(
      await t.request(`/v1/admin/audit?targetId=${receipt.id}`, send('GET', official)),
    );
    expect(audit.data.map((e) => e.action).slice(0, 2)).to.have.members([
      'information_request.decide',
      'aspiration.status',
    ]);
  });

  it('lists the public register of a city without name, contact or purpose; a confidential one without its text', async () => {
    const open = await submit();
    const secret = await submit({ confidential: true });
    const refused = await submit();
    await jsonOf(
      await t.request(
        `/v1/admin/aspirations/${refused.id}/information-request/decision`,
        send(
          'POST',
          official,
          { outcome: 'rejected', ground: 'tidak-dikuasai', reason: 'Data ini tidak kami kuasai.' },
          1,
        ),
      ),
    );
    const response = await t.request('/v1/information-requests?region=19.71&limit=100');
    const text = await response.clone().text();
    const page = await jsonOf<{ data: InformationRegisterEntry[]; nextCursor: string | null }>(response);
    for (const entry of page.data) expect(InformationRegisterEntry.safeParse(entry).success).to.equal(true);
    for (const word of ['Warga Uji Coba', 'warga.uji@example.org', '0812-1111-2222', 'kajian kelompok']) {
      expect(text).not.to.contain(word);
    }
    const byNumber = new Map(page.data.map((e) => [e.registerNumber, e]));
    expect(byNumber.get(open.registerNumber ?? '')).to.deep.include({
      informationRequested: 'Rincian anggaran pemeliharaan jalan kelurahan tahun 2026.',
      status: 'received',
      outcome: null,
    });
    expect(byNumber.get(secret.registerNumber ?? '')).not.to.have.property('informationRequested');
    expect(byNumber.get(refused.registerNumber ?? '')).to.deep.include({
      status: 'rejected',
      outcome: 'rejected',
      ground: 'tidak-dikuasai',
      dueAt: null,
    });
    // Newest first, paged.
    const first = await jsonOf<{ data: InformationRegisterEntry[]; nextCursor: string }>(
      await t.request('/v1/information-requests?region=19.71&limit=2'),
    );
    expect(first.data.map((e) => e.registerNumber)).to.deep.equal([refused.registerNumber, secret.registerNumber]);
    const next = await jsonOf<{ data: InformationRegisterEntry[] }>(
      await t.request(`/v1/information-requests?region=19.71&limit=2&cursor=${first.nextCursor}`),
    );
    expect(next.data[0]?.registerNumber).to.equal(open.registerNumber);
    const elsewhere = await jsonOf<{ data: unknown[] }>(await t.request('/v1/information-requests?region=31.71'));
    expect(elsewhere.data).to.deep.equal([]);
    await expectProblem(await t.request('/v1/information-requests'), 400);
  });

  it('takes one objection after a refusal, with its own deadline, and an official answer to it', async () => {
    const receipt = await submit();
    const path = `/v1/admin/aspirations/${receipt.id}`;
    const refused = AspirationAdminView.parse(
      await jsonOf(
        await t.request(
          `${path}/information-request/decision`,
          send(
            'POST',
            official,
            { outcome: 'rejected', ground: 'pasal-17-a', reason: 'Dokumen menjadi bahan penyidikan.' },
            1,
          ),
        ),
      ),
    );
    const at = new Date().toISOString();
    const update = {
      reason: 'pasal-35-a' as const,
      text: 'Dokumen itu sudah diumumkan di media; mohon ditinjau.',
      dueAt: at,
    };
    const ctx = { actor: { type: 'public' as const, id: null, name: null }, requestId: null, clientAddress: null, at };
    const objected = await t.storage.informationRequests.object(ctx, receipt.id, update);
    expect(objected.outcome).to.equal('changed');
    expect((await t.storage.informationRequests.object(ctx, receipt.id, update)).outcome).to.equal('refused');
    const record = AspirationAdminView.parse(await jsonOf(await t.request(path, send('GET', official))));
    expect(record.version).to.equal(refused.version + 1);
    expect(record.informationRequest?.objection).to.deep.include({ reason: 'pasal-35-a', answer: null });
    expect(record.informationRequest?.objectionOpenUntil).to.equal(null);
    expect(record.history.at(-1)).to.deep.include({
      kind: 'objection',
      note: 'Permohonan ditolak dengan alasan pengecualian Pasal 17',
      internalNote: update.text,
    });
    // The requester's own words stay with the officials; the tracker shows the reason.
    const tracking = await jsonOf<AspirationTracking>(await t.request(`/v1/aspirations/${receipt.trackingCode}`));
    expect(JSON.stringify(tracking.history)).not.to.contain('sudah diumumkan');
    const answerPath = `${path}/information-request/objection-answer`;
    const answer = 'Atasan PPID menguatkan penolakan; dokumen masih menjadi bahan penyidikan.';
    await expectProblem(await t.request(answerPath, send('POST', official, { answer }, refused.version)), 412);
    const answered = AspirationAdminView.parse(
      await jsonOf(await t.request(answerPath, send('POST', official, { answer }, record.version))),
    );
    expect(answered.informationRequest?.objection).to.deep.include({ answer });
    expect(answered.history.at(-1)).to.deep.include({ kind: 'objection_answer', note: answer });
    await expectProblem(await t.request(answerPath, send('POST', official, { answer }, answered.version)), 409);
    const page = await jsonOf<{ data: InformationRegisterEntry[] }>(
      await t.request('/v1/information-requests?region=19.71&limit=100'),
    );
    expect(page.data.find((e) => e.registerNumber === receipt.registerNumber)?.objected).to.equal(true);
  });

  it('takes the requester objection over HTTP with the tracking code and the follow-up secret, once', async () => {
    const receipt = await submit();
    expect(receipt.followUpSecret).to.be.a('string');
    const objection = { reason: 'pasal-35-c', text: 'Permohonan saya belum ditanggapi sama sekali.' };
    const url = `/v1/aspirations/${receipt.trackingCode}/objection`;
    // Before an answer, a refusal or a missed deadline: not yet.
    await expectProblem(await t.request(url, json({ ...objection, secret: receipt.followUpSecret })), 409);
    await jsonOf(
      await t.request(
        `/v1/admin/aspirations/${receipt.id}/information-request/decision`,
        send(
          'POST',
          official,
          { outcome: 'resolved', answer: 'Informasi tidak sesuai permintaan Anda? Silakan ajukan keberatan.' },
          1,
        ),
      ),
    );
    await expectProblem(await t.request(url, json({ ...objection, secret: 'AAAA-BBBB-CCCC-DDDD-EEEE' })), 403);
    const invalid = await expectProblem(
      await t.request(url, json({ ...objection, reason: 'pasal-99', secret: receipt.followUpSecret })),
      422,
    );
    expect(invalid.errors?.map((e) => e.path)).to.deep.equal(['reason']);
    const tracking = await jsonOf<AspirationTracking>(
      await t.request(url, json({ ...objection, secret: receipt.followUpSecret })),
      201,
    );
    expect(AspirationTracking.safeParse(tracking).success).to.equal(true);
    const filed = tracking.informationRequest?.objection;
    expect(filed).to.deep.include({ reason: 'pasal-35-c', answer: null });
    // The superior of the PPID has 30 working days: at least six weeks.
    expect(Date.parse(filed?.dueAt ?? '') - Date.parse(filed?.submittedAt ?? '')).to.be.greaterThan(41 * 86_400_000);
    await expectProblem(await t.request(url, json({ ...objection, secret: receipt.followUpSecret })), 409);
    const audit = await jsonOf<{ data: { action: string; actor: { type: string } }[] }>(
      await t.request(`/v1/admin/audit?targetId=${receipt.id}`, send('GET', official)),
    );
    expect(audit.data[0]).to.deep.include({ action: 'information_request.object' });
    expect(audit.data[0]?.actor.type).to.equal('public');
  });
});
