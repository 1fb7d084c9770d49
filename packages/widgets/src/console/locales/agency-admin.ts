// The strings of <kim-agency-admin>, in every language (Bahasa Indonesia first).
import type { Localized } from '../../locales/types.js';

export interface AgencyAdminStrings {
  title: string;
  intro: string;
  filter: string;
  all: string;
  active: string;
  archived: string;
  add: string;
  empty: string;
  name: string;
  nameHint: string;
  shortName: string;
  shortNameHint: string;
  region: string;
  regionHint: string;
  email: string;
  phone: string;
  status: string;
  actions: string;
  /** "Ubah {name}". */
  edit: (name: string) => string;
  archive: (name: string) => string;
  restore: (name: string) => string;
  archiveLabel: string;
  restoreLabel: string;
  editLabel: string;
  newTitle: string;
  /** "Ubah {name}". */
  editTitle: (name: string) => string;
  regionFixed: string;
  save: string;
  create: string;
  created: (name: string) => string;
  saved: (name: string) => string;
  archivedNow: (name: string) => string;
  restoredNow: (name: string) => string;
  nothingChanged: string;
  conflictTitle: string;
  conflictText: string;
  conflictKeepMine: string;
  conflictTakeTheirs: string;
  /** An archive or restore hit a newer version: the list was reloaded. */
  rowStale: string;
  loadMore: string;
  listed: (n: number) => string;
}

export const agencyAdmin: Localized<AgencyAdminStrings> = {
  id: {
    title: 'Perangkat daerah',
    intro:
      'Perangkat daerah aktif dapat dipilih saat meneruskan laporan warga. Perangkat daerah yang diarsipkan tidak ditawarkan lagi; laporan yang sudah diteruskan kepadanya tetap tercatat.',
    filter: 'Status',
    all: 'Semua',
    active: 'Aktif',
    archived: 'Diarsipkan',
    add: 'Tambah perangkat daerah',
    empty: 'Belum ada perangkat daerah.',
    name: 'Nama lengkap',
    nameHint: 'Contoh: Dinas Pekerjaan Umum dan Penataan Ruang',
    shortName: 'Nama singkat',
    shortNameHint: 'Seperti yang dikenal warga, contoh: Dinas PUPR. Unik di kabupaten/kota ini.',
    region: 'Kabupaten/kota',
    regionHint: 'Kode kabupaten/kota, contoh: 19.71',
    email: 'Email kontak',
    phone: 'Telepon',
    status: 'Status',
    actions: 'Tindakan',
    edit: (name) => `Ubah ${name}`,
    archive: (name) => `Arsipkan ${name}`,
    restore: (name) => `Aktifkan kembali ${name}`,
    archiveLabel: 'Arsipkan',
    restoreLabel: 'Aktifkan kembali',
    editLabel: 'Ubah',
    newTitle: 'Perangkat daerah baru',
    editTitle: (name) => `Ubah ${name}`,
    regionFixed: 'Wilayah tidak dapat diubah: perangkat daerah wilayah lain adalah perangkat daerah lain.',
    save: 'Simpan perubahan',
    create: 'Simpan perangkat daerah',
    created: (name) => `${name} telah ditambahkan.`,
    saved: (name) => `Perubahan ${name} telah disimpan.`,
    archivedNow: (name) => `${name} telah diarsipkan.`,
    restoredNow: (name) => `${name} telah diaktifkan kembali.`,
    nothingChanged: 'Tidak ada yang berubah.',
    conflictTitle: 'Perangkat daerah ini telah diubah',
    conflictText: 'Petugas lain menyimpan perubahan setelah Anda membukanya. Isian Anda belum disimpan.',
    conflictKeepMine: 'Simpan isian saya di atas versi terbaru',
    conflictTakeTheirs: 'Buang isian saya, muat versi terbaru',
    rowStale: 'Perangkat daerah ini telah diubah petugas lain; daftar telah dimuat ulang. Coba lagi.',
    loadMore: 'Muat lebih banyak',
    listed: (n) => `${n} perangkat daerah ditampilkan.`,
  },
  en: {
    title: 'Agencies',
    intro:
      'Active agencies can be chosen when forwarding a citizen report. Archived agencies are no longer offered; reports already forwarded to them keep them.',
    filter: 'Status',
    all: 'All',
    active: 'Active',
    archived: 'Archived',
    add: 'Add an agency',
    empty: 'No agency yet.',
    name: 'Full name',
    nameHint: 'For example: Dinas Pekerjaan Umum dan Penataan Ruang',
    shortName: 'Short name',
    shortNameHint: 'As citizens know it, e.g. Dinas PUPR. Unique in its regency or city.',
    region: 'Regency/city',
    regionHint: 'The code of a regency or city, e.g. 19.71',
    email: 'Contact email',
    phone: 'Phone',
    status: 'Status',
    actions: 'Actions',
    edit: (name) => `Edit ${name}`,
    archive: (name) => `Archive ${name}`,
    restore: (name) => `Restore ${name}`,
    archiveLabel: 'Archive',
    restoreLabel: 'Restore',
    editLabel: 'Edit',
    newTitle: 'New agency',
    editTitle: (name) => `Edit ${name}`,
    regionFixed: "The region cannot change: another region's agency is another agency.",
    save: 'Save changes',
    create: 'Save the agency',
    created: (name) => `${name} has been added.`,
    saved: (name) => `The changes to ${name} have been saved.`,
    archivedNow: (name) => `${name} has been archived.`,
    restoredNow: (name) => `${name} has been restored.`,
    nothingChanged: 'Nothing changed.',
    conflictTitle: 'This agency has changed',
    conflictText: 'Another official saved changes after you opened it. Your input has not been saved.',
    conflictKeepMine: 'Save my input over the latest version',
    conflictTakeTheirs: 'Discard my input, load the latest version',
    rowStale: 'Another official changed this agency; the list has been reloaded. Try again.',
    loadMore: 'Load more',
    listed: (n) => `${n} ${n === 1 ? 'agency' : 'agencies'} shown.`,
  },
};
