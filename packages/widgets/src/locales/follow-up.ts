// Strings of the reporter's follow-up in `<kim-aspiration-status>` (the secret, added information, the answer to an
// official's question, the rating, reopening) and of an information request's objection form, in every language.
import type { Localized } from './types.js';

export interface FollowUpStrings {
  heading: string;
  intro: string;
  secret: string;
  secretHint: string;
  secretEmpty: string;
  /** A 403: the secret does not belong to this code (or the code is unknown, which the server does not tell apart). */
  secretMismatch: string;
  optional: string;
  information: { heading: string; label: string; hint: string; submit: string; done: string };
  answer: {
    heading: string;
    /** Before the quoted question. */
    question: string;
    /** When the question itself is withheld (a confidential report). */
    questionWithheld: string;
    label: string;
    submit: string;
    done: string;
  };
  rating: {
    heading: string;
    legend: string;
    /** The five choices, 1 to 5. */
    scores: readonly [string, string, string, string, string];
    comment: string;
    commentHint: string;
    submit: string;
    done: string;
    /** Once rated: "Anda memberi nilai 4 dari 5." */
    rated: (score: number | undefined) => string;
  };
  reopen: {
    heading: string;
    /** `until` is a date and time with its zone. */
    hint: (until: string) => string;
    label: string;
    submit: string;
    done: string;
    /** The window has closed (`until` when known). */
    closed: (until: string | undefined) => string;
  };
  objection: {
    heading: string;
    hint: (until: string) => string;
    reason: string;
    /** No reason chosen. */
    chooseReason: string;
    text: string;
    textHint: string;
    submit: string;
    done: string;
  };
  sending: string;
  /** Said when the fields have problems; focus goes to the first. */
  fixFields: string;
  rateLimited: (seconds: number) => string;
  offline: string;
  conflict: string;
  generic: string;
}

const minutes = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));

