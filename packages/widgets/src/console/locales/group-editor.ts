// The strings of <kim-group-editor>, in every language (Bahasa Indonesia first).
import type { SocialLink } from '@kim-kit/sdk';
import type { Localized } from '../../locales/types.js';
import type { GroupPart } from '../group-editor/group-form.js';

export interface GroupEditorStrings {
  listTitle: string;
  register: string;
  newTitle: string;
  backToList: string;
  searchLabel: string;
  showArchived: string;
  empty: string;
  emptyArchived: string;
  columnName: string;
  columnVillage: string;
  columnStatus: string;
  columnUpdated: string;
  active: string;
  inactive: string;
  archived: string;
  /** "Diarsipkan {when}" */
  archivedOn: string;
  sectionIdentity: string;
  sectionRegion: string;
  sectionDecree: string;
  sectionPeople: string;
  sectionFocus: string;
  sectionContact: string;
  sectionLogo: string;
  name: string;
  slug: string;
  slugHint: string;
  status: string;
  registryNumber: string;
  registryHint: string;
  levels: Record<'province' | 'regency' | 'city' | 'district' | 'village', string>;
  regionAny: string;
  regionHint: string;
  regionLoading: string;
  address: string;
  decreeNumber: string;
  decreeDate: string;
  decreeIssuer: string;
  decreeHint: string;
  foundedOn: string;
  chairName: string;
  secretaryName: string;
  treasurerName: string;
  memberCount: string;
  email: string;
  phone: string;
  website: string;
  social: string;
  socialNetwork: string;
  socialUrl: string;
  socialAdd: string;
  /** "Hapus tautan {n}" */
  socialRemove: string;
  networks: Record<SocialLink['network'], string>;
  logoCurrent: string;
  logoNone: string;
  logoChoose: string;
  logoHint: string;
  /** "Teks alternatif: “Logo {name}”" */
  logoAlt: string;
  logoUploading: string;
  logoUploaded: string;
  logoRemove: string;
  saveNew: string;
  save: string;
  saving: string;
  created: string;
  savedChanges: string;
  nothingChanged: string;
  archive: string;
  restore: string;
  archiveConfirmTitle: string;
  archiveConfirmText: string;
  archiveConfirm: string;
  didArchive: string;
  didRestore: string;
  invalidName: string;
  invalidUrl: string;
  invalidEmail: string;
  invalidCount: string;
  decreeIncomplete: string;
  chooseVillage: string;
  conflictTitle: string;
  conflictText: string;
  conflictKeepMine: string;
  conflictTakeTheirs: string;
  yours: string;
  theirs: string;
  parts: Record<GroupPart, string>;
}

