// Strings of an information request's part of `<kim-aspiration-status>` (UU 14/2008), in every language.
import type { Localized } from './types.js';

export interface InformationRequestTrackingStrings {
  heading: string;
  registerNumber: string;
  informationRequested: string;
  extended: (days: number) => string;
  extensionReason: string;
  answer: string;
  refusal: string;
  ground: string;
  objectionUntil: string;
  objection: string;
  objectionAnswer: string;
  objectionDue: string;
}

export const informationRequestTracking: Localized<InformationRequestTrackingStrings> = {
  id: {
    heading: 'Permohonan informasi publik',
    registerNumber: 'Nomor register',
    informationRequested: 'Informasi yang diminta',
    extended: (days) => `Jangka waktu diperpanjang ${days} hari kerja`,
    extensionReason: 'Alasan perpanjangan',
    answer: 'Jawaban',
    refusal: 'Pemberitahuan tertulis penolakan',
    ground: 'Dasar hukum penolakan',
    objectionUntil: 'Keberatan dapat diajukan sampai',
    objection: 'Keberatan diajukan',
    objectionAnswer: 'Tanggapan atasan PPID',
    objectionDue: 'Tanggapan atas keberatan paling lambat',
  },
  en: {
    heading: 'Request for public information',
    registerNumber: 'Register number',
    informationRequested: 'Information requested',
    extended: (days) => `Deadline extended by ${days} working days`,
    extensionReason: 'Reason for the extension',
    answer: 'Answer',
    refusal: 'Written refusal',
    ground: 'Legal ground of the refusal',
    objectionUntil: 'An objection may be filed until',
    objection: 'Objection filed',
    objectionAnswer: 'Answer of the PPID’s superior',
    objectionDue: 'The objection is to be answered by',
  },
};
