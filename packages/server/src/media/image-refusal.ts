// Why an upload was refused, and how each reason is answered.
import type { ProblemCode } from '@kim-kit/sdk/schemas';

export type ImageRefusal =
  | 'empty'
  | 'too_large'
  | 'not_an_image'
  | 'unsupported_type'
  | 'svg'
  | 'type_mismatch'
  | 'polyglot'
  | 'truncated'
  | 'too_many_pixels'
  | 'corrupt';

/** The HTTP status and problem code a route answers each refusal with. */
export const REFUSAL_PROBLEMS: Readonly<Record<ImageRefusal, { status: 413 | 415 | 422; code: ProblemCode }>> = {
  empty: { status: 422, code: 'media_rejected' },
  too_large: { status: 413, code: 'payload_too_large' },
  not_an_image: { status: 415, code: 'unsupported_media_type' },
  unsupported_type: { status: 415, code: 'unsupported_media_type' },
  svg: { status: 415, code: 'unsupported_media_type' },
  type_mismatch: { status: 422, code: 'media_rejected' },
  polyglot: { status: 422, code: 'media_rejected' },
  truncated: { status: 422, code: 'media_rejected' },
  too_many_pixels: { status: 422, code: 'media_rejected' },
  corrupt: { status: 422, code: 'media_rejected' },
};

/** What to tell the uploader, in the two languages of the UI (the processor adds the specifics in English). */
export const REFUSAL_MESSAGES: Readonly<Record<ImageRefusal, { id: string; en: string }>> = {
  empty: { id: 'Berkas kosong.', en: 'The file is empty.' },
  too_large: { id: 'Berkas lebih dari 8 MB.', en: 'The file is larger than 8 MB.' },
  not_an_image: { id: 'Berkas ini bukan gambar.', en: 'The file is not an image.' },
  unsupported_type: {
    id: 'Gunakan gambar JPEG, PNG atau WebP.',
    en: 'Use a JPEG, PNG or WebP image.',
  },
  svg: {
    id: 'Gambar SVG tidak diterima karena dapat memuat skrip. Gunakan JPEG, PNG atau WebP.',
    en: 'SVG images are not accepted because they can carry scripts. Use JPEG, PNG or WebP.',
  },
  type_mismatch: {
    id: 'Isi berkas tidak sesuai dengan jenis yang disebutkan.',
    en: 'The file’s content does not match its declared type.',
  },
  polyglot: {
    id: 'Berkas ini memuat data lain selain gambar.',
    en: 'The file carries other data besides the image.',
  },
  truncated: { id: 'Berkas gambar tidak lengkap (terpotong).', en: 'The image file is incomplete (truncated).' },
  too_many_pixels: {
    id: 'Gambar terlalu besar: maksimal 40 megapiksel dan 16.383 piksel per sisi.',
    en: 'The image is too large: at most 40 megapixels and 16,383 pixels per side.',
  },
  corrupt: { id: 'Berkas gambar rusak.', en: 'The image file is damaged.' },
};
