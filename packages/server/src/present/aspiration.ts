// The three views of an aspiration. Only the admin view may carry reporter data or the body.
import type { AspirationAdminView, AspirationTracking } from '@kim-kit/sdk/schemas';
import type { AspirationRecord } from '../storage/storage.js';

/**
 * The public view for whoever holds the tracking code: no reporter, no body. A confidential aspiration shows its
 * status alone: no title, no category, and no notes, since an answer can repeat what was reported.
 */
export function presentTracking(record: AspirationRecord): AspirationTracking {
  const view: AspirationTracking = {
    trackingCode: record.trackingCode,
    kind: record.kind,
    status: record.status,
    regionCode: record.regionCode,
    confidential: record.confidential,
    submittedAt: record.submittedAt,
    updatedAt: record.updatedAt,
    // The agency tells the subject ("Dinas Kesehatan") as much as the category does: hidden alike.
    agency: record.confidential ? null : record.agency,
    dueAt: record.deadline?.dueAt ?? null,
    history: record.history.map((entry) => ({
      kind: entry.kind,
      status: entry.status,
      at: entry.at,
      note: record.confidential ? null : entry.note,
      agency: record.confidential ? null : entry.agency,
    })),
  };
  if (!record.confidential) {
    view.title = record.title;
    view.category = record.category;
  }
  return view;
}

/**
 * The officials' view. The reporter's name, email and phone only with `showReporter` (the policy's
 * `aspiration.read_reporter`); otherwise `reporter` is null and `personalDataHidden` says so.
 */
export function presentAdmin(
  record: AspirationRecord,
  showReporter: boolean,
  now: string = new Date().toISOString(),
): AspirationAdminView {
  return {
    id: record.id,
    trackingCode: record.trackingCode,
    kind: record.kind,
    status: record.status,
    title: record.title,
    body: record.body,
    category: record.category,
    regionCode: record.regionCode,
    anonymous: record.anonymous,
    confidential: record.confidential,
    reporter: showReporter ? record.reporter : null,
    personalDataHidden: !showReporter,
    submittedAt: record.submittedAt,
    updatedAt: record.updatedAt,
    agency: record.agency,
    dueStage: record.deadline?.stage ?? null,
    dueAt: record.deadline?.dueAt ?? null,
    overdue: record.deadline !== null && record.deadline.dueAt < now,
    history: record.history.map((entry) => ({
      kind: entry.kind,
      status: entry.status,
      at: entry.at,
      agency: entry.agency,
      note: entry.note,
      internalNote: entry.internalNote,
      actor: entry.actor,
    })),
    version: record.version,
  };
}
