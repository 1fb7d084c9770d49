// Statistics of Kota Pangkal Pinang's reports as /v1/stats/aspirations answers them, for tests and stories.
import type { AspirationStats } from '@kim-kit/sdk';

export const pangkalPinangStats: AspirationStats = {
  region: { code: '19.71', name: 'Kota Pangkal Pinang' },
  from: '2026-01-01',
  to: '2026-11-30',
  generatedAt: '2026-11-30T03:00:00.000Z',
  total: 40,
  byStatus: [
    { status: 'received', count: 6 },
    { status: 'verified', count: 4 },
    { status: 'forwarded', count: 5 },
    { status: 'in_progress', count: 7 },
    { status: 'resolved', count: 15 },
    { status: 'rejected', count: 3 },
  ],
  byKind: [
    { kind: 'aspiration', count: 12 },
    { kind: 'complaint', count: 25 },
    { kind: 'information_request', count: 3 },
  ],
  byCategory: [
    { category: { id: 'infrastruktur', name: 'Infrastruktur' }, count: 18 },
    { category: { id: 'kebersihan', name: 'Kebersihan dan Lingkungan' }, count: 12 },
    { category: { id: 'kesehatan', name: 'Kesehatan' }, count: 10 },
  ],
  byDistrict: [
    { district: { code: '19.71.01', name: 'Bukit Intan' }, count: 16 },
    { district: { code: '19.71.04', name: 'Taman Sari' }, count: 14 },
    { district: { code: '19.71.06', name: 'Gerunggang' }, count: 10 },
  ],
  firstResponse: { count: 34, medianDays: 1.5 },
  resolution: { count: 15, medianDays: 12 },
  answeredOnTime: { count: 36, onTime: 30, share: 0.833 },
};

/** The same region with nothing submitted in the period. */
export const emptyStats: AspirationStats = {
  ...pangkalPinangStats,
  total: 0,
  byStatus: pangkalPinangStats.byStatus.map((s) => ({ ...s, count: 0 })),
  byKind: pangkalPinangStats.byKind.map((k) => ({ ...k, count: 0 })),
  byCategory: [],
  byDistrict: [],
  firstResponse: { count: 0, medianDays: null },
  resolution: { count: 0, medianDays: null },
  answeredOnTime: { count: 0, onTime: 0, share: null },
};
