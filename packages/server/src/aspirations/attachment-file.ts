// A citizen's file for an aspiration: what it really is (by its bytes, not its name), refused with a reason that
// names it, or made safe to keep: images re-encoded by sharp (orientation applied; EXIF, GPS and every other
// metadata gone), PDFs checked and kept as sent.
import { ATTACHMENT_LIMITS, type AttachmentType } from '@kim-kit/sdk/schemas';
import sharp from 'sharp';
import { containerLayout } from '../media/image-container.js';
import { polyglotReason } from '../media/polyglot.js';
import { IMAGE_LIMITS } from '../media/process-image.js';
import { type SniffedType, sniffImageType } from '../media/sniff-image.js';

/** Longest side kept: a phone's 12 MP photo stays whole, a 50 MP one is brought down to what a screen shows. */
export const ATTACHMENT_MAX_SIDE = 4096;

export interface AttachmentContent {
  contentType: AttachmentType;
  bytes: Buffer;
  width: number | null;
  height: number | null;
}

export type AttachmentRefusal = 'empty' | 'too_large' | 'unsupported_type' | 'type_mismatch' | 'damaged';

export type AttachmentResult =
  | { ok: true; file: AttachmentContent }
  | { ok: false; reason: AttachmentRefusal; detail: { id: string; en: string } };

const SNIFFED_TYPES: Partial<Record<SniffedType, AttachmentType>> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  pdf: 'application/pdf',
};

const EXTENSIONS: Record<string, AttachmentType> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  pdf: 'application/pdf',
};

const TYPE_NAMES: Record<AttachmentType, string> = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
  'application/pdf': 'PDF',
};

/**
 * A file name fit to keep and to put in a header: the last path segment, no control characters, at most
 * {@link ATTACHMENT_LIMITS.fileName} characters; `lampiran` when nothing is left.
 */
export function cleanFileName(name: string | null | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  const clean = base.replace(/[\u0000-\u001f\u007f-\u009f"]/g, '').trim();
  return [...clean].slice(0, ATTACHMENT_LIMITS.fileName).join('') || 'lampiran';
}

/** The type a media type names, if an attachment may have it (`undefined` when none was declared). */
function declaredType(type: string | null | undefined): AttachmentType | 'other' | undefined {
  const t = type?.split(';')[0]?.trim().toLowerCase();
  if (!t || t === 'application/octet-stream') return undefined;
  if (t === 'image/jpg' || t === 'image/pjpeg') return 'image/jpeg';
  return t in TYPE_NAMES ? (t as AttachmentType) : 'other';
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A PDF ends with `%%EOF` (possibly followed by a line end and some padding): a cut-off upload does not. */
function pdfComplete(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 1024))).toString('latin1');
  return tail.includes('%%EOF');
}

/**
 * Checks an upload named `fileName`, declared as `type` by the client, and makes it safe to keep. The content decides
 * what a file is; a name or declared type that says otherwise is refused (a PDF named `foto.jpg`, a page named
 * `foto.png`), since whoever opens it later goes by the name.
 */
export async function attachmentFile(
  input: Uint8Array,
  fileName: string,
  type?: string | null,
): Promise<AttachmentResult> {
  const name = `"${fileName}"`;
  const refuse = (reason: AttachmentRefusal, id: string, en: string): AttachmentResult => ({
    ok: false,
    reason,
    detail: { id: `Berkas ${name} ${id}`, en: `The file ${name} ${en}` },
  });
  if (input.byteLength === 0) return refuse('empty', 'kosong.', 'is empty.');
  if (input.byteLength > ATTACHMENT_LIMITS.bytes) {
    return refuse(
      'too_large',
      `berukuran ${megabytes(input.byteLength)}; batasnya 5 MB per berkas.`,
      `is ${megabytes(input.byteLength)}; the limit is 5 MB per file.`,
    );
  }
  const sniffed = SNIFFED_TYPES[sniffImageType(input)];
  if (!sniffed) {
    return refuse(
      'unsupported_type',
      'bukan foto JPEG, PNG, WebP atau dokumen PDF.',
      'is not a JPEG, PNG or WebP photo or a PDF document.',
    );
  }
  const declared = declaredType(type);
  const extension = /\.([a-z0-9]{1,8})$/i.exec(fileName)?.[1]?.toLowerCase();
  const named = extension === undefined ? undefined : (EXTENSIONS[extension] ?? 'other');
  for (const claim of [declared, named]) {
    if (claim !== undefined && claim !== sniffed) {
      return refuse(
        'type_mismatch',
        `berisi ${TYPE_NAMES[sniffed]}, tidak sesuai dengan nama atau jenisnya.`,
        `holds a ${TYPE_NAMES[sniffed]}, which its name or declared type does not say.`,
      );
    }
  }
  if (sniffed === 'application/pdf') {
    if (!pdfComplete(input)) return refuse('damaged', 'bukan PDF yang utuh.', 'is not a complete PDF.');
    return { ok: true, file: { contentType: sniffed, bytes: Buffer.from(input), width: null, height: null } };
  }
  return reencode(input, sniffed, refuse);
}

async function reencode(
  input: Uint8Array,
  type: Exclude<AttachmentType, 'application/pdf'>,
  refuse: (reason: AttachmentRefusal, id: string, en: string) => AttachmentResult,
): Promise<AttachmentResult> {
  const format = type === 'image/jpeg' ? 'jpeg' : type === 'image/png' ? 'png' : 'webp';
  const damaged = () => refuse('damaged', 'bukan gambar yang utuh.', 'is not a complete image.');
  const layout = containerLayout(input, format);
  if (layout.end === null || polyglotReason(input, layout)) return damaged();
  try {
    const options = { failOn: 'truncated', limitInputPixels: IMAGE_LIMITS.maxPixels, autoOrient: true } as const;
    // No withMetadata()/keepExif(): sharp writes none of the input's EXIF (GPS included), XMP, IPTC or comments.
    let image = sharp(input, options)
      .resize({ width: ATTACHMENT_MAX_SIDE, height: ATTACHMENT_MAX_SIDE, fit: 'inside', withoutEnlargement: true })
      .toColourspace('srgb')
      .timeout({ seconds: 30 });
    image =
      format === 'jpeg'
        ? image.jpeg({ quality: 85, mozjpeg: true })
        : format === 'png'
          ? image.png({ compressionLevel: 9 })
          : image.webp({ quality: 85 });
    const { data, info } = await image.toBuffer({ resolveWithObject: true });
    return { ok: true, file: { contentType: type, bytes: data, width: info.width, height: info.height } };
  } catch {
    return damaged();
  }
}
