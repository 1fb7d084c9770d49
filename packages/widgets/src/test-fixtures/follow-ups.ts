// Tracking records for the reporter's follow-up (tests and Storybook): an open question, a resolved report that can
// be rated and reopened, one already rated, one whose reopening window has closed, and an information request whose
// objection window is open or whose objection is filed. Windows are relative to now, so they stay open or closed.
import type { AspirationTracking } from '@kim-kit/sdk';
import { trackingInProgress } from './aspirations.js';

const DAY = 86_400_000;
/** The end of a day in WIB (16:59:59 UTC), `days` from today. */
const fromNow = (days: number) =>
  new Date(Math.floor(Date.now() / DAY) * DAY + days * DAY + 17 * 3_600_000 - 1000).toISOString();

/** The follow-up secret of every fixture (the receipt shows it grouped: K7QD-9XMP-2HRT-V4CW-8NZE). */
export const followUpSecret = 'K7QD9XMP2HRTV4CW8NZE';
/** A well-formed secret that belongs to none. */
export const wrongFollowUpSecret = 'ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ';

/** Being worked on; an official asked the reporter a question that is not answered yet. */
export const trackingQuestion: AspirationTracking = {
  ...trackingInProgress,
  trackingCode: 'Q7ANSW3R00',
  history: [
    ...trackingInProgress.history,
    {
      kind: 'question',
      agency: null,
      status: 'in_progress',
      at: '2026-11-26T03:00:00.000Z',
      note: 'Di depan rumah nomor berapa tepatnya lampu yang mati?',
    },
  ],
};

const resolvedHistory: AspirationTracking['history'] = [
  ...trackingInProgress.history,
  {
    kind: 'status',
    agency: null,
    status: 'resolved',
    at: '2026-11-28T02:00:00.000Z',
    note: 'Lampu telah diganti oleh Dinas Perhubungan.',
  },
];

/** Resolved, not rated, still within the reopening window. */
export const trackingResolved: AspirationTracking = {
  ...trackingInProgress,
  trackingCode: 'RS7V9D2K4M',
  status: 'resolved',
  dueAt: null,
  history: resolvedHistory,
  reopenUntil: fromNow(9),
};

/** Resolved and rated 4 of 5; it may still be reopened. */
export const trackingRated: AspirationTracking = {
  ...trackingResolved,
  trackingCode: 'RT4D5K8M2N',
  history: [
    ...resolvedHistory,
    { kind: 'rating', agency: null, status: 'resolved', at: '2026-11-29T02:00:00.000Z', note: '4/5' },
  ],
};

/** Resolved long ago: it can still be rated, no longer reopened. */
export const trackingReopenClosed: AspirationTracking = {
  ...trackingResolved,
  trackingCode: 'RC9X2P4M7B',
  reopenUntil: '2026-10-16T16:59:59.000Z',
};

/** An information request answered in part; the requester may object. */
export const trackingObjectionOpen: AspirationTracking = {
  trackingCode: 'KB3R4T7N9P',
  kind: 'information_request',
  status: 'resolved',
  regionCode: '19.71.01.1006',
  confidential: false,
  title: 'Permohonan salinan kontrak pengadaan lampu jalan 2026',
  category: { id: 'infrastruktur', name: 'Infrastruktur' },
  submittedAt: '2026-11-02T02:00:00.000Z',
  updatedAt: '2026-11-16T02:00:00.000Z',
  agency: null,
  dueAt: null,
  history: [
    { kind: 'status', agency: null, status: 'received', at: '2026-11-02T02:00:00.000Z', note: null },
    {
      kind: 'status',
      agency: null,
      status: 'resolved',
      at: '2026-11-16T02:00:00.000Z',
      note: 'Salinan kontrak dikirim melalui email.',
    },
  ],
  reopenUntil: '2026-11-30T16:59:59.000Z',
  informationRequest: {
    registerNumber: 'PPID/1971/2026/000124',
    informationRequested: 'Salinan kontrak pengadaan lampu jalan tahun 2026.',
    format: 'softcopy',
    delivery: 'email',
    extension: null,
    decision: {
      outcome: 'resolved',
      at: '2026-11-16T02:00:00.000Z',
      text: 'Salinan kontrak dikirim melalui email.',
      ground: null,
    },
    objection: null,
    objectionOpenUntil: fromNow(20),
  },
};

/** The same request once the objection is filed: it waits for the answer of the PPID's superior. */
export const trackingObjectionFiled: AspirationTracking = {
  ...trackingObjectionOpen,
  trackingCode: 'KB3R4T7N9Q',
  history: [
    ...trackingObjectionOpen.history,
    { kind: 'objection', agency: null, status: 'resolved', at: '2026-11-20T02:00:00.000Z', note: null },
  ],
  informationRequest: {
    ...trackingObjectionOpen.informationRequest!,
    objection: {
      reason: 'pasal-35-d',
      text: 'Lampiran kontrak tidak disertakan.',
      submittedAt: '2026-11-20T02:00:00.000Z',
      dueAt: '2027-01-05T16:59:59.000Z',
      answer: null,
      answeredAt: null,
    },
    objectionOpenUntil: null,
  },
};

export const followUpTrackingRecords: readonly AspirationTracking[] = [
  trackingQuestion,
  trackingResolved,
  trackingRated,
  trackingReopenClosed,
  trackingObjectionOpen,
  trackingObjectionFiled,
];
