// Plain demo data for tests, the benchmark and Storybook: Kota Pangkal Pinang (19.71), its KIM groups and their news.
import type { Category, KimGroup, NewsArticle, Region } from '@kim-kit/sdk';

const districtNames: [string, string, [string, string][]][] = [
  [
    '19.71.01',
    'Bukit Intan',
    [
      ['1004', 'Semabung Lama'],
      ['1006', 'Bacang'],
      ['1007', 'Air Itam'],
      ['1008', 'Pasir Putih'],
      ['1009', 'Temberan'],
      ['1010', 'Sinar Bulan'],
      ['1011', 'Air Mawar'],
    ],
  ],
  [
    '19.71.02',
    'Taman Sari',
    [
      ['1001', 'Opas Indah'],
      ['1002', 'Gedung Nasional'],
      ['1003', 'Batin Tikal'],
      ['1004', 'Rawa Bangun'],
      ['1005', 'Kejaksaan'],
    ],
  ],
  [
    '19.71.03',
    'Pangkal Balam',
    [
      ['1004', 'Pasir Garam'],
      ['1005', 'Lontong Pancur'],
      ['1006', 'Ketapang'],
      ['1007', 'Ampui'],
      ['1008', 'Rejosari'],
    ],
  ],
  [
    '19.71.04',
    'Rangkui',
    [
      ['1001', 'Pintu Air'],
      ['1002', 'Bintang'],
      ['1005', 'Masjid Jamik'],
      ['1006', 'Asam'],
      ['1007', 'Melintang'],
      ['1008', 'Parit Lalang'],
      ['1009', 'Keramat'],
      ['1010', 'Gajah Mada'],
    ],
  ],
  [
    '19.71.05',
    'Gerunggang',
    [
      ['1001', 'Taman Bunga'],
      ['1002', 'Bukit Merapen'],
      ['1004', 'Bukit Sari'],
      ['1005', 'Tua Tunu Indah'],
      ['1006', 'Kacang Pedang'],
      ['1007', 'Air Kepala Tujuh'],
    ],
  ],
  [
    '19.71.06',
    'Gabek',
    [
      ['1001', 'Selindung'],
      ['1002', 'Selindung Baru'],
      ['1003', 'Gabek Satu'],
      ['1004', 'Gabek Dua'],
      ['1005', 'Air Salemba'],
      ['1006', 'Jerambah Gantung'],
    ],
  ],
  [
    '19.71.07',
    'Girimaya',
    [
      ['1001', 'Pasar Padi'],
      ['1002', 'Batu Intan'],
      ['1003', 'Bukit Besar'],
      ['1004', 'Sriwijaya'],
      ['1005', 'Semabung Baru'],
    ],
  ],
];

/** The province, the city, its 7 districts (kecamatan) and 42 villages (kelurahan). */
export const regions: Region[] = [
  { code: '19', name: 'Kepulauan Bangka Belitung', level: 'province', kind: null, parentCode: null },
  { code: '19.71', name: 'Kota Pangkal Pinang', level: 'city', kind: 'kota', parentCode: '19' },
  ...districtNames.flatMap(([code, name, villages]): Region[] => [
    { code, name, level: 'district', kind: 'kecamatan', parentCode: '19.71' },
    ...villages.map(
      ([suffix, village]): Region => ({
        code: `${code}.${suffix}`,
        name: village,
        level: 'village',
        kind: 'kelurahan',
        parentCode: code,
      }),
    ),
  ]),
];

/** Topics for news and aspirations. */
export const categories: Category[] = [
  {
    id: 'pemerintahan',
    name: 'Pemerintahan',
    description: 'Kegiatan pemerintah kota dan kelurahan.',
    scopes: ['news', 'aspiration'],
  },
  {
    id: 'kesehatan',
    name: 'Kesehatan',
    description: 'Posyandu, puskesmas, kesehatan lingkungan.',
    scopes: ['news', 'aspiration'],
  },
  {
    id: 'infrastruktur',
    name: 'Infrastruktur',
    description: 'Jalan, drainase, penerangan.',
    scopes: ['news', 'aspiration'],
  },
  { id: 'umkm', name: 'UMKM', description: 'Usaha mikro, kecil dan menengah.', scopes: ['news'] },
  {
    id: 'lingkungan',
    name: 'Lingkungan',
    description: 'Kebersihan, sampah, penghijauan.',
    scopes: ['news', 'aspiration'],
  },
  { id: 'pendidikan', name: 'Pendidikan', description: null, scopes: ['news', 'aspiration'] },
];

