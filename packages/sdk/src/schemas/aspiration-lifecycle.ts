// The aspiration lifecycle by kind: which status a plain status change may move an aspiration to. An information
// request (UU 14/2008) ends only through its decision, an answer or a refusal naming its legal ground, so the plain
// change (single or bulk) may not make one `resolved` or `rejected`. The one rule the server, the console and any
// client check against.
import {
  ASPIRATION_STATUSES,
  ASPIRATION_TRANSITIONS,
  type AspirationKind,
  type AspirationStatus,
} from './aspiration.js';

/** Statuses a kind reaches only through its own endpoint, never through a plain status change. */
export const DECISION_ONLY_STATUSES: Readonly<Partial<Record<AspirationKind, readonly AspirationStatus[]>>> = {
  information_request: ['resolved', 'rejected'],
};

/** The statuses a plain status change may move an aspiration of `kind` to from `from` (`ASPIRATION_TRANSITIONS`). */
export function statusChangesFrom(kind: AspirationKind, from: AspirationStatus): readonly AspirationStatus[] {
  const reserved = DECISION_ONLY_STATUSES[kind];
  const next = ASPIRATION_TRANSITIONS[from];
  return reserved ? next.filter((to) => !reserved.includes(to)) : next;
}

/** Whether a plain status change may move an aspiration of `kind` from `from` to `to`. */
export const canChangeStatus = (kind: AspirationKind, from: AspirationStatus, to: AspirationStatus): boolean =>
  statusChangesFrom(kind, from).includes(to);

/** The statuses from which a plain change may reach `to` for `kind`: none when `to` is reserved to a decision. */
export const statusesLeadingTo = (kind: AspirationKind, to: AspirationStatus): AspirationStatus[] =>
  ASPIRATION_STATUSES.filter((from) => canChangeStatus(kind, from, to));
