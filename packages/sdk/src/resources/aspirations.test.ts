import { expect } from 'chai';
import { json } from '../test-utils/fake-fetch.js';
import { aspirationInput, receipt, tracking } from '../test-utils/fixtures.js';
import { pathOf, setup } from '../test-utils/setup.js';

describe('client.aspirations', () => {
  it('submit() posts the input as JSON with an Idempotency-Key', async () => {
    const { client, fake } = setup(() => json(receipt, { status: 201 }));
    expect(await client.aspirations.submit(aspirationInput)).to.deep.equal(receipt);
    const call = fake.calls[0]!;
    expect(call.method).to.equal('POST');
    expect(pathOf(call.url)).to.equal('/api/v1/aspirations');
    expect(call.headers.get('content-type')).to.equal('application/json');
    expect(JSON.parse(call.body)).to.deep.equal(aspirationInput);
    expect(call.headers.get('idempotency-key')).to.match(/^[0-9a-f-]{36}$/);
  });

  it('submit() makes a new key for each call', async () => {
    const { client, fake } = setup(() => json(receipt, { status: 201 }));
    await client.aspirations.submit(aspirationInput);
    await client.aspirations.submit(aspirationInput);
    const [a, b] = fake.calls.map((call) => call.headers.get('idempotency-key'));
    expect(a).to.not.equal(b);
  });

  it('submit() uses the key it is given', async () => {
    const { client, fake } = setup(() => json(receipt, { status: 200 }));
    await client.aspirations.submit(aspirationInput, { idempotencyKey: 'draft-123' });
    expect(fake.calls[0]!.headers.get('idempotency-key')).to.equal('draft-123');
  });

  it('submit() does not send the admin token', async () => {
    const { client, fake } = setup(() => json(receipt, { status: 201 }), { token: 'secret' });
    await client.aspirations.submit(aspirationInput);
    expect(fake.calls[0]!.headers.has('authorization')).to.equal(false);
  });

  it('track() fetches the public view by tracking code', async () => {
    const { client, fake } = setup(() => json(tracking));
    expect(await client.aspirations.track('7K3M9QX2PD')).to.deep.equal(tracking);
    expect(pathOf(fake.calls[0]!.url)).to.equal('/api/v1/aspirations/7K3M9QX2PD');
  });

  it('track() sends the canonical code for any spelling of it, and other text as typed', async () => {
    const { client, fake } = setup(() => json(tracking));
    await client.aspirations.track(' 7k3m9–qx2pd ');
    expect(pathOf(fake.calls[0]!.url)).to.equal('/api/v1/aspirations/7K3M9QX2PD');
    await client.aspirations.track('abc').catch(() => {});
    expect(pathOf(fake.calls[1]!.url)).to.equal('/api/v1/aspirations/abc');
  });
});
