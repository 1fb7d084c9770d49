import { expect } from 'chai';
import { createKimClient } from '../client.js';
import { formatFollowUpSecret, normalizeFollowUpSecret } from '../schemas/follow-up-secret.js';

const secret = 'K7QD-9XMP-2HRT-V4CW-8NZE';

function recording(status = 201, body: unknown = { status: 'received', at: '2026-11-30T07:00:00.000Z' }) {
  const calls: { method: string; url: string; body: unknown; key: string | null }[] = [];
  const kim = createKimClient({
    baseUrl: 'https://kim.example.test',
    fetch: async (request: Request) => {
      calls.push({
        method: request.method,
        url: request.url,
        body: await request.json(),
        key: request.headers.get('idempotency-key'),
      });
      return Response.json(body, { status, headers: { 'kim-api-version': '1' } });
    },
  });
  return { kim, calls };
}

describe('client.followUps', () => {
  it('adds information, rates and reopens under the canonical tracking code, sending the secret in the body', async () => {
    const { kim, calls } = recording();
    await kim.followUps.add('7k3m9-qx2pd', { secret, text: 'Lubangnya kini sekitar satu meter.' });
    await kim.followUps.rate('7K3M9QX2PD', { secret, score: 5 });
    const result = await kim.followUps.reopen('7K3M9QX2PD', { secret, reason: 'Lampu padam lagi sejak kemarin.' });
    expect(result.status).to.equal('received');
    expect(calls.map((c) => [c.method, c.url])).to.deep.equal([
      ['POST', 'https://kim.example.test/v1/aspirations/7K3M9QX2PD/follow-ups'],
      ['POST', 'https://kim.example.test/v1/aspirations/7K3M9QX2PD/rating'],
      ['POST', 'https://kim.example.test/v1/aspirations/7K3M9QX2PD/reopen'],
    ]);
    expect(calls[1]?.body).to.deep.equal({ secret, score: 5 });
    expect(calls.every((c) => !c.url.includes('K7QD'))).to.equal(true);
  });

  it('rejects a wrong secret as the 403 the server answers', async () => {
    const { kim } = recording(403, {
      type: '/problems/forbidden',
      title: 'Forbidden',
      status: 403,
      code: 'forbidden',
      detail: 'The tracking code or the follow-up secret does not match',
    });
    const error = await kim.followUps.add('7K3M9QX2PD', { secret, text: 'Informasi tambahan.' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((error as { status?: number }).status).to.equal(403);
  });
});

describe('follow-up secrets', () => {
  it('reads a secret as people type it and groups it in fours', () => {
    expect(normalizeFollowUpSecret(' k7qd 9xmp–2hrt-v4cw-8nze ')).to.equal('K7QD9XMP2HRTV4CW8NZE');
    expect(normalizeFollowUpSecret('K7QD-9XMP-2HRT-V4CW-8NZO')).to.equal('K7QD9XMP2HRTV4CW8NZ0');
    expect(normalizeFollowUpSecret('K7QD-9XMP')).to.equal(null);
    expect(formatFollowUpSecret('k7qd9xmp2hrtv4cw8nze')).to.equal(secret);
  });
});
