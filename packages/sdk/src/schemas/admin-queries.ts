// Query parameters of the officials' and operators' lists, as they arrive in a URL (strings).
import * as z from 'zod/mini';
import { Role, UserStatus } from './account.js';
import { AspirationKind, AspirationStatus } from './aspiration.js';
import { AuditTargetType } from './audit.js';
import { CalendarDate, RegionCode, Slug, Timestamp } from './common.js';
import { NewsStatus } from './news-admin.js';
import { cursor, limit, q } from './queries.js';

const date = z.optional(CalendarDate);
const id = z.optional(z.string().check(z.minLength(1), z.maxLength(64)));

/** The officials' inbox: every filter the triage screen offers. `region` is a district or village code prefix. */
export const AdminAspirationListQuery = z.strictObject({
  status: z.optional(AspirationStatus),
  kind: z.optional(AspirationKind),
  category: z.optional(Slug),
  region: z.optional(RegionCode),
  /** Submitted on or after this day (a calendar date in the server's time zone). */
  submittedFrom: date,
  /** Submitted on or before this day. */
  submittedTo: date,
  q,
  /** `true`: only those past their due date and not finished (the overdue queue); `false`: only the others. */
  overdue: z.optional(z.enum(['true', 'false'])),
  /** Forwarded to this agency. */
  agency: id,
  sort: z.optional(z.enum(['newest', 'oldest', 'updated'])),
  limit,
  cursor,
});

/** The agencies of a region: `region` is a province or regency/city code. */
export const AdminAgencyListQuery = z.strictObject({
  region: z.optional(RegionCode),
  status: z.optional(z.enum(['active', 'archived'])),
  q,
  limit,
  cursor,
});

export const AdminNewsListQuery = z.strictObject({
  status: z.optional(NewsStatus),
  group: id,
  region: z.optional(RegionCode),
  category: z.optional(Slug),
  q,
  limit,
  cursor,
});

export const AdminGroupListQuery = z.strictObject({
  region: z.optional(RegionCode),
  q,
  status: z.optional(z.enum(['active', 'inactive', 'archived'])),
  limit,
  cursor,
});

export const AdminUserListQuery = z.strictObject({
  q,
  role: z.optional(Role),
  /** People with a role inside this region (a Dinas scope or a group's village). */
  region: z.optional(RegionCode),
  group: id,
  status: z.optional(UserStatus),
  limit,
  cursor,
});

export const AdminTokenListQuery = z.strictObject({
  owner: id,
  /** `true` lists revoked and expired tokens too. */
  all: z.optional(z.enum(['true', 'false'])),
  limit,
  cursor,
});

export const AuditListQuery = z.strictObject({
  /** A person's id. */
  actor: id,
  targetType: z.optional(AuditTargetType),
  targetId: id,
  action: z.optional(z.string().check(z.regex(/^[a-z_]+(\.[a-z_]+)?$/), z.maxLength(64))),
  /** From this moment (inclusive). */
  from: z.optional(Timestamp),
  /** Until this moment (exclusive). */
  to: z.optional(Timestamp),
  limit,
  cursor,
});