export const followUp: Localized<FollowUpStrings> = {
  id: {
    heading: 'Tindak lanjut oleh pelapor',
    intro:
      'Dengan kode rahasia tindak lanjut dari tanda terima, Anda dapat menambahkan informasi, menjawab pertanyaan petugas, menilai tanggapan, atau membuka kembali laporan.',
    secret: 'Kode rahasia tindak lanjut',
    secretHint:
      '20 huruf dan angka dari tanda terima, misalnya K7QD-9XMP-2HRT-V4CW-8NZE. Kode ini tidak disimpan di perangkat Anda.',
    secretEmpty: 'Masukkan kode rahasia tindak lanjut dari tanda terima laporan.',
    secretMismatch: 'Kode rahasia tidak cocok. Periksa kembali kode pada tanda terima laporan Anda.',
    optional: '(opsional)',
    information: {
      heading: 'Tambahkan informasi',
      label: 'Informasi tambahan',
      hint: 'Misalnya perkembangan terbaru atau keterangan yang belum Anda sampaikan. Hanya petugas yang dapat membacanya.',
      submit: 'Kirim informasi',
      done: 'Informasi tambahan Anda telah terkirim.',
    },
    answer: {
      heading: 'Jawab pertanyaan petugas',
      question: 'Pertanyaan petugas:',
      questionWithheld:
        'Petugas mengajukan pertanyaan kepada Anda. Isi pertanyaan tidak ditampilkan karena laporan ini rahasia.',
      label: 'Jawaban Anda',
      submit: 'Kirim jawaban',
      done: 'Jawaban Anda telah terkirim.',
    },
    rating: {
      heading: 'Nilai tanggapan',
      legend: 'Seberapa puas Anda dengan tanggapan atas laporan ini?',
      scores: ['1 – Sangat tidak puas', '2 – Tidak puas', '3 – Cukup puas', '4 – Puas', '5 – Sangat puas'],
      comment: 'Komentar',
      commentHint: 'Hanya petugas yang dapat membacanya.',
      submit: 'Kirim penilaian',
      done: 'Terima kasih, penilaian Anda telah tercatat.',
      rated: (score) =>
        score ? `Anda telah memberi nilai ${score} dari 5 untuk tanggapan ini.` : 'Anda telah menilai tanggapan ini.',
    },
    reopen: {
      heading: 'Buka kembali laporan',
      hint: (until) => `Jika masalahnya belum selesai, Anda dapat membuka kembali laporan ini sampai ${until}.`,
      label: 'Alasan membuka kembali',
      submit: 'Buka kembali laporan',
      done: 'Laporan dibuka kembali dan akan ditindaklanjuti lagi oleh petugas.',
      closed: (until) =>
        until
          ? `Batas waktu untuk membuka kembali laporan ini telah berakhir pada ${until}.`
          : 'Laporan ini tidak dapat dibuka kembali lagi.',
    },
    objection: {
      heading: 'Ajukan keberatan',
      hint: (until) =>
        `Jika Anda tidak puas dengan tanggapan atas permohonan informasi ini, Anda dapat mengajukan keberatan kepada atasan PPID sampai ${until} (Pasal 35 UU 14/2008).`,
      reason: 'Alasan keberatan',
      chooseReason: 'Pilih salah satu alasan keberatan.',
      text: 'Uraian keberatan',
      textHint: 'Jelaskan mengapa Anda keberatan dan apa yang Anda minta.',
      submit: 'Ajukan keberatan',
      done: 'Keberatan Anda telah diajukan. Atasan PPID menanggapinya paling lambat 30 hari kerja.',
    },
    sending: 'Mengirim...',
    fixFields: 'Periksa kembali isian yang ditandai.',
    rateLimited: (seconds) =>
      `Terlalu banyak percobaan. Coba lagi dalam ${seconds < 60 ? `${Math.max(1, Math.ceil(seconds))} detik` : `${minutes(seconds)} menit`}. Tulisan Anda tetap tersimpan di kolom ini.`,
    offline:
      'Tidak dapat terhubung ke server. Periksa koneksi internet Anda lalu kirim lagi; tulisan Anda tetap tersimpan di kolom ini.',
    conflict: 'Langkah ini tidak dapat dilakukan pada status laporan saat ini.',
    generic: 'Maaf, permintaan Anda tidak dapat diproses saat ini. Coba lagi nanti; tulisan Anda tetap tersimpan.',
  },
  en: {
    heading: 'Follow-up by the reporter',
    intro:
      "With the follow-up secret from your receipt you can add information, answer an official's question, rate the response or reopen the report.",
    secret: 'Follow-up secret',
    secretHint:
      'The 20 letters and digits on your receipt, e.g. K7QD-9XMP-2HRT-V4CW-8NZE. It is not stored on your device.',
    secretEmpty: "Enter the follow-up secret from your report's receipt.",
    secretMismatch: 'The follow-up secret does not match. Check the code on your receipt.',
    optional: '(optional)',
    information: {
      heading: 'Add information',
      label: 'Additional information',
      hint: 'For example what has changed, or details you have not given yet. Only officials can read it.',
      submit: 'Send information',
      done: 'Your additional information has been sent.',
    },
    answer: {
      heading: "Answer the official's question",
      question: "The official's question:",
      questionWithheld: 'An official has asked you a question. It is not shown because this report is confidential.',
      label: 'Your answer',
      submit: 'Send answer',
      done: 'Your answer has been sent.',
    },
    rating: {
      heading: 'Rate the response',
      legend: 'How satisfied are you with the response to this report?',
      scores: [
        '1 – Very dissatisfied',
        '2 – Dissatisfied',
        '3 – Fairly satisfied',
        '4 – Satisfied',
        '5 – Very satisfied',
      ],
      comment: 'Comment',
      commentHint: 'Only officials can read it.',
      submit: 'Send rating',
      done: 'Thank you, your rating has been recorded.',
      rated: (score) => (score ? `You rated this response ${score} out of 5.` : 'You have rated this response.'),
    },
    reopen: {
      heading: 'Reopen the report',
      hint: (until) => `If the problem is not solved, you can reopen this report until ${until}.`,
      label: 'Why you reopen it',
      submit: 'Reopen the report',
      done: 'The report has been reopened and officials will work on it again.',
      closed: (until) =>
        until ? `The time to reopen this report ended on ${until}.` : 'This report can no longer be reopened.',
    },
    objection: {
      heading: 'File an objection',
      hint: (until) =>
        `If you are not satisfied with the response to this information request, you can file an objection with the PPID's superior until ${until} (UU 14/2008 art. 35).`,
      reason: 'Reason for the objection',
      chooseReason: 'Choose one of the reasons for the objection.',
      text: 'Your objection',
      textHint: 'Explain why you object and what you ask for.',
      submit: 'File objection',
      done: "Your objection has been filed. The PPID's superior answers within 30 working days.",
    },
    sending: 'Sending...',
    fixFields: 'Check the marked fields.',
    rateLimited: (seconds) =>
      `Too many attempts. Try again in ${seconds < 60 ? `${Math.max(1, Math.ceil(seconds))} seconds` : `${minutes(seconds)} minutes`}. What you wrote is kept in the field.`,
    offline: 'Cannot reach the server. Check your internet connection and send again; what you wrote is kept.',
    conflict: 'This step is not possible in the report’s current status.',
    generic: 'Sorry, your request cannot be processed right now. Try again later; what you wrote is kept.',
  },
};
