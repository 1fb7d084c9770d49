// Strings of the information-request fields of `<kim-aspiration-form>` (UU 14/2008), in every language.
import type { Localized } from './types.js';

export interface InformationRequestFieldStrings {
  legend: string;
  /** Why a name and a contact are needed, and that the request cannot be anonymous. */
  intro: string;
  informationRequested: string;
  informationRequestedHint: string;
  purpose: string;
  purposeHint: string;
  format: string;
  delivery: string;
  chooseDelivery: string;
}

export const informationRequestFields: Localized<InformationRequestFieldStrings> = {
  id: {
    legend: 'Permohonan informasi publik',
    intro:
      'Menurut UU 14/2008, permohonan informasi wajib mencantumkan nama dan email atau nomor telepon, dan tidak ' +
      'dapat diajukan secara anonim. Jawaban paling lambat 10 hari kerja, dapat diperpanjang 7 hari kerja.',
    informationRequested: 'Rincian informasi yang dibutuhkan',
    informationRequestedHint: 'Sebutkan dokumen atau data yang Anda minta, misalnya tahun dan nama kegiatannya.',
    purpose: 'Tujuan penggunaan informasi',
    purposeHint: 'Contoh: bahan kajian kelompok warga.',
    format: 'Bentuk salinan informasi',
    delivery: 'Cara mendapatkan salinan informasi',
    chooseDelivery: 'Pilih cara',
  },
  en: {
    legend: 'Request for public information',
    intro:
      'Under UU 14/2008 an information request must give a name and an email or phone number, and cannot be ' +
      'anonymous. It is answered within 10 working days, which may be extended by 7.',
    informationRequested: 'The information you need',
    informationRequestedHint: 'Name the documents or data you ask for, for example the year and the activity.',
    purpose: 'What you will use it for',
    purposeHint: 'For example: a study by a residents’ group.',
    format: 'Form of the copy',
    delivery: 'How you will get the copy',
    chooseDelivery: 'Choose one',
  },
};