const region = (code: string) => regions.find((r) => r.code === code)!;

function group(
  n: number,
  villageCode: string,
  name: string,
  chairName: string | null,
  memberCount: number,
  focusAreas: KimGroup['focusAreas'],
  extra: Partial<KimGroup> = {},
): KimGroup {
  const village = region(villageCode);
  const district = region(village.parentCode!);
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return {
    id: `grp_${String(n).padStart(4, '0')}`,
    slug,
    name,
    regionCode: villageCode,
    village: { code: village.code, name: village.name },
    district: { code: district.code, name: district.name },
    address: `Kantor Kelurahan ${village.name}, Pangkal Pinang`,
    decree: { number: `100/${n}/KEL/2024`, date: '2024-03-01', issuer: `Lurah ${village.name}` },
    foundedOn: '2024-03-01',
    chairName,
    memberCount,
    focusAreas,
    contact: { email: `${slug}@example.id`, phone: null, website: null },
    social: [{ network: 'instagram', url: `https://instagram.com/${slug.replace(/-/g, '')}` }],
    logo: null,
    status: 'active',
    updatedAt: '2026-11-01T08:00:00.000Z',
    ...extra,
  };
}

/** Twelve groups spread over the districts. */
export const groups: KimGroup[] = [
  group(1, '19.71.01.1004', 'KIM Semabung Lama Bersinar', 'Rudi Hartono', 15, ['digital', 'umkm'], {
    contact: {
      email: 'kim.semabunglama@example.id',
      phone: '0717-123456',
      website: 'https://semabunglama.example.id/',
    },
    social: [
      { network: 'facebook', url: 'https://facebook.com/kimsemabunglama' },
      { network: 'instagram', url: 'https://instagram.com/kimsemabunglama' },
    ],
    logo: {
      url: 'https://cdn.example.id/kim/semabung-lama.png',
      alt: 'Logo KIM Semabung Lama Bersinar',
      width: 96,
      height: 96,
    },
  }),
  group(2, '19.71.01.1006', 'KIM Bacang Mandiri', 'Siti Aminah', 12, ['kesehatan', 'lingkungan']),
  group(3, '19.71.02.1001', 'KIM Opas Indah Informatif', 'Hendra Wijaya', 9, ['pendidikan']),
  group(4, '19.71.02.1005', 'KIM Kejaksaan Peduli', null, 7, ['budaya', 'kepemudaan']),
  group(5, '19.71.03.1006', 'KIM Ketapang Bahari', 'Yusuf Maulana', 21, ['perikanan', 'pariwisata']),
  group(6, '19.71.03.1008', 'KIM Rejosari Sejahtera', 'Dewi Lestari', 11, ['umkm', 'pertanian']),
  group(7, '19.71.04.1010', 'KIM Gajah Mada Digital', 'Agus Salim', 18, ['digital']),
  group(8, '19.71.04.1006', 'KIM Asam Harmoni', 'Nurul Hidayah', 8, ['kesehatan']),
  group(9, '19.71.05.1001', 'KIM Taman Bunga Berseri', 'Bambang Sutrisno', 14, ['lingkungan', 'pertanian']),
  group(10, '19.71.06.1003', 'KIM Gabek Satu Maju', 'Rina Marlina', 10, ['umkm', 'kepemudaan']),
  group(11, '19.71.07.1001', 'KIM Pasar Padi Kreatif', 'Fajar Nugroho', 16, ['umkm', 'digital', 'budaya']),
  group(12, '19.71.07.1004', 'KIM Sriwijaya Sehat', 'Maya Sari', 6, ['kesehatan', 'pendidikan'], {
    status: 'inactive',
  }),
];

