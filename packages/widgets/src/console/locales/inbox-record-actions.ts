// The strings of <kim-aspiration-inbox> for what officials do in a record beyond the status: the question to the
// reporter, an information request's register facts and legal course (extension, decision, objection answer), the
// reporter's entries in the history, and the list's badges for what the reporter did.
import type { Localized } from '../../locales/types.js';

export interface InboxRecordActionStrings {
  /** The question to the reporter. */
  questionTitle: string;
  question: string;
  questionHint: string;
  questionSubmit: string;
  questionAsked: string;
  /** The information request section. */
  requestTitle: string;
  registerNumber: string;
  purpose: string;
  informationRequested: string;
  format: string;
  delivery: string;
  extended: (days: number) => string;
  extensionReason: string;
  decision: string;
  answered: string;
  refused: string;
  ground: string;
  objection: string;
  objectionReason: string;
  objectionText: string;
  objectionDue: string;
  objectionAnswer: string;
  objectionOpenUntil: string;
  /** Points the status dialog's reader to the decision. */
  decisionInstead: string;
  /** The bulk dialog, when the selection holds information requests. */
  bulkRequests: (n: number) => string;
  /** The extension. */
  extendTitle: string;
  extendDays: string;
  extendDaysOption: (days: number) => string;
  daysChoose: string;
  extendHint: string;
  extendReason: string;
  extendReasonHint: string;
  extendSubmit: string;
  extendedDone: (days: number) => string;
  /** The decision. */
  decideTitle: string;
  outcome: string;
  outcomeResolved: string;
  outcomeRejected: string;
  answer: string;
  answerHint: string;
  groundChoose: string;
  refusalReason: string;
  refusalReasonHint: string;
  decideSubmit: string;
  decidedResolved: string;
  decidedRejected: string;
  /** The objection's answer. */
  objectionAnswerTitle: string;
  objectionAnswerHint: string;
  objectionAnswerSubmit: string;
  objectionAnswered: string;
  /** "Minimal {min} karakter." */
  atLeast: (min: number) => string;
  /** History: the rating with its score, and the label of the reporter's own text. */
  ratingOf: (score: number) => string;
  reporterText: string;
  reopenReason: string;
  byRequester: string;
  /** The list's badges, in words. */
  badgeReopened: string;
  badgeAnswer: string;
  badgeInformation: string;
  badgeObjection: string;
}

