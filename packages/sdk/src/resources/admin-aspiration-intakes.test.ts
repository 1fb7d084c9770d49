import { expect } from 'chai';
import { KimValidationError } from '../errors/kim-validation-error.js';
import { AspirationIntakeInput, type AspirationIntakeReceipt } from '../schemas/aspiration-intake.js';
import { json, problem } from '../test-utils/fake-fetch.js';
import { setup } from '../test-utils/setup.js';

const input = {
  groupId: 'grp_0002',
  verbalConsent: true as const,
  kind: 'complaint' as const,
  title: 'Lampu jalan padam di gang Mawar',
  body: 'Sudah seminggu lampu jalan di gang Mawar padam sehingga jalan gelap pada malam hari.',
  categoryId: 'infrastruktur',
  regionCode: '19.71.01.1006',
  reporter: { name: 'Pak Rahmat', phone: '0812-3456-7890' },
};

const receipt: AspirationIntakeReceipt = {
  id: 'asp_1',
  trackingCode: '7K3M9QX2PD',
  status: 'received',
  submittedAt: '2026-11-30T02:00:00.000Z',
  regionCode: '19.71.01.1006',
  intake: {
    channel: 'kim',
    group: { id: 'grp_0002', name: 'KIM Bacang Berseri' },
    consent: 'verbal',
    recordedBy: { id: 'usr_1', name: 'Dewi' },
  },
  reporter: input.reporter,
};

describe('client.admin.aspirationIntakes', () => {
  it('record() posts the intake with the token and an Idempotency-Key, reused by its retries', async () => {
    let calls = 0;
    const { client, fake } = setup(
      () => (++calls === 1 ? problem(503, { code: 'unavailable' }) : json(receipt, { status: 201 })),
      { token: 't' },
    );
    expect(AspirationIntakeInput.safeParse(input).success).to.equal(true);
    expect(await client.admin.aspirationIntakes.record(input, { idempotencyKey: 'outbox-1' })).to.deep.equal(receipt);
    expect(fake.calls).to.have.length(2);
    for (const call of fake.calls) {
      expect(call.method).to.equal('POST');
      expect(call.url.pathname).to.equal('/api/v1/admin/aspiration-intakes');
      expect(call.headers.get('idempotency-key')).to.equal('outbox-1');
      expect(call.headers.get('authorization')).to.equal('Bearer t');
      expect(JSON.parse(call.body)).to.deep.equal(input);
    }
  });

  it('the contract refuses an intake without the verbal consent, and the server’s 422 is a KimValidationError', async () => {
    expect(AspirationIntakeInput.safeParse({ ...input, verbalConsent: false }).success).to.equal(false);
    const { client } = setup(
      () => problem(422, { code: 'validation_failed', errors: [{ path: 'verbalConsent', message: 'Wajib' }] }),
      { token: 't' },
    );
    const error = await client.admin.aspirationIntakes.record(input).catch((e) => e);
    expect(error).to.be.instanceOf(KimValidationError);
  });
});
