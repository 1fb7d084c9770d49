import type { RequestOptions } from '../options.js';
import type { Send } from '../request.js';
import { type FollowUpInput, FollowUpResult, type RatingInput, type ReopenInput } from '../schemas/follow-up.js';
import { normalizeTrackingCode } from '../schemas/tracking-code.js';

/**
 * What a reporter does with the tracking code and the follow-up secret from the receipt. A wrong secret or an
 * unknown code rejects with the same `KimApiError` 403; a step the aspiration's state does not allow with 409.
 */
export interface FollowUpsResource {
  /**
   * Adds information (`kind: 'information'`, the default) or answers an official's question (`kind: 'answer'`).
   * @example await client.followUps.add('7K3M9QX2PD', { secret, text: 'Lubangnya kini sekitar satu meter.' });
   */
  add(trackingCode: string, input: FollowUpInput, options?: RequestOptions): Promise<FollowUpResult>;
  /**
   * Rates the answer 1-5, once the aspiration is resolved (once per answer).
   * @example await client.followUps.rate('7K3M9QX2PD', { secret, score: 5, comment: 'Cepat ditangani.' });
   */
  rate(trackingCode: string, input: RatingInput, options?: RequestOptions): Promise<FollowUpResult>;
  /**
   * Reopens a resolved aspiration within 10 working days (`reopenUntil` on the tracker), with the reason.
   * @example await client.followUps.reopen('7K3M9QX2PD', { secret, reason: 'Lampu padam lagi sejak kemarin.' });
   */
  reopen(trackingCode: string, input: ReopenInput, options?: RequestOptions): Promise<FollowUpResult>;
}

export function followUpsResource(send: Send): FollowUpsResource {
  // POSTs without an Idempotency-Key: never retried, so a follow-up is never recorded twice.
  const post = (trackingCode: string, step: string, json: unknown, options?: RequestOptions) =>
    send(
      {
        method: 'POST',
        path: ['v1', 'aspirations', normalizeTrackingCode(trackingCode) ?? trackingCode, step],
        json,
        schema: FollowUpResult,
      },
      options,
    );
  return {
    add: (code, input, options) => post(code, 'follow-ups', input, options),
    rate: (code, input, options) => post(code, 'rating', input, options),
    reopen: (code, input, options) => post(code, 'reopen', input, options),
  };
}
