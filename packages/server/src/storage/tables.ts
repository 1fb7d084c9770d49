// The tables as Kysely sees them, the same on both engines. What an engine stores differently is typed here by what
// the shared query code may write and can read back:
// - timestamps: ISO 8601 strings in UTC (`toISOString()`); SQLite keeps the text, PostgreSQL a timestamptz that the
//   driver hands back in the same form (see postgres/database.ts);
// - calendar dates: `YYYY-MM-DD` (text in SQLite, date in PostgreSQL);
// - booleans: 0/1 in SQLite, boolean in PostgreSQL: read with `Boolean(v)`, write with `dialect.bool(v)`;
// - JSON: text in SQLite, jsonb in PostgreSQL: read with `fromJson(v)`, write `JSON.stringify(v)`.
// Engine-only columns and tables (SQLite's FTS5 tables, PostgreSQL's tsvector columns) live in the engine folders.
import type { ColumnType, Generated, GeneratedAlways } from 'kysely';
import type {
  InformationObjectionTable,
  InformationRequestCounterTable,
  InformationRequestTable,
} from './information-request-tables.js';

export type Timestamp = string;
export type CalendarDate = string;
export type SqlBoolean = ColumnType<boolean | number, boolean | number, boolean | number>;
/** A JSON value: text in SQLite, already parsed in PostgreSQL. */
export type Json<T> = ColumnType<T | string, string, string>;

/** Reads a JSON column on either engine. */
export function fromJson<T>(value: T | string): T {
  return typeof value === 'string' ? (JSON.parse(value) as T) : value;
}

export interface RegionTable {
  code: string;
  name: string;
  level: string;
  kind: string | null;
  parent_code: string | null;
}

export interface CategoryTable {
  id: string;
  name: string;
  description: string | null;
  /** Comma-separated scopes: `news`, `aspiration`. */
  scopes: string;
  position: number;
  /** Set while the category is retired: no longer offered, still shown on what was filed under it. */
  retired_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** +1 per write; the ETag of If-Match. */
  version: number;
}

/** The region code of a row and its ancestors' codes, kept by the database, for one index per level. */
interface RegionLevels {
  region_code: string;
  /** `PP`: the first two characters of `region_code`. */
  province_code: GeneratedAlways<string>;
  /** `PP.KK`, or the province's code for a row placed at province level. */
  regency_code: GeneratedAlways<string>;
  /** `PP.KK.CC`, or a shorter code for a row placed higher up. */
  district_code: GeneratedAlways<string>;
}

export interface GroupTable extends RegionLevels {
  seq: Generated<number>;
  id: string;
  slug: string;
  name: string;
  address: string | null;
  decree_number: string | null;
  decree_date: CalendarDate | null;
  decree_issuer: string | null;
  founded_on: CalendarDate | null;
  chair_name: string | null;
  secretary_name: string | null;
  treasurer_name: string | null;
  /** The group's number in the ministry's KIM.id registry. */
  registry_number: string | null;
  member_count: number;
  /** Focus areas, mirrored in `group_focus` for filtering. */
  focus_areas: Json<string[]>;
  contact_email: string | null;
  contact_phone: string | null;
  contact_website: string | null;
  /** `{ network, url }` objects. */
  social: Json<{ network: string; url: string }[]>;
  logo_path: string | null;
  /** The uploaded logo (`media.id`); `logo_path` is then its largest JPEG. */
  logo_media_id: string | null;
  logo_width: number | null;
  logo_height: number | null;
  /** The logo's variants (a copy of the media's: media never change). */
  logo_variants: Json<StoredVariantJson[]> | null;
  status: string;
  /** Archived groups leave the public directory (public GET: 410); their news stays. */
  archived_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** +1 per write; the ETag of If-Match. */
  version: number;
  /** The words full-text search finds the group by (see search-words.ts). */
  search_text: string;
}

/** Every slug a group has had, its current one included: old ones redirect, and no two groups can share one. */
export interface GroupSlugTable {
  slug: string;
  group_id: string;
  created_at: Timestamp;
}

/** One variant of an uploaded image as stored in JSON columns (keys spelled out; jsonb does not keep their order). */
export interface StoredVariantJson {
  name: string;
  format: 'webp' | 'jpeg';
  width: number;
  height: number;
  bytes: number;
}

export interface GroupFocusTable {
  group_id: string;
  focus: string;
}