const topics: [string, string, string][] = [
  [
    'pemerintahan',
    'Musyawarah perencanaan pembangunan kelurahan',
    'Warga menyampaikan usulan prioritas pembangunan untuk tahun depan.',
  ],
  [
    'kesehatan',
    'Posyandu balita dan lansia bulan ini',
    'Kader posyandu melayani penimbangan balita dan pemeriksaan tekanan darah lansia.',
  ],
  [
    'infrastruktur',
    'Perbaikan drainase di jalan utama',
    'Gotong royong warga membersihkan saluran air menjelang musim hujan.',
  ],
  [
    'umkm',
    'Pelatihan pemasaran digital untuk UMKM',
    'Pelaku usaha belajar memotret produk dan berjualan lewat media sosial.',
  ],
  [
    'lingkungan',
    'Bank sampah kelurahan mulai beroperasi',
    'Warga dapat menabung sampah terpilah dan menukarnya dengan kebutuhan pokok.',
  ],
  [
    'pendidikan',
    'Taman baca masyarakat dibuka setiap sore',
    'Relawan KIM mendampingi anak-anak membaca dan mengerjakan tugas sekolah.',
  ],
];

function article(n: number, g: KimGroup): NewsArticle {
  const [categoryId, title, summary] = topics[n % topics.length]!;
  const category = categories.find((c) => c.id === categoryId)!;
  const slug = `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${n}`;
  // One article every 18 hours, newest first, counting back from 27 November 2026.
  const published = new Date(Date.UTC(2026, 10, 27, 8) - n * 18 * 3_600_000).toISOString();
  return {
    id: `news_${String(n).padStart(4, '0')}`,
    slug,
    title: `${title} di ${g.village.name}`,
    summary,
    image:
      n % 3 === 2
        ? null
        : { url: `https://cdn.example.id/news/${n}.jpg`, alt: `Foto kegiatan: ${title}`, width: 640, height: 360 },
    group: { id: g.id, slug: g.slug, name: g.name, regionCode: g.regionCode },
    regionCode: g.regionCode,
    category: { id: category.id, name: category.name },
    tags: [category.id],
    publishedAt: published,
    updatedAt: published,
    url: `https://kim.example.id/berita/${slug}`,
    body: `<p>${summary}</p><p>Kegiatan diikuti warga ${g.village.name}, Kecamatan ${g.district.name}.</p><h2>Rencana berikutnya</h2><ul><li>Evaluasi bersama</li><li>Laporan ke kelurahan</li></ul><p><a href="https://pangkalpinangkota.go.id/">Situs Pemerintah Kota</a></p>`,
  };
}

/** Twenty-five articles, newest first, from the groups above (bodies included). */
export const news: NewsArticle[] = Array.from({ length: 25 }, (_, n) => article(n, groups[n % groups.length]!));

/** The marker hostile data tries to set; tests assert it stays undefined. */
export const PWNED_FLAG = '__pwned';

/** An article whose every field tries to run script. Bypasses the SDK's validation through the fake client. */
export const hostileArticle: NewsArticle = {
  ...news[0]!,
  id: 'news_hostile',
  slug: 'hostile',
  title: '<img src=x onerror=window.__pwned=1>',
  summary: '<script>window.__pwned=1</script><b onmouseover=window.__pwned=1>hover</b>',
  url: 'javascript:window.__pwned=1',
  image: { url: 'javascript:window.__pwned=1', alt: '"><img src=x onerror=window.__pwned=1>', width: 10, height: 10 },
  body:
    '<p>Isi</p><script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">' +
    '<a href="javascript:window.__pwned=1">klik</a><iframe src="javascript:window.__pwned=1"></iframe>' +
    '<svg><script>window.__pwned=1</script></svg><p style="color:red" onclick="window.__pwned=1">gaya</p>' +
    '<form action="javascript:window.__pwned=1"><button>kirim</button></form>',
};

/** A group whose links and text try to run script. */
export const hostileGroup: KimGroup = {
  ...groups[0]!,
  id: 'grp_hostile',
  slug: 'hostile',
  name: '<img src=x onerror=window.__pwned=1>',
  chairName: '<script>window.__pwned=1</script>',
  contact: {
    email: 'x@example.id" onmouseover="window.__pwned=1',
    phone: null,
    website: 'javascript:window.__pwned=1',
  },
  social: [
    { network: 'facebook', url: 'javascript:window.__pwned=1' },
    { network: 'website', url: 'data:text/html,<script>window.__pwned=1</script>' },
  ],
  logo: { url: 'javascript:window.__pwned=1', alt: '<img src=x onerror=window.__pwned=1>', width: 96, height: 96 },
};
