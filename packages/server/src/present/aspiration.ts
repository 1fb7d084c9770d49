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
    history: record.history.map((entry) => ({
      status: entry.status,
      at: entry.at,
      note: record.confidential ? null : entry.note,
    })),
  };
  if (!record.confidential) {
    view.title = record.title;
    view.category = record.category;
  }
  return view;
}

/** Everything, for administrators. */
export function presentAdmin(record: AspirationRecord): AspirationAdminView {
  // Internal notes, actors and versions come with the officials' write side (accounts and audit).
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
    reporter: record.reporter,
    personalDataHidden: false,
    submittedAt: record.submittedAt,
    updatedAt: record.updatedAt,
    history: record.history.map((entry) => ({ ...entry, internalNote: null, actor: null })),
    version: 1,
  };
}
