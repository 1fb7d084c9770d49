// The strings of <kim-aspiration-inbox>, in every language (Bahasa Indonesia first). Status and kind names come from
// the public widgets' modules, so a citizen and an official read the same words for the same state.
import type { AspirationHistoryKind } from '@kim-kit/sdk';
import type { Localized } from '../../locales/types.js';

export interface AspirationInboxStrings {
  title: string;
  /** "{n} laporan" on this page. */
  count: (n: number) => string;
  filters: string;
  status: string;
  kind: string;
  category: string;
  /** Labels of the region selects by depth: province, regency/city, district, village. */
  regionLevels: [string, string, string, string];
  age: string;
  /** "Lebih dari {n} hari". */
  olderThan: (days: number) => string;
  search: string;
  sort: string;
  sorts: { newest: string; oldest: string; updated: string };
  all: string;
  apply: string;
  empty: string;
  emptyFiltered: string;
  tracking: string;
  reportTitle: string;
  region: string;
  submitted: string;
  /** Before the KIM that recorded it for a resident: "Dicatat oleh" KIM Bacang. */
  recordedBy: string;
  select: string;
  /** "Pilih laporan {code}". */
  selectRow: (code: string) => string;
  selectPage: string;
  /** "{n} laporan dipilih". */
  selected: (n: number) => string;
  clearSelection: string;
  bulkChange: string;
  exportCsv: string;
  exporting: string;
  exported: string;
  exportFailed: string;
  firstPage: string;
  /** Announced when a list arrives: "{n} laporan ditampilkan". */
  listed: (n: number) => string;
  /** The record. */
  back: string;
  recordLoading: string;
  body: string;
  reporter: string;
  reporterName: string;
  reporterEmail: string;
  reporterPhone: string;
  reporterNone: string;
  reporterHidden: string;
  anonymous: string;
  confidential: string;
  updated: string;
  history: string;
  publicNote: string;
  internalNote: string;
  /** Who made a change; the citizen's submission has no actor. */
  byCitizen: string;
  bySystem: string;
  /** The reporter's follow-ups, made with the follow-up secret. */
  byReporter: string;
  /** The labels of history entries other than status changes. */
  historyKinds: Record<Exclude<AspirationHistoryKind, 'status'>, string>;
  /** "oleh {name}". */
  by: (name: string) => string;
  changeStatus: string;
  finalStatus: string;
  /** The status dialog. */
  dialogTitle: string;
  /** "{n} laporan" of a bulk change. */
  bulkDialogTitle: (n: number) => string;
  currentStatus: string;
  newStatus: string;
  noTransition: string;
  publicNoteHint: string;
  rejectionNeedsNote: string;
  internalNoteHint: string;
  /** "{n} dari {max} karakter". */
  characters: (n: number, max: number) => string;
  submitStatus: string;
  statusChanged: (status: string) => string;
  /** The record changed under the person: it has been reloaded, their notes kept. */
  staleReloaded: string;
  /** Bulk results. */
  bulkResults: string;
  /** "{ok} berhasil, {failed} gagal". */
  bulkSummary: (ok: number, failed: number) => string;
  outcomeChanged: string;
  outcomeNotFound: string;
  /** "Gagal: status {from} tidak dapat diubah menjadi {to}". */
  outcomeInvalid: (from: string, to: string) => string;
  dismiss: string;
  /** Shortcuts. */
  shortcuts: string;
  shortcutList: { keys: string; action: string }[];
  shortcutsHint: string;
  noPermission: string;
}

