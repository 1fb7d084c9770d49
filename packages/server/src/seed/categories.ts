// Topics for news and aspirations.
import type { Category } from '@kim-kit/sdk/schemas';

export const SEED_CATEGORIES: Category[] = [
  {
    id: 'pengumuman',
    name: 'Pengumuman',
    description: 'Informasi resmi dan jadwal layanan untuk warga.',
    scopes: ['news'],
  },
  {
    id: 'kegiatan-warga',
    name: 'Kegiatan Warga',
    description: 'Gotong royong, olahraga dan kegiatan kemasyarakatan.',
    scopes: ['news'],
  },
  {
    id: 'kesehatan',
    name: 'Kesehatan',
    description: 'Posyandu, pencegahan penyakit dan layanan kesehatan.',
    scopes: ['news', 'aspiration'],
  },
  {
    id: 'pendidikan',
    name: 'Pendidikan',
    description: 'Sekolah, taman baca dan belajar bersama.',
    scopes: ['news', 'aspiration'],
  },
  {
    id: 'umkm',
    name: 'UMKM dan Ekonomi',
    description: 'Usaha mikro, kecil dan menengah serta ekonomi warga.',
    scopes: ['news', 'aspiration'],
  },
  {
    id: 'lingkungan',
    name: 'Lingkungan',
    description: 'Kebersihan, sampah, drainase dan penghijauan.',
    scopes: ['news', 'aspiration'],
  },
  {
    id: 'seni-budaya',
    name: 'Seni dan Budaya',
    description: 'Tradisi, seni dan peringatan hari besar.',
    scopes: ['news'],
  },
  {
    id: 'literasi-digital',
    name: 'Literasi Digital',
    description: 'Cakap digital, cek fakta dan layanan daring.',
    scopes: ['news'],
  },
  {
    id: 'infrastruktur',
    name: 'Infrastruktur',
    description: 'Jalan, jembatan, penerangan dan fasilitas umum.',
    scopes: ['aspiration'],
  },
  {
    id: 'pelayanan-publik',
    name: 'Pelayanan Publik',
    description: 'Administrasi kependudukan dan layanan pemerintah.',
    scopes: ['aspiration'],
  },
  {
    id: 'keamanan-ketertiban',
    name: 'Keamanan dan Ketertiban',
    description: 'Ketertiban umum dan keamanan lingkungan.',
    scopes: ['aspiration'],
  },
  {
    id: 'sosial',
    name: 'Bantuan Sosial',
    description: 'Bantuan sosial dan perlindungan warga rentan.',
    scopes: ['aspiration'],
  },
];
