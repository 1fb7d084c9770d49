// Strings of `<kim-group-directory>`, in every language. A file of its own, so a widget bundles only the strings it shows.
import type { GroupDirectoryStrings, Localized } from './types.js';

export const groupDirectory: Localized<GroupDirectoryStrings> = {
  id: {
    label: 'Direktori KIM',
    search: 'Cari KIM',
    searchPlaceholder: 'Nama KIM, kelurahan, ketua...',
    district: 'Kecamatan',
    allDistricts: 'Semua kecamatan',
    focus: 'Bidang',
    allFocusAreas: 'Semua bidang',
    found: (count, more) => (count === 0 ? 'Tidak ada KIM ditemukan' : `${count}${more ? '+' : ''} KIM ditemukan`),
    empty: 'Tidak ada KIM yang cocok dengan pencarian.',
    chair: 'Ketua',
    membersLabel: 'Anggota',
    members: (_count, formatted) => `${formatted} orang`,
    email: 'Surel',
    phone: 'Telepon',
    website: 'Situs web',
    social: 'Media sosial',
  },
  en: {
    label: 'KIM directory',
    search: 'Search KIM groups',
    searchPlaceholder: 'Group, village, chair...',
    district: 'District',
    allDistricts: 'All districts',
    focus: 'Focus area',
    allFocusAreas: 'All focus areas',
    found: (count, more) =>
      count === 0 ? 'No groups found' : `${count}${more ? '+' : ''} ${count === 1 ? 'group' : 'groups'} found`,
    empty: 'No group matches the search.',
    chair: 'Chair',
    membersLabel: 'Members',
    members: (count, formatted) => `${formatted} ${count === 1 ? 'person' : 'people'}`,
    email: 'Email',
    phone: 'Phone',
    website: 'Website',
    social: 'Social media',
  },
};
