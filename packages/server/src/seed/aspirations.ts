// A handful of demo aspirations, one in each stage of the lifecycle, with invented reporters.
import {
  type AspirationKind,
  type AspirationStatus,
  TRACKING_CODE_ALPHABET,
  TRACKING_CODE_LENGTH,
} from '@kim-kit/sdk/schemas';
import { prng } from '../media/art.js';
import type { NewInformationRequest } from '../storage/information-request-store.js';

export interface SeedAspiration {
  kind: AspirationKind;
  title: string;
  body: string;
  categoryId: string;
  regionCode: string;
  anonymous: boolean;
  confidential: boolean;
  reporter: { name?: string; email?: string; phone?: string } | null;
  /** Days before the anchor it was submitted. */
  daysAgo: number;
  /** Status changes after submission, each some days later, with the public note. */
  /** With `forwarded`, the agency (an id of SEED_AGENCIES). */
  steps: { status: AspirationStatus; afterDays: number; note: string | null; agencyId?: string }[];
  /** An information request's details (UU 14/2008). */
  informationRequest?: NewInformationRequest;
}

/** Reporters of the seed: tests check that none of these strings ever appears in a public response. */
export const SEED_REPORTERS = [
  { name: 'Rina Marlina Kusuma', email: 'rina.kusuma@example.org', phone: '0812-7788-1234' },
  { name: 'Bambang Sutejo Wirawan', email: 'bambang.wirawan@example.net', phone: '+62 813 6655 4321' },
  { name: 'Herlina Zulkarnain', email: 'herlina.z@example.com', phone: '0819-2233-4455' },
  { name: 'Teguh Prasetyo Nugroho', email: 'teguh.nugroho@example.org', phone: '0857-1020-3040' },
  { name: 'Aisyah Rahmawati Putri', email: 'aisyah.putri@example.net', phone: '0821-9988-7766' },
] as const;

export const SEED_ASPIRATIONS: SeedAspiration[] = [
  {
    kind: 'complaint',
    title: 'Lampu penerangan jalan di Jl. Usman Ambon padam sejak dua minggu',
    body: 'Tiga lampu penerangan jalan di Jl. Usman Ambon dekat simpang masjid padam sejak dua minggu lalu. Jalan menjadi gelap pada malam hari dan rawan kecelakaan serta pencurian. Mohon segera diperbaiki.',
    categoryId: 'infrastruktur',
    regionCode: '19.71.01.1006',
    anonymous: false,
    confidential: false,
    reporter: SEED_REPORTERS[0],
    daysAgo: 2,
    steps: [],
  },
  {
    kind: 'aspiration',
    title: 'Usulan taman bermain anak di lahan kosong dekat kantor kelurahan',
    body: 'Di dekat kantor Kelurahan Opas Indah ada lahan kosong milik pemerintah yang tidak terpakai. Warga mengusulkan agar lahan itu dijadikan taman bermain anak yang aman, dengan bangku dan pohon peneduh.',
    categoryId: 'infrastruktur',
    regionCode: '19.71.02.1001',
    anonymous: true,
    confidential: false,
    reporter: SEED_REPORTERS[1],
    daysAgo: 9,
    steps: [
      { status: 'verified', afterDays: 2, note: 'Usulan sudah diverifikasi dan akan dibahas di musrenbang kelurahan.' },
    ],
  },
  {
    kind: 'complaint',
    title: 'Saluran drainase tersumbat menyebabkan genangan di Parit Lalang',
    body: 'Setiap hujan deras, air meluap dari saluran drainase di Jl. Depati Hamzah gang 3 dan menggenangi rumah warga. Saluran tersumbat lumpur dan sampah. Warga sudah gotong royong tetapi perlu alat berat.',
    categoryId: 'lingkungan',
    regionCode: '19.71.04.1008',
    anonymous: false,
    confidential: false,
    reporter: SEED_REPORTERS[2],
    daysAgo: 21,
    steps: [
      { status: 'verified', afterDays: 1, note: 'Lokasi sudah dicek oleh petugas kelurahan.' },
      {
        status: 'forwarded',
        afterDays: 2,
        note: 'Diteruskan ke Dinas Pekerjaan Umum dan Penataan Ruang.',
        agencyId: 'agc_pupr',
      },
      { status: 'in_progress', afterDays: 6, note: 'Normalisasi saluran dijadwalkan pekan depan.' },
    ],
  },
  {
    kind: 'information_request',
    title: 'Jadwal imunisasi lanjutan untuk anak usia 18 bulan di puskesmas',
    body: 'Saya ingin mengetahui jadwal imunisasi lanjutan untuk anak usia 18 bulan di puskesmas wilayah Gerunggang, dan apakah perlu mendaftar terlebih dahulu secara daring.',
    categoryId: 'kesehatan',
    regionCode: '19.71.05.1002',
    anonymous: false,
    confidential: false,
    reporter: SEED_REPORTERS[3],
    daysAgo: 30,
    informationRequest: {
      purpose: 'Untuk merencanakan imunisasi anak saya tepat waktu.',
      informationRequested: 'Jadwal imunisasi lanjutan anak usia 18 bulan di puskesmas wilayah Gerunggang.',
      format: 'softcopy',
      delivery: 'email',
    },
    steps: [
      { status: 'verified', afterDays: 1, note: null },
      { status: 'forwarded', afterDays: 1, note: 'Diteruskan ke Dinas Kesehatan.', agencyId: 'agc_dinkes' },
      { status: 'in_progress', afterDays: 2, note: null },
      {
        status: 'resolved',
        afterDays: 3,
        note: 'Imunisasi lanjutan dilayani setiap Selasa pukul 08.00 WIB tanpa pendaftaran daring.',
      },
    ],
  },
  {
    kind: 'complaint',
    title: 'Pungutan tidak resmi saat mengurus surat pengantar di tingkat RT',
    body: 'Saat mengurus surat pengantar untuk pembuatan kartu keluarga, saya diminta membayar sejumlah uang tanpa tanda terima. Saya tidak ingin identitas dan isi laporan ini diketahui orang lain.',
    categoryId: 'pelayanan-publik',
    regionCode: '19.71.06.1002',
    anonymous: true,
    confidential: true,
    reporter: SEED_REPORTERS[4],
    daysAgo: 5,
    steps: [{ status: 'verified', afterDays: 1, note: 'Laporan diterima dan ditangani secara rahasia.' }],
  },
  {
    kind: 'aspiration',
    title: 'Promosi produk judi daring di grup warga kelurahan',
    body: 'Ada akun yang mengirim tautan promosi ke grup warga berkali-kali. Mohon admin grup kelurahan mengeluarkan akun tersebut.',
    categoryId: 'keamanan-ketertiban',
    regionCode: '19.71.07.1001',
    anonymous: false,
    confidential: false,
    reporter: null,
    daysAgo: 12,
    steps: [
      {
        status: 'rejected',
        afterDays: 1,
        note: 'Bukan kewenangan pemerintah kota: grup percakapan dikelola warga. Silakan laporkan akun ke penyedia aplikasi.',
      },
    ],
  },
];

/** Deterministic tracking codes for the seed, so demo links stay valid across reseeds. */
export function seedTrackingCode(index: number): string {
  const random = prng(`aspiration-${index}`);
  return Array.from({ length: TRACKING_CODE_LENGTH }, () => TRACKING_CODE_ALPHABET[Math.floor(random() * 32)]).join('');
}
