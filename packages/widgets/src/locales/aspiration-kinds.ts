// Names of the three kinds of report, shown by the form and the tracker. A file of its own, so each bundles only these.
import type { AspirationKind } from '@kim-kit/sdk';
import type { Localized } from './types.js';

export const aspirationKinds: Localized<Record<AspirationKind, string>> = {
  id: { aspiration: 'Aspirasi', complaint: 'Pengaduan', information_request: 'Permohonan informasi' },
  en: { aspiration: 'Aspiration', complaint: 'Complaint', information_request: 'Information request' },
};
