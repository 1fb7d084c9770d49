// Fifteen KIM groups spread over the seven districts of Pangkal Pinang. Names, people and numbers are invented.
import type { FocusArea, SocialLink } from '@kim-kit/sdk/schemas';
import { LOGO_IMAGE_SIZE } from '../media/art.js';
import { groupLogoPath } from '../routes/media.js';
import type { NewGroup } from '../storage/storage.js';
import { districtName, villageName } from './pangkal-pinang.js';

interface GroupSeed {
  slug: string;
  name: string;
  regionCode: string;
  street: string;
  chairName: string;
  memberCount: number;
  focusAreas: FocusArea[];
  foundedOn: string;
  decreeNumber: string;
  instagram?: string;
  facebook?: string;
  status?: 'active' | 'inactive';
}

const GROUPS: GroupSeed[] = [
  {
    slug: 'kim-semabung-lama-bersinar',
    name: 'KIM Semabung Lama Bersinar',
    regionCode: '19.71.01.1004',
    street: 'Jl. Soekarno Hatta Gg. Mawar No. 12',
    chairName: 'Rusdi Hamzah',
    memberCount: 18,
    focusAreas: ['umkm', 'digital'],
    foundedOn: '2019-03-11',
    decreeNumber: '188.4/07/KEL-SL/2019',
    instagram: 'kimsemabunglama',
  },
  {
    slug: 'kim-bacang-berseri',
    name: 'KIM Bacang Berseri',
    regionCode: '19.71.01.1006',
    street: 'Jl. Usman Ambon No. 4',
    chairName: 'Siti Aminah',
    memberCount: 24,
    focusAreas: ['lingkungan', 'kesehatan'],
    foundedOn: '2018-08-20',
    decreeNumber: '188.4/15/KEL-BCG/2018',
    instagram: 'kimbacangberseri',
    facebook: 'kimbacang',
  },
  {
    slug: 'kim-air-itam-mandiri',
    name: 'KIM Air Itam Mandiri',
    regionCode: '19.71.01.1007',
    street: 'Jl. Pasir Padi No. 27',
    chairName: 'Hendra Saputra',
    memberCount: 15,
    focusAreas: ['pariwisata', 'umkm'],
    foundedOn: '2020-02-03',
    decreeNumber: '188.4/03/KEL-AI/2020',
  },
  {
    slug: 'kim-opas-indah-informatif',
    name: 'KIM Opas Indah Informatif',
    regionCode: '19.71.02.1001',
    street: 'Jl. Kampung Opas No. 9',
    chairName: 'Nurhayati',
    memberCount: 21,
    focusAreas: ['digital', 'pendidikan'],
    foundedOn: '2017-10-28',
    decreeNumber: '188.4/22/KEL-OI/2017',
    instagram: 'kimopasindah',
  },
  {
    slug: 'kim-gedung-nasional-cerdas',
    name: 'KIM Gedung Nasional Cerdas',
    regionCode: '19.71.02.1002',
    street: 'Jl. Merdeka No. 31',
    chairName: 'Agus Salim',
    memberCount: 12,
    focusAreas: ['pendidikan', 'budaya'],
    foundedOn: '2021-05-20',
    decreeNumber: '188.4/11/KEL-GN/2021',
  },
  {
    slug: 'kim-ketapang-bahari',
    name: 'KIM Ketapang Bahari',
    regionCode: '19.71.03.1006',
    street: 'Jl. Laut Ketapang No. 5',
    chairName: 'Ferdy Ansyah',
    memberCount: 19,
    focusAreas: ['perikanan', 'pariwisata'],
    foundedOn: '2019-11-12',
    decreeNumber: '188.4/19/KEL-KTP/2019',
    facebook: 'kimketapangbahari',
  },
  {
    slug: 'kim-pasir-garam-sejahtera',
    name: 'KIM Pasir Garam Sejahtera',
    regionCode: '19.71.03.1004',
    street: 'Jl. Yos Sudarso Gg. Nelayan No. 2',
    chairName: 'Marlina',
    memberCount: 9,
    focusAreas: ['perikanan', 'umkm'],
    foundedOn: '2016-04-07',
    decreeNumber: '188.4/05/KEL-PG/2016',
    status: 'inactive',
  },
  {
    slug: 'kim-masjid-jamik-madani',
    name: 'KIM Masjid Jamik Madani',
    regionCode: '19.71.04.1005',
    street: 'Jl. Masjid Jamik No. 14',
    chairName: 'Rahmat Hidayat',
    memberCount: 22,
    focusAreas: ['budaya', 'kepemudaan'],
    foundedOn: '2018-01-15',
    decreeNumber: '188.4/02/KEL-MJ/2018',
    instagram: 'kimmasjidjamik',
  },
  {
    slug: 'kim-parit-lalang-hijau',
    name: 'KIM Parit Lalang Hijau',
    regionCode: '19.71.04.1008',
    street: 'Jl. Depati Hamzah No. 40',
    chairName: 'Dewi Lestari',
    memberCount: 17,
    focusAreas: ['lingkungan', 'pertanian'],
    foundedOn: '2020-06-05',
    decreeNumber: '188.4/09/KEL-PL/2020',
    instagram: 'kimparitlalang',
  },
  {
    slug: 'kim-tua-tunu-maju',
    name: 'KIM Tua Tunu Maju',
    regionCode: '19.71.05.1005',
    street: 'Jl. Padang Baru No. 8',
    chairName: 'Suryadi',
    memberCount: 26,
    focusAreas: ['pertanian', 'umkm'],
    foundedOn: '2017-07-17',
    decreeNumber: '188.4/14/KEL-TTI/2017',
    facebook: 'kimtuatunumaju',
  },
  {
    slug: 'kim-bukit-merapen-sehat',
    name: 'KIM Bukit Merapen Sehat',
    regionCode: '19.71.05.1002',
    street: 'Jl. Bukit Merapen No. 3',
    chairName: 'Sri Wahyuni',
    memberCount: 14,
    focusAreas: ['kesehatan', 'kepemudaan'],
    foundedOn: '2022-01-24',
    decreeNumber: '188.4/01/KEL-BM/2022',
  },
  {
    slug: 'kim-selindung-baru-kreatif',
    name: 'KIM Selindung Baru Kreatif',
    regionCode: '19.71.06.1002',
    street: 'Jl. Alexander No. 55',
    chairName: 'Andi Pratama',
    memberCount: 20,
    focusAreas: ['digital', 'kepemudaan'],
    foundedOn: '2021-09-09',
    decreeNumber: '188.4/17/KEL-SB/2021',
    instagram: 'kimselindungbaru',
  },
  {
    slug: 'kim-air-salemba-lestari',
    name: 'KIM Air Salemba Lestari',
    regionCode: '19.71.06.1005',
    street: 'Jl. Air Salemba No. 18',
    chairName: 'Ernawati',
    memberCount: 11,
    focusAreas: ['lingkungan', 'pariwisata'],
    foundedOn: '2023-02-14',
    decreeNumber: '188.4/04/KEL-AS/2023',
  },
  {
    slug: 'kim-bukit-besar-berbudaya',
    name: 'KIM Bukit Besar Berbudaya',
    regionCode: '19.71.07.1003',
    street: 'Jl. Bukit Besar No. 21',
    chairName: 'Joko Susilo',
    memberCount: 16,
    focusAreas: ['budaya', 'pariwisata'],
    foundedOn: '2018-10-01',
    decreeNumber: '188.4/20/KEL-BB/2018',
    instagram: 'kimbukitbesar',
  },
  {
    slug: 'kim-pasar-padi-berdaya',
    name: 'KIM Pasar Padi Berdaya',
    regionCode: '19.71.07.1001',
    street: 'Jl. Pasar Padi No. 7',
    chairName: 'Yulianti',
    memberCount: 13,
    focusAreas: ['umkm', 'digital'],
    foundedOn: '2022-08-30',
    decreeNumber: '188.4/16/KEL-PP/2022',
    facebook: 'kimpasarpadi',
  },
];

