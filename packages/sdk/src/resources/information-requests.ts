import type { RequestOptions } from '../options.js';
import { createListPromise, type ListPromise } from '../pagination.js';
import type { Send } from '../request.js';
import { InformationRegisterEntry } from '../schemas/information-register.js';
import { Page } from '../schemas/page.js';

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
  };
}
