import type { Send } from '../request.js';
import { ATTACHMENT_LIMITS } from '../schemas/aspiration-attachment.js';
import { type AspirationIntakeInput, AspirationIntakeReceipt } from '../schemas/aspiration-intake.js';
import { newIdempotencyKey } from '../schemas/idempotency-key.js';
import { checkAttachment, fileIdempotencyKey } from './aspiration-files.js';
import { aspirationsResource, type SubmitAspirationOptions } from './aspirations.js';

/** Aspirations a KIM operator records for residents without internet (issue 15 item 8). */
export interface AdminAspirationIntakesResource {
  /**
   * Records an aspiration for a resident through a KIM the signed-in person operates (officials: any KIM of their
   * region). `verbalConsent: true` affirms the resident agreed to `VERBAL_CONSENT_STATEMENT`. Sent with an
   * `Idempotency-Key`, so it is retried like a GET and recorded once; pass the key of an offline outbox entry to
   * make a resubmission after a reload safe too; `files` are uploaded first, as with `aspirations.submit`. The answer
   * holds the tracking code for the slip and the contact as typed: the operator never reads that contact again.
   * `KimForbiddenError` for another KIM; `KimValidationError` without consent.
   * @example
   * const receipt = await kim.admin.aspirationIntakes.record({
   *   groupId: 'grp_bacang', verbalConsent: true, kind: 'complaint', categoryId: 'infrastruktur',
   *   regionCode: '19.71.01.1006', title: 'Lampu jalan padam di gang Mawar',
   *   body: 'Sudah seminggu lampu jalan di gang Mawar padam sehingga jalan gelap pada malam hari.',
   *   reporter: { name: 'Pak Rahmat', phone: '0812-3456-7890' },
   * }, { idempotencyKey: entry.key });
   * print(receipt.trackingCode);
   */
  record(input: AspirationIntakeInput, options?: SubmitAspirationOptions): Promise<AspirationIntakeReceipt>;
}

export function adminAspirationIntakesResource(send: Send): AdminAspirationIntakesResource {
  // The resident's files go up the public upload route, as the form's do, under keys derived from the intake's.
  const { upload } = aspirationsResource(send);
  return Object.freeze({
    async record(input, { idempotencyKey = newIdempotencyKey(), files = [], ...options } = {}) {
      const named = input.attachments ?? [];
      if (named.length + files.length > ATTACHMENT_LIMITS.files) {
        throw new RangeError(`An aspiration takes at most ${ATTACHMENT_LIMITS.files} files`);
      }
      for (const file of files) checkAttachment(file, file instanceof File ? file.name : 'lampiran');
      const uploaded: string[] = [];
      for (const [i, file] of files.entries()) {
        uploaded.push((await upload(file, { ...options, idempotencyKey: fileIdempotencyKey(idempotencyKey, i) })).id);
      }
      const json = files.length > 0 ? { ...input, attachments: [...named, ...uploaded] } : input;
      return send(
        {
          method: 'POST',
          path: ['v1', 'admin', 'aspiration-intakes'],
          json,
          schema: AspirationIntakeReceipt,
          idempotencyKey,
          auth: true,
        },
        options,
      );
    },
  } satisfies AdminAspirationIntakesResource);
}
