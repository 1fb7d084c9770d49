import * as z from 'zod/mini';
import type { RequestOptions, WriteOptions } from '../options.js';
import type { ListPromise } from '../pagination.js';
import type { Send } from '../request.js';
import type { AgencyResponseInput } from '../schemas/agency.js';
import type { AspirationKind, AspirationStatus } from '../schemas/aspiration.js';
import {
  AspirationAdminView,
  type AspirationBulkResult,
  type AspirationBulkStatusChange,
  type AspirationStatusChange,
  AspirationBulkResult as BulkResult,
} from '../schemas/aspiration-admin.js';
import { AspirationAttachment } from '../schemas/aspiration-attachment-admin.js';
import type { QuestionInput } from '../schemas/follow-up.js';
import { pagedList, recordWrite, toQuery } from './admin-calls.js';

/** The filters of the officials' inbox, shared by `admin.aspirations.list` and the CSV export. */
export interface AdminAspirationFilters {
  /** Only aspirations in this status. */
  status?: AspirationStatus | undefined;
  /** Only aspirations, complaints or information requests. */
  kind?: AspirationKind | undefined;
  /** Only this category (its id). */
  category?: string | undefined;
  /**
   * A district or village code prefix, within the person's region.
   * @example '19.71.04'
   */
  region?: string | undefined;
  /**
   * Submitted on or after this day (a calendar date in the server's time zone).
   * @example '2026-11-01'
   */
  submittedFrom?: string | undefined;
  /**
   * Submitted on or before this day.
   * @example '2026-11-30'
   */
  submittedTo?: string | undefined;
  /** Full-text search in titles and bodies. */
  q?: string | undefined;
  /** `'true'`: the overdue queue (past the due date, not finished); `'false'`: the others. */
  overdue?: 'true' | 'false' | undefined;
  /** Forwarded to this agency (its id). */
  agency?: string | undefined;
  /**
   * Order of the list.
   * @default 'newest'
   */
  sort?: 'newest' | 'oldest' | 'updated' | undefined;
}

/** Filters and paging of `admin.aspirations.list`. */
export interface AdminAspirationListParams extends AdminAspirationFilters {
  /**
   * Page size, 1 to 100.
   * @default 20
   */
  limit?: number | undefined;
  /** Start at this page (a `nextCursor` from an earlier page). */
  cursor?: string | undefined;
}

/**
 * The officials' side of aspirations: the inbox, status changes one by one or in bulk, and the CSV export.
 * Admins and Dinas officials see the reporter's personal data within their region; KIM operators see their
 * village's aspirations without it (`reporter: null`, `personalDataHidden: true`).
 */
export interface AdminAspirationsResource {
  /**
   * Lists aspirations with the inbox's filters.
   * @example for await (const a of kim.admin.aspirations.list({ status: 'received', region: '19.71.04' })) console.log(a.trackingCode);
   */
  list(params?: AdminAspirationListParams, options?: RequestOptions): ListPromise<AspirationAdminView>;
  /** Gets one aspiration by id, with its history and `version`. */
  get(id: string, options?: RequestOptions): Promise<AspirationAdminView>;
  /**
   * Moves an aspiration to its next status (see `ASPIRATION_TRANSITIONS`), with a note for the citizen and one for
   * officials. A rejection needs a `note`. A change not allowed from the current status rejects with
   * `KimConflictError` (`invalid_transition`); a stale `version` with `KimPreconditionFailedError` (with `current`).
   * Never retried.
   *
   * Pass the `version` you read: servers of issue 12 and later require it (without it they answer 428
   * `precondition_required`). It is optional here only so that code written for earlier servers still compiles.
   * @example aspiration = await kim.admin.aspirations.setStatus(aspiration.id, { status: 'verified', internalNote: 'Dicek ke lokasi' }, { version: aspiration.version });
   */
  setStatus(
    id: string,
    change: AspirationStatusChange,
    options?: RequestOptions & Partial<Pick<WriteOptions, 'version'>>,
  ): Promise<AspirationAdminView>;
  /**
   * The same change for up to 100 aspirations; each is checked and changed on its own, and the answer says, per id,
   * whether it `changed`, was `not_found` or could not move from its status (`invalid_transition`, with `from`).
   * @example
   * const { results } = await kim.admin.aspirations.bulkSetStatus({ ids, status: 'forwarded', note: 'Diteruskan ke Dinas PUPR' });
   * const refused = results.filter((r) => r.outcome !== 'changed');
   */
  bulkSetStatus(change: AspirationBulkStatusChange, options?: RequestOptions): Promise<AspirationBulkResult>;
  /**
   * Records the answer of the agency a forwarded aspiration is with, as a history entry (`kind: 'agency_response'`)
   * that the tracker shows. `KimConflictError` (`invalid_transition`) when it is not with an agency.
   * @example aspiration = await kim.admin.aspirations.recordAgencyResponse(aspiration.id, { note: 'Perbaikan dijadwalkan 3 Desember.' }, { version: aspiration.version });
   */
  recordAgencyResponse(id: string, response: AgencyResponseInput, options: WriteOptions): Promise<AspirationAdminView>;
  /**
   * The aspirations that match the filters as CSV text (columns named in Indonesian; personal data only for the
   * roles that may see it). The export is recorded in the audit log.
   * @example const csv = await kim.admin.aspirations.exportCsv({ status: 'resolved', submittedFrom: '2026-11-01' });
   */
  exportCsv(params?: AdminAspirationFilters, options?: RequestOptions): Promise<string>;
  /**
   * The same export as a `File`, byte for byte as the server sent it (UTF-8 with a byte order mark, so spreadsheet
   * programs read the accents right), named as the server names it.
   * @example
   * const file = await kim.admin.aspirations.exportCsvFile({ region: '19.71' });
   * const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(file), download: file.name });
   * link.click();
   */
  exportCsvFile(params?: AdminAspirationFilters, options?: RequestOptions): Promise<File>;
  /**
   * One of the citizen's files (`attachments[].id` of the aspiration), as a `File` with its name and type. Admins and
   * Dinas officials in scope only: others get `KimNotFoundError` (another region) or `KimForbiddenError`.
   * @example const photo = await kim.admin.aspirations.attachment(aspiration.id, aspiration.attachments[0].id);
   */
  attachment(id: string, attachmentId: string, options?: RequestOptions): Promise<File>;
  /**
   * Shows a file on the public tracker (`true`) or hides it again; audited. Confidential aspirations show none.
   * @example await kim.admin.aspirations.setAttachmentPublic(aspiration.id, file.id, true);
   */
  setAttachmentPublic(
    id: string,
    attachmentId: string,
    isPublic: boolean,
    options?: RequestOptions,
  ): Promise<AspirationAttachment>;
  /**
   * Asks the reporter a question: a history entry (`kind: 'question'`) whose note the tracker shows; the reporter
   * answers with the follow-up secret. `KimConflictError` (`invalid_transition`) once it is resolved or rejected.
   * @example aspiration = await kim.admin.aspirations.askReporter(aspiration.id, { question: 'Di depan rumah nomor berapa?' }, { version: aspiration.version });
   */
  askReporter(id: string, input: QuestionInput, options: WriteOptions): Promise<AspirationAdminView>;
}

