// Strings of the attachments and location fields of `<kim-aspiration-form>`, in every language.
import type { Localized } from './types.js';

export interface AspirationAttachmentStrings {
  filesLabel: string;
  filesHint: (max: number) => string;
  remove: (name: string) => string;
  chosen: (count: number, max: number) => string;
  removed: (name: string) => string;
  tooMany: (max: number) => string;
  wrongType: (name: string) => string;
  tooLarge: (name: string, size: string) => string;
  pdf: string;
  locationTextLabel: string;
  locationTextHint: string;
  useMyLocation: string;
  locating: string;
  located: (accuracy: string) => string;
  removePosition: string;
  geoUnsupported: string;
  geoDenied: string;
  geoUnavailable: string;
  geoTimeout: string;
}

const mb = (bytes: number, locale: string) =>
  `${(bytes / 1024 / 1024).toLocaleString(locale, { maximumFractionDigits: 1 })} MB`;

export const megabytes = mb;

export const aspirationAttachments: Localized<AspirationAttachmentStrings> = {
  id: {
    filesLabel: 'Foto atau dokumen',
    filesHint: (max) => `Paling banyak ${max} berkas: foto JPEG, PNG atau WebP, atau dokumen PDF, masing-masing 5 MB.`,
    remove: (name) => `Hapus ${name}`,
    chosen: (count, max) => `${count} dari ${max} berkas dipilih.`,
    removed: (name) => `${name} dihapus.`,
    tooMany: (max) => `Pilih paling banyak ${max} berkas.`,
    wrongType: (name) => `${name} bukan foto JPEG, PNG, WebP atau dokumen PDF.`,
    tooLarge: (name, size) => `${name} berukuran ${size}; pilih berkas paling besar 5 MB.`,
    pdf: 'Dokumen PDF',
    locationTextLabel: 'Alamat atau patokan',
    locationTextHint: 'Contoh: depan SD Negeri 5, Jalan Merdeka.',
    useMyLocation: 'Gunakan lokasi saya',
    locating: 'Mencari lokasi Anda...',
    located: (accuracy) => `Lokasi perangkat ditambahkan (akurasi sekitar ${accuracy} meter).`,
    removePosition: 'Hapus lokasi perangkat',
    geoUnsupported: 'Peramban ini tidak dapat memberikan lokasi. Tuliskan alamat atau patokan saja.',
    geoDenied: 'Izin lokasi ditolak. Izinkan di pengaturan peramban, atau tuliskan alamat atau patokan saja.',
    geoUnavailable: 'Lokasi tidak dapat ditentukan saat ini. Coba lagi di tempat terbuka, atau tuliskan alamatnya.',
    geoTimeout: 'Mencari lokasi terlalu lama. Coba lagi, atau tuliskan alamat atau patokan saja.',
  },
  en: {
    filesLabel: 'Photos or documents',
    filesHint: (max) => `Up to ${max} files: JPEG, PNG or WebP photos, or PDF documents, 5 MB each.`,
    remove: (name) => `Remove ${name}`,
    chosen: (count, max) => `${count} of ${max} files chosen.`,
    removed: (name) => `${name} removed.`,
    tooMany: (max) => `Choose at most ${max} files.`,
    wrongType: (name) => `${name} is not a JPEG, PNG or WebP photo or a PDF document.`,
    tooLarge: (name, size) => `${name} is ${size}; choose a file of at most 5 MB.`,
    pdf: 'PDF document',
    locationTextLabel: 'Address or landmark',
    locationTextHint: 'For example: in front of SD Negeri 5, Jalan Merdeka.',
    useMyLocation: 'Use my location',
    locating: 'Finding your location...',
    located: (accuracy) => `Device location added (accurate to about ${accuracy} metres).`,
    removePosition: 'Remove device location',
    geoUnsupported: 'This browser cannot give a location. Write the address or a landmark instead.',
    geoDenied: 'Location permission was denied. Allow it in the browser settings, or write the address instead.',
    geoUnavailable: 'Your location cannot be found right now. Try again in the open, or write the address.',
    geoTimeout: 'Finding your location took too long. Try again, or write the address or a landmark instead.',
  },
};
