// What the reporter did since an official last acted on a report, as badges in words for the list: reopened, an
// answer to a question, added information, an objection awaiting its answer. Read from the history the list has.
import type { AspirationAdminView, AspirationHistoryKind } from '@kim-kit/sdk';
import type { InboxRecordActionStrings } from '../locales/inbox-record-actions.js';

/** What the reporter does with the follow-up secret; an official's question or change ends the run. */
const BY_REPORTER: readonly AspirationHistoryKind[] = [
  'reporter_information',
  'reporter_answer',
  'rating',
  'reopened',
  'objection',
];

export type ReporterBadge = 'reopened' | 'answer' | 'information' | 'objection';

export function reporterBadgesOf(a: Pick<AspirationAdminView, 'history'>): ReporterBadge[] {
  const badges = new Set<ReporterBadge>();
  // The reporter's entries since anything else happened (the list's history is oldest first). Not by `actor`: a
  // change made with an API token has none, yet it is an official's.
  for (let i = a.history.length - 1; i >= 0; i--) {
    const entry = a.history[i]!;
    if (!BY_REPORTER.includes(entry.kind)) break;
    if (entry.kind === 'reopened') badges.add('reopened');
    else if (entry.kind === 'reporter_answer') badges.add('answer');
    else if (entry.kind === 'reporter_information') badges.add('information');
  }
  // From the history, as the list has no request details: an objection with no answer after it.
  const objected = a.history.findLastIndex((h) => h.kind === 'objection');
  if (objected >= 0 && !a.history.slice(objected).some((h) => h.kind === 'objection_answer')) badges.add('objection');
  return (['reopened', 'answer', 'information', 'objection'] as const).filter((b) => badges.has(b));
}

export function reporterBadgeText(t: InboxRecordActionStrings, badge: ReporterBadge): string {
  return {
    reopened: t.badgeReopened,
    answer: t.badgeAnswer,
    information: t.badgeInformation,
    objection: t.badgeObjection,
  }[badge];
}