export interface NewsTable extends RegionLevels {
  seq: Generated<number>;
  id: string;
  slug: string;
  /** `draft`, `submitted`, `returned`, `scheduled`, `published`, `unpublished` (the contract's NEWS_STATUSES). */
  status: string;
  title: string;
  summary: string;
  /** `author` or `derived` (from the body). */
  summary_source: string;
  reading_minutes: number;
  body: string;
  image_path: string | null;
  image_alt: string | null;
  image_width: number | null;
  image_height: number | null;
  image_media_id: string | null;
  image_variants: Json<StoredVariantJson[]> | null;
  group_id: string;
  category_id: string;
  tags: Json<string[]>;
  /** The person who wrote the first draft (`null` for imported articles). */
  author_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  submitted_at: Timestamp | null;
  /**
   * When it was (or, scheduled, will be) published; `null` until then. Public lists show `published` and `scheduled`
   * articles whose time has come: no job has to run at that time.
   */
  published_at: Timestamp | null;
  /** Soft deletion: the public URL answers 410. */
  deleted_at: Timestamp | null;
  /** The last reviewer's note (return or unpublish), with who and when. */
  review_note: string | null;
  review_action: string | null;
  review_by: string | null;
  review_at: Timestamp | null;
  /** +1 per write; the ETag of If-Match. */
  version: number;
  /** The words full-text search finds the article by (see search-words.ts). */
  search_text: string;
}

export interface AspirationTable {
  seq: Generated<number>;
  /** `PP`, `PP.KK`, `PP.KK.CC` of `region_code`, kept by the database (0003), for the officials' scoped inboxes. */
  province_code: GeneratedAlways<string>;
  regency_code: GeneratedAlways<string>;
  district_code: GeneratedAlways<string>;
  id: string;
  tracking_code: string;
  kind: string;
  status: string;
  title: string;
  body: string;
  category_id: string;
  region_code: string;
  anonymous: SqlBoolean;
  confidential: SqlBoolean;
  reporter_name: string | null;
  reporter_email: string | null;
  reporter_phone: string | null;
  submitted_at: Timestamp;
  updated_at: Timestamp;
  /** Starts at 1, +1 per change: officials send it back in `If-Match`. */
  version: Generated<number>;
  /** The words the officials' inbox finds the aspiration by (title, body, tracking code; see search-words.ts). */
  search_text: Generated<string>;
  /** The agency it was last forwarded to (0008). */
  agency_id: Generated<string | null>;
  /** The stage it waits for (`response`, `resolution`) and when that is due; `null` once finished. */
  due_stage: Generated<string | null>;
  due_at: Generated<Timestamp | null>;
  /** The optional location (0007): address or landmark text, a device position in degrees, its accuracy in metres. */
  location_text: Generated<string | null>;
  latitude: Generated<number | null>;
  longitude: Generated<number | null>;
  location_accuracy: Generated<number | null>;
  /** The reporter asked to be emailed on each status change (0009). */
  notify_reporter: Generated<SqlBoolean>;
  /** The language of the submission, `id` or `en`: that of the reporter's emails (0009). */
  language: Generated<string>;
  /** SHA-256 (hex) of the reporter's follow-up secret, never the secret (0011); `null` before 0011. */
  follow_up_secret_hash: Generated<string | null>;
  /** The reporter's rating of the answer, 1-5, its optional comment and when it was given (0011). */
  rating: Generated<number | null>;
  rating_comment: Generated<string | null>;
  rated_at: Generated<Timestamp | null>;
}

/** Perangkat daerah: the offices of a regency or city aspirations are forwarded to (0008). */
export interface AgencyTable {
  id: string;
  /** The regency or city (`PP.KK`). */
  region_code: string;
  name: string;
  short_name: string;
  email: string | null;
  phone: string | null;
  archived_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: number;
}

/** An aspiration a KIM operator recorded for a resident (migration 0012): one row per such aspiration. */
export interface AspirationIntakeTable {
  aspiration_id: string;
  /** `kim`: typed in by a KIM operator. */
  channel: string;
  group_id: string;
  /** `verbal`: the resident consented by word of mouth, as the operator affirmed. */
  consent: string;
  /** The operator; `null` for the bootstrap token. */
  recorded_by: string | null;
}

/**
 * A citizen's file (0007): uploaded before the submission, claimed by it (`aspiration_id`, `position`), deleted
 * when no submission claimed it before `expires_at`. Images are re-encoded without metadata; PDFs stored as sent.
 */
