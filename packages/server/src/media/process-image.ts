// Uploaded images: refused with a reason, or re-encoded into WebP and JPEG variants with no metadata left.
import { createHash } from 'node:crypto';
import sharp from 'sharp';

type SharpOptions = NonNullable<Parameters<typeof sharp>[1]>;
type Metadata = Awaited<ReturnType<ReturnType<typeof sharp>['metadata']>>;

import { containerLayout } from './image-container.js';
import type { ImageRefusal } from './image-refusal.js';
import { polyglotReason } from './polyglot.js';
import { type AcceptedFormat, declaredFormat, sniffImageType } from './sniff-image.js';

export const IMAGE_LIMITS = {
  /** Largest upload, in bytes. */
  maxBytes: 8 * 1024 * 1024,
  /** Largest image, in pixels: a 40 MP photo decodes to 120 MB of RGB, which is where a bomb starts to hurt. */
  maxPixels: 40_000_000,
  /** Longest side: WebP cannot encode more. */
  maxSide: 16_383,
} as const;

/** Widths of the variants, for `srcset`; an image narrower than one gets a variant at its own width instead. */
export const VARIANT_WIDTHS = [480, 960, 1600] as const;

export interface ImageVariant {
  format: 'webp' | 'jpeg';
  contentType: 'image/webp' | 'image/jpeg';
  width: number;
  height: number;
  /** Content-addressed: the first 128 bits of the SHA-256 of `bytes`, in hex, and the extension. */
  fileName: string;
  bytes: Buffer;
}

export interface ProcessedImage {
  /** SHA-256 of the uploaded bytes (hex): the same upload twice has the same hash. */
  sourceHash: string;
  sourceFormat: AcceptedFormat;
  /** Size of the largest variant: what `<img width height>` should say. */
  width: number;
  height: number;
  /** Size of the upload as displayed (after its EXIF orientation); it is not kept. */
  original: { width: number; height: number };
  /** Smallest first; each width in WebP, then JPEG. */
  variants: ImageVariant[];
}

export type ProcessImageResult =
  | { ok: true; image: ProcessedImage }
  | { ok: false; reason: ImageRefusal; detail: string };

const refuse = (reason: ImageRefusal, detail: string): ProcessImageResult => ({ ok: false, reason, detail });

const WEBP = { quality: 80, effort: 4 } as const;
const JPEG = { quality: 80, mozjpeg: true } as const;
/** A hostile file must not hold a worker for long. */
const TIMEOUT = { seconds: 30 } as const;

const hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The widths to make for an image `width` pixels wide: never wider than the original. */
export function variantWidths(width: number): number[] {
  const widths = VARIANT_WIDTHS.filter((w) => w < width) as number[];
  widths.push(Math.min(width, Math.max(...VARIANT_WIDTHS)));
  return [...new Set(widths)].sort((a, b) => a - b);
}

/** Messages of libvips that mean the data ends too early, as opposed to being damaged. */
const TRUNCATED = /premature end|truncated|unexpected end|not enough data|EOF/i;

/**
 * Checks an upload and, when it is a JPEG, PNG or WebP image within the limits, re-encodes it. `declaredType` is the
 * media type the client sent (multipart part or request Content-Type), checked against the content.
 */
export async function processImage(input: Uint8Array, declaredType?: string | null): Promise<ProcessImageResult> {
  if (input.byteLength === 0) return refuse('empty', 'The file is empty');
  if (input.byteLength > IMAGE_LIMITS.maxBytes) {
    return refuse('too_large', `The file has ${input.byteLength} bytes; the limit is ${IMAGE_LIMITS.maxBytes}`);
  }
  const sniffed = sniffImageType(input);
  if (sniffed === 'svg') return refuse('svg', 'SVG images can carry scripts and are not accepted');
  if (sniffed === 'unknown') return refuse('not_an_image', 'The content is not a JPEG, PNG or WebP image');
  if (sniffed !== 'jpeg' && sniffed !== 'png' && sniffed !== 'webp') {
    return refuse('unsupported_type', `The content is ${sniffed.toUpperCase()}; use JPEG, PNG or WebP`);
  }
  const declared = declaredFormat(declaredType);
  if (declared === 'svg' || declared === 'other') {
    return refuse('type_mismatch', `Declared as ${declaredType} but the content is ${sniffed.toUpperCase()}`);
  }
  if (declared !== undefined && declared !== sniffed) {
    return refuse('type_mismatch', `Declared as ${declaredType} but the content is ${sniffed.toUpperCase()}`);
  }

  const layout = containerLayout(input, sniffed);
  if (layout.end === null) return refuse('truncated', `The ${sniffed.toUpperCase()} data ends before the image does`);
  const polyglot = polyglotReason(input, layout);
  if (polyglot) return refuse('polyglot', `The file is an image with ${polyglot}`);

  const options: SharpOptions = {
    failOn: 'truncated',
    limitInputPixels: IMAGE_LIMITS.maxPixels,
    autoOrient: true,
  };
  let metadata: Metadata;
  try {
    metadata = await sharp(input, { ...options, limitInputPixels: false }).metadata();
  } catch (error) {
    return refuse('corrupt', `The image header cannot be read: ${(error as Error).message}`);
  }
  const { width, height } = metadata.autoOrient ?? metadata;
  if (!width || !height) return refuse('corrupt', 'The image has no size');
  if (width * height > IMAGE_LIMITS.maxPixels || width > IMAGE_LIMITS.maxSide || height > IMAGE_LIMITS.maxSide) {
    return refuse(
      'too_many_pixels',
      `The image is ${width} x ${height} pixels; the limits are ${IMAGE_LIMITS.maxPixels} pixels and ` +
        `${IMAGE_LIMITS.maxSide} per side`,
    );
  }

  try {
    // Decode once, at the largest width needed, in sRGB; every variant is made from these pixels.
    const widths = variantWidths(width);
    const largest = widths[widths.length - 1] ?? width;
    const decoded = await sharp(input, options)
      .resize({ width: largest, withoutEnlargement: true })
      .toColourspace('srgb')
      .raw()
      .timeout(TIMEOUT)
      .toBuffer({ resolveWithObject: true });
    const raw = { width: decoded.info.width, height: decoded.info.height, channels: decoded.info.channels };
    const variants: ImageVariant[] = [];
    for (const w of widths) {
      const resized = () =>
        sharp(decoded.data, { raw }).resize({ width: w, withoutEnlargement: true }).timeout(TIMEOUT);
      const webp = await resized().webp(WEBP).toBuffer({ resolveWithObject: true });
      const jpeg = await resized().flatten({ background: '#ffffff' }).jpeg(JPEG).toBuffer({ resolveWithObject: true });
      for (const [format, out] of [
        ['webp', webp],
        ['jpeg', jpeg],
      ] as const) {
        variants.push({
          format,
          contentType: format === 'webp' ? 'image/webp' : 'image/jpeg',
          width: out.info.width,
          height: out.info.height,
          fileName: `${hex(out.data).slice(0, 32)}.${format === 'webp' ? 'webp' : 'jpg'}`,
          bytes: out.data,
        });
      }
    }
    return {
      ok: true,
      image: {
        sourceHash: hex(input),
        sourceFormat: sniffed,
        width: raw.width,
        height: raw.height,
        original: { width, height },
        variants,
      },
    };
  } catch (error) {
    const message = (error as Error).message;
    if (TRUNCATED.test(message)) return refuse('truncated', `The image data is incomplete: ${message}`);
    if (/pixel limit/i.test(message)) return refuse('too_many_pixels', message);
    return refuse('corrupt', `The image cannot be decoded: ${message}`);
  }
}
