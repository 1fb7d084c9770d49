// What the storage offers for information requests under UU 14/2008 (Storage.informationRequests).
import type {
  AspirationStatus,
  InformationDelivery,
  InformationFormat,
  InformationRequestDecisionInput,
  ObjectionReason,
  RefusalGround,
} from '@kim-kit/sdk/schemas';
import type { Kysely } from 'kysely';
import * as objections from './queries/information-objections.js';
import * as queries from './queries/information-requests.js';
import type { AspirationRecord, Keyset, WriteContext } from './storage.js';
import type { Tables } from './tables.js';

/** What a submission of kind `information_request` stores beside the aspiration. */
export interface NewInformationRequest {
  purpose: string;
  informationRequested: string;
  format: InformationFormat;
  delivery: InformationDelivery;
}

export interface InformationRequestRecord extends NewInformationRequest {
  aspirationId: string;
  registerNumber: string;
  extension: { at: string; days: number; reason: string; previousDueAt: string } | null;
  decision: { outcome: 'resolved' | 'rejected'; at: string; text: string; ground: RefusalGround | null } | null;
  objection: {
    reason: ObjectionReason;
    text: string;
    submittedAt: string;
    dueAt: string;
    answer: string | null;
    answeredAt: string | null;
  } | null;
}

export interface InformationExtensionUpdate {
  days: number;
  reason: string;
  expectedVersion: number;
  /** The new deadline: `days` working days after the one it had, in its region. */
  extendedDue(previousDueAt: string, regionCode: string): string;
}

export interface InformationDecisionUpdate {
  decision: InformationRequestDecisionInput;
  expectedVersion: number;
}

export type InformationWriteResult =
  | { outcome: 'changed'; record: AspirationRecord }
  | { outcome: 'not_found' }
  | { outcome: 'stale'; record: AspirationRecord }
  /** The request is in no state for this step. */
  | {
      outcome: 'refused';
      reason: 'finished' | 'already_extended' | 'deadline_passed' | 'no_objection' | 'already_answered';
    };

export interface InformationObjectionUpdate {
  reason: ObjectionReason;
  text: string;
  /** When the superior of the PPID must answer: 30 working days after `ctx.at`. */
  dueAt: string;
}

export interface InformationObjectionAnswerUpdate {
  answer: string;
  expectedVersion: number;
}

export type InformationObjectionResult =
  | { outcome: 'changed'; record: AspirationRecord }
  | { outcome: 'not_found' }
  /** An objection was filed already. */
  | { outcome: 'refused'; reason: 'already_objected' };

export interface InformationRegisterFilter {
  /** A region code of any level: the requests in it or below it. */
  region: string;
  limit: number;
  /** Newest first: submittedAt, then id, both descending. */
  after?: Keyset;
}

export interface InformationRegisterRow {
  id: string;
  registerNumber: string;
  regionCode: string;
  submittedAt: string;
  /** `null` when the request is confidential. */
  informationRequested: string | null;
  status: AspirationStatus;
  dueAt: string | null;
  extended: boolean;
  outcome: 'resolved' | 'rejected' | null;
  ground: RefusalGround | null;
  decidedAt: string | null;
  objected: boolean;
}

export interface InformationRequestStore {
  /** An information request's details, decision and objection (by the aspiration's id). */
  get(aspirationId: string): Promise<InformationRequestRecord | undefined>;
  /** Extends the deadline once (audited as `information_request.extend`). */
  extend(ctx: WriteContext, aspirationId: string, update: InformationExtensionUpdate): Promise<InformationWriteResult>;
  /** Answers or refuses the request (audited as `aspiration.status` and `information_request.decide`). */
  decide(ctx: WriteContext, aspirationId: string, update: InformationDecisionUpdate): Promise<InformationWriteResult>;
  /** Files the requester's objection (audited as `information_request.object`, actor public). */
  object(
    ctx: WriteContext,
    aspirationId: string,
    update: InformationObjectionUpdate,
  ): Promise<InformationObjectionResult>;
  /** Records the answer to the objection (audited as `information_request.objection_answer`). */
  answerObjection(
    ctx: WriteContext,
    aspirationId: string,
    update: InformationObjectionAnswerUpdate,
  ): Promise<InformationWriteResult>;
  /** The public register of a region. */
  listRegister(filter: InformationRegisterFilter): Promise<InformationRegisterRow[]>;
}

export function createInformationRequestStore(
  db: Kysely<Tables>,
  guarded: <T>(work: () => Promise<T>) => Promise<T>,
  write: <T>(work: (trx: Kysely<Tables>) => Promise<T>) => Promise<T>,
): InformationRequestStore {
  return {
    get: (id) => guarded(() => queries.getInformationRequest(db, id)),
    extend: (ctx, id, update) => write((trx) => queries.extendInformationRequest(trx, ctx, id, update)),
    decide: (ctx, id, update) => write((trx) => queries.decideInformationRequest(trx, ctx, id, update)),
    object: (ctx, id, update) => write((trx) => objections.objectToInformationRequest(trx, ctx, id, update)),
    answerObjection: (ctx, id, update) => write((trx) => objections.answerObjection(trx, ctx, id, update)),
    listRegister: (filter) => guarded(() => queries.listInformationRegister(db, filter)),
  };
}
