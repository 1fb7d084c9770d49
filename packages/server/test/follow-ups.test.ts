import type { AspirationStatus } from '@kim-kit/sdk/schemas';
import { AspirationAdminView, AspirationReceipt, AspirationTracking, FollowUpResult } from '@kim-kit/sdk/schemas';
import { expect } from 'chai';
import type { Storage } from '../src/storage/storage.js';
import { systemContext } from '../src/storage/write-context.js';
import { admin, aspirationInput, expectProblem, json, jsonOf, testApp } from './helpers/setup.js';

type App = Awaited<ReturnType<typeof testApp>>;

const LIFECYCLE: AspirationStatus[] = ['received', 'verified', 'forwarded', 'in_progress', 'resolved'];

/** Moves an aspiration along the lifecycle up to `to`, the official's way, at `at`. */
async function walk(storage: Storage, id: string, to: AspirationStatus, at = new Date().toISOString()) {
  const current = (await storage.getAspiration(id))?.status ?? 'received';
  for (const status of LIFECYCLE.slice(LIFECYCLE.indexOf(current) + 1, LIFECYCLE.indexOf(to) + 1)) {
    const result = await storage.changeAspirationStatus(systemContext(at), id, {
      status,
      note: status === 'resolved' ? 'Lampu sudah diganti.' : null,
      internalNote: null,
      allowedFrom: LIFECYCLE,
      ...(status === 'forwarded' && { agencyId: 'agc_pupr' }),
    });
    expect(result.outcome, status).to.equal('changed');
  }
}

async function submit(t: App) {
  return AspirationReceipt.parse(await jsonOf(await t.request('/v1/aspirations', json(aspirationInput())), 201));
}

const post = (t: App, code: string, what: string, body: unknown) =>
  t.request(`/v1/aspirations/${code}/${what}`, json(body, { 'Accept-Language': 'en' }));

const officials = async (t: App, id: string) =>
  AspirationAdminView.parse(await jsonOf(await t.request(`/v1/admin/aspirations/${id}`, { headers: admin })));

const tracking = async (t: App, code: string) =>
  AspirationTracking.parse(await jsonOf(await t.request(`/v1/aspirations/${code}`)));

