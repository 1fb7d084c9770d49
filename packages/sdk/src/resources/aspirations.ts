import type { RequestOptions, SubmitOptions } from '../options.js';
import type { Send } from '../request.js';
import { AspirationReceipt, AspirationTracking } from '../schemas/aspiration.js';
import { AspirationUpload, ATTACHMENT_LIMITS } from '../schemas/aspiration-attachment.js';
import type { AspirationInput } from '../schemas/aspiration-input.js';
import { newIdempotencyKey } from '../schemas/idempotency-key.js';
import { normalizeTrackingCode } from '../schemas/tracking-code.js';
import { attachmentForm, checkAttachment, fileIdempotencyKey } from './aspiration-files.js';

/** Options of `aspirations.submit`: the key, and the citizen's files. */
export interface SubmitAspirationOptions extends SubmitOptions {
  /**
   * Photos (JPEG, PNG, WebP) or PDFs, at most 3 with the input's `attachments`, 5 MB each: uploaded one by one
   * before the submission, under keys derived from `idempotencyKey`, so that calling `submit` again with the same
   * key (after a crash, from an offline outbox) uploads and records nothing twice. Checked before anything is sent.
   */
  files?: readonly Blob[] | undefined;
}

/** Options of `aspirations.upload`. */
export interface UploadAttachmentOptions extends SubmitOptions {
  /** The file name the officials see; by default the `File`'s name. */
  fileName?: string | undefined;
}

/** Citizens' aspirations, complaints and information requests. */
export interface AspirationsResource {
  /**
   * Submits an aspiration. The request carries an `Idempotency-Key`, so it is retried like a GET and a retried
   * submission is recorded once. Rejects with `KimValidationError` (see `fieldErrors`) when the server refuses it.
   * @example
   * const receipt = await client.aspirations.submit({
   *   kind: 'complaint',
   *   title: 'Lampu jalan padam di Jalan Masjid Jamik',
   *   body: 'Sudah dua minggu lampu jalan di depan masjid padam, jalan gelap dan rawan kecelakaan.',
   *   categoryId: 'infrastruktur',
   *   regionCode: '19.71.04.1005',
   *   consent: true,
   * });
   * console.log(receipt.trackingCode);
   */
  submit(input: AspirationInput, options?: SubmitAspirationOptions): Promise<AspirationReceipt>;
  /**
   * Uploads one file for a submission to name in `attachments` within 24 hours (`submit` with `files` does this for
   * you). Refuses before sending (`KimApiError` 413/415, naming the file) what the server would refuse.
   * @example const { id } = await client.aspirations.upload(input.files[0], { idempotencyKey: 'draft-123.file1' });
   */
  upload(file: Blob, options?: UploadAttachmentOptions): Promise<AspirationUpload>;
  /**
   * The public status of an aspiration, for whoever holds its tracking code. The code is read as people type it
   * (`7k3m9-qx2pd`, see `normalizeTrackingCode`). Confidential aspirations show their status and history only.
   * @example const { status, history } = await client.aspirations.track('7K3M9QX2PD');
   */
  track(trackingCode: string, options?: RequestOptions): Promise<AspirationTracking>;
}

export function aspirationsResource(send: Send): AspirationsResource {
  const upload = (file: Blob, { idempotencyKey, fileName, ...options }: UploadAttachmentOptions = {}) => {
    const name = fileName ?? (file instanceof File ? file.name : 'lampiran');
    const type = checkAttachment(file, name);
    return send(
      {
        method: 'POST',
        path: ['v1', 'aspiration-uploads'],
        body: attachmentForm(file, name, type),
        schema: AspirationUpload,
        idempotencyKey: idempotencyKey ?? newIdempotencyKey(),
      },
      options,
    );
  };
  return {
    async submit(input, { idempotencyKey = newIdempotencyKey(), files = [], ...options } = {}) {
      const named = input.attachments ?? [];
      if (named.length + files.length > ATTACHMENT_LIMITS.files) {
        throw new RangeError(`An aspiration takes at most ${ATTACHMENT_LIMITS.files} files`);
      }
      // Every file is checked before the first is sent.
      for (const file of files) checkAttachment(file, file instanceof File ? file.name : 'lampiran');
      const uploaded: string[] = [];
      for (const [i, file] of files.entries()) {
        uploaded.push((await upload(file, { ...options, idempotencyKey: fileIdempotencyKey(idempotencyKey, i) })).id);
      }
      const json = files.length > 0 ? { ...input, attachments: [...named, ...uploaded] } : input;
      return send(
        { method: 'POST', path: ['v1', 'aspirations'], json, schema: AspirationReceipt, idempotencyKey },
        options,
      );
    },
    upload,
    track: (trackingCode, options) =>
      send(
        {
          method: 'GET',
          // The canonical code, so that every spelling of it shares one URL (and one cached answer).
          path: ['v1', 'aspirations', normalizeTrackingCode(trackingCode) ?? trackingCode],
          schema: AspirationTracking,
        },
        options,
      ),
  };
}
