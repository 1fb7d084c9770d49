// What each of the record's actions besides the status is: when it is offered, its fields, what it checks before
// sending, the call (always at the version read, so a change by someone else is a 412, never an overwrite), and what
// is announced afterwards. The legal rules (days, grounds, once only) are the contract's; the server enforces them.
import {
  type AspirationAdminView,
  type AspirationStatus,
  DECISION_ONLY_STATUSES,
  FOLLOW_UP_LIMITS,
  INFORMATION_REQUEST_LIMITS,
  OBJECTION_REASON_LABELS,
  REFUSAL_GROUND_LABELS,
  REFUSAL_GROUNDS,
} from '@kim-kit/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { ConsoleCommonStrings } from '../locales/common.js';
import type { InboxRecordActionStrings } from '../locales/inbox-record-actions.js';
import type { ConsoleClient } from '../shared/session.js';
import type { RecordActionField, RecordActionKey } from './record-action-form.js';

/** Statuses in which officials still work on a report (a question, an extension or a decision is possible). */
const OPEN: readonly AspirationStatus[] = ['received', 'verified', 'forwarded', 'in_progress'];

/** Statuses an information request reaches only through its decision (which names a refusal's legal ground). */

export interface RecordActionContext {
  t: InboxRecordActionStrings;
  common: ConsoleCommonStrings;
  language: 'id' | 'en';
}

export interface RecordAction {
  key: RecordActionKey;
  title: (c: RecordActionContext) => string;
  submit: (c: RecordActionContext) => string;
  fields: (c: RecordActionContext, values: Record<string, string>) => RecordActionField[];
  /** Field errors by name before anything is sent. */
  check: (c: RecordActionContext, values: Record<string, string>) => Record<string, string>;
  send: (
    client: Pick<ConsoleClient, 'admin'>,
    a: AspirationAdminView,
    values: Record<string, string>,
  ) => Promise<AspirationAdminView>;
  done: (c: RecordActionContext, values: Record<string, string>) => string;
}

const textLength = (c: RecordActionContext, value: string | undefined, min: number) => {
  const text = value?.trim() ?? '';
  if (!text) return c.common.required;
  return text.length < min ? c.t.atLeast(min) : undefined;
};

const only = (entries: [string, string | undefined][]): Record<string, string> =>
  Object.fromEntries(entries.filter((e): e is [string, string] => e[1] !== undefined));

const LIMITS = INFORMATION_REQUEST_LIMITS;

