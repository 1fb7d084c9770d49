// Attachments as officials in scope see and manage them. Apart from the public part (aspiration-attachment.ts) so
// that a public page's bundle carries none of it.
import * as z from 'zod/mini';
import { UploadId } from './aspiration-attachment.js';

/** An attached file as officials in scope see it; `url` streams it with their credentials. */
export const AspirationAttachment = z
  .object({
    id: UploadId,
    fileName: z.string(),
    contentType: z.string(),
    size: z.number().check(z.int(), z.nonnegative()),
    /** Images only. */
    width: z.nullable(z.number().check(z.int())),
    height: z.nullable(z.number().check(z.int())),
    /** Shown on the public tracker. */
    public: z.boolean(),
    /** The admin path of the file. */
    url: z.string(),
  })
  .check(z.meta({ id: 'AspirationAttachment' }));
export type AspirationAttachment = z.infer<typeof AspirationAttachment>;

/** An official's decision to show a file on the public tracker, or to hide it again. */
export const AttachmentVisibilityChange = z
  .object({ public: z.boolean() })
  .check(z.meta({ id: 'AttachmentVisibilityChange' }));
export type AttachmentVisibilityChange = z.infer<typeof AttachmentVisibilityChange>;