export interface AspirationAttachmentTable {
  id: string;
  aspiration_id: string | null;
  /** Its place among the aspiration's files, from 0, once claimed. */
  position: number | null;
  /** The upload's Idempotency-Key, if it had one: a retry answers the same upload. */
  idempotency_key: string | null;
  /** SHA-256 of the bytes as uploaded and the file name: a retry under the same key must send the same file. */
  request_hash: string;
  file_name: string;
  content_type: string;
  size: number;
  width: number | null;
  height: number | null;
  /** Written as the engine takes it (`dialect.bool`); absent on insert (the default: private). */
  public: ColumnType<boolean | number, boolean | number | undefined, boolean | number>;
  created_at: Timestamp;
  expires_at: Timestamp;
  bytes: Buffer;
}

export interface AspirationHistoryTable {
  seq: Generated<number>;
  aspiration_id: string;
  status: string;
  at: Timestamp;
  /** Shown to the citizen on the tracker. */
  note: string | null;
  /** Seen by officials only. */
  internal_note: Generated<string | null>;
  /** The person who made the change; `null` for the submission, the bootstrap token and the server itself. */
  actor_id: Generated<string | null>;
  /** `status` or `agency_response` (0008). */
  kind: Generated<string>;
  /** The agency forwarded to or answering (0008). */
  agency_id: Generated<string | null>;
}

export interface IdempotencyKeyTable {
  key: string;
  request_hash: string;
  aspiration_id: string;
  created_at: Timestamp;
}

/** An uploaded image: its size and its variants, whose bytes are in the media store (`media_files` by default). */
export interface MediaTable {
  seq: Generated<number>;
  id: string;
  /** SHA-256 of the uploaded bytes (which are not kept). */
  source_hash: string;
  source_format: string;
  width: number;
  height: number;
  variants: Json<StoredVariantJson[]>;
  /** The group it was uploaded for, if one was named; its village scopes the audit entry. */
  group_id: string | null;
  region_code: string | null;
  uploaded_by: string | null;
  created_at: Timestamp;
}

/** The bytes of media variants, by content-addressed name: what `/media/<name>` serves, to every process. */
export interface MediaFileTable {
  name: string;
  content_type: string;
  size: number;
  bytes: Buffer;
  created_at: Timestamp;
}

/** One row: a number every catalog write moves, so every process sharing the database can see that it changed. */
export interface CatalogVersionTable {
  id: number;
  version: number;
}

/** Token buckets shared by every process (see queries/rate-limits.ts). Times in milliseconds since the epoch. */
export interface RateLimitTable {
  key: string;
  tokens: number;
  allowed: SqlBoolean;
  updated_at: number;
  expires_at: number;
}

/** Written by `/readyz` to prove that the database takes writes. */
export interface ReadinessProbeTable {
  id: number;
  checked_at: Timestamp;
}

/** A person who may sign in. Emails are unique case-insensitively through `email_key`. */
export interface UserTable {
  seq: Generated<number>;
  id: string;
  /** As the person typed it. */
  email: string;
  /** `email` trimmed and lowercased: the unique key sign-in looks up. */
  email_key: string;
  name: string;
  /** argon2id PHC string; `null` until the invitation is accepted. */
  password_hash: string | null;
  /** `invited`, `active` or `disabled`. */
  status: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  last_sign_in_at: Timestamp | null;
  version: number;
  /** The words the user list finds the person by (name and email). */
  search_text: string;
}

/** A role a person holds: `admin`; `dinas` with a region code; `kim` with a group id. */
export interface MembershipTable {
  seq: Generated<number>;
  user_id: string;
  role: string;
  /** `''` for admin, the region code for dinas, the group id for kim: one column to compare and index. */
  scope: string;
  /** The group of a `kim` membership (a foreign key, so a deleted group takes its memberships with it). */
  group_id: string | null;
}

/** A signed-in session; only the SHA-256 of its token is kept. */
export interface SessionTable {
  id: string;
  token_hash: string;
  user_id: string;
  created_at: Timestamp;
  /** When the session was last used, written at most once a minute. */
  last_used_at: Timestamp;
  /** Without use the session ends here; each use moves it (capped by `expires_at`). */
  idle_expires_at: Timestamp;
  /** The session ends here whatever happens. */
  expires_at: Timestamp;
}

