// The strings of <kim-aspiration-inbox> about the citizen's files and the place a report is about.
import type { Localized } from '../../locales/types.js';

export interface InboxFileStrings {
  files: string;
  noFiles: string;
  /** The alt text of a photo's thumbnail: "Foto lampiran pelapor: {name}". */
  photoAlt: (name: string) => string;
  photoLoading: string;
  photoFailed: string;
  /** "Unduh {name}" (a PDF, fetched with the session). */
  download: (name: string) => string;
  downloadFailed: string;
  /** The file's state on the public tracker. */
  isPublic: string;
  isPrivate: string;
  makePublic: string;
  makePrivate: string;
  /** Announced after the change. */
  madePublic: (name: string) => string;
  madePrivate: (name: string) => string;
  visibilityFailed: string;
  /** A confidential report shows no file on the tracker, whatever is chosen here. */
  confidentialHint: string;
  publicHint: string;
  location: string;
  locationText: string;
  position: string;
  /** "± {m} m". */
  accuracy: (metres: string) => string;
  openMap: string;
  newTab: string;
  noLocation: string;
}

export const inboxFiles: Localized<InboxFileStrings> = {
  id: {
    files: 'Lampiran',
    noFiles: 'Pelapor tidak melampirkan berkas.',
    photoAlt: (name) => `Foto lampiran pelapor: ${name}`,
    photoLoading: 'Memuat foto…',
    photoFailed: 'Foto tidak dapat dimuat.',
    download: (name) => `Unduh ${name}`,
    downloadFailed: 'Berkas tidak dapat diunduh.',
    isPublic: 'Publik: tampil di halaman pelacakan',
    isPrivate: 'Privat: hanya petugas',
    makePublic: 'Jadikan publik',
    makePrivate: 'Jadikan privat',
    madePublic: (name) => `${name} kini tampil di halaman pelacakan.`,
    madePrivate: (name) => `${name} kini hanya terlihat oleh petugas.`,
    visibilityFailed: 'Visibilitas berkas tidak dapat diubah.',
    confidentialHint: 'Laporan ini rahasia: lampirannya tidak pernah tampil di halaman pelacakan.',
    publicHint: 'Periksa dahulu bahwa berkas tidak memuat data pribadi sebelum menjadikannya publik.',
    location: 'Lokasi',
    locationText: 'Alamat atau patokan',
    position: 'Titik lokasi perangkat',
    accuracy: (metres) => `akurasi ± ${metres} m`,
    openMap: 'Buka di OpenStreetMap',
    newTab: '(membuka tab baru)',
    noLocation: 'Pelapor tidak mencantumkan lokasi.',
  },
  en: {
    files: 'Attachments',
    noFiles: 'The reporter attached no file.',
    photoAlt: (name) => `Photo attached by the reporter: ${name}`,
    photoLoading: 'Loading the photo…',
    photoFailed: 'The photo could not be loaded.',
    download: (name) => `Download ${name}`,
    downloadFailed: 'The file could not be downloaded.',
    isPublic: 'Public: shown on the tracking page',
    isPrivate: 'Private: officials only',
    makePublic: 'Make public',
    makePrivate: 'Make private',
    madePublic: (name) => `${name} is now shown on the tracking page.`,
    madePrivate: (name) => `${name} is now seen by officials only.`,
    visibilityFailed: "The file's visibility could not be changed.",
    confidentialHint: 'This report is confidential: its files are never shown on the tracking page.',
    publicHint: 'Check that a file holds no personal data before making it public.',
    location: 'Location',
    locationText: 'Address or landmark',
    position: "Device's position",
    accuracy: (metres) => `accuracy ± ${metres} m`,
    openMap: 'Open in OpenStreetMap',
    newTab: '(opens in a new tab)',
    noLocation: 'The reporter gave no location.',
  },
};
