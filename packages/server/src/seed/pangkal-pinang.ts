// Kota Pangkal Pinang's districts and kelurahan with their Kemendagri codes (Kepmendagri 300.2.2-2138/2025).
import type { Region } from '@kim-kit/sdk/schemas';
import { regionFromCode } from '../regions/classify-region.js';

export const PROVINCE = { code: '19', name: 'Kepulauan Bangka Belitung' } as const;
export const CITY = { code: '19.71', name: 'Kota Pangkal Pinang' } as const;

/** District code and name, then each kelurahan's four-digit suffix and name. */
export const DISTRICTS: readonly { code: string; name: string; villages: readonly [string, string][] }[] = [
  {
    code: '19.71.01',
    name: 'Bukit Intan',
    villages: [
      ['1004', 'Semabung Lama'],
      ['1006', 'Bacang'],
      ['1007', 'Air Itam'],
      ['1008', 'Pasir Putih'],
      ['1009', 'Temberan'],
      ['1010', 'Sinar Bulan'],
      ['1011', 'Air Mawar'],
    ],
  },
  {
    code: '19.71.02',
    name: 'Taman Sari',
    villages: [
      ['1001', 'Opas Indah'],
      ['1002', 'Gedung Nasional'],
      ['1003', 'Batin Tikal'],
      ['1004', 'Rawa Bangun'],
      ['1005', 'Kejaksaan'],
    ],
  },
  {
    code: '19.71.03',
    name: 'Pangkal Balam',
    villages: [
      ['1004', 'Pasir Garam'],
      ['1005', 'Lontong Pancur'],
      ['1006', 'Ketapang'],
      ['1007', 'Ampui'],
      ['1008', 'Rejosari'],
    ],
  },
  {
    code: '19.71.04',
    name: 'Rangkui',
    villages: [
      ['1001', 'Pintu Air'],
      ['1002', 'Bintang'],
      ['1005', 'Masjid Jamik'],
      ['1006', 'Asam'],
      ['1007', 'Melintang'],
      ['1008', 'Parit Lalang'],
      ['1009', 'Keramat'],
      ['1010', 'Gajah Mada'],
    ],
  },
  {
    code: '19.71.05',
    name: 'Gerunggang',
    villages: [
      ['1001', 'Taman Bunga'],
      ['1002', 'Bukit Merapen'],
      ['1004', 'Bukit Sari'],
      ['1005', 'Tua Tunu Indah'],
      ['1006', 'Kacang Pedang'],
      ['1007', 'Air Kepala Tujuh'],
    ],
  },
  {
    code: '19.71.06',
    name: 'Gabek',
    villages: [
      ['1001', 'Selindung'],
      ['1002', 'Selindung Baru'],
      ['1003', 'Gabek Satu'],
      ['1004', 'Gabek Dua'],
      ['1005', 'Air Salemba'],
      ['1006', 'Jerambah Gantung'],
    ],
  },
  {
    code: '19.71.07',
    name: 'Girimaya',
    villages: [
      ['1001', 'Pasar Padi'],
      ['1002', 'Batu Intan'],
      ['1003', 'Bukit Besar'],
      ['1004', 'Sriwijaya'],
      ['1005', 'Semabung Baru'],
    ],
  },
];

/** The province, the city, its 7 districts and 42 kelurahan, as region records. */
export function pangkalPinangRegions(): Region[] {
  const rows: [string, string][] = [
    [PROVINCE.code, PROVINCE.name],
    [CITY.code, CITY.name],
  ];
  for (const district of DISTRICTS) {
    rows.push([district.code, district.name]);
    for (const [suffix, name] of district.villages) rows.push([`${district.code}.${suffix}`, name]);
  }
  return rows.map(([code, name]) => {
    const region = regionFromCode(code, name);
    if (!region) throw new Error(`Bad region code in the seed: ${code}`);
    return region;
  });
}

/** Name of a kelurahan by code. */
export function villageName(code: string): string {
  for (const district of DISTRICTS) {
    for (const [suffix, name] of district.villages) if (`${district.code}.${suffix}` === code) return name;
  }
  throw new Error(`Not a kelurahan of Pangkal Pinang: ${code}`);
}

/** Name of the district a kelurahan belongs to. */
export function districtName(villageCode: string): string {
  const district = DISTRICTS.find((d) => villageCode.startsWith(`${d.code}.`));
  if (!district) throw new Error(`Not in Pangkal Pinang: ${villageCode}`);
  return district.name;
}
