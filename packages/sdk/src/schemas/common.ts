// Building blocks shared by every resource schema.
import * as z from 'zod/mini';
import { REGION_CODE_PATTERN, VILLAGE_CODE_PATTERN } from './region-code.js';
import { withMessage } from './validation-messages.js';

/** Any Kemendagri region code: `PP`, `PP.KK`, `PP.KK.CC` or `PP.KK.CC.NNNN`. */
export const RegionCode = z.string().check(
  withMessage(z.regex(REGION_CODE_PATTERN), {
    id: 'Kode wilayah Kemendagri tidak valid, contoh: 19.71.01.1004',
    en: 'Invalid Kemendagri region code, e.g. 19.71.01.1004',
  }),
  z.meta({
    id: 'RegionCode',
    description: 'Kemendagri region code (Permendagri 58/2021), e.g. `19.71` or `19.71.01.1004`.',
    example: '19.71.01.1004',
  }),
);

/** The code of a village (desa or kelurahan): `PP.KK.CC.NNNN`. */
export const VillageCode = z.string().check(
  withMessage(z.regex(VILLAGE_CODE_PATTERN), {
    id: 'Harus kode desa atau kelurahan (PP.KK.CC.NNNN), contoh: 19.71.01.1004',
    en: 'Expected the code of a desa or kelurahan (PP.KK.CC.NNNN), e.g. 19.71.01.1004',
  }),
  z.meta({ id: 'VillageCode', description: 'Kemendagri code of a desa or kelurahan.', example: '19.71.01.1004' }),
);

/** An ISO 8601 date-time with offset, e.g. `2026-11-27T08:00:00.000Z`. */
export const Timestamp = z.iso.datetime({ offset: true });

/** An ISO 8601 calendar date, e.g. `2024-03-01`. */
export const CalendarDate = z.iso.date();

/**
 * An absolute http(s) URL. Anything else (javascript:, data:) is refused. Any host is allowed: `z.httpUrl()`
 * would refuse `localhost` and IP addresses, which a server running locally or on an intranet puts in its URLs.
 */
export const HttpUrl = z.url({ protocol: /^https?$/ });

/** A URL-safe identifier made of lowercase words joined by hyphens. */
export const Slug = z.string().check(
  withMessage(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), {
    id: 'Hanya huruf kecil, angka, dan tanda hubung, contoh: kim-bacang-bersatu',
    en: 'Only lowercase letters, digits and hyphens, e.g. kim-bacang-bersatu',
  }),
  z.maxLength(120),
);

/** Opaque identifier of a record. */
export const Id = z.string().check(z.minLength(1), z.maxLength(64));

/** One encoding of an uploaded image at one width, for `srcset` and `<picture>`. */
export const ImageVariant = z
  .object({
    url: HttpUrl,
    format: z.enum(['webp', 'jpeg']),
    width: z.number().check(z.int(), z.positive()),
    height: z.number().check(z.int(), z.positive()),
    bytes: z.number().check(z.int(), z.positive()),
  })
  .check(z.meta({ id: 'ImageVariant' }));
export type ImageVariant = z.infer<typeof ImageVariant>;

/** An image with its intrinsic size, so pages reserve its space before it loads. */
export const Image = z
  .object({
    url: HttpUrl,
    alt: z.string(),
    width: z.number().check(z.int(), z.positive()),
    height: z.number().check(z.int(), z.positive()),
    /** Uploaded images come in several widths and formats; absent for images that have one file. */
    variants: z.optional(z.array(ImageVariant)),
  })
  .check(z.meta({ id: 'Image' }));
export type Image = z.infer<typeof Image>;

/** A region named inside another record. */
export const RegionRef = z.object({ code: RegionCode, name: z.string() }).check(z.meta({ id: 'RegionRef' }));
export type RegionRef = z.infer<typeof RegionRef>;
