import type { WriteOptions } from '../options.js';
import type { Send } from '../request.js';
import { AspirationAdminView } from '../schemas/aspiration-admin.js';
import type {
  InformationObjectionAnswerInput,
  InformationRequestDecisionInput,
  InformationRequestExtensionInput,
} from '../schemas/information-request-admin.js';
import { recordWrite } from './admin-calls.js';

/** The legal course of an information request under UU 14/2008, for officials in scope. */
export interface AdminInformationRequestsResource {
  /**
   * Extends the deadline of a request once, by 1 to 7 working days, with a reason the requester reads on the tracker;
   * only before the first 10 working days end. `KimConflictError` (`invalid_transition`) when it was extended
   * already, is finished, or its deadline has passed.
   * @example request = await kim.admin.informationRequests.extend(request.id, { days: 7, reason: 'Data dihimpun dari tiga bidang.' }, { version: request.version });
   */
  extend(id: string, extension: InformationRequestExtensionInput, options: WriteOptions): Promise<AspirationAdminView>;
  /**
   * Ends a request with its answer (`resolved`), or a written refusal (`rejected`) naming its legal ground
   * (`REFUSAL_GROUND_LABELS`: UU 14/2008 art. 17 a-j, or information not held).
   * @example await kim.admin.informationRequests.decide(id, { outcome: 'rejected', ground: 'pasal-17-h', reason: '...' }, { version });
   */
  decide(id: string, decision: InformationRequestDecisionInput, options: WriteOptions): Promise<AspirationAdminView>;
  /**
   * Records the answer of the superior of the PPID to the requester's objection (keberatan), once.
   * @example await kim.admin.informationRequests.answerObjection(id, { answer: 'Atasan PPID menguatkan penolakan.' }, { version });
   */
  answerObjection(
    id: string,
    answer: InformationObjectionAnswerInput,
    options: WriteOptions,
  ): Promise<AspirationAdminView>;
}

export function adminInformationRequestsResource(send: Send): AdminInformationRequestsResource {
  const path = (id: string, step: string) => ['v1', 'admin', 'aspirations', id, 'information-request', step];
  const resource: AdminInformationRequestsResource = {
    extend: (id, extension, options) =>
      send(recordWrite(AspirationAdminView, 'POST', path(id, 'extension'), options, extension), options),
    decide: (id, decision, options) =>
      send(recordWrite(AspirationAdminView, 'POST', path(id, 'decision'), options, decision), options),
    answerObjection: (id, answer, options) =>
      send(recordWrite(AspirationAdminView, 'POST', path(id, 'objection-answer'), options, answer), options),
  };
  return Object.freeze(resource);
}
