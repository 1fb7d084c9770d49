// Aspiration fixtures shared by the widget tests and, later, Storybook (MSW). Plain data only.
import type { AspirationInput, AspirationReceipt, AspirationTracking } from '@kim-kit/sdk';

/** A complete, valid submission about a street light in Semabung Lama. */
export const validAspirationInput = {
  kind: 'complaint',
  title: 'Lampu jalan di Jalan Semabung mati',
  body: 'Sudah dua minggu lampu jalan di depan SD Negeri 12 mati sehingga jalan gelap dan rawan pada malam hari.',
  categoryId: 'infrastruktur',
  regionCode: '19.71.01.1004',
  anonymous: false,
  confidential: false,
  consent: true,
} satisfies AspirationInput;

/** What the server answers to {@link validAspirationInput}. */
export const aspirationReceipt: AspirationReceipt = {
  id: 'asp_01jdx8k2m9',
  trackingCode: '7K3M9Q2XAB',
  status: 'received',
  submittedAt: '2026-11-20T02:15:00.000Z',
  followUpSecret: 'K7QD-9XMP-2HRT-V4CW-8NZE',
};

/** Forwarded to an office and being worked on; every step has a date, two have public notes. */
export const trackingInProgress: AspirationTracking = {
  trackingCode: '7K3M9Q2XAB',
  kind: 'complaint',
  status: 'in_progress',
  regionCode: '19.71.01.1004',
  confidential: false,
  title: 'Lampu jalan di Jalan Semabung mati',
  category: { id: 'infrastruktur', name: 'Infrastruktur' },
  submittedAt: '2026-11-20T02:15:00.000Z',
  updatedAt: '2026-11-25T07:30:00.000Z',
  agency: { id: 'agc_dishub', name: 'Dinas Perhubungan', shortName: 'Dishub' },
  dueAt: '2026-12-11T16:59:59.000Z',
  history: [
    { kind: 'status', agency: null, status: 'received', at: '2026-11-20T02:15:00.000Z', note: null },
    { kind: 'status', agency: null, status: 'verified', at: '2026-11-21T03:00:00.000Z', note: null },
    {
      kind: 'status',
      agency: { id: 'agc_dishub', name: 'Dinas Perhubungan', shortName: 'Dishub' },
      status: 'forwarded',
      at: '2026-11-22T04:00:00.000Z',
      note: 'Diteruskan ke Dinas Perhubungan Kota Pangkal Pinang.',
    },
    {
      kind: 'status',
      agency: null,
      status: 'in_progress',
      at: '2026-11-25T07:30:00.000Z',
      note: 'Petugas dijadwalkan memeriksa lampu pekan ini.',
    },
  ],
};

/** Turned down after verification, with the reason as the public note. */
export const trackingRejected: AspirationTracking = {
  trackingCode: 'R8P4W2N6TD',
  kind: 'aspiration',
  status: 'rejected',
  regionCode: '19.71.02.1001',
  confidential: false,
  title: 'Usulan pasar malam setiap hari',
  category: { id: 'pemerintahan', name: 'Pemerintahan' },
  submittedAt: '2026-10-02T01:00:00.000Z',
  updatedAt: '2026-10-04T01:00:00.000Z',
  agency: null,
  dueAt: null,
  history: [
    { kind: 'status', agency: null, status: 'received', at: '2026-10-02T01:00:00.000Z', note: null },
    {
      kind: 'status',
      agency: null,
      status: 'rejected',
      at: '2026-10-04T01:00:00.000Z',
      note: 'Sudah diatur dalam Perwako; silakan hubungi kelurahan.',
    },
  ],
};

/**
 * A confidential complaint. A well-behaved server sends neither title nor category; this one also carries a note,
 * which the widget must still not show.
 */
export const trackingConfidential: AspirationTracking = {
  trackingCode: 'H5C2V9Z3MF',
  kind: 'complaint',
  status: 'verified',
  regionCode: '19.71.04.1002',
  confidential: true,
  submittedAt: '2026-11-10T05:00:00.000Z',
  updatedAt: '2026-11-11T05:00:00.000Z',
  agency: null,
  dueAt: null,
  history: [
    { kind: 'status', agency: null, status: 'received', at: '2026-11-10T05:00:00.000Z', note: null },
    {
      kind: 'status',
      agency: null,
      status: 'verified',
      at: '2026-11-11T05:00:00.000Z',
      note: 'Catatan internal yang tidak boleh tampil',
    },
  ],
};

/** Hostile text in every string the tracking view renders. */
export const trackingHostile: AspirationTracking = {
  trackingCode: 'Q4X7B1S8KE',
  kind: 'aspiration',
  status: 'received',
  regionCode: '19.71.01.1004',
  confidential: false,
  title: '<img src=x onerror="window.__kimHacked=1">Judul',
  category: { id: 'lingkungan', name: '<script>window.__kimHacked=1</script>Lingkungan' },
  submittedAt: '2026-11-20T02:15:00.000Z',
  updatedAt: '2026-11-20T02:15:00.000Z',
  agency: null,
  dueAt: null,
  history: [
    {
      kind: 'status',
      agency: null,
      status: 'received',
      at: '2026-11-20T02:15:00.000Z',
      note: '<img src=x onerror="window.__kimHacked=1"><script>window.__kimHacked=1</script>',
    },
  ],
};

/** Being worked on, with a photo and a PDF an official made public (and a link that is not http(s), never shown). */
export const trackingWithFiles: AspirationTracking = {
  ...trackingInProgress,
  trackingCode: 'F1K3S2PH0T',
  title: 'Trotoar amblas di depan pasar',
  attachments: [
    {
      id: 'upl_01jd0000000000000000000001',
      fileName: 'trotoar-amblas.jpg',
      contentType: 'image/jpeg',
      size: 348_160,
      width: 640,
      height: 360,
      url: 'https://cdn.example.id/lampiran/trotoar-amblas.jpg',
    },
    {
      id: 'upl_01jd0000000000000000000002',
      fileName: 'surat-pengantar-rt.pdf',
      contentType: 'application/pdf',
      size: 1_258_291,
      width: null,
      height: null,
      url: 'https://cdn.example.id/lampiran/surat-pengantar-rt.pdf',
    },
    {
      id: 'upl_01jd0000000000000000000003',
      fileName: 'jahat.pdf',
      contentType: 'application/pdf',
      size: 1000,
      width: null,
      height: null,
      url: 'javascript:alert(1)',
    },
  ],
};

/** Every tracking record, by code, for a fake server. */
export const trackingRecords: readonly AspirationTracking[] = [
  trackingInProgress,
  trackingRejected,
  trackingConfidential,
  trackingHostile,
  trackingWithFiles,
];

/** A well-formed code that no record has. */
export const unknownTrackingCode = 'ZZZZZZZZZZ';
