import type { RequestOptions } from '../options.js';
import type { ListPromise } from '../pagination.js';
import type { Send } from '../request.js';
import { AuditEntry, type AuditTargetType } from '../schemas/audit.js';
import { pagedList } from './admin-calls.js';

/** Filters of `admin.audit.list`. */
export interface AuditListParams {
  /** Only what this person did (their id). */
  actor?: string | undefined;
  /** Only changes to records of this type. */
  targetType?: AuditTargetType | undefined;
  /** Only changes to this record (its id; give `targetType` too). */
  targetId?: string | undefined;
  /**
   * Only this action (`news.publish`), or every action on a type (`news`).
   * @example 'news.publish'
   */
  action?: string | undefined;
  /**
   * From this moment, inclusive.
   * @example new Date('2026-11-01T00:00:00+07:00')
   */
  from?: string | Date | undefined;
  /** Until this moment, exclusive. */
  to?: string | Date | undefined;
  /**
   * Page size, 1 to 100.
   * @default 20
   */
  limit?: number | undefined;
  /** Start at this page (a `nextCursor` from an earlier page). */
  cursor?: string | undefined;
}

/**
 * The audit log: who changed what, when and from where. Admins read all of it, Dinas officials what happened
 * inside their region. It holds field names, never values, passwords, secrets or reporters' personal data.
 */
export interface AdminAuditResource {
  /**
   * Lists entries, newest first.
   * @example
   * for await (const entry of kim.admin.audit.list({ targetType: 'news', targetId: article.id })) {
   *   console.log(entry.at, entry.actor.name, entry.action, entry.changes.join(', '));
   * }
   */
  list(params?: AuditListParams, options?: RequestOptions): ListPromise<AuditEntry>;
}

export function adminAuditResource(send: Send): AdminAuditResource {
  const path = ['v1', 'admin', 'audit'];
  return Object.freeze({
    list: (params = {}, options) => pagedList(send, path, AuditEntry, { ...params }, options),
  } satisfies AdminAuditResource);
}
