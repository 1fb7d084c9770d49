// Aspirations a KIM operator records for a resident (POST /v1/admin/aspiration-intakes): consent, the operator's
// own KIM, idempotency, the audit entry, and who sees the resident's contact afterwards.
import {
  AspirationAdminView,
  AspirationIntakeReceipt,
  AspirationTracking,
  AuditEntry,
  Page,
} from '@kim-kit/sdk/schemas';
import { expect } from 'chai';
import * as z from 'zod/mini';
import { type SignedIn, signedIn } from './helpers/accounts.js';
import { admin, aspirationInput, expectProblem, json, jsonOf, TEST_ENGINE, testApp } from './helpers/setup.js';

type App = Awaited<ReturnType<typeof testApp>>;

const BACANG_GROUP = 'grp_0002';
const OTHER_GROUP = 'grp_0004';
const RESIDENT = { name: 'Pak Rahmat', phone: '0812-3456-7890' };

/** What an operator types for a resident: the public form's fields, the KIM and the verbal consent. */
const intakeInput = (overrides: Record<string, unknown> = {}) => {
  const { consent: _consent, ...fields } = aspirationInput({ reporter: RESIDENT });
  return { ...fields, groupId: BACANG_GROUP, verbalConsent: true, ...overrides };
};

describe(`recording an aspiration through a KIM (${TEST_ENGINE})`, () => {
  let t: App;
  let operator: SignedIn;
  let otherOperator: SignedIn;
  let city: SignedIn;

  const record = (who: { headers: Record<string, string> }, body: unknown, key?: string) =>
    t.request(
      '/v1/admin/aspiration-intakes',
      json(body, { ...who.headers, ...(key === undefined ? {} : { 'Idempotency-Key': key }) }),
    );
  const read = async (who: { headers: Record<string, string> }, id: string) =>
    AspirationAdminView.parse(await jsonOf(await t.request(`/v1/admin/aspirations/${id}`, { headers: who.headers })));
  const list = async (who: { headers: Record<string, string> }) =>
    z.parse(
      Page(AspirationAdminView),
      await jsonOf(await t.request('/v1/admin/aspirations?limit=100', { headers: who.headers })),
    );

  before(async () => {
    t = await testApp();
    operator = await signedIn(t, { role: 'kim', groupId: BACANG_GROUP }, { name: 'Dewi Operator' });
    otherOperator = await signedIn(t, { role: 'kim', groupId: OTHER_GROUP });
    city = await signedIn(t, { role: 'dinas', regionCode: '19.71' });
  });

  it('records it with the KIM, the verbal consent and the operator, and answers the slip with the contact typed', async () => {
    const response = await record(operator, intakeInput(), 'intake-slip-1');
    const receipt = AspirationIntakeReceipt.parse(await jsonOf(response, 201));
    expect(response.headers.get('location')).to.equal(`/v1/admin/aspirations/${receipt.id}`);
    expect(receipt).to.deep.include({ status: 'received', regionCode: '19.71.01.1006', reporter: RESIDENT });
    expect(receipt.intake).to.deep.equal({
      channel: 'kim',
      group: { id: BACANG_GROUP, name: 'KIM Bacang Berseri' },
      consent: 'verbal',
      recordedBy: { id: operator.user.id, name: 'Dewi Operator' },
    });
    const tracking = AspirationTracking.parse(await jsonOf(await t.request(`/v1/aspirations/${receipt.trackingCode}`)));
    expect(tracking.intake).to.deep.equal({ channel: 'kim', group: { id: BACANG_GROUP, name: 'KIM Bacang Berseri' } });
    expect(JSON.stringify(tracking)).to.not.contain('Rahmat').and.not.contain('Dewi');
  });

  it('shows the resident’s contact to officials in scope only, never again to the operator who typed it', async () => {
    const receipt = AspirationIntakeReceipt.parse(await jsonOf(await record(operator, intakeInput()), 201));
    const official = await read(city, receipt.id);
    expect(official.reporter).to.deep.equal(RESIDENT);
    expect(official.intake?.group.name).to.equal('KIM Bacang Berseri');
    expect(official.intake?.recordedBy?.id).to.equal(operator.user.id);
    const own = await read(operator, receipt.id);
    expect(own).to.deep.include({ reporter: null, personalDataHidden: true });
    expect(own.intake?.group.name).to.equal('KIM Bacang Berseri');
    const listed = (await list(operator)).data.find((a) => a.id === receipt.id);
    expect(listed).to.deep.include({ reporter: null, personalDataHidden: true });
    const csv = await (await t.request('/v1/admin/aspirations/export.csv', { headers: operator.headers })).text();
    expect(csv).to.not.contain('Rahmat');
    expect(JSON.stringify(await list(operator))).to.not.contain('3456-7890');
    expect((await list(city)).data.find((a) => a.id === receipt.id)?.reporter).to.deep.equal(RESIDENT);
  });

  it('refuses it without the resident’s verbal consent (422 on verbalConsent)', async () => {
    for (const verbalConsent of [undefined, false]) {
      const problem = await expectProblem(
        await record(operator, intakeInput({ verbalConsent })),
        422,
        'validation_failed',
      );
      expect(problem.errors?.map((e) => e.path)).to.include('verbalConsent');
    }
  });

  it('refuses a KIM the operator does not operate (403), a missing one (422) and nobody signed in (401)', async () => {
    await expectProblem(await record(otherOperator, intakeInput()), 403, 'forbidden');
    await expectProblem(await record(operator, intakeInput({ groupId: OTHER_GROUP })), 403, 'forbidden');
    await expectProblem(await record(operator, intakeInput({ groupId: 'grp_none' })), 422, 'validation_failed');
    await expectProblem(await t.request('/v1/admin/aspiration-intakes', json(intakeInput())), 401);
  });

  it('records a retry under the same Idempotency-Key once, and refuses the key with another body', async () => {
    const before = (await list(city)).data.length;
    const first = AspirationIntakeReceipt.parse(await jsonOf(await record(operator, intakeInput(), 'outbox-7'), 201));
    const again = await record(operator, intakeInput(), 'outbox-7');
    expect(again.headers.get('idempotent-replayed')).to.equal('true');
    const replayed = AspirationIntakeReceipt.parse(await jsonOf(again, 200));
    expect(replayed).to.deep.equal(first);
    expect((await list(city)).data.length).to.equal(before + 1);
    await expectProblem(
      await record(operator, intakeInput({ title: 'Judul yang lain sama sekali' }), 'outbox-7'),
      422,
      'idempotency_conflict',
    );
    // The same fields sent by the public form under that key are another request, not a replay of the intake.
    await expectProblem(
      await t.request(
        '/v1/aspirations',
        json(aspirationInput({ reporter: RESIDENT }), { 'Idempotency-Key': 'outbox-7' }),
      ),
      422,
      'idempotency_conflict',
    );
  });

  it('audits the recording with the operator as the actor, never the contact', async () => {
    const receipt = AspirationIntakeReceipt.parse(await jsonOf(await record(operator, intakeInput()), 201));
    const page = z.parse(
      Page(AuditEntry),
      await jsonOf(await t.request(`/v1/admin/audit?targetId=${receipt.id}`, { headers: admin })),
    );
    expect(page.data).to.have.length(1);
    const [entry] = page.data;
    expect(entry).to.deep.include({ action: 'aspiration.intake' });
    expect(entry?.actor).to.deep.include({ type: 'user', id: operator.user.id, name: 'Dewi Operator' });
    expect(entry?.changes).to.include('intake').and.include('reporter');
    expect(JSON.stringify(entry)).to.not.contain('Rahmat');
  });

  it('lets an official in scope record for a KIM of their region', async () => {
    const receipt = AspirationIntakeReceipt.parse(await jsonOf(await record(city, intakeInput()), 201));
    expect(receipt.intake.recordedBy?.id).to.equal(city.user.id);
  });
});
