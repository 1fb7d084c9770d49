// The strings of <kim-aspiration-status> about the files an official made public.
import type { Localized } from './types.js';

export interface TrackerFileStrings {
  files: string;
  /** The alt text of a public photo: "Foto lampiran laporan: {name}". */
  photoAlt: (name: string) => string;
  /** "{name} (PDF, 1,2 MB)". */
  document: (name: string, size: string) => string;
}

export const trackerFiles: Localized<TrackerFileStrings> = {
  id: {
    files: 'Lampiran',
    photoAlt: (name) => `Foto lampiran laporan: ${name}`,
    document: (name, size) => `${name} (PDF, ${size})`,
  },
  en: {
    files: 'Attachments',
    photoAlt: (name) => `Photo attached to the report: ${name}`,
    document: (name, size) => `${name} (PDF, ${size})`,
  },
};