export const groupEditor: Localized<GroupEditorStrings> = {
  id: {
    listTitle: 'Kelompok Informasi Masyarakat',
    register: 'Daftarkan KIM',
    newTitle: 'Daftarkan KIM baru',
    backToList: 'Kembali ke daftar KIM',
    searchLabel: 'Cari nama atau alamat',
    showArchived: 'Tampilkan KIM yang diarsipkan',
    empty: 'Belum ada KIM.',
    emptyArchived: 'Tidak ada KIM yang diarsipkan.',
    columnName: 'Nama',
    columnVillage: 'Kelurahan/desa',
    columnStatus: 'Status',
    columnUpdated: 'Diperbarui',
    active: 'Aktif',
    inactive: 'Tidak aktif',
    archived: 'Diarsipkan',
    archivedOn: 'Diarsipkan {when}',
    sectionIdentity: 'Identitas',
    sectionRegion: 'Wilayah',
    sectionDecree: 'Alamat dan surat keputusan',
    sectionPeople: 'Pengurus dan anggota',
    sectionFocus: 'Bidang kegiatan',
    sectionContact: 'Kontak publik',
    sectionLogo: 'Logo',
    name: 'Nama KIM',
    slug: 'Slug (alamat halaman)',
    slugHint: 'Huruf kecil, angka, dan tanda hubung. Kosongkan agar dibuat dari nama. Slug lama tetap dialihkan.',
    status: 'Status kegiatan',
    registryNumber: 'Nomor registrasi KIM.id',
    registryHint: 'Nomor di registri KIM kementerian, jika sudah ada.',
    levels: {
      province: 'Provinsi',
      regency: 'Kabupaten',
      city: 'Kabupaten/kota',
      district: 'Kecamatan',
      village: 'Kelurahan/desa',
    },
    regionAny: 'Pilih…',
    regionHint: 'Pilih kecamatan, lalu kelurahan atau desa tempat KIM berada.',
    regionLoading: 'Memuat daftar wilayah…',
    address: 'Alamat sekretariat',
    decreeNumber: 'Nomor SK',
    decreeDate: 'Tanggal SK',
    decreeIssuer: 'Pejabat penerbit SK',
    decreeHint: 'Surat keputusan lurah atau kepala desa yang mengukuhkan KIM. Isi ketiganya, atau kosongkan semuanya.',
    foundedOn: 'Tanggal berdiri',
    chairName: 'Nama ketua',
    secretaryName: 'Nama sekretaris',
    treasurerName: 'Nama bendahara',
    memberCount: 'Jumlah anggota',
    email: 'Email',
    phone: 'Telepon',
    website: 'Situs web',
    social: 'Media sosial',
    socialNetwork: 'Jaringan',
    socialUrl: 'Alamat (URL)',
    socialAdd: 'Tambah tautan media sosial',
    socialRemove: 'Hapus tautan {n}',
    networks: {
      facebook: 'Facebook',
      instagram: 'Instagram',
      x: 'X',
      youtube: 'YouTube',
      tiktok: 'TikTok',
      whatsapp: 'WhatsApp',
      website: 'Situs web',
    },
    logoCurrent: 'Logo saat ini',
    logoNone: 'Belum ada logo.',
    logoChoose: 'Unggah logo baru',
    logoHint: 'JPEG, PNG, atau WebP, paling besar 8 MB. Data lokasi dan kamera dihapus oleh server.',
    logoAlt: 'Teks alternatif untuk pembaca layar: “Logo {name}” (dari nama KIM).',
    logoUploading: 'Mengunggah logo…',
    logoUploaded: 'Logo telah diunggah. Simpan untuk memakainya.',
    logoRemove: 'Hapus logo',
    saveNew: 'Daftarkan',
    save: 'Simpan perubahan',
    saving: 'Menyimpan…',
    created: '{name} telah didaftarkan.',
    savedChanges: 'Perubahan {name} telah disimpan.',
    nothingChanged: 'Tidak ada yang berubah.',
    archive: 'Arsipkan KIM',
    restore: 'Pulihkan dari arsip',
    archiveConfirmTitle: 'Arsipkan {name}?',
    archiveConfirmText:
      'KIM ini akan hilang dari direktori publik dan halamannya menjawab “sudah dihapus”. Berita yang pernah terbit tetap ada. Anda dapat memulihkannya kapan saja.',
    archiveConfirm: 'Ya, arsipkan',
    didArchive: '{name} telah diarsipkan.',
    didRestore: '{name} telah dipulihkan.',
    invalidName: 'Nama KIM {min} sampai {max} karakter.',
    invalidUrl: 'Masukkan alamat yang diawali https:// atau http://.',
    invalidEmail: 'Masukkan alamat email yang benar, contoh: kim.bacang@contoh.id.',
    invalidCount: 'Masukkan bilangan bulat 0 sampai {max}.',
    decreeIncomplete: 'Lengkapi nomor, tanggal, dan penerbit SK, atau kosongkan ketiganya.',
    chooseVillage: 'Pilih kelurahan atau desa.',
    conflictTitle: 'Data KIM ini telah diubah',
    conflictText:
      'Orang lain menyimpan perubahan setelah Anda membuka formulir ini. Isian Anda belum disimpan dan tetap ada di formulir.',
    conflictKeepMine: 'Simpan isian saya di atas versi terbaru',
    conflictTakeTheirs: 'Buang isian saya, muat versi terbaru',
    yours: 'Isian Anda',
    theirs: 'Versi terbaru',
    parts: {
      name: 'Nama',
      slug: 'Slug',
      status: 'Status',
      regionCode: 'Wilayah',
      address: 'Alamat',
      decree: 'Surat keputusan',
      foundedOn: 'Tanggal berdiri',
      chairName: 'Ketua',
      secretaryName: 'Sekretaris',
      treasurerName: 'Bendahara',
      memberCount: 'Jumlah anggota',
      registryNumber: 'Nomor registrasi',
      focusAreas: 'Bidang kegiatan',
      contact: 'Kontak',
      social: 'Media sosial',
      logoMediaId: 'Logo',
    },
  },
  en: {
    listTitle: 'Community information groups',
    register: 'Register a KIM',
    newTitle: 'Register a new KIM',
    backToList: 'Back to the KIM list',
    searchLabel: 'Search names or addresses',
    showArchived: 'Show archived groups',
    empty: 'No groups yet.',
    emptyArchived: 'No archived groups.',
    columnName: 'Name',
    columnVillage: 'Kelurahan/desa',
    columnStatus: 'Status',
    columnUpdated: 'Updated',
    active: 'Active',
    inactive: 'Inactive',
    archived: 'Archived',
    archivedOn: 'Archived {when}',
    sectionIdentity: 'Identity',
    sectionRegion: 'Region',
    sectionDecree: 'Address and decree',
    sectionPeople: 'Officers and members',
    sectionFocus: 'Focus areas',
    sectionContact: 'Public contact',
    sectionLogo: 'Logo',
    name: 'Group name',
    slug: 'Slug (page address)',
    slugHint:
      'Lowercase letters, digits and hyphens. Leave empty to derive it from the name. Old slugs keep redirecting.',
    status: 'Activity status',
    registryNumber: 'KIM.id registry number',
    registryHint: 'The group’s number in the ministry’s KIM registry, if it has one.',
    levels: {
      province: 'Province',
      regency: 'Regency',
      city: 'Regency/city',
      district: 'District (kecamatan)',
      village: 'Kelurahan/desa',
    },
    regionAny: 'Choose…',
    regionHint: 'Choose the district, then the kelurahan or desa the group belongs to.',
    regionLoading: 'Loading regions…',
    address: 'Secretariat address',
    decreeNumber: 'Decree number',
    decreeDate: 'Decree date',
    decreeIssuer: 'Issued by',
    decreeHint: 'The lurah’s or village head’s decree (SK) confirming the group. Fill in all three, or none.',
    foundedOn: 'Founded on',
    chairName: 'Chair',
    secretaryName: 'Secretary',
    treasurerName: 'Treasurer',
    memberCount: 'Number of members',
    email: 'Email',
    phone: 'Phone',
    website: 'Website',
    social: 'Social media',
    socialNetwork: 'Network',
    socialUrl: 'Address (URL)',
    socialAdd: 'Add a social media link',
    socialRemove: 'Remove link {n}',
    networks: {
      facebook: 'Facebook',
      instagram: 'Instagram',
      x: 'X',
      youtube: 'YouTube',
      tiktok: 'TikTok',
      whatsapp: 'WhatsApp',
      website: 'Website',
    },
    logoCurrent: 'Current logo',
    logoNone: 'No logo yet.',
    logoChoose: 'Upload a new logo',
    logoHint: 'JPEG, PNG or WebP, at most 8 MB. The server removes location and camera data.',
    logoAlt: 'Text for screen readers: “Logo {name}” (from the group’s name).',
    logoUploading: 'Uploading the logo…',
    logoUploaded: 'The logo is uploaded. Save to use it.',
    logoRemove: 'Remove the logo',
    saveNew: 'Register',
    save: 'Save changes',
    saving: 'Saving…',
    created: '{name} has been registered.',
    savedChanges: 'Changes to {name} have been saved.',
    nothingChanged: 'Nothing has changed.',
    archive: 'Archive the group',
    restore: 'Restore from the archive',
    archiveConfirmTitle: 'Archive {name}?',
    archiveConfirmText:
      'The group leaves the public directory and its page will answer “gone”. Its published news stays. You can restore it at any time.',
    archiveConfirm: 'Yes, archive',
    didArchive: '{name} has been archived.',
    didRestore: '{name} has been restored.',
    invalidName: 'The name must be {min} to {max} characters.',
    invalidUrl: 'Enter an address starting with https:// or http://.',
    invalidEmail: 'Enter a valid email address, like kim.bacang@example.id.',
    invalidCount: 'Enter a whole number from 0 to {max}.',
    decreeIncomplete: 'Complete the decree’s number, date and issuer, or leave all three empty.',
    chooseVillage: 'Choose the kelurahan or desa.',
    conflictTitle: 'This group has changed',
    conflictText:
      'Someone else saved changes after you opened this form. Your input is not saved yet and stays in the form.',
    conflictKeepMine: 'Save my input over the latest version',
    conflictTakeTheirs: 'Discard my input, load the latest version',
    yours: 'Your input',
    theirs: 'Latest version',
    parts: {
      name: 'Name',
      slug: 'Slug',
      status: 'Status',
      regionCode: 'Region',
      address: 'Address',
      decree: 'Decree',
      foundedOn: 'Founded on',
      chairName: 'Chair',
      secretaryName: 'Secretary',
      treasurerName: 'Treasurer',
      memberCount: 'Members',
      registryNumber: 'Registry number',
      focusAreas: 'Focus areas',
      contact: 'Contact',
      social: 'Social media',
      logoMediaId: 'Logo',
    },
  },
};
