// The three views of an aspiration. Only the admin view may carry reporter data or the body.
import {
  type AspirationAdminView,
  type AspirationLocation,
  type AspirationTracking,
  mapUrl,
} from '@kim-kit/sdk/schemas';
import type { AspirationRecord } from '../storage/storage.js';

/** Where an official reads an attachment (with their credentials). */
export const adminAttachmentPath = (aspirationId: string, attachmentId: string) =>
  `/v1/admin/aspirations/${encodeURIComponent(aspirationId)}/attachments/${encodeURIComponent(attachmentId)}`;

/** Where anyone reads an attachment an official made public. */
export const publicAttachmentPath = (trackingCode: string, attachmentId: string) =>
  `/v1/aspirations/${encodeURIComponent(trackingCode)}/attachments/${encodeURIComponent(attachmentId)}`;

/**
 * The public view for whoever holds the tracking code: no reporter, no body. A confidential aspiration shows its
 * status alone: no title, no category, and no notes, since an answer can repeat what was reported.
 */
export function presentTracking(record: AspirationRecord, baseUrl: string): AspirationTracking {
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
    const shown = record.attachments.filter((a) => a.public);
    if (shown.length > 0) {
      view.attachments = shown.map((a) => ({
        id: a.id,
        fileName: a.fileName,
        contentType: a.contentType,
        size: a.size,
        width: a.width,
        height: a.height,
        url: `${baseUrl}${publicAttachmentPath(record.trackingCode, a.id)}`,
      }));
    }
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
  /** For officials in scope (`aspiration.change_status`): the files and the device position, with this base URL. */
  official?: { baseUrl: string },
  now: string = new Date().toISOString(),
): AspirationAdminView {
  const view: AspirationAdminView = {
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
    location: locationView(record, official !== undefined),
  };
  if (official) {
    view.attachments = record.attachments.map((a) => ({
      id: a.id,
      fileName: a.fileName,
      contentType: a.contentType,
      size: a.size,
      width: a.width,
      height: a.height,
      public: a.public,
      url: `${official.baseUrl}${adminAttachmentPath(record.id, a.id)}`,
    }));
  }
  return view;
}

/** The address text for whoever reads the aspiration; the device position (it may be a home) for officials only. */
function locationView(record: AspirationRecord, withPosition: boolean): AspirationLocation | null {
  const { location } = record;
  if (!location) return null;
  const position = withPosition ? location.position : null;
  if (location.text === null && position === null) return null;
  return { text: location.text, position, mapUrl: position ? mapUrl(position) : null };
}
