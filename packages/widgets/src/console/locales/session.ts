// The console's session messages, shared by every console widget. A file of its own, as the public widgets' sections.
import type { Localized } from '../../locales/types.js';

export interface SessionStrings {
  /** Shown by every widget when the server ended the session; what the person typed stays. */
  expired: string;
  expiredHint: string;
  signInAgain: string;
  /** A call the person's role does not allow (403). */
  forbidden: string;
}

export const session: Localized<SessionStrings> = {
  id: {
    expired: 'Sesi Anda telah berakhir',
    expiredHint: 'Isian Anda tetap tersimpan di halaman ini. Masuk kembali untuk melanjutkan.',
    signInAgain: 'Masuk kembali',
    forbidden: 'Peran Anda tidak mengizinkan tindakan ini.',
  },
  en: {
    expired: 'Your session has ended',
    expiredHint: 'What you typed is still on this page. Sign in again to continue.',
    signInAgain: 'Sign in again',
    forbidden: 'Your role does not allow this action.',
  },
};