export const inboxRecordActions: Localized<InboxRecordActionStrings> = {
  id: {
    questionTitle: 'Tanyakan kepada pelapor',
    question: 'Pertanyaan',
    questionHint:
      'Pertanyaan tampil di halaman pelacakan; pelapor menjawab dengan kode lacak dan kode rahasia tindak lanjut.',
    questionSubmit: 'Kirim pertanyaan',
    questionAsked: 'Pertanyaan untuk pelapor telah dikirim.',
    requestTitle: 'Permohonan informasi publik',
    registerNumber: 'Nomor register',
    purpose: 'Tujuan penggunaan informasi',
    informationRequested: 'Rincian informasi yang dibutuhkan',
    format: 'Bentuk salinan',
    delivery: 'Cara penyampaian',
    extended: (days) => `Diperpanjang ${days} hari kerja`,
    extensionReason: 'Alasan perpanjangan',
    decision: 'Keputusan',
    answered: 'Informasi diberikan',
    refused: 'Permohonan ditolak',
    ground: 'Dasar hukum penolakan',
    objection: 'Keberatan diajukan',
    objectionReason: 'Alasan keberatan',
    objectionText: 'Uraian keberatan dari pemohon',
    objectionDue: 'Batas tanggapan atas keberatan',
    objectionAnswer: 'Tanggapan atas keberatan',
    objectionOpenUntil: 'Keberatan dapat diajukan sampai',
    decisionInstead:
      'Permohonan informasi dijawab atau ditolak melalui bagian Keputusan pada rekaman ini, yang mencatat dasar hukum penolakan.',
    bulkRequests: (n) =>
      `${n} permohonan informasi dalam pilihan ini tidak dapat diselesaikan atau ditolak di sini; gunakan bagian Keputusan pada rekamannya.`,
    extendTitle: 'Perpanjang jangka waktu',
    extendDays: 'Lama perpanjangan',
    extendDaysOption: (days) => `${days} hari kerja`,
    daysChoose: 'Pilih lama perpanjangan',
    extendHint:
      'Hanya sekali, paling lama 7 hari kerja, sebelum jangka waktu 10 hari kerja berakhir (Pasal 22 ayat (8)).',
    extendReason: 'Alasan perpanjangan',
    extendReasonHint: 'Ditampilkan kepada pemohon.',
    extendSubmit: 'Perpanjang',
    extendedDone: (days) => `Jangka waktu diperpanjang ${days} hari kerja.`,
    decideTitle: 'Keputusan atas permohonan',
    outcome: 'Keputusan',
    outcomeResolved: 'Berikan informasi',
    outcomeRejected: 'Tolak permohonan secara tertulis',
    answer: 'Jawaban',
    answerHint: 'Informasi yang diminta, atau di mana dan bagaimana informasi diberikan. Ditampilkan kepada pemohon.',
    groundChoose: 'Pilih dasar hukum',
    refusalReason: 'Alasan penolakan',
    refusalReasonHint: 'Uraian tertulis yang ditampilkan kepada pemohon.',
    decideSubmit: 'Simpan keputusan',
    decidedResolved: 'Permohonan dijawab; informasi diberikan.',
    decidedRejected: 'Permohonan ditolak dengan dasar hukum.',
    objectionAnswerTitle: 'Tanggapi keberatan',
    objectionAnswerHint: 'Tanggapan atasan PPID, ditampilkan kepada pemohon. Hanya sekali.',
    objectionAnswerSubmit: 'Simpan tanggapan',
    objectionAnswered: 'Tanggapan atas keberatan telah disimpan.',
    atLeast: (min) => `Minimal ${min} karakter.`,
    ratingOf: (score) => `Penilaian pelapor: ${score} dari 5`,
    reporterText: 'Disampaikan pelapor (hanya petugas)',
    reopenReason: 'Alasan membuka kembali (hanya petugas)',
    byRequester: 'oleh pemohon (dengan kode rahasia)',
    badgeReopened: 'Dibuka kembali',
    badgeAnswer: 'Ada jawaban pelapor',
    badgeInformation: 'Ada informasi tambahan',
    badgeObjection: 'Keberatan menunggu tanggapan',
  },
  en: {
    questionTitle: 'Ask the reporter',
    question: 'Question',
    questionHint:
      'The question shows on the tracking page; the reporter answers with the tracking code and the follow-up secret.',
    questionSubmit: 'Send question',
    questionAsked: 'The question to the reporter was sent.',
    requestTitle: 'Request for public information',
    registerNumber: 'Register number',
    purpose: 'Purpose of use',
    informationRequested: 'Information requested',
    format: 'Form of copy',
    delivery: 'Delivery',
    extended: (days) => `Extended by ${days} working days`,
    extensionReason: 'Reason for the extension',
    decision: 'Decision',
    answered: 'Information given',
    refused: 'Request refused',
    ground: 'Legal ground of the refusal',
    objection: 'Objection filed',
    objectionReason: 'Reason for the objection',
    objectionText: "The requester's statement",
    objectionDue: 'Objection to be answered by',
    objectionAnswer: 'Answer to the objection',
    objectionOpenUntil: 'An objection may be filed until',
    decisionInstead:
      'An information request is answered or refused in the Decision part of this record, which records the legal ground of a refusal.',
    bulkRequests: (n) =>
      `${n} information request${n === 1 ? '' : 's'} in this selection cannot be resolved or rejected here; use the Decision part of the record.`,
    extendTitle: 'Extend the deadline',
    extendDays: 'Extension',
    extendDaysOption: (days) => `${days} working day${days === 1 ? '' : 's'}`,
    daysChoose: 'Choose the extension',
    extendHint: 'Once only, by at most 7 working days, before the 10 working days end (art. 22(8)).',
    extendReason: 'Reason for the extension',
    extendReasonHint: 'Shown to the requester.',
    extendSubmit: 'Extend',
    extendedDone: (days) => `The deadline was extended by ${days} working days.`,
    decideTitle: 'Decision on the request',
    outcome: 'Decision',
    outcomeResolved: 'Give the information',
    outcomeRejected: 'Refuse the request in writing',
    answer: 'Answer',
    answerHint: 'The information, or where and how it is given. Shown to the requester.',
    groundChoose: 'Choose the legal ground',
    refusalReason: 'Reason for the refusal',
    refusalReasonHint: 'The written explanation the requester reads.',
    decideSubmit: 'Save decision',
    decidedResolved: 'The request was answered; the information is given.',
    decidedRejected: 'The request was refused with its legal ground.',
    objectionAnswerTitle: 'Answer the objection',
    objectionAnswerHint: "The answer of the PPID's superior, shown to the requester. Once only.",
    objectionAnswerSubmit: 'Save answer',
    objectionAnswered: 'The answer to the objection was saved.',
    atLeast: (min) => `At least ${min} characters.`,
    ratingOf: (score) => `The reporter's rating: ${score} of 5`,
    reporterText: 'From the reporter (officials only)',
    reopenReason: 'Reason for reopening (officials only)',
    byRequester: 'by the requester (with the follow-up secret)',
    badgeReopened: 'Reopened',
    badgeAnswer: 'Reporter answered',
    badgeInformation: 'New information',
    badgeObjection: 'Objection awaiting answer',
  },
};
