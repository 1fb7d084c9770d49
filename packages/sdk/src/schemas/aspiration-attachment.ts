// A citizen's files and place on an aspiration: the limits, the upload that comes before the submission, and what
// officials and the public tracker see of them.
import * as z from 'zod/mini';
import { Timestamp } from './common.js';
import { withMessage } from './validation-messages.js';

/** The media types an attachment may have, each with the extensions people give such files. */
export const ATTACHMENT_TYPES = {
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'image/webp': ['webp'],
  'application/pdf': ['pdf'],
} as const;
export type AttachmentType = keyof typeof ATTACHMENT_TYPES;

export const ATTACHMENT_LIMITS = {
  /** Files on one submission. */
  files: 3,
  /** Bytes of one file as uploaded. */
  bytes: 5 * 1024 * 1024,
  /** Longest file name kept (longer names are cut). */
  fileName: 200,
  /** Hours an upload waits for the submission that names it; then it is deleted. */
  unclaimedHours: 24,
  /** Address or landmark text. */
  locationText: 300,
  /** Largest accuracy radius accepted, in metres (a phone without GPS reports a few kilometres). */
  accuracy: 100_000,
} as const;

/** Whether a media type is one an attachment may have. */
export const isAttachmentType = (type: string): type is AttachmentType => Object.hasOwn(ATTACHMENT_TYPES, type);

/** The id of an upload, which becomes the attachment's id once a submission names it. */
export const UploadId = z
  .string()
  .check(withMessage(z.regex(/^upl_[0-9a-z]{26}$/), { id: 'Kode unggahan tidak valid', en: 'Invalid upload id' }));

/** What the server answers to an upload: name it in `AspirationInput.attachments` within the expiry. */
export const AspirationUpload = z
  .object({
    id: UploadId,
    fileName: z.string(),
    contentType: z.enum(Object.keys(ATTACHMENT_TYPES) as [AttachmentType, ...AttachmentType[]]),
    /** Bytes as stored (images are re-encoded, so usually fewer than uploaded). */
    size: z.number().check(z.int(), z.nonnegative()),
    /** When an upload no submission has named is deleted. */
    expiresAt: Timestamp,
  })
  .check(z.meta({ id: 'AspirationUpload' }));
export type AspirationUpload = z.infer<typeof AspirationUpload>;

/** A number between `min` and `max`, with one message for either side. */
const between = (min: number, max: number, message: { id: string; en: string }) =>
  z.number().check(withMessage(z.gte(min), message), withMessage(z.lte(max), message));

/** A device position as the Geolocation API gives it, in WGS 84 degrees; accuracy in metres. */
export const GeoPosition = z
  .object({
    latitude: between(-90, 90, { id: 'Lintang harus antara -90 dan 90', en: 'Latitude must be between -90 and 90' }),
    longitude: between(-180, 180, {
      id: 'Bujur harus antara -180 dan 180',
      en: 'Longitude must be between -180 and 180',
    }),
    accuracy: z.optional(
      between(0, ATTACHMENT_LIMITS.accuracy, {
        id: 'Akurasi harus antara 0 dan 100.000 meter',
        en: 'Accuracy must be between 0 and 100,000 metres',
      }),
    ),
  })
  .check(z.meta({ id: 'GeoPosition' }));
export type GeoPosition = z.infer<typeof GeoPosition>;

/** Where the aspiration is about: an address or landmark, a device position, or both. Both are optional. */
export const AspirationLocationInput = z
  .object({
    text: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(ATTACHMENT_LIMITS.locationText))),
    position: z.optional(GeoPosition),
  })
  .check(z.meta({ id: 'AspirationLocationInput' }));
export type AspirationLocationInput = z.infer<typeof AspirationLocationInput>;

/** The location as officials see it, with a link that opens a map at the position. */
export const AspirationLocation = z
  .object({
    text: z.nullable(z.string()),
    position: z.nullable(GeoPosition),
    /** OpenStreetMap at the position; `null` without one. */
    mapUrl: z.nullable(z.string()),
  })
  .check(z.meta({ id: 'AspirationLocation' }));
export type AspirationLocation = z.infer<typeof AspirationLocation>;

/** A file an official made public, as the tracker lists it. */
export const PublicAttachment = z
  .object({
    id: UploadId,
    fileName: z.string(),
    contentType: z.string(),
    size: z.number().check(z.int(), z.nonnegative()),
    width: z.nullable(z.number().check(z.int())),
    height: z.nullable(z.number().check(z.int())),
    url: z.string(),
  })
  .check(z.meta({ id: 'PublicAttachment' }));
export type PublicAttachment = z.infer<typeof PublicAttachment>;

/** OpenStreetMap at a position, zoomed to street level. */
export function mapUrl(position: { latitude: number; longitude: number }): string {
  const lat = position.latitude.toFixed(6);
  const lon = position.longitude.toFixed(6);
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=18/${lat}/${lon}`;
}