export const RECORD_ACTIONS: Record<RecordActionKey, RecordAction> = {
  question: {
    key: 'question',
    title: (c) => c.t.questionTitle,
    submit: (c) => c.t.questionSubmit,
    fields: (c) => [
      {
        name: 'question',
        kind: 'textarea',
        label: c.t.question,
        hint: `${c.t.questionHint} ${c.t.atLeast(FOLLOW_UP_LIMITS.reason.min)}`,
        max: FOLLOW_UP_LIMITS.text.max,
      },
    ],
    check: (c, v) => only([['question', textLength(c, v.question, FOLLOW_UP_LIMITS.reason.min)]]),
    send: (client, a, v) =>
      client.admin.aspirations.askReporter(a.id, { question: v.question!.trim() }, { version: a.version }),
    done: (c) => c.t.questionAsked,
  },
  extend: {
    key: 'extend',
    title: (c) => c.t.extendTitle,
    submit: (c) => c.t.extendSubmit,
    fields: (c) => [
      {
        name: 'days',
        kind: 'select',
        label: c.t.extendDays,
        hint: c.t.extendHint,
        placeholder: c.t.daysChoose,
        options: Array.from({ length: LIMITS.extensionDays.max }, (_, i) => [
          String(i + 1),
          c.t.extendDaysOption(i + 1),
        ]),
      },
      {
        name: 'reason',
        kind: 'textarea',
        label: c.t.extendReason,
        hint: `${c.t.extendReasonHint} ${c.t.atLeast(LIMITS.reason.min)}`,
        max: LIMITS.reason.max,
      },
    ],
    check: (c, v) =>
      only([
        ['days', v.days ? undefined : c.common.required],
        ['reason', textLength(c, v.reason, LIMITS.reason.min)],
      ]),
    send: (client, a, v) =>
      client.admin.informationRequests.extend(
        a.id,
        { days: Number(v.days), reason: v.reason!.trim() },
        { version: a.version },
      ),
    done: (c, v) => c.t.extendedDone(Number(v.days)),
  },
  decide: {
    key: 'decide',
    title: (c) => c.t.decideTitle,
    submit: (c) => c.t.decideSubmit,
    fields: (c, v) => [
      {
        name: 'outcome',
        kind: 'radio',
        label: c.t.outcome,
        options: [
          ['resolved', c.t.outcomeResolved],
          ['rejected', c.t.outcomeRejected],
        ],
      },
      ...(v.outcome === 'resolved'
        ? [
            {
              name: 'answer',
              kind: 'textarea',
              label: c.t.answer,
              hint: c.t.answerHint,
              max: LIMITS.answer.max,
            } as const,
          ]
        : []),
      ...(v.outcome === 'rejected'
        ? ([
            {
              name: 'ground',
              kind: 'select',
              label: c.t.ground,
              placeholder: c.t.groundChoose,
              options: REFUSAL_GROUNDS.map((g) => [g, REFUSAL_GROUND_LABELS[g][c.language]]),
            },
            {
              name: 'reason',
              kind: 'textarea',
              label: c.t.refusalReason,
              hint: `${c.t.refusalReasonHint} ${c.t.atLeast(LIMITS.reason.min)}`,
              max: LIMITS.reason.max,
            },
          ] satisfies RecordActionField[])
        : []),
    ],
    check: (c, v) =>
      v.outcome === 'resolved'
        ? only([['answer', textLength(c, v.answer, LIMITS.answer.min)]])
        : v.outcome === 'rejected'
          ? only([
              ['ground', v.ground ? undefined : c.common.required],
              ['reason', textLength(c, v.reason, LIMITS.reason.min)],
            ])
          : { outcome: c.common.required },
    send: (client, a, v) =>
      client.admin.informationRequests.decide(
        a.id,
        v.outcome === 'resolved'
          ? { outcome: 'resolved', answer: v.answer!.trim() }
          : { outcome: 'rejected', ground: v.ground as (typeof REFUSAL_GROUNDS)[number], reason: v.reason!.trim() },
        { version: a.version },
      ),
    done: (c, v) => (v.outcome === 'resolved' ? c.t.decidedResolved : c.t.decidedRejected),
  },
  objection: {
    key: 'objection',
    title: (c) => c.t.objectionAnswerTitle,
    submit: (c) => c.t.objectionAnswerSubmit,
    fields: (c) => [
      {
        name: 'answer',
        kind: 'textarea',
        label: c.t.objectionAnswer,
        hint: c.t.objectionAnswerHint,
        max: LIMITS.answer.max,
      },
    ],
    check: (c, v) => only([['answer', textLength(c, v.answer, LIMITS.answer.min)]]),
    send: (client, a, v) =>
      client.admin.informationRequests.answerObjection(a.id, { answer: v.answer!.trim() }, { version: a.version }),
    done: (c) => c.t.objectionAnswered,
  },
};

/** The actions offered on a record to a person who may triage, in the order they are shown. */
export function offeredActions(a: AspirationAdminView): RecordActionKey[] {
  const open = OPEN.includes(a.status);
  const request = a.kind === 'information_request' ? a.informationRequest : undefined;
  const keys: RecordActionKey[] = [];
  if (request?.objection && !request.objection.answer) keys.push('objection');
  if (request && open) {
    keys.push('decide');
    if (!request.extension && !a.overdue) keys.push('extend');
  }
  if (open) keys.push('question');
  return keys;
}

/** The status dialog's targets for a record: never an information request's end, which its decision gives. */
export function statusTargetsOf(a: Pick<AspirationAdminView, 'kind'>, targets: AspirationStatus[]): AspirationStatus[] {
  const decisionOnly = DECISION_ONLY_STATUSES[a.kind] ?? [];
  return targets.filter((s) => !decisionOnly.includes(s));
}

/** Above the objection's answer: what the requester objected to, in their words, and by when it must be answered. */
export function objectionIntro(
  c: RecordActionContext,
  a: AspirationAdminView,
  time: (iso: string) => TemplateResult,
): TemplateResult | typeof nothing {
  const objection = a.informationRequest?.objection;
  if (!objection) return nothing;
  return html`<dl class="facts" part="objection-facts">
    <dt>${c.t.objection}</dt><dd>${time(objection.submittedAt)}</dd>
    <dt>${c.t.objectionReason}</dt><dd>${OBJECTION_REASON_LABELS[objection.reason][c.language]}</dd>
    <dt>${c.t.objectionText}</dt><dd lang="id">${objection.text}</dd>
    <dt>${c.t.objectionDue}</dt><dd part="objection-due">${time(objection.dueAt)}</dd>
  </dl>`;
}

/**
 * The record after a write whose answer carries no information-request details (the status change, the question, the
 * agency's answer and a 412's current record are answered without them; only reading the record and the legal steps
 * give them): the details read before, which those writes do not change.
 */
export function withRequestDetails(
  updated: AspirationAdminView,
  previous: AspirationAdminView | undefined,
): AspirationAdminView {
  if (updated.informationRequest || updated.kind !== 'information_request') return updated;
  if (previous?.id !== updated.id || !previous.informationRequest) return updated;
  return { ...updated, informationRequest: previous.informationRequest };
}
