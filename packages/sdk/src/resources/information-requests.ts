import type { RequestOptions } from '../options.js';
import { createListPromise, type ListPromise } from '../pagination.js';
import type { Send } from '../request.js';
import { AspirationTracking } from '../schemas/aspiration.js';
import type { InformationObjectionInput } from '../schemas/information-objection.js';
import { InformationRegisterEntry } from '../schemas/information-register.js';
import { Page } from '../schemas/page.js';
import { normalizeTrackingCode } from '../schemas/tracking-code.js';

const RegisterPage = Page(InformationRegisterEntry);

/** Filters of `informationRequests.register`. */
export interface InformationRegisterParams {
  /**
   * A region code of any level: the requests in it or below it.
   * @example '19.71' (all of Kota Pangkal Pinang)
   */
  region: string;
  /**
   * Page size, 1 to 100.
   * @default 20
   */
  limit?: number | undefined;
  /** Start at this page (a `nextCursor` from an earlier page). */
  cursor?: string | undefined;
}

/** Requests for public information under UU 14/2008: the public register. */
export interface InformationRequestsResource {
  /**
   * The public register of information requests (daftar permohonan informasi) of a region, newest first: register
   * number, date, what was asked (not for confidential ones), status, due date, outcome and legal ground. No name,
   * contact or purpose.
   * @example for await (const entry of kim.informationRequests.register({ region: '19.71' })) console.log(entry.registerNumber);
   */
  register(params: InformationRegisterParams, options?: RequestOptions): ListPromise<InformationRegisterEntry>;
  /**
   * Files the requester's objection (keberatan) with the tracking code and the follow-up secret of the receipt,
   * within 30 working days after the answer, the refusal or the missed deadline; once. Answers the tracking view.
   * `KimForbiddenError` for a wrong secret, `KimConflictError` outside the window.
   * @example await kim.informationRequests.object('7K3M9QX2PD', { secret, reason: 'pasal-35-a', text: '...' });
   */
  object(
    trackingCode: string,
    objection: InformationObjectionInput,
    options?: RequestOptions,
  ): Promise<AspirationTracking>;
}

export function informationRequestsResource(send: Send): InformationRequestsResource {
  return {
    register: ({ cursor: start, ...params }, options) =>
      createListPromise(
        (cursor) =>
          send(
            { method: 'GET', path: ['v1', 'information-requests'], query: { ...params, cursor }, schema: RegisterPage },
            options,
          ),
        start,
      ),
    object: (trackingCode, objection, options) =>
      send(
        {
          method: 'POST',
          path: ['v1', 'aspirations', normalizeTrackingCode(trackingCode) ?? trackingCode, 'objection'],
          json: objection,
          schema: AspirationTracking,
        },
        options,
      ),
  };
}
