// The status timeline shown to whoever holds a tracking code: what happened, where it stands, what normally follows.
import {
  ASPIRATION_STATUSES,
  type AspirationHistoryKind,
  type AspirationStatus,
  type AspirationTracking,
} from '@kim-kit/sdk';

/** The usual path of an aspiration: the contract's statuses in lifecycle order; `rejected` leaves it early. */
export const HAPPY_PATH: readonly AspirationStatus[] = ASPIRATION_STATUSES.filter((status) => status !== 'rejected');

/** One step of the timeline. */
export interface TimelineStep {
  status: AspirationStatus;
  /**
   * `agency_response`: the answer of the agency it was forwarded to (the status stays as it was); `question`, and the
   * reporter's follow-ups (`reporter_information`, `reporter_answer`, `rating`, `reopened`) likewise; `extension`,
   * `objection`, `objection_answer`: an information request's extension and objection.
   */
  kind: AspirationHistoryKind;
  /** The agency's short name, for a forwarding or an answer. */
  agency: string | null;
  /** `done` happened before the current step, `upcoming` has not happened (and may not, if it is rejected). */
  state: 'done' | 'current' | 'upcoming';
  /** ISO timestamp of the change; absent for upcoming steps. */
  at?: string;
  /** The public note that came with the change, as plain text; null when there is none or it is withheld. */
  note: string | null;
}

/** Options for {@link buildTimeline}. */
export interface TimelineOptions {
  /** Drop the public notes (confidential aspirations show only their status). */
  withoutNotes?: boolean;
}

/**
 * Turns a tracking record into ordered steps: every recorded change oldest first, the current status marked,
 * then the steps that normally follow (none once resolved or rejected).
 */
export function buildTimeline(tracking: AspirationTracking, options: TimelineOptions = {}): TimelineStep[] {
  const history = [...tracking.history].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  // A record always has its creation in history; this only guards against a server that leaves it out.
  if (history.length === 0 || history.at(-1)?.status !== tracking.status) {
    history.push({ kind: 'status', status: tracking.status, at: tracking.updatedAt, note: null, agency: null });
  }
  const steps: TimelineStep[] = history.map((entry, index) => ({
    status: entry.status,
    kind: entry.kind ?? 'status',
    agency: entry.agency?.shortName ?? null,
    state: index === history.length - 1 ? 'current' : 'done',
    at: entry.at,
    note: options.withoutNotes ? null : entry.note,
  }));
  const position = HAPPY_PATH.indexOf(tracking.status);
  if (position >= 0) {
    for (const status of HAPPY_PATH.slice(position + 1)) {
      steps.push({ status, kind: 'status', agency: null, state: 'upcoming', note: null });
    }
  }
  return steps;
}

/** Whether no further change is expected. */
export function isFinalStatus(status: AspirationStatus): boolean {
  return status === 'resolved' || status === 'rejected';
}
