// Uploaded images: re-encoded by the server into WebP and JPEG at a few widths, ready for `srcset`.
import * as z from 'zod/mini';
import { HttpUrl, Id, ImageVariant, Timestamp } from './common.js';

/** What an upload may be. SVG is never accepted. */
export const MEDIA_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

export const MEDIA_LIMITS = {
  /** Largest upload in bytes. */
  bytes: 8 * 1024 * 1024,
  /** Largest image in pixels (width x height), against decompression bombs. */
  pixels: 40_000_000,
  /** Widths of the variants, never wider than the original. */
  widths: [480, 960, 1600],
} as const;

export const Media = z
  .object({
    id: Id,
    /** The largest JPEG variant: a fallback for clients that do not read `variants`. */
    url: HttpUrl,
    width: z.number().check(z.int(), z.positive()),
    height: z.number().check(z.int(), z.positive()),
    variants: z.array(ImageVariant),
    createdAt: Timestamp,
  })
  .check(z.meta({ id: 'Media', description: 'An uploaded image, re-encoded without its metadata (EXIF, GPS).' }));
export type Media = z.infer<typeof Media>;

/** The query of an upload: the group an image is for, which lets that group's operators upload it. */
export const MediaUploadQuery = z.object({ group: z.optional(Id) }).check(z.meta({ id: 'MediaUploadQuery' }));
export type MediaUploadQuery = z.infer<typeof MediaUploadQuery>;
