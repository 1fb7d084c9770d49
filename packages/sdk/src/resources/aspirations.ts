import type { RequestOptions, SubmitOptions } from '../options.js';
import type { Send } from '../request.js';
import { type AspirationInput, AspirationReceipt, AspirationTracking } from '../schemas/aspiration.js';
import { newIdempotencyKey } from '../schemas/idempotency-key.js';
import { normalizeTrackingCode } from '../schemas/tracking-code.js';

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
  submit(input: AspirationInput, options?: SubmitOptions): Promise<AspirationReceipt>;
  /**
   * The public status of an aspiration, for whoever holds its tracking code. The code is read as people type it
   * (`7k3m9-qx2pd`, see `normalizeTrackingCode`). Confidential aspirations show their status and history only.
   * @example const { status, history } = await client.aspirations.track('7K3M9QX2PD');
   */
  track(trackingCode: string, options?: RequestOptions): Promise<AspirationTracking>;
}

export function aspirationsResource(send: Send): AspirationsResource {
  return {
    submit: (input, { idempotencyKey = newIdempotencyKey(), ...options } = {}) =>
      send(
        { method: 'POST', path: ['v1', 'aspirations'], json: input, schema: AspirationReceipt, idempotencyKey },
        options,
      ),
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
