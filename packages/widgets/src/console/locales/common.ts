// Strings every console section shares (states, actions, errors). Section strings live in their own modules.
import type { Localized } from '../../locales/types.js';

export interface ConsoleCommonStrings {
  loading: string;
  saving: string;
  retry: string;
  save: string;
  cancel: string;
  close: string;
  confirm: string;
  back: string;
  edit: string;
  delete: string;
  search: string;
  filter: string;
  resetFilters: string;
  previous: string;
  next: string;
  /** "Halaman {page}" */
  page: string;
  empty: string;
  saved: string;
  /** Heading of the GOV.UK error summary. */
  errorSummary: string;
  /** Visually hidden before every error message, so that it is read as one. */
  errorPrefix: string;
  required: string;
  /** The kinds of failure, each with what the person can do. */
  errorNetwork: string;
  errorTimeout: string;
  errorNotFound: string;
  errorRateLimited: string;
  errorValidation: string;
  errorConflict: string;
  errorForbidden: string;
  errorGeneric: string;
  /** "Kode permintaan: {id}", quoted when reporting a problem. */
  requestId: string;
  /** A section the person's role does not open. */
  forbiddenSection: string;
}

export const consoleCommon: Localized<ConsoleCommonStrings> = {
  id: {
    loading: 'Memuat…',
    saving: 'Menyimpan…',
    retry: 'Coba lagi',
    save: 'Simpan',
    cancel: 'Batal',
    close: 'Tutup',
    confirm: 'Ya, lanjutkan',
    back: 'Kembali',
    edit: 'Ubah',
    delete: 'Hapus',
    search: 'Cari',
    filter: 'Terapkan saringan',
    resetFilters: 'Hapus saringan',
    previous: 'Sebelumnya',
    next: 'Berikutnya',
    page: 'Halaman {page}',
    empty: 'Belum ada data.',
    saved: 'Perubahan telah disimpan.',
    errorSummary: 'Terdapat masalah',
    errorPrefix: 'Galat:',
    required: 'wajib diisi',
    errorNetwork: 'Tidak dapat terhubung. Periksa koneksi internet Anda, lalu coba lagi. Isian Anda tetap tersimpan.',
    errorTimeout: 'Server terlalu lama menjawab. Coba lagi sebentar lagi. Isian Anda tetap tersimpan.',
    errorNotFound: 'Data tidak ditemukan. Mungkin sudah dihapus atau tautannya keliru.',
    errorRateLimited: 'Terlalu banyak permintaan. Tunggu {wait} detik, lalu coba lagi.',
    errorValidation: 'Periksa kembali isian yang ditandai.',
    errorConflict: 'Data ini telah diubah oleh orang lain sejak Anda membukanya.',
    errorForbidden: 'Peran Anda tidak mengizinkan tindakan ini.',
    errorGeneric: 'Maaf, permintaan belum dapat diproses. Coba lagi.',
    requestId: 'Kode permintaan: {id}',
    forbiddenSection: 'Peran Anda tidak mengizinkan membuka bagian ini.',
  },
  en: {
    loading: 'Loading…',
    saving: 'Saving…',
    retry: 'Try again',
    save: 'Save',
    cancel: 'Cancel',
    close: 'Close',
    confirm: 'Yes, continue',
    back: 'Back',
    edit: 'Edit',
    delete: 'Delete',
    search: 'Search',
    filter: 'Apply filters',
    resetFilters: 'Clear filters',
    previous: 'Previous',
    next: 'Next',
    page: 'Page {page}',
    empty: 'Nothing here yet.',
    saved: 'Your changes have been saved.',
    errorSummary: 'There is a problem',
    errorPrefix: 'Error:',
    required: 'is required',
    errorNetwork: 'Cannot connect. Check your internet connection and try again. What you typed is kept.',
    errorTimeout: 'The server took too long to answer. Try again shortly. What you typed is kept.',
    errorNotFound: 'Not found. It may have been deleted, or the link is wrong.',
    errorRateLimited: 'Too many requests. Wait {wait} seconds, then try again.',
    errorValidation: 'Check the fields marked below.',
    errorConflict: 'Someone else changed this since you opened it.',
    errorForbidden: 'Your role does not allow this action.',
    errorGeneric: 'Sorry, the request cannot be processed right now. Try again.',
    requestId: 'Request id: {id}',
    forbiddenSection: 'Your role does not open this section.',
  },
};
