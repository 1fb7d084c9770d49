// A citizen's files for an aspiration: checked on the device as the server would check them (type and size), sent
// one by one to POST /v1/aspiration-uploads with keys derived from the submission's, so that a retried submission
// uploads nothing twice.
import { KimApiError } from '../errors/kim-api-error.js';
import {
  ATTACHMENT_LIMITS,
  ATTACHMENT_TYPES,
  type AttachmentType,
  isAttachmentType,
} from '../schemas/aspiration-attachment.js';

const CALL = 'POST /v1/aspiration-uploads';

/** The type of a file by its media type, or else by its name's extension; `undefined` when neither is accepted. */
export function attachmentTypeOf(file: Blob, name = file instanceof File ? file.name : ''): AttachmentType | undefined {
  const type = file.type.split(';')[0]?.trim().toLowerCase() ?? '';
  if (isAttachmentType(type)) return type;
  if (type !== '' && type !== 'application/octet-stream') return undefined;
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  return (Object.keys(ATTACHMENT_TYPES) as AttachmentType[]).find((t) =>
    (ATTACHMENT_TYPES[t] as readonly string[]).includes(extension ?? ''),
  );
}

/**
 * Refuses, before a byte is sent, what the server would refuse: another type than JPEG, PNG, WebP or PDF (415) or
 * more than 5 MB (413). The error names the file, as the server's would.
 */
export function checkAttachment(file: Blob, name = file instanceof File ? file.name : 'lampiran'): AttachmentType {
  const type = attachmentTypeOf(file, name);
  if (!type) {
    throw new KimApiError({
      status: 415,
      code: 'unsupported_media_type',
      title: 'Unsupported Media Type',
      detail: `The file "${name}" is not a JPEG, PNG or WebP photo or a PDF document. Nothing was sent.`,
      call: CALL,
    });
  }
  if (file.size > ATTACHMENT_LIMITS.bytes) {
    throw new KimApiError({
      status: 413,
      code: 'payload_too_large',
      title: 'Content Too Large',
      detail: `The file "${name}" has ${file.size} bytes; at most ${ATTACHMENT_LIMITS.bytes} (5 MB). Nothing was sent.`,
      call: CALL,
    });
  }
  return type;
}

/** The form an upload sends: one `file` part with the file's name and checked type. */
export function attachmentForm(file: Blob, name: string, type: AttachmentType): FormData {
  const form = new FormData();
  form.append('file', file.type === type ? file : new Blob([file], { type }), name);
  return form;
}

/** The Idempotency-Key of the `index`th file of the submission sent under `submissionKey`. */
export const fileIdempotencyKey = (submissionKey: string, index: number) => `${submissionKey}.file${index + 1}`;
