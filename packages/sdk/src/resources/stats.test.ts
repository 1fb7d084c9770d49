import { expect } from 'chai';
import { createKimClient } from '../client.js';

const figures = {
  region: { code: '19.71', name: 'Kota Pangkal Pinang' },
  from: '2026-01-01',
  to: null,
  generatedAt: '2026-11-30T07:00:00.000Z',
  total: 3,
  byStatus: [{ status: 'received', count: 3 }],
  byKind: [{ kind: 'complaint', count: 3 }],
  byCategory: [{ category: { id: 'infrastruktur', name: 'Infrastruktur' }, count: 3 }],
  byDistrict: [{ district: { code: '19.71.01', name: 'Bukit Intan' }, count: 3 }],
  firstResponse: { count: 2, medianDays: 1.5 },
  resolution: { count: 0, medianDays: null },
  answeredOnTime: { count: 0, onTime: 0, share: null },
};

describe('client.stats', () => {
  it('aspirations() asks for a region’s figures with its filters and checks the answer', async () => {
    const urls: string[] = [];
    const kim = createKimClient({
      baseUrl: 'https://kim.example.test',
      fetch: async (request: Request) => {
        urls.push(request.url);
        return Response.json(figures, { headers: { 'kim-api-version': '1' } });
      },
    });
    const stats = await kim.stats.aspirations({ region: '19.71', from: '2026-01-01' });
    expect(stats.firstResponse.medianDays).to.equal(1.5);
    expect(urls).to.deep.equal(['https://kim.example.test/v1/stats/aspirations?region=19.71&from=2026-01-01']);
  });

  it('rejects figures that do not follow the contract as a KimResponseError', async () => {
    const kim = createKimClient({
      baseUrl: 'https://kim.example.test',
      fetch: async () => Response.json({ ...figures, total: -1 }, { headers: { 'kim-api-version': '1' } }),
    });
    const error = await kim.stats.aspirations({ region: '19.71' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((error as Error).name).to.equal('KimResponseError');
  });
});
