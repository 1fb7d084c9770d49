// Valid sample records of every schema, for tests.
import type {
  AspirationAdminView,
  AspirationReceipt,
  AspirationTracking,
  Category,
  KimGroup,
  NewsArticle,
  NewsSummary,
  Region,
} from '../schemas/index.js';

export const region: Region = {
  code: '19.71',
  name: 'Kota Pangkal Pinang',
  level: 'city',
  kind: 'kota',
  parentCode: '19',
};

export const group: KimGroup = {
  id: 'grp_1',
  slug: 'kim-bacang-bersatu',
  name: 'KIM Bacang Bersatu',
  regionCode: '19.71.01.1006',
  village: { code: '19.71.01.1006', name: 'Bacang' },
  district: { code: '19.71.01', name: 'Bukit Intan' },
  address: 'Jl. Bacang No. 1',
  decree: { number: '12/KEL-BCG/2024', date: '2024-03-01', issuer: 'Lurah Bacang' },
  foundedOn: '2024-03-01',
  chairName: 'Siti Aminah',
  memberCount: 12,
  focusAreas: ['umkm', 'digital'],
  contact: { email: 'kim.bacang@example.org', phone: null, website: null },
  social: [{ network: 'instagram', url: 'https://instagram.com/kimbacang' }],
  logo: null,
  status: 'active',
  updatedAt: '2026-11-27T08:00:00.000Z',
};

export const newsSummary: NewsSummary = {
  id: 'news_1',
  slug: 'posyandu-bacang-november',
  title: 'Posyandu Bacang bulan November',
  summary: 'Jadwal posyandu balita di Kelurahan Bacang.',
  image: { url: 'https://example.org/posyandu.jpg', alt: 'Kegiatan posyandu', width: 1200, height: 800 },
  group: { id: 'grp_1', slug: 'kim-bacang-bersatu', name: 'KIM Bacang Bersatu', regionCode: '19.71.01.1006' },
  regionCode: '19.71.01.1006',
  category: { id: 'kesehatan', name: 'Kesehatan' },
  tags: ['posyandu'],
  publishedAt: '2026-11-27T08:00:00.000Z',
  updatedAt: '2026-11-27T08:00:00.000Z',
  url: 'https://kim.example.go.id/berita/posyandu-bacang-november',
};

export const newsArticle: NewsArticle = { ...newsSummary, body: '<p>Posyandu dibuka pukul 08.00 WIB.</p>' };

export const category: Category = {
  id: 'kesehatan',
  name: 'Kesehatan',
  description: null,
  scopes: ['news', 'aspiration'],
};

export const receipt: AspirationReceipt = {
  id: 'asp_1',
  trackingCode: '7K3M9QX2PD',
  status: 'received',
  submittedAt: '2026-11-27T08:00:00.000Z',
};

export const tracking: AspirationTracking = {
  trackingCode: '7K3M9QX2PD',
  kind: 'complaint',
  status: 'received',
  regionCode: '19.71.04.1005',
  confidential: false,
  title: 'Lampu jalan padam di Jalan Masjid Jamik',
  category: { id: 'infrastruktur', name: 'Infrastruktur' },
  submittedAt: '2026-11-27T08:00:00.000Z',
  updatedAt: '2026-11-27T08:00:00.000Z',
  agency: null,
  dueAt: '2026-12-02T16:59:59.000Z',
  history: [{ kind: 'status', status: 'received', at: '2026-11-27T08:00:00.000Z', note: null, agency: null }],
};

export const adminView: AspirationAdminView = {
  id: 'asp_1',
  trackingCode: '7K3M9QX2PD',
  kind: 'complaint',
  status: 'received',
  title: 'Lampu jalan padam di Jalan Masjid Jamik',
  body: 'Sudah dua minggu lampu jalan di depan masjid padam, jalan gelap dan rawan kecelakaan.',
  category: { id: 'infrastruktur', name: 'Infrastruktur' },
  regionCode: '19.71.04.1005',
  anonymous: false,
  confidential: false,
  reporter: { name: 'Budi', email: 'budi@example.org' },
  personalDataHidden: false,
  submittedAt: '2026-11-27T08:00:00.000Z',
  updatedAt: '2026-11-27T08:00:00.000Z',
  agency: null,
  dueStage: 'response',
  dueAt: '2026-12-02T16:59:59.000Z',
  overdue: false,
  history: [
    {
      kind: 'status',
      status: 'received',
      at: '2026-11-27T08:00:00.000Z',
      agency: null,
      note: null,
      internalNote: null,
      actor: null,
    },
  ],
  version: 1,
};

export const aspirationInput = {
  kind: 'complaint' as const,
  title: 'Lampu jalan padam di Jalan Masjid Jamik',
  body: 'Sudah dua minggu lampu jalan di depan masjid padam, jalan gelap dan rawan kecelakaan.',
  categoryId: 'infrastruktur',
  regionCode: '19.71.04.1005',
  consent: true as const,
};

/** A page of items. */
export const page = <T>(data: T[], nextCursor: string | null = null) => ({ data, nextCursor });
