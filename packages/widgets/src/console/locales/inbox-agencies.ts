// The strings of <kim-aspiration-inbox> about agencies: forwarding to one, its answers in the history.
import type { Localized } from '../../locales/types.js';

export interface InboxAgencyStrings {
  /** The select's label in the status dialog. */
  agency: string;
  agencyHint: string;
  /** The bulk dialog: one agency for every report selected. */
  agencyHintBulk: string;
  choose: string;
  loading: string;
  loadFailed: string;
  /** No active agency in the region: where to add one. */
  none: string;
  /** "Diteruskan ke {name}". */
  forwardedTo: (name: string) => string;
  /** "Jawaban {name}": an agency response in the history. */
  responseOf: (name: string) => string;
  /** A bulk row of another regency or city than the agency's. */
  outcomeMismatch: string;
  /** The record's form for the agency's answer: "Catat jawaban {name}". */
  responseTitle: (name: string) => string;
  responseNote: string;
  responseNoteHint: string;
  responseInternalNote: string;
  responseSubmit: string;
  /** Announced: "Jawaban {name} telah dicatat." */
  responseSaved: (name: string) => string;
}

export const inboxAgencies: Localized<InboxAgencyStrings> = {
  id: {
    agency: 'Perangkat daerah tujuan',
    agencyHint: 'Perangkat daerah aktif di kabupaten/kota laporan ini.',
    agencyHintBulk:
      'Satu perangkat daerah untuk semua laporan terpilih; laporan dari kabupaten/kota lain tidak akan diteruskan.',
    choose: 'Pilih perangkat daerah',
    loading: 'Memuat daftar perangkat daerah…',
    loadFailed: 'Daftar perangkat daerah tidak dapat dimuat.',
    none: 'Belum ada perangkat daerah aktif di wilayah ini. Tambahkan lebih dahulu di bagian Perangkat daerah.',
    forwardedTo: (name) => `Diteruskan ke ${name}`,
    responseOf: (name) => `Jawaban ${name}`,
    outcomeMismatch: 'Gagal: perangkat daerah ini tidak melayani kabupaten/kota laporan ini.',
    responseTitle: (name) => `Catat jawaban ${name}`,
    responseNote: 'Jawaban perangkat daerah (publik)',
    responseNoteHint: 'Ditampilkan kepada pelapor pada halaman pelacakan. Status laporan tidak berubah.',
    responseInternalNote: 'Catatan internal (hanya petugas)',
    responseSubmit: 'Simpan jawaban',
    responseSaved: (name) => `Jawaban ${name} telah dicatat.`,
  },
  en: {
    agency: 'Agency to forward to',
    agencyHint: "Active agencies of this report's regency or city.",
    agencyHintBulk: 'One agency for every selected report; reports of another regency or city are not forwarded.',
    choose: 'Choose an agency',
    loading: 'Loading the agencies…',
    loadFailed: 'The agencies could not be loaded.',
    none: 'This region has no active agency yet. Add one first under Agencies.',
    forwardedTo: (name) => `Forwarded to ${name}`,
    responseOf: (name) => `Answer from ${name}`,
    outcomeMismatch: "Failed: this agency does not serve this report's regency or city.",
    responseTitle: (name) => `Record the answer from ${name}`,
    responseNote: "The agency's answer (public)",
    responseNoteHint: "Shown to the reporter on the tracking page. The report's status does not change.",
    responseInternalNote: 'Internal note (officials only)',
    responseSubmit: 'Save the answer',
    responseSaved: (name) => `The answer from ${name} has been recorded.`,
  },
};