/** The file name of a `Content-Disposition` header, without any folder in it. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  const extended = disposition?.match(/filename\*\s*=\s*UTF-8''([^;]+)/i)?.[1];
  let name = disposition
    ?.match(/filename\s*=\s*"([^"]*)"|filename\s*=\s*([^;\s]+)/i)
    ?.slice(1)
    .find(Boolean);
  if (extended) {
    try {
      name = decodeURIComponent(extended.trim());
    } catch {
      // A malformed extended name: keep the plain one.
    }
  }
  return name?.split(/[/\\]/).pop()?.trim() || fallback;
}

export function adminAspirationsResource(send: Send): AdminAspirationsResource {
  const path = ['v1', 'admin', 'aspirations'];
  const exportCall = <T>(params: AdminAspirationFilters, responseType: 'text' | 'blob', schema: z.ZodMiniType<T>) => ({
    method: 'GET' as const,
    path: [...path, 'export.csv'],
    query: toQuery({ ...params }),
    headers: { accept: 'text/csv' },
    responseType,
    schema,
    auth: true,
  });
  return Object.freeze({
    list: (params = {}, options) => pagedList(send, path, AspirationAdminView, { ...params }, options),
    get: (id, options) =>
      send({ method: 'GET', path: [...path, id], schema: AspirationAdminView, auth: true }, options),
    setStatus: (id, change, options) =>
      send(
        options?.version === undefined
          ? { method: 'POST', path: [...path, id, 'status'], json: change, schema: AspirationAdminView, auth: true }
          : recordWrite(
              AspirationAdminView,
              'POST',
              [...path, id, 'status'],
              { ...options, version: options.version },
              change,
            ),
        options,
      ),
    askReporter: (id, input, options) =>
      send(recordWrite(AspirationAdminView, 'POST', [...path, id, 'questions'], options, input), options),
    recordAgencyResponse: (id, response, options) =>
      send(recordWrite(AspirationAdminView, 'POST', [...path, id, 'agency-responses'], options, response), options),
    bulkSetStatus: (change, options) =>
      send({ method: 'POST', path: [...path, 'status'], json: change, schema: BulkResult, auth: true }, options),
    exportCsv: (params = {}, options) => send(exportCall(params, 'text', z.string()), options),
    exportCsvFile: async (params = {}, options) => {
      const { data, headers } = await send.withResponse(exportCall(params, 'blob', z.instanceof(Blob)), options);
      const name = fileNameOf(headers.get('content-disposition'), 'aspirasi.csv');
      return new File([data], name, { type: data.type || 'text/csv; charset=utf-8' });
    },
    attachment: async (id, attachmentId, options) => {
      const { data, headers } = await send.withResponse(
        {
          method: 'GET',
          path: [...path, id, 'attachments', attachmentId],
          responseType: 'blob',
          schema: z.instanceof(Blob),
          auth: true,
        },
        options,
      );
      const name = fileNameOf(headers.get('content-disposition'), attachmentId);
      return new File([data], name, { type: headers.get('content-type') ?? data.type });
    },
    setAttachmentPublic: (id, attachmentId, isPublic, options) =>
      send(
        {
          method: 'POST',
          path: [...path, id, 'attachments', attachmentId, 'visibility'],
          json: { public: isPublic },
          schema: AspirationAttachment,
          auth: true,
        },
        options,
      ),
  } satisfies AdminAspirationsResource);
}
