// The perangkat daerah of the demo: offices a kota's government has (names as Indonesian cities use them).
// Contacts are invented (example.go.id is not a real domain).

export interface SeedAgency {
  id: string;
  regionCode: string;
  name: string;
  shortName: string;
  email: string | null;
  phone: string | null;
}

const KOTA_PANGKAL_PINANG = '19.71';

const agency = (id: string, name: string, shortName: string, email: string | null = null): SeedAgency => ({
  id: `agc_${id}`,
  regionCode: KOTA_PANGKAL_PINANG,
  name,
  shortName,
  email,
  phone: null,
});

export const SEED_AGENCIES: readonly SeedAgency[] = [
  agency('pupr', 'Dinas Pekerjaan Umum dan Penataan Ruang', 'Dinas PUPR', 'pupr@example.go.id'),
  agency('dlh', 'Dinas Lingkungan Hidup', 'DLH', 'dlh@example.go.id'),
  agency('dinkes', 'Dinas Kesehatan', 'Dinkes', 'dinkes@example.go.id'),
  agency('dishub', 'Dinas Perhubungan', 'Dishub'),
  agency('disdukcapil', 'Dinas Kependudukan dan Pencatatan Sipil', 'Disdukcapil'),
  agency('dindik', 'Dinas Pendidikan', 'Disdik'),
  agency('dinsos', 'Dinas Sosial', 'Dinsos'),
  agency('perkim', 'Dinas Perumahan Rakyat dan Kawasan Permukiman', 'Dinas Perkim'),
  agency('satpolpp', 'Satuan Polisi Pamong Praja', 'Satpol PP'),
  agency('bpbd', 'Badan Penanggulangan Bencana Daerah', 'BPBD'),
];
