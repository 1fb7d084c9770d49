// The strings of <kim-aspiration-intake> and its slip, in every language (Bahasa Indonesia first).
import { VERBAL_CONSENT_STATEMENT } from '@kim-kit/sdk';
import type { Localized } from '../../locales/types.js';

export interface AspirationIntakeStrings {
  title: string;
  intro: string;
  group: string;
  chooseGroup: string;
  noGroups: string;
  /** The consent checkbox: the statement the operator reads aloud to the resident. */
  consent: string;
  /** `{count}` waiting. */
  waiting: (count: number) => string;
  waitingHint: string;
  slipTitle: string;
  slipPending: string;
  slipKim: string;
  slipWhen: string;
  slipCode: string;
  slipFollow: string;
  /** `{url}` of the tracker. */
  slipFollowHow: string;
  slipKeep: string;
  paper: string;
  paperA6: string;
  paper58: string;
  print: string;
  another: string;
  recordedBy: (group: string) => string;
}

export const aspirationIntake: Localized<AspirationIntakeStrings> = {
  id: {
    title: 'Catat laporan warga',
    intro:
      'Catat aspirasi, pengaduan, atau permintaan informasi warga yang tidak memiliki akses internet. Bacakan ' +
      'pernyataan persetujuan kepada warga sebelum mencatat. Tanpa koneksi, laporan disimpan di perangkat ini dan ' +
      'dikirim sekali begitu koneksi kembali.',
    group: 'KIM pencatat',
    chooseGroup: 'Pilih KIM',
    noGroups: 'Anda belum menjadi operator KIM mana pun.',
    consent: VERBAL_CONSENT_STATEMENT.id,
    waiting: (count) => `${count} laporan belum terkirim`,
    waitingHint: 'Slip akan dicetak setelah terkirim: kode lacak diberikan oleh server.',
    slipTitle: 'Tanda terima laporan warga',
    slipPending: 'Laporan belum terkirim. Slip akan dicetak setelah terkirim.',
    slipKim: 'Dicatat oleh',
    slipWhen: 'Waktu pencatatan',
    slipCode: 'Kode lacak',
    slipFollow: 'Cara memantau laporan',
    slipFollowHow: 'Buka alamat berikut dan masukkan kode lacak, atau tanyakan kepada KIM ini.',
    slipKeep: 'Simpan slip ini. Kode lacak adalah satu-satunya cara memantau laporan Anda.',
    paper: 'Ukuran kertas',
    paperA6: 'A6 (105 × 148 mm)',
    paper58: 'Kertas termal 58 mm',
    print: 'Cetak slip',
    another: 'Catat laporan lain',
    recordedBy: (group) => `Dicatat oleh ${group}`,
  },
  en: {
    title: 'Record a resident’s report',
    intro:
      'Record an aspiration, complaint or information request for a resident without internet access. Read the ' +
      'consent statement to the resident before recording. Without a connection the report is kept on this device ' +
      'and sent once as soon as the connection returns.',
    group: 'Recording KIM',
    chooseGroup: 'Choose a KIM',
    noGroups: 'You do not operate any KIM yet.',
    consent: VERBAL_CONSENT_STATEMENT.en,
    waiting: (count) => `${count} ${count === 1 ? 'report' : 'reports'} not sent yet`,
    waitingHint: 'The slip is printed once sent: the server gives the tracking code.',
    slipTitle: 'Receipt of a resident’s report',
    slipPending: 'The report is not sent yet. The slip is printed once it is sent.',
    slipKim: 'Recorded by',
    slipWhen: 'Recorded at',
    slipCode: 'Tracking code',
    slipFollow: 'How to follow the report',
    slipFollowHow: 'Open this address and enter the tracking code, or ask this KIM.',
    slipKeep: 'Keep this slip. The tracking code is the only way to follow your report.',
    paper: 'Paper size',
    paperA6: 'A6 (105 × 148 mm)',
    paper58: '58 mm thermal paper',
    print: 'Print the slip',
    another: 'Record another report',
    recordedBy: (group) => `Recorded by ${group}`,
  },
};