export const aspirationInbox: Localized<AspirationInboxStrings> = {
  id: {
    title: 'Kotak masuk laporan',
    count: (n) => `${n} laporan`,
    filters: 'Saringan',
    status: 'Status',
    kind: 'Jenis',
    category: 'Kategori',
    regionLevels: ['Provinsi', 'Kabupaten/kota', 'Kecamatan', 'Desa/kelurahan'],
    age: 'Umur laporan',
    olderThan: (days) => `Lebih dari ${days} hari`,
    search: 'Cari judul atau isi',
    sort: 'Urutan',
    sorts: { newest: 'Terbaru', oldest: 'Terlama', updated: 'Terakhir diperbarui' },
    all: 'Semua',
    apply: 'Terapkan saringan',
    empty: 'Belum ada laporan masuk.',
    emptyFiltered: 'Tidak ada laporan yang cocok dengan saringan ini.',
    tracking: 'Kode lacak',
    reportTitle: 'Judul',
    region: 'Wilayah',
    submitted: 'Dikirim',
    recordedBy: 'Dicatat oleh',
    select: 'Pilih',
    selectRow: (code) => `Pilih laporan ${code}`,
    selectPage: 'Pilih semua di halaman ini',
    selected: (n) => `${n} laporan dipilih`,
    clearSelection: 'Batalkan pilihan',
    bulkChange: 'Ubah status laporan terpilih',
    exportCsv: 'Unduh CSV (saringan ini)',
    exporting: 'Menyiapkan berkas CSV…',
    exported: 'Berkas CSV telah diunduh.',
    exportFailed: 'Berkas CSV tidak dapat diunduh.',
    firstPage: 'Halaman pertama',
    listed: (n) => `${n} laporan ditampilkan.`,
    back: 'Kembali ke daftar',
    recordLoading: 'Memuat laporan…',
    body: 'Isi laporan',
    reporter: 'Pelapor',
    reporterName: 'Nama',
    reporterEmail: 'Email',
    reporterPhone: 'Telepon',
    reporterNone: 'Pelapor tidak mencantumkan data diri.',
    reporterHidden: 'Data pribadi pelapor tidak ditampilkan untuk peran Anda.',
    anonymous: 'Anonim',
    confidential: 'Rahasia',
    updated: 'Diperbarui',
    history: 'Riwayat',
    publicNote: 'Catatan untuk pelapor (publik)',
    internalNote: 'Catatan internal (hanya petugas)',
    byCitizen: 'Dikirim oleh warga',
    bySystem: 'oleh sistem',
    byReporter: 'oleh pelapor (dengan kode rahasia)',
    historyKinds: {
      agency_response: 'Jawaban perangkat daerah',
      question: 'Pertanyaan untuk pelapor',
      reporter_information: 'Informasi tambahan dari pelapor',
      reporter_answer: 'Jawaban pelapor',
      rating: 'Penilaian pelapor',
      reopened: 'Dibuka kembali oleh pelapor',
      extension: 'Jangka waktu diperpanjang',
      objection: 'Pemohon mengajukan keberatan',
      objection_answer: 'Tanggapan atas keberatan',
    },
    by: (name) => `oleh ${name}`,
    changeStatus: 'Ubah status',
    finalStatus: 'Status ini final: tidak dapat diubah lagi.',
    dialogTitle: 'Ubah status laporan',
    bulkDialogTitle: (n) => `Ubah status ${n} laporan`,
    currentStatus: 'Status saat ini',
    newStatus: 'Status baru',
    noTransition: 'Tidak ada perubahan status yang dapat dilakukan.',
    publicNoteHint: 'Ditampilkan kepada pelapor pada halaman pelacakan.',
    rejectionNeedsNote: 'Penolakan wajib disertai alasan pada catatan untuk pelapor.',
    internalNoteHint: 'Hanya terlihat oleh petugas, tidak pernah oleh pelapor.',
    characters: (n, max) => `${n} dari ${max} karakter`,
    submitStatus: 'Simpan status',
    statusChanged: (status) => `Status diubah menjadi ${status}.`,
    staleReloaded:
      'Laporan ini telah diubah oleh petugas lain. Data terbaru telah dimuat; catatan Anda tetap ada. Periksa lalu simpan lagi.',
    bulkResults: 'Hasil perubahan status',
    bulkSummary: (ok, failed) => `${ok} berhasil, ${failed} gagal.`,
    outcomeChanged: 'Berhasil',
    outcomeNotFound: 'Gagal: laporan tidak ditemukan atau di luar wilayah Anda.',
    outcomeInvalid: (from, to) => `Gagal: status ${from} tidak dapat diubah menjadi ${to}.`,
    dismiss: 'Tutup hasil',
    shortcuts: 'Pintasan papan ketik',
    shortcutList: [
      { keys: 'j / ↓', action: 'Laporan berikutnya' },
      { keys: 'k / ↑', action: 'Laporan sebelumnya' },
      { keys: 'Enter', action: 'Buka laporan' },
      { keys: 'Escape', action: 'Tutup laporan atau dialog' },
      { keys: 'x', action: 'Pilih atau batalkan pilihan laporan' },
      { keys: 's', action: 'Ubah status' },
      { keys: '?', action: 'Tampilkan daftar pintasan' },
    ],
    shortcutsHint: 'Pintasan tidak berlaku saat Anda mengetik di kolom isian.',
    noPermission: 'Peran Anda hanya dapat membaca laporan; perubahan status dilakukan oleh petugas Dinas.',
  },
  en: {
    title: 'Report inbox',
    count: (n) => `${n} ${n === 1 ? 'report' : 'reports'}`,
    filters: 'Filters',
    status: 'Status',
    kind: 'Kind',
    category: 'Category',
    regionLevels: ['Province', 'Regency/city', 'District', 'Village'],
    age: 'Age',
    olderThan: (days) => `More than ${days} days`,
    search: 'Search titles and text',
    sort: 'Order',
    sorts: { newest: 'Newest', oldest: 'Oldest', updated: 'Recently updated' },
    all: 'All',
    apply: 'Apply filters',
    empty: 'No reports yet.',
    emptyFiltered: 'No report matches these filters.',
    tracking: 'Tracking code',
    reportTitle: 'Title',
    region: 'Area',
    submitted: 'Submitted',
    recordedBy: 'Recorded by',
    select: 'Select',
    selectRow: (code) => `Select report ${code}`,
    selectPage: 'Select all on this page',
    selected: (n) => `${n} ${n === 1 ? 'report' : 'reports'} selected`,
    clearSelection: 'Clear selection',
    bulkChange: 'Change status of the selected reports',
    exportCsv: 'Download CSV (these filters)',
    exporting: 'Preparing the CSV file…',
    exported: 'The CSV file has been downloaded.',
    exportFailed: 'The CSV file could not be downloaded.',
    firstPage: 'First page',
    listed: (n) => `${n} ${n === 1 ? 'report' : 'reports'} shown.`,
    back: 'Back to the list',
    recordLoading: 'Loading the report…',
    body: 'Report',
    reporter: 'Reporter',
    reporterName: 'Name',
    reporterEmail: 'Email',
    reporterPhone: 'Phone',
    reporterNone: 'The reporter gave no personal details.',
    reporterHidden: "The reporter's personal data is not shown for your role.",
    anonymous: 'Anonymous',
    confidential: 'Confidential',
    updated: 'Updated',
    history: 'History',
    publicNote: 'Note to the reporter (public)',
    internalNote: 'Internal note (officials only)',
    byCitizen: 'Submitted by a citizen',
    bySystem: 'by the system',
    byReporter: 'by the reporter (with the follow-up secret)',
    historyKinds: {
      agency_response: "The agency's answer",
      question: 'Question to the reporter',
      reporter_information: 'Information added by the reporter',
      reporter_answer: "The reporter's answer",
      rating: "The reporter's rating",
      reopened: 'Reopened by the reporter',
      extension: 'Deadline extended',
      objection: 'The requester objected',
      objection_answer: 'Answer to the objection',
    },
    by: (name) => `by ${name}`,
    changeStatus: 'Change status',
    finalStatus: 'This status is final: it cannot change any more.',
    dialogTitle: 'Change the report status',
    bulkDialogTitle: (n) => `Change the status of ${n} ${n === 1 ? 'report' : 'reports'}`,
    currentStatus: 'Current status',
    newStatus: 'New status',
    noTransition: 'No status change is possible.',
    publicNoteHint: 'Shown to the reporter on the tracking page.',
    rejectionNeedsNote: 'A rejection needs the reason in the note to the reporter.',
    internalNoteHint: 'Seen by officials only, never by the reporter.',
    characters: (n, max) => `${n} of ${max} characters`,
    submitStatus: 'Save status',
    statusChanged: (status) => `Status changed to ${status}.`,
    staleReloaded:
      'Another official changed this report. The latest version has been loaded; your notes are kept. Check, then save again.',
    bulkResults: 'Status change results',
    bulkSummary: (ok, failed) => `${ok} succeeded, ${failed} failed.`,
    outcomeChanged: 'Succeeded',
    outcomeNotFound: 'Failed: the report was not found or is outside your area.',
    outcomeInvalid: (from, to) => `Failed: status ${from} cannot change to ${to}.`,
    dismiss: 'Close the results',
    shortcuts: 'Keyboard shortcuts',
    shortcutList: [
      { keys: 'j / ↓', action: 'Next report' },
      { keys: 'k / ↑', action: 'Previous report' },
      { keys: 'Enter', action: 'Open the report' },
      { keys: 'Escape', action: 'Close the report or dialog' },
      { keys: 'x', action: 'Select or unselect the report' },
      { keys: 's', action: 'Change status' },
      { keys: '?', action: 'Show the shortcut list' },
    ],
    shortcutsHint: 'Shortcuts do nothing while you type in a field.',
    noPermission: 'Your role can read reports; Dinas officials change their status.',
  },
};