/** A personal API token: one membership of its owner, an expiry, revocable; only the SHA-256 of its secret is kept. */
export interface ApiTokenTable {
  seq: Generated<number>;
  id: string;
  token_hash: string;
  user_id: string;
  name: string;
  /** The first characters of the secret, to recognise it in a list. */
  prefix: string;
  role: string;
  scope: string;
  group_id: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

/** A one-time link with which a person sets a password: an invitation, or a password reset. */
export interface InvitationTable {
  id: string;
  token_hash: string;
  user_id: string;
  /** `invite` or `reset`. */
  kind: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  /** Set when accepted; the link is then used up. */
  used_at: Timestamp | null;
}

/** Append-only (a trigger refuses UPDATE and DELETE on both engines): who changed what, when, from where. */
export interface AuditLogTable {
  seq: Generated<number>;
  at: Timestamp;
  /** `user`, `token`, `bootstrap`, `system` or `public`. */
  actor_type: string;
  actor_id: string | null;
  actor_name: string | null;
  actor_token_id: string | null;
  /** `<target type>.<verb>`, e.g. `user.invite`. */
  action: string;
  target_type: string;
  target_id: string;
  target_label: string | null;
  /** Names of the changed fields, never their values. */
  changes: Json<string[]>;
  /** The target's region, which decides which officials may read the entry; `null`: admins only. */
  region_code: string | null;
  province_code: GeneratedAlways<string | null>;
  regency_code: GeneratedAlways<string | null>;
  request_id: string | null;
  client_address: string | null;
}

/**
 * The notification outbox (0009): rows written in the transaction of the change that causes them, so a crash neither
 * loses nor duplicates one. `channel` `event` rows are fanned out by the dispatcher into `email` (and later `webhook`)
 * rows, one per recipient, in one transaction; those are sent, retried with backoff, and end `sent` or `failed`.
 */
export interface OutboxTable {
  seq: Generated<number>;
  id: string;
  /** `event`, `email`, `webhook`. */
  channel: string;
  /** `aspiration.received`, `aspiration.status`, `aspiration.overdue`. */
  topic: string;
  /** The event a message was fanned out from. */
  parent_id: string | null;
  aspiration_id: string | null;
  region_code: string | null;
  /** The address of an email, the subscription id of a webhook; `null` for an event. */
  recipient: string | null;
  /** `id` or `en`. */
  language: string;
  payload: Json<Record<string, unknown>>;
  /** `pending`, `sent`, `failed` (a claimed row stays `pending`, its `due_at` moved to the claim's end). */
  status: string;
  attempts: Generated<number>;
  /** When the row may next be claimed: now for a new row, later after a failure or while claimed. */
  due_at: Timestamp;
  /** The token of the dispatcher that claimed the row last; only it may mark the row. */
  claim: string | null;
  last_error: string | null;
  created_at: Timestamp;
  sent_at: Timestamp | null;
}

/** A signed-webhook subscription of a region (0009): events of aspirations in the region are POSTed to `url`. */
export interface WebhookSubscriptionTable {
  seq: Generated<number>;
  id: string;
  /** A Dinas region (or an admin's any region): the events of aspirations inside it. */
  region_code: string;
  /** https, or http to localhost in development and tests. */
  url: string;
  /** The topics sent: `aspiration.received`, `aspiration.status`, `aspiration.overdue`. */
  events: Json<string[]>;
  /** The HMAC-SHA256 key of the signatures: shown once when created; kept, since signing needs it. */
  secret: string;
  description: string;
  active: SqlBoolean;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

/** One attempt to deliver a webhook (0009): the delivery log of a subscription. */
export interface WebhookAttemptTable {
  seq: Generated<number>;
  subscription_id: string;
  /** The delivery: an outbox row of channel `webhook`. */
  outbox_id: string;
  topic: string;
  attempt: number;
  at: Timestamp;
  /** The receiver's HTTP status; `null` when none came (refused connection, timeout). */
  status_code: number | null;
  duration_ms: number;
  error: string | null;
}

export interface Tables {
  regions: RegionTable;
  categories: CategoryTable;
  groups: GroupTable;
  group_focus: GroupFocusTable;
  group_slugs: GroupSlugTable;
  news: NewsTable;
  aspirations: AspirationTable;
  agencies: AgencyTable;
  aspiration_history: AspirationHistoryTable;
  aspiration_attachments: AspirationAttachmentTable;
  aspiration_intakes: AspirationIntakeTable;
  idempotency_keys: IdempotencyKeyTable;
  media: MediaTable;
  media_files: MediaFileTable;
  catalog_version: CatalogVersionTable;
  rate_limits: RateLimitTable;
  readiness_probe: ReadinessProbeTable;
  users: UserTable;
  memberships: MembershipTable;
  sessions: SessionTable;
  api_tokens: ApiTokenTable;
  invitations: InvitationTable;
  audit_log: AuditLogTable;
  outbox: OutboxTable;
  webhook_subscriptions: WebhookSubscriptionTable;
  webhook_attempts: WebhookAttemptTable;
  information_requests: InformationRequestTable;
  information_request_counters: InformationRequestCounterTable;
  information_objections: InformationObjectionTable;
}