describe('reporter follow-up', () => {
  let t: App;
  let receipt: AspirationReceipt;
  let secret: string;
  beforeEach(async () => {
    t = await testApp();
    receipt = await submit(t);
    secret = receipt.followUpSecret ?? '';
  });

  it('adds information that officials read and the tracker only mentions, audited with the reporter as actor', async () => {
    const text = 'Lubangnya kini makin lebar, sekitar satu meter, dan sudah ada motor yang jatuh.';
    const result = FollowUpResult.parse(
      await jsonOf(await post(t, receipt.trackingCode.toLowerCase(), 'follow-ups', { secret, text }), 201),
    );
    expect(result.status).to.equal('received');
    const record = await officials(t, receipt.id);
    expect(record.history.at(-1)).to.deep.include({ kind: 'reporter_information', internalNote: text, note: null });
    const view = await tracking(t, receipt.trackingCode);
    expect(view.history.at(-1)).to.deep.include({ kind: 'reporter_information', note: null });
    expect(JSON.stringify(view)).not.to.include('motor');
    const audit = await jsonOf<{ data: { action: string; actor: { type: string }; changes: string[] }[] }>(
      await t.request(`/v1/admin/audit?targetId=${receipt.id}`, { headers: admin }),
    );
    const entry = audit.data.find((e) => e.action === 'aspiration.add_information');
    expect(entry?.actor.type).to.equal('reporter');
    expect(entry?.changes).to.deep.equal(['text']);
  });

  it('refuses a wrong secret and an unknown or malformed code with the same 403, and stores nothing', async () => {
    const text = 'Informasi tambahan yang tidak boleh tersimpan karena kodenya salah.';
    const wrong = await expectProblem(
      await post(t, receipt.trackingCode, 'follow-ups', { secret: 'AAAA-BBBB-CCCC-DDDD-EEEE', text }),
      403,
      'forbidden',
    );
    const unknown = await expectProblem(await post(t, '0000000000', 'follow-ups', { secret, text }), 403, 'forbidden');
    const malformed = await expectProblem(await post(t, 'nonsense', 'follow-ups', { secret, text }), 403, 'forbidden');
    expect(unknown.detail).to.equal(wrong.detail);
    expect(malformed.detail).to.equal(wrong.detail);
    expect((await officials(t, receipt.id)).history).to.have.length(1);
  });

  it('answers an official question: the question is public, the answer for officials', async () => {
    const question = 'Di depan rumah nomor berapa tepatnya lubang itu berada?';
    const asked = await t.request(
      `/v1/admin/aspirations/${receipt.id}/questions`,
      json({ question }, { ...admin, 'If-Match': '"1"' }),
    );
    const afterQuestion = AspirationAdminView.parse(await jsonOf(asked, 201));
    expect(afterQuestion.history.at(-1)).to.deep.include({ kind: 'question', note: question });
    expect((await tracking(t, receipt.trackingCode)).history.at(-1)).to.deep.include({
      kind: 'question',
      note: question,
    });
    const text = 'Di depan rumah nomor 12, dekat warung Bu Sari.';
    await jsonOf(await post(t, receipt.trackingCode, 'follow-ups', { secret, kind: 'answer', text }), 201);
    expect((await officials(t, receipt.id)).history.at(-1)).to.deep.include({
      kind: 'reporter_answer',
      internalNote: text,
    });
  });

  it('needs If-Match for a question and refuses one once the aspiration is resolved', async () => {
    const question = 'Apakah lampu sudah menyala kembali di malam hari?';
    await expectProblem(
      await t.request(`/v1/admin/aspirations/${receipt.id}/questions`, json({ question }, admin)),
      428,
    );
    await walk(t.storage, receipt.id, 'resolved');
    const version = (await officials(t, receipt.id)).version;
    await expectProblem(
      await t.request(
        `/v1/admin/aspirations/${receipt.id}/questions`,
        json({ question }, { ...admin, 'If-Match': `"${version}"` }),
      ),
      409,
      'invalid_transition',
    );
  });

  it('rates the answer once, only after it is resolved', async () => {
    await expectProblem(await post(t, receipt.trackingCode, 'rating', { secret, score: 4 }), 409, 'invalid_transition');
    await walk(t.storage, receipt.id, 'resolved');
    await expectProblem(await post(t, receipt.trackingCode, 'rating', { secret, score: 6 }), 422, 'validation_failed');
    const comment = 'Cepat ditangani, terima kasih.';
    const rated = FollowUpResult.parse(
      await jsonOf(await post(t, receipt.trackingCode, 'rating', { secret, score: 4, comment }), 201),
    );
    expect(rated.status).to.equal('resolved');
    expect((await officials(t, receipt.id)).history.at(-1)).to.deep.include({
      kind: 'rating',
      note: '4/5',
      internalNote: comment,
    });
    await expectProblem(await post(t, receipt.trackingCode, 'rating', { secret, score: 5 }), 409, 'invalid_transition');
  });

  it('reopens within 10 working days after resolved: back to in_progress with a new due date', async () => {
    await walk(t.storage, receipt.id, 'resolved');
    const view = await tracking(t, receipt.trackingCode);
    expect(view.reopenUntil).to.be.a('string');
    expect(Date.parse(view.reopenUntil ?? '')).to.be.greaterThan(Date.now() + 10 * 86_400_000);
    const reason = 'Lampu padam lagi sejak dua hari yang lalu.';
    const reopened = FollowUpResult.parse(
      await jsonOf(await post(t, receipt.trackingCode, 'reopen', { secret, reason }), 201),
    );
    expect(reopened.status).to.equal('in_progress');
    const record = await officials(t, receipt.id);
    expect(record.status).to.equal('in_progress');
    expect(record.history.at(-1)).to.deep.include({ kind: 'reopened', status: 'in_progress', internalNote: reason });
    expect(record.dueAt).to.be.a('string');
    const after = await tracking(t, receipt.trackingCode);
    expect(after).not.to.have.property('reopenUntil');
    await expectProblem(await post(t, receipt.trackingCode, 'reopen', { secret, reason }), 409, 'invalid_transition');
  });

  it('refuses to reopen after the window, or before it was ever resolved', async () => {
    await expectProblem(
      await post(t, receipt.trackingCode, 'reopen', { secret, reason: 'Belum ada tindakan sama sekali.' }),
      409,
      'invalid_transition',
    );
    await walk(t.storage, receipt.id, 'resolved', new Date(Date.now() - 30 * 86_400_000).toISOString());
    await expectProblem(
      await post(t, receipt.trackingCode, 'reopen', { secret, reason: 'Lampu padam lagi sejak kemarin.' }),
      409,
      'invalid_transition',
    );
    expect((await officials(t, receipt.id)).status).to.equal('resolved');
  });
});