/** The seed groups with ids `grp_0001`... in list order. */
export function seedGroups(updatedAt: string): NewGroup[] {
  return GROUPS.map((g, index) => {
    const village = villageName(g.regionCode);
    const social: SocialLink[] = [];
    if (g.instagram) social.push({ network: 'instagram', url: `https://www.instagram.com/${g.instagram}` });
    if (g.facebook) social.push({ network: 'facebook', url: `https://www.facebook.com/${g.facebook}` });
    const handle = g.slug.replace(/^kim-/, '').replace(/-/g, '.');
    return {
      id: `grp_${String(index + 1).padStart(4, '0')}`,
      slug: g.slug,
      name: g.name,
      regionCode: g.regionCode,
      address: `${g.street}, Kel. ${village}, Kec. ${districtName(g.regionCode)}, Kota Pangkal Pinang`,
      decree: { number: g.decreeNumber, date: g.foundedOn, issuer: `Lurah ${village}` },
      foundedOn: g.foundedOn,
      chairName: g.chairName,
      memberCount: g.memberCount,
      focusAreas: g.focusAreas,
      contact: {
        email: `kim.${handle}@example.org`,
        phone: `0717-42${String(1000 + index * 137).slice(-4)}`,
        website: null,
      },
      social,
      logo: { path: groupLogoPath(g.slug), alt: `Logo ${g.name}`, ...LOGO_IMAGE_SIZE },
      status: g.status ?? 'active',
      updatedAt,
    };
  });
}
