import { expect } from 'chai';
import { createKimClient } from '../client.js';

const entry = {
  registerNumber: 'PPID/1971/2026/000123',
  regionCode: '19.71.01.1006',
  submittedAt: '2026-11-30T03:00:00.000Z',
  informationRequested: 'Rincian anggaran pemeliharaan jalan kelurahan tahun 2026.',
  status: 'rejected',
  dueAt: null,
  extended: true,
  outcome: 'rejected',
  ground: 'pasal-17-h',
  decidedAt: '2026-12-10T03:00:00.000Z',
  objected: false,
};

const view = {
  id: 'asp_1',
  trackingCode: '7K3M9QX2PD',
  kind: 'information_request',
  status: 'received',
  title: 'Permohonan rincian anggaran jalan',
  body: 'Saya memohon rincian anggaran pemeliharaan jalan kelurahan tahun 2026.',
  category: { id: 'infrastruktur', name: 'Infrastruktur' },
  regionCode: '19.71.01.1006',
  anonymous: false,
  confidential: false,
  reporter: { name: 'Warga' },
  personalDataHidden: false,
  submittedAt: '2026-11-30T03:00:00.000Z',
  updatedAt: '2026-11-30T03:00:00.000Z',
  agency: null,
  dueStage: 'response',
  dueAt: '2026-12-21T16:59:59.000Z',
  overdue: false,
  history: [],
  version: 2,
};

function client(body: unknown, seen: { url: string; method: string; ifMatch: string | null; body: string }[]) {
  return createKimClient({
    baseUrl: 'https://kim.example.test',
    token: 'kim_token',
    fetch: async (request: Request) => {
      seen.push({
        url: request.url,
        method: request.method,
        ifMatch: request.headers.get('if-match'),
        body: request.method === 'GET' ? '' : await request.text(),
      });
      return Response.json(body, { headers: { 'kim-api-version': '1' } });
    },
  });
}

describe('client.informationRequests', () => {
  it('register() pages the public register of a region and checks each entry', async () => {
    const seen: { url: string; method: string; ifMatch: string | null; body: string }[] = [];
    const kim = client({ data: [entry], nextCursor: null }, seen);
    const page = await kim.informationRequests.register({ region: '19.71', limit: 5 });
    expect(page.data[0]?.ground).to.equal('pasal-17-h');
    expect(seen.map((s) => s.url)).to.deep.equal([
      'https://kim.example.test/v1/information-requests?region=19.71&limit=5',
    ]);
  });

  it('register() refuses an entry with an unknown legal ground as a KimResponseError', async () => {
    const kim = client({ data: [{ ...entry, ground: 'pasal-99' }], nextCursor: null }, []);
    const error = await kim.informationRequests.register({ region: '19.71' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((error as Error).name).to.equal('KimResponseError');
  });
});

describe('client.informationRequests.object', () => {
  it('posts the objection to the tracking code and checks the tracking view it answers', async () => {
    const seen: { url: string; method: string; ifMatch: string | null; body: string }[] = [];
    const tracking = {
      trackingCode: '7K3M9QX2PD',
      kind: 'information_request',
      status: 'rejected',
      regionCode: '19.71.01.1006',
      confidential: false,
      submittedAt: '2026-11-30T03:00:00.000Z',
      updatedAt: '2026-12-10T03:00:00.000Z',
      agency: null,
      dueAt: null,
      history: [],
    };
    const kim = client(tracking, seen);
    const objection = {
      secret: 'K7QD-9XMP-2HRT-V4CW-8NZE',
      reason: 'pasal-35-a' as const,
      text: 'Mohon ditinjau kembali.',
    };
    const answer = await kim.informationRequests.object('7K3M9QX2PD', objection);
    expect(answer.status).to.equal('rejected');
    // The code as people type it, as the tracker and the follow-ups read it.
    await kim.informationRequests.object('7k3m9-qx2pd', objection);
    expect(seen.map((s) => [s.method, s.url])).to.deep.equal([
      ['POST', 'https://kim.example.test/v1/aspirations/7K3M9QX2PD/objection'],
      ['POST', 'https://kim.example.test/v1/aspirations/7K3M9QX2PD/objection'],
    ]);
    expect(JSON.parse(seen[0]?.body ?? '{}')).to.deep.equal(objection);
  });
});

describe('client.admin.informationRequests', () => {
  it('extend() and decide() post to the request with If-Match', async () => {
    const seen: { url: string; method: string; ifMatch: string | null; body: string }[] = [];
    const kim = client(view, seen);
    await kim.admin.informationRequests.extend(
      'asp_1',
      { days: 7, reason: 'Data dihimpun dari tiga bidang.' },
      { version: 2 },
    );
    await kim.admin.informationRequests.decide(
      'asp_1',
      { outcome: 'rejected', ground: 'pasal-17-h', reason: 'Memuat data pribadi penerima bantuan.' },
      { version: 3 },
    );
    expect(seen.map((s) => [s.method, s.url, s.ifMatch])).to.deep.equal([
      ['POST', 'https://kim.example.test/v1/admin/aspirations/asp_1/information-request/extension', '"2"'],
      ['POST', 'https://kim.example.test/v1/admin/aspirations/asp_1/information-request/decision', '"3"'],
    ]);
    expect(JSON.parse(seen[1]?.body ?? '{}')).to.deep.equal({
      outcome: 'rejected',
      ground: 'pasal-17-h',
      reason: 'Memuat data pribadi penerima bantuan.',
    });
  });
});
