// The storage seam: everything the HTTP layer needs from a database, in the contract's vocabulary.
// One implementation (create-storage.ts) over shared Kysely queries, on SQLite or PostgreSQL (see README.md).

import type {
  AspirationHistoryKind,
  AspirationKind,
  AspirationStatus,
  AuditActor,
  AuditEntry,
  AuditTargetType,
  Category,
  CategoryRef,
  FocusArea,
  GroupContact,
  GroupRef,
  NewsAction,
  NewsStatus,
  Region,
  RegionLevel,
  SocialLink,
  UserStatus,
} from '@kim-kit/sdk/schemas';
import type { GrantedMembership } from '../policy/principal.js';
import type { InformationRequestStore, NewInformationRequest } from './information-request-store.js';

/** One encoding of an uploaded image at one width; its bytes are served at `/media/<name>`. */
export interface StoredVariant {
  name: string;
  format: 'webp' | 'jpeg';
  width: number;
  height: number;
  bytes: number;
}

/** An image stored by path; the HTTP layer turns the path into an absolute URL. */
export interface StoredImage {
  path: string;
  alt: string;
  width: number;
  height: number;
  /** The upload it came from; absent for generated images (the demo data's). */
  mediaId?: string;
  variants?: StoredVariant[];
}

/** A KIM group as stored: the contract's `KimGroup` with its logo as a path. */
export interface GroupRecord {
  id: string;
  slug: string;
  name: string;
  regionCode: string;
  village: { code: string; name: string };
  district: { code: string; name: string };
  address: string | null;
  decree: { number: string; date: string; issuer: string } | null;
  foundedOn: string | null;
  chairName: string | null;
  memberCount: number;
  focusAreas: FocusArea[];
  contact: GroupContact;
  social: SocialLink[];
  logo: StoredImage | null;
  status: 'active' | 'inactive';
  updatedAt: string;
}

/** A group as its operators and officials see it: the public record and the registry's own fields. */
export interface GroupAdminRecord extends GroupRecord {
  secretaryName: string | null;
  treasurerName: string | null;
  registryNumber: string | null;
  logoMediaId: string | null;
  /** Slugs the group had before, oldest first. */
  previousSlugs: string[];
  archivedAt: string | null;
  createdAt: string;
  version: number;
}

/** What a public request for a group finds: the group, its new slug (an old one was asked), or an archived group. */
export type PublicGroupLookup =
  | { state: 'found'; group: GroupRecord }
  | { state: 'moved'; slug: string }
  | { state: 'archived' };

/** A group's fields as a write gives them, references resolved (the logo is the upload it names). */
export interface GroupFields {
  name: string;
  slug: string;
  regionCode: string;
  address: string | null;
  decree: { number: string; date: string; issuer: string } | null;
  foundedOn: string | null;
  chairName: string | null;
  secretaryName: string | null;
  treasurerName: string | null;
  memberCount: number;
  focusAreas: FocusArea[];
  contact: GroupContact;
  social: SocialLink[];
  registryNumber: string | null;
  logo: MediaRecord | null;
  status: 'active' | 'inactive';
}

export interface AdminGroupFilter {
  /** What the person may list: everything, or the groups of some regions (code prefixes) and some group ids. */
  scope: ContentScope;
  region?: string;
  q?: string;
  /** `archived` lists archived groups; otherwise archived groups are left out. */
  status?: 'active' | 'inactive' | 'archived';
  limit: number;
  /** By name, then id. */
  after?: Keyset;
}

/** The part of the catalog a person may manage: everything, or some regions (code prefixes) and some groups. */
export type ContentScope = 'all' | { regions: readonly string[]; groupIds: readonly string[] };

/** A category with what only its managers see. */
export interface CategoryRecord extends Category {
  retiredAt: string | null;
}

export interface CategoryAdminRecord extends CategoryRecord {
  position: number;
  usage: { news: number; aspirations: number };
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** The outcome of a write to one versioned record. */
export type VersionedWrite<R> =
  | { outcome: 'written'; record: R }
  | { outcome: 'not_found' }
  /** The record's version is no longer the one the writer read: nothing was written. */
  | { outcome: 'stale'; current: R }
  /** The record is in a state the change cannot start from. */
  | { outcome: 'invalid_transition'; current: R }
  /** A slug or id is taken by another record. */
  | { outcome: 'taken' };

/** A news article as its authors and reviewers see it. `status` is the effective one (a scheduled article whose time
 * has come is `published`). */
export interface NewsAdminRecord {
  id: string;
  slug: string;
  status: NewsStatus;
  title: string;
  summary: string;
  summarySource: 'author' | 'derived';
  body: string;
  image: StoredImage | null;
  group: GroupRef;
  regionCode: string;
  category: CategoryRef;
  tags: string[];
  readingMinutes: number;
  authorId: string | null;
  /** The author with their current name, when they have an account. */
  author: { id: string; name: string } | null;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  publishedAt: string | null;
  reviewNote: {
    note: string;
    byId: string | null;
    by: { id: string; name: string } | null;
    at: string;
    action: 'return' | 'unpublish';
  } | null;
  version: number;
}

export interface AdminNewsFilter {
  scope: ContentScope;
  /** Effective status: `published` includes scheduled articles whose time has come, `scheduled` only future ones. */
  status?: NewsStatus;
  groupId?: string;
  region?: string;
  category?: string;
  q?: string;
  limit: number;
  /** Last changed first: updatedAt, then id, both descending. */
  after?: Keyset;
  /** The moment statuses are judged at; defaults to now. */
  now?: string;
}

/** What a public request for an article finds. */
export type PublicNewsLookup =
  | { state: 'public'; article: NewsRecord }
  /** Once public, now unpublished or deleted: 410. */
  | { state: 'gone' }
  /** Not public (yet): 404, as if it did not exist. */
  | { state: 'hidden' };

/** A new draft, ready to store; the slug is chosen by the storage (unique, from the title). */
export interface NewsDraft {
  id: string;
  groupId: string;
  regionCode: string;
  categoryId: string;
  title: string;
  /** Sanitized. */
  body: string;
  summary: string;
  summarySource: 'author' | 'derived';
  readingMinutes: number;
  tags: string[];
  image: { media: MediaRecord; alt: string } | null;
  authorId: string | null;
}

/** A change to an article's content, computed from the version the writer read. */
export interface NewsPatch {
  categoryId?: string;
  title?: string;
  body?: string;
  summary?: string;
  summarySource?: 'author' | 'derived';
  readingMinutes?: number;
  tags?: string[];
  image?: { media: MediaRecord; alt: string } | null;
  /** A new slug from this title (articles never published follow their title). */
  reslugFrom?: string;
}

/** A step of the review workflow. */
export interface NewsTransition {
  action: NewsAction;
  /** `publish`: the moment it becomes public; in the future it is scheduled, otherwise it is now. */
  publishAt?: string | null;
  /** `return` and `unpublish`: why. */
  note?: string;
}

/** An uploaded image: its size and variants; the bytes are in the media store. */
export interface MediaRecord {
  id: string;
  sourceHash: string;
  sourceFormat: string;
  width: number;
  height: number;
  /** Smallest first, WebP then JPEG at each width. */
  variants: StoredVariant[];
  groupId: string | null;
  regionCode: string | null;
  uploadedBy: string | null;
  createdAt: string;
}

/** The bytes of one variant. */
export interface MediaFile {
  name: string;
  contentType: string;
  bytes: Buffer;
}

/** A news article as stored; `body` is present only when a single article is read. */
export interface NewsRecord {
  id: string;
  slug: string;
  title: string;
  summary: string;
  image: StoredImage | null;
  group: GroupRef;
  regionCode: string;
  category: CategoryRef;
  tags: string[];
  publishedAt: string;
  updatedAt: string;
  body?: string;
}

/** A perangkat daerah of a regency or city. */
export interface AgencyRecord {
  id: string;
  /** `PP.KK`. */
  regionCode: string;
  name: string;
  shortName: string;
  email: string | null;
  phone: string | null;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface AgencyFilter {
  /** What the person may list: everything, or the agencies inside some regions (code prefixes). */
  scope: 'all' | readonly string[];
  /** A province or regency/city code. */
  region?: string;
  status?: 'active' | 'archived';
  /** Part of the name or short name. */
  q?: string;
  limit: number;
  /** By name, then id. */
  after?: Keyset;
}

/** The deadline of the stage an aspiration waits for. */
export interface DeadlineRecord {
  stage: 'response' | 'resolution';
  dueAt: string;
}

export interface AspirationHistoryRecord {
  /**
   * A status change, the agency's answer, an official's question, the reporter's follow-up, or an information
   * request's extension, objection or its answer (see the contract).
   */
  kind: AspirationHistoryKind;
  /** The agency forwarded to or answering. */
  agency: { id: string; name: string; shortName: string } | null;
  status: AspirationStatus;
  at: string;
  /** Shown to the citizen. */
  note: string | null;
  /** Officials only. */
  internalNote: string | null;
  /** The person who made the change; `null` for the submission, the bootstrap token and the server. */
  actor: { id: string; name: string } | null;
}

/** An aspiration with everything, reporter included: only admin responses may show all of it. */
export interface AspirationRecord {
  id: string;
  trackingCode: string;
  kind: AspirationKind;
  status: AspirationStatus;
  title: string;
  body: string;
  category: CategoryRef;
  regionCode: string;
  anonymous: boolean;
  confidential: boolean;
  reporter: { name?: string; email?: string; phone?: string } | null;
  submittedAt: string;
  updatedAt: string;
  /** The agency it was last forwarded to. */
  agency: { id: string; name: string; shortName: string } | null;
  /** The stage it waits for and when that is due; `null` once finished. */
  deadline: DeadlineRecord | null;
  history: AspirationHistoryRecord[];
  /** +1 per change; officials send it back in If-Match. */
  version: number;
  /** Where it is about; `null` when the citizen gave nothing. */
  location: AspirationLocationRecord | null;
  /** The citizen's files, in the order of the submission. */
  attachments: AttachmentRecord[];
  /** Set when a KIM operator recorded it for a resident; absent or `null` otherwise. */
  intake?: IntakeRecord | null;
}

/** How an aspiration recorded through a KIM came in (table aspiration_intakes). */
export interface IntakeRecord {
  channel: 'kim';
  group: { id: string; name: string };
  consent: 'verbal';
  /** The operator; `null` for the bootstrap token. */
  recordedBy: { id: string; name: string } | null;
}

/** An aspiration's optional location. */
export interface AspirationLocationRecord {
  text: string | null;
  position: { latitude: number; longitude: number; accuracy?: number } | null;
}

/** A file on an aspiration (its bytes are read on their own: {@link Storage.getAttachmentFile}). */
export interface AttachmentRecord {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  width: number | null;
  height: number | null;
  public: boolean;
  createdAt: string;
}

/** A file uploaded before the submission that will name it. */
export interface NewUpload {
  id: string;
  /** The upload's Idempotency-Key, if any, with the hash of the request: a retry answers the same upload. */
  idempotency: { key: string; requestHash: string } | null;
  fileName: string;
  contentType: string;
  size: number;
  width: number | null;
  height: number | null;
  bytes: Buffer;
  createdAt: string;
  expiresAt: string;
}

export interface UploadRecord {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  expiresAt: string;
}

export type CreateUploadResult = { outcome: 'created' | 'replayed'; upload: UploadRecord } | { outcome: 'conflict' };

/** An attachment with its bytes. */
export interface AttachmentFile {
  attachment: AttachmentRecord;
  bytes: Buffer;
}

/** A new aspiration, ready to store (ids, code and time already chosen). */
export interface NewAspiration {
  id: string;
  trackingCode: string;
  kind: AspirationKind;
  title: string;
  body: string;
  categoryId: string;
  regionCode: string;
  anonymous: boolean;
  confidential: boolean;
  reporter: { name?: string; email?: string; phone?: string } | null;
  submittedAt: string;
  location?: AspirationLocationRecord | null;
  /** Uploads to claim, in order: every one must exist, be unclaimed and unexpired, or nothing is stored. */
  attachmentIds?: readonly string[];
  /** When its first response is due (none: no due date). */
  deadline?: DeadlineRecord | null;
  /** The reporter asked to be emailed on each status change (needs `reporter.email`). */
  notify?: boolean;
  /** The submission's language, that of the reporter's emails. @default 'id' */
  language?: 'id' | 'en';
  /** For the audit entry (`aspiration.submit`, actor `public`): the request's id and client address. */
  source?: { requestId: string | null; clientAddress: string | null };
  /** An information request's details; stored with a new register number in the same transaction. */
  informationRequest?: NewInformationRequest;
  /** SHA-256 (hex) of the reporter's follow-up secret (see aspirations/follow-up-secret.ts). */
  followUpSecretHash?: string | null;
  /**
   * Recorded by a KIM operator for a resident: stored beside the aspiration in its transaction, and the audit entry
   * (`aspiration.intake`) names `actor` instead of the public.
   */
  intake?: NewIntake | null;
}

/** The KIM side of a recorded aspiration. */
export interface NewIntake {
  groupId: string;
  consent: 'verbal';
  /** The operator's user id (`null` for the bootstrap token). */
  recordedBy: string | null;
  actor: AuditActorRecord;
}

export type OutboxTopic = 'aspiration.received' | 'aspiration.status' | 'aspiration.overdue';

/** A row of the notification outbox (see tables.ts, OutboxTable). */
export interface OutboxMessage {
  id: string;
  channel: 'event' | 'email' | 'webhook';
  topic: OutboxTopic;
  parentId: string | null;
  aspirationId: string | null;
  regionCode: string | null;
  recipient: string | null;
  language: 'id' | 'en';
  payload: Record<string, unknown>;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  dueAt: string;
  claim: string | null;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

/** A webhook subscription (never its secret, which is shown once when created). */
export interface WebhookSubscriptionRecord {
  id: string;
  regionCode: string;
  url: string;
  events: OutboxTopic[];
  description: string;
  active: boolean;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface NewWebhookSubscription {
  id: string;
  regionCode: string;
  url: string;
  events: OutboxTopic[];
  secret: string;
  description: string;
}

/** A change to a subscription (webhook-admin.ts); absent fields stay. */
export interface WebhookSubscriptionPatch {
  url?: string;
  events?: OutboxTopic[];
  description?: string;
  active?: boolean;
}

/** One attempt of a delivery, in a subscription's delivery log. */
export interface WebhookAttemptRecord {
  deliveryId: string;
  topic: OutboxTopic;
  attempt: number;
  at: string;
  statusCode: number | null;
  durationMs: number;
  error: string | null;
  /** The delivery's state now. */
  deliveryStatus: OutboxMessage['status'];
}

/** One dispatcher's claim of due outbox rows. */
export interface OutboxClaim {
  /** Unique per claim: only its holder may mark the rows. */
  token: string;
  channels: readonly OutboxMessage['channel'][];
  now: string;
  /** The rows are not claimed again before this time, unless marked. */
  leaseEnd: string;
  limit: number;
}

/** A position in a keyset-ordered list: the sort value and the id of the last row seen. */
export interface Keyset {
  value: string;
  id: string;
}

export interface RegionFilter {
  parent?: string;
  level?: RegionLevel;
}

export interface GroupFilter {
  /** Code prefix: `19.71` matches the city and every region inside it. */
  region?: string;
  q?: string;
  focus?: FocusArea;
  /** Rows to return (callers ask one more than a page to learn whether another page exists). */
  limit: number;
  /** Groups sort by name, then id. */
  after?: Keyset;
}

export interface NewsFilter {
  /** The moment the list is read at (scheduled articles appear when it passes their time); defaults to now. */
  now?: string;
  region?: string;
  /** A group id or slug. */
  group?: string;
  category?: string;
  q?: string;
  limit: number;
  /** News sorts newest first: publishedAt, then id, both descending. */
  after?: Keyset;
  /** Read each article's body too (feeds). */
  withBody?: boolean;
}

export interface AspirationFilter {
  status?: AspirationStatus;
  kind?: AspirationKind;
  categoryId?: string;
  /** A region code: the aspirations in it or below it. */
  region?: string;
  /** ISO times: submitted at or after `from`, before `to`. */
  submittedFrom?: string;
  submittedBefore?: string;
  /** Words of the tracking code, title or body, each a prefix. */
  q?: string;
  /** Past due (`true`) or not (`false`) at `now`. */
  overdue?: { now: string; value: boolean };
  /** Forwarded to this agency. */
  agencyId?: string;
  /** `'all'` (the default), or what the asking person may read: region prefixes, with confidential ones or not. */
  scope?: 'all' | readonly { prefix: string; includeConfidential: boolean }[];
  /** `newest` (the default): submittedAt descending; `oldest`: ascending; `updated`: updatedAt descending. */
  sort?: 'newest' | 'oldest' | 'updated';
  limit: number;
  /** The sort value and id of the last row seen. */
  after?: Keyset;
}

/** The aspirations the public statistics count: a region (any level) and optional submission times (ISO). */
export interface AspirationStatsFilter {
  region: string;
  submittedFrom?: string;
  submittedBefore?: string;
}

/** Grouped counts of a region's aspirations, and the names of their districts. */
export interface AspirationStatsCounts {
  groups: {
    status: AspirationStatus;
    kind: AspirationKind;
    categoryId: string;
    categoryName: string;
    districtCode: string;
    count: number;
  }[];
  districtNames: Map<string, string>;
}

/** One aspiration's outcome, without its text or reporter: for response times and the open-data export. */
export interface AspirationOutcomeRow {
  id: string;
  kind: AspirationKind;
  status: AspirationStatus;
  categoryId: string;
  categoryName: string;
  regionCode: string;
  districtCode: string;
  submittedAt: string;
  /** The first status change after submission, if any. */
  firstResponseAt: string | null;
  resolvedAt: string | null;
}

/** What a submitter's receipt is made of. */
/** An aspiration as a reporter's follow-up sees it (queries/follow-ups.ts). */
export interface FollowUpTarget {
  id: string;
  trackingCode: string;
  kind: AspirationKind;
  status: AspirationStatus;
  regionCode: string;
  /** SHA-256 of its follow-up secret; `null` for aspirations from before 0011, which cannot be followed up. */
  followUpSecretHash: string | null;
  /** The reporter's rating, once given. */
  rating: number | null;
  /** When it was last resolved; `null` if never. */
  resolvedAt: string | null;
}

/** What a reporter's follow-up write did: `refused` when the aspiration's state does not allow it. */
export type FollowUpWriteResult = { outcome: 'done'; status: AspirationStatus; at: string } | { outcome: 'refused' };

export interface StoredAspiration {
  id: string;
  trackingCode: string;
  submittedAt: string;
  /** An information request's register number, when the submission stored one. */
  registerNumber?: string;
  /** SHA-256 of its follow-up secret, as stored (`null` for aspirations from before 0011). */
  followUpSecretHash?: string | null;
}

export type CreateAspirationResult =
  | { outcome: 'created'; aspiration: StoredAspiration }
  | { outcome: 'replayed'; aspiration: StoredAspiration }
  | { outcome: 'conflict' };

/** An official's status change. */
export interface AspirationStatusUpdate {
  status: AspirationStatus;
  /** Shown to the citizen on the tracker. */
  note: string | null;
  /** Officials only. */
  internalNote: string | null;
  /** The statuses the change may start from. */
  allowedFrom: readonly AspirationStatus[];
  /** The version the official saw (If-Match); absent for changes that take whatever is current (bulk). */
  expectedVersion?: number;
  /** The agency forwarded to (with `forwarded`). */
  agencyId?: string;
  /**
   * The deadline of an aspiration of this kind and region once in the new status (at the time of the write);
   * without it the due date stays as it is.
   */
  deadline?: (kind: AspirationKind, regionCode: string) => DeadlineRecord | undefined;
}

/** An agency's answer to a forwarded aspiration. */
export interface AgencyResponseUpdate {
  note: string;
  internalNote: string | null;
  expectedVersion: number;
}

export type ChangeStatusResult =
  | { outcome: 'changed'; record: AspirationRecord }
  | { outcome: 'not_found' }
  | { outcome: 'invalid_transition'; from: AspirationStatus }
  /** Someone changed it since the version sent: `record` as it is now. */
  | { outcome: 'stale'; record: AspirationRecord };

/** A group to store (seed): like the record, but the region names come from the regions table. */
export type NewGroup = Omit<GroupRecord, 'village' | 'district'>;

/** A news article to store (seed). */
export interface NewNews {
  id: string;
  slug: string;
  title: string;
  summary: string;
  body: string;
  image: StoredImage | null;
  groupId: string;
  regionCode: string;
  categoryId: string;
  tags: string[];
  publishedAt: string;
  updatedAt: string;
  /** Who wrote it, when that person has an account. */
  authorId?: string | null;
}

/** Which migrations the database has, against the ones this version of the server knows. */
export interface SchemaStatus {
  /** Known migrations already applied, in order. */
  applied: string[];
  /** Known migrations not applied yet. */
  pending: string[];
  /** Applied migrations this server does not know: a newer version migrated the database. */
  unknown: string[];
}

/** Who acts, as the audit log records it (the contract's `AuditActor`). */
export type AuditActorRecord = AuditActor;

/**
 * What every storage write receives besides its data: who acts, the request it serves, and the time it happens.
 * The write appends its audit entry with these in the same transaction, so a change and its record commit together
 * or not at all (see README.md, "Writes and the audit log").
 */
export interface WriteContext {
  actor: AuditActorRecord;
  /** The request's X-Request-Id; `null` for the command line and the seed. */
  requestId: string | null;
  /** The client address as the server saw it; `null` outside a request. */
  clientAddress: string | null;
  /** ISO time of the write: every timestamp the write sets is this one. */
  at: string;
}

/** One entry to append: what changed (field names only, never values), on what, in which region. */
export interface AuditEvent {
  /** `<target type>.<verb>`: `user.invite`, `session.create`, `aspiration.status`... */
  action: string;
  target: { type: AuditTargetType; id: string; label: string | null };
  changes: readonly string[];
  /** The target's region (decides which Dinas officials may read the entry); `null` for admins only. */
  regionCode: string | null;
}

export interface AuditFilter {
  /** A person's id: what they did (also through their API tokens). */
  actorId?: string;
  targetType?: AuditTargetType;
  targetId?: string;
  action?: string;
  /** ISO time, inclusive. */
  from?: string;
  /** ISO time, exclusive. */
  to?: string;
  /** `'all'`, or the region code prefixes whose entries may be listed (entries without a region need `'all'`). */
  regions: 'all' | readonly string[];
  limit: number;
  /** Newest first: the time, then the sequence number (as a string), both descending. */
  after?: Keyset;
}

/** A role as it is granted and stored: the contract's `MembershipInput`. */
export type MembershipGrant =
  | { role: 'admin' }
  | { role: 'dinas'; regionCode: string }
  | { role: 'kim'; groupId: string };

/** A role as it is shown: the contract's `Membership`, the scope named in words. */
export type MembershipRecord =
  | { role: 'admin' }
  | { role: 'dinas'; region: { code: string; name: string } }
  | { role: 'kim'; group: { id: string; slug: string; name: string; regionCode: string } };

/** A person, without the password hash. */
export interface UserRecord {
  id: string;
  email: string;
  name: string;
  status: UserStatus;
  memberships: MembershipRecord[];
  createdAt: string;
  updatedAt: string;
  lastSignInAt: string | null;
  version: number;
}

/** A person to create (seed, CLI, invitation); ids chosen by the caller, times from the write context. */
export interface NewUser {
  id: string;
  email: string;
  name: string;
  status: 'invited' | 'active';
  /** argon2id PHC string; `null` until the person sets a password through an invitation. */
  passwordHash: string | null;
  memberships: readonly MembershipGrant[];
}

/** A session to store: only the hash of its token. */
export interface NewSession {
  id: string;
  tokenHash: string;
  userId: string;
  idleExpiresAt: string;
  expiresAt: string;
}

/** A personal API token to store: only the hash of its secret. */
export interface NewApiToken {
  id: string;
  tokenHash: string;
  /** The first characters of the secret, shown in lists to recognise it. */
  prefix: string;
  userId: string;
  name: string;
  /** One membership its owner holds. */
  membership: MembershipGrant;
  expiresAt: string;
}

/** A personal API token as listed (never its secret). */
export interface ApiTokenRecord {
  id: string;
  name: string;
  membership: MembershipRecord;
  owner: { id: string; name: string };
  prefix: string;
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** Who a bearer secret belongs to, with what the policy needs to decide. */
export interface Credential {
  user: { id: string; name: string; email: string };
  /** The person's memberships; for an API token, only the one it acts with. */
  memberships: GrantedMembership[];
  via:
    | { kind: 'session'; sessionId: string; expiresAt: string; idleExpiresAt: string }
    | { kind: 'api'; tokenId: string };
}

/** What verifying a password needs: never leaves the server. */
export interface SignInRecord {
  id: string;
  email: string;
  name: string;
  status: UserStatus;
  /** argon2id PHC string; `null` while the person has not accepted their invitation. */
  passwordHash: string | null;
}

/** An invitation (a new account) or a password reset link, to store: only the hash of its secret. */
export interface NewInvitation {
  id: string;
  tokenHash: string;
  userId: string;
  kind: 'invite' | 'reset';
  expiresAt: string;
}

/** A link that can still be used, with the person it is for. */
export interface InvitationRecord {
  id: string;
  kind: 'invite' | 'reset';
  expiresAt: string;
  user: UserRecord;
}

export interface ApiTokenFilter {
  ownerId?: string;
  /** Revoked and expired tokens too. */
  includeEnded: boolean;
  /** ISO time: what "expired" is measured against. */
  now: string;
  /** `'all'`, or the region prefixes whose tokens may be listed (admin tokens need `'all'`). */
  regions: 'all' | readonly string[];
  limit: number;
  /** Newest first: creation time, then id, both descending. */
  after?: Keyset;
}

export interface UserFilter {
  /** Words of the name or the email, each a prefix. */
  q?: string;
  role?: 'admin' | 'dinas' | 'kim';
  /** People with a membership inside this region (a Dinas scope or a group's village). */
  region?: string;
  groupId?: string;
  status?: UserStatus;
  /** `'all'`, or the region prefixes the asking official manages (people with a membership inside one). */
  regions: 'all' | readonly string[];
  limit: number;
  /** By name, then id. */
  after?: Keyset;
}

/** A change to an account; absent fields stay. */
export interface UserUpdateRecord {
  name?: string;
  memberships?: readonly MembershipGrant[];
  status?: 'active' | 'disabled';
}

export type UpdateUserResult =
  | { outcome: 'changed'; record: UserRecord }
  | { outcome: 'not_found' }
  /** Someone changed it since the version sent: `record` as it is now. */
  | { outcome: 'stale'; record: UserRecord };

/** A token bucket: bursts up to `limit`, refilled evenly over `windowSeconds`. */
export interface TokenBucketRule {
  limit: number;
  windowSeconds: number;
}

/** The bucket after one take: whether it had a token, and how many are left (fractions count toward the next). */
export interface TokenBucketState {
  allowed: boolean;
  tokens: number;
}

export interface Storage {
  /** `sqlite` or `postgres`. */
  readonly engine: 'sqlite' | 'postgres';
  /**
   * Applies pending migrations; safe to call on every start and from several processes at once. Throws
   * SchemaTooNewError when the database was migrated by a newer version of the server.
   */
  migrate(): Promise<void>;
  /** Compares the database's migrations with the ones this server knows, changing nothing. */
  schemaStatus(): Promise<SchemaStatus>;
  /** Throws when the database cannot answer. */
  ping(): Promise<void>;
  /** Throws when the database cannot take a write (read-only file or replica, full disk, lost connection). */
  checkWritable(): Promise<void>;
  /**
   * Takes one token from the bucket `key` (shared by every process on this database), refilling it for the time
   * since its last take. `now` is in milliseconds since the epoch.
   */
  takeToken(key: string, rule: TokenBucketRule, now: number): Promise<TokenBucketState>;
  /**
   * A token that changes whenever regions, categories, groups or news change, here or in another process
   * sharing the database. Response caches compare it before serving.
   */
  catalogVersion(): Promise<string>;

  listRegions(filter: RegionFilter): Promise<Region[]>;
  getRegion(code: string): Promise<Region | undefined>;
  /** Active categories in their order. */
  listCategories(): Promise<Category[]>;
  /** A category, retired or not. */
  getCategory(id: string): Promise<CategoryRecord | undefined>;
  /** Groups of the public directory (archived ones left out). */
  listGroups(filter: GroupFilter): Promise<GroupRecord[]>;
  /** A group by id or current slug, archived or not. */
  getGroup(idOrSlug: string): Promise<GroupRecord | undefined>;
  /** A group for the public: by id, current slug or an old slug (then `moved`); archived ones are `archived`. */
  findPublicGroup(idOrSlug: string): Promise<PublicGroupLookup | undefined>;
  /** Published articles (and scheduled ones whose time has come), newest first. */
  listNews(filter: NewsFilter): Promise<NewsRecord[]>;
  /** An article for the public, with its body, by id or slug. */
  findPublicNews(idOrSlug: string, now?: string): Promise<PublicNewsLookup | undefined>;
  /**
   * The earliest publication time of a scheduled article still in the future at `now`, or `null`: a cached public
   * list is stale from that moment on.
   */
  nextScheduledPublication(now: string): Promise<string | null>;

  listAdminGroups(filter: AdminGroupFilter): Promise<GroupAdminRecord[]>;
  getAdminGroup(id: string): Promise<GroupAdminRecord | undefined>;
  /** Registers a group; `taken` when its slug is (or was) another group's. */
  createGroup(ctx: WriteContext, input: GroupFields & { id: string }): Promise<VersionedWrite<GroupAdminRecord>>;
  /** Changes a group if it is still at `version`; a changed slug keeps the old one as a redirect. */
  updateGroup(
    ctx: WriteContext,
    id: string,
    version: number,
    patch: Partial<GroupFields>,
  ): Promise<VersionedWrite<GroupAdminRecord>>;
  /** Archives (or restores) a group still at `version`; `invalid_transition` when it already is (or is not). */
  setGroupArchived(
    ctx: WriteContext,
    id: string,
    version: number,
    archived: boolean,
  ): Promise<VersionedWrite<GroupAdminRecord>>;

  /** Every category, retired ones too, by position, with how often each is used. */
  listAdminCategories(): Promise<CategoryAdminRecord[]>;
  getAdminCategory(id: string): Promise<CategoryAdminRecord | undefined>;
  createCategory(
    ctx: WriteContext,
    input: { id: string; name: string; description: string | null; scopes: Category['scopes'] },
  ): Promise<VersionedWrite<CategoryAdminRecord>>;
  updateCategory(
    ctx: WriteContext,
    id: string,
    version: number,
    patch: { name?: string; description?: string | null; scopes?: Category['scopes'] },
  ): Promise<VersionedWrite<CategoryAdminRecord>>;
  /**
   * Puts the active categories in the order of `ids`, which must name each of them exactly once (retired ones keep
   * their place after them); otherwise nothing changes and the ids missing and unknown are returned.
   */
  orderCategories(
    ctx: WriteContext,
    ids: readonly string[],
  ): Promise<
    | { outcome: 'ordered'; records: CategoryAdminRecord[] }
    | { outcome: 'mismatch'; missing: string[]; unknown: string[] }
  >;
  setCategoryRetired(
    ctx: WriteContext,
    id: string,
    version: number,
    retired: boolean,
  ): Promise<VersionedWrite<CategoryAdminRecord>>;

  listAdminNews(filter: AdminNewsFilter): Promise<NewsAdminRecord[]>;
  /** An article in any status but deleted. */
  getAdminNews(id: string, now?: string): Promise<NewsAdminRecord | undefined>;
  createNews(ctx: WriteContext, draft: NewsDraft): Promise<NewsAdminRecord>;
  updateNews(
    ctx: WriteContext,
    id: string,
    version: number,
    patch: NewsPatch,
  ): Promise<VersionedWrite<NewsAdminRecord>>;
  /** Moves an article along the workflow if it is still at `version` and its status allows the step. */
  transitionNews(
    ctx: WriteContext,
    id: string,
    version: number,
    transition: NewsTransition,
  ): Promise<VersionedWrite<NewsAdminRecord>>;
  /** Soft deletion: the article leaves every list, its public URL answers 410. */
  deleteNews(ctx: WriteContext, id: string, version: number): Promise<VersionedWrite<NewsAdminRecord>>;

  createMedia(ctx: WriteContext, media: MediaRecord): Promise<MediaRecord>;
  getMedia(id: string): Promise<MediaRecord | undefined>;
  /** Stores variants' bytes by name; a name already stored is kept (names are content hashes). */
  putMediaFiles(files: readonly MediaFile[]): Promise<void>;
  getMediaFile(name: string): Promise<MediaFile | undefined>;

  /**
   * Stores an aspiration with its first history entry. With an idempotency key, a key already used with the same
   * request hash returns the stored aspiration (`replayed`), with another hash `conflict`; atomically.
   */
  createAspiration(
    input: NewAspiration,
    idempotency?: { key: string; requestHash: string },
  ): Promise<CreateAspirationResult>;
  getAspiration(id: string): Promise<AspirationRecord | undefined>;
  /**
   * Stores an upload (deleting unclaimed ones past their expiry). With an idempotency key already used with the same
   * request hash, answers the stored upload (`replayed`); with another hash `conflict`.
   */
  createUpload(upload: NewUpload): Promise<CreateUploadResult>;
  /** A claimed attachment of an aspiration, with its bytes. */
  getAttachmentFile(aspirationId: string, attachmentId: string): Promise<AttachmentFile | undefined>;
  /** Shows a file on the public tracker or hides it again, audited as `aspiration.attachment_visibility`. */
  setAttachmentPublic(
    ctx: WriteContext,
    aspirationId: string,
    attachmentId: string,
    isPublic: boolean,
  ): Promise<AttachmentRecord | undefined>;
  getAspirationByTrackingCode(trackingCode: string): Promise<AspirationRecord | undefined>;
  /** The aspiration a reporter follows up, with its secret's hash (never presented); `undefined` if unknown. */
  getFollowUpTarget(trackingCode: string): Promise<FollowUpTarget | undefined>;
  /** The reporter's added information or answer to a question (queries/follow-ups.ts). */
  addReporterEntry(
    ctx: WriteContext,
    id: string,
    kind: 'reporter_information' | 'reporter_answer',
    text: string,
  ): Promise<FollowUpWriteResult>;
  /** The reporter's rating of a resolved aspiration, once. */
  rateAspiration(ctx: WriteContext, id: string, score: number, comment: string | null): Promise<FollowUpWriteResult>;
  /** Reopens a resolved aspiration (the window is the caller's check); `deadline` gives the new due date. */
  reopenAspiration(
    ctx: WriteContext,
    id: string,
    reason: string,
    deadline: (kind: AspirationKind, regionCode: string) => DeadlineRecord | undefined,
  ): Promise<FollowUpWriteResult>;
  /** An official's question to the reporter, with If-Match's version. */
  askReporter(ctx: WriteContext, id: string, question: string, expectedVersion: number): Promise<ChangeStatusResult>;
  listAspirations(filter: AspirationFilter): Promise<AspirationRecord[]>;
  /** Counts of the aspirations in a region, grouped by status, kind, category and district. */
  aspirationStatsCounts(filter: AspirationStatsFilter): Promise<AspirationStatsCounts>;
  /**
   * Outcomes of the aspirations in a region, oldest first, a page of `limit` after `after`; `publicOnly` leaves the
   * confidential ones out.
   */
  aspirationOutcomes(
    filter: AspirationStatsFilter,
    options: { publicOnly: boolean; limit: number; after?: { submittedAt: string; id: string } },
  ): Promise<AspirationOutcomeRow[]>;
  /**
   * Moves an aspiration to `status` if its current status is one of `allowedFrom` (and its version is the one
   * expected), records it in the history with the actor, and audits it as `aspiration.status`; atomically.
   */
  changeAspirationStatus(ctx: WriteContext, id: string, change: AspirationStatusUpdate): Promise<ChangeStatusResult>;
  /**
   * Records the answer of the agency a forwarded (or in-progress) aspiration was forwarded to as a history entry
   * (`agency_response`), audited as `aspiration.agency_response`; `invalid_transition` when it is not with one.
   */
  recordAgencyResponse(ctx: WriteContext, id: string, response: AgencyResponseUpdate): Promise<ChangeStatusResult>;

  getAgency(id: string): Promise<AgencyRecord | undefined>;
  listAgencies(filter: AgencyFilter): Promise<AgencyRecord[]>;
  /** Creates an agency (audited as `agency.create`); `taken` when its region has one of the same short name. */
  createAgency(
    ctx: WriteContext,
    input: {
      id: string;
      regionCode: string;
      name: string;
      shortName: string;
      email: string | null;
      phone: string | null;
    },
  ): Promise<VersionedWrite<AgencyRecord>>;
  updateAgency(
    ctx: WriteContext,
    id: string,
    version: number,
    patch: { name?: string; shortName?: string; email?: string | null; phone?: string | null },
  ): Promise<VersionedWrite<AgencyRecord>>;
  setAgencyArchived(
    ctx: WriteContext,
    id: string,
    version: number,
    archived: boolean,
  ): Promise<VersionedWrite<AgencyRecord>>;
  /** Notification outbox: claims due rows of the given channels for one dispatcher (see queries/outbox.ts). */
  claimOutbox(claim: OutboxClaim): Promise<OutboxMessage[]>;
  /** Writes a claimed event's messages and marks it sent, at once; the count, or `undefined` if the claim was lost. */
  fanOutOutboxEvent(event: OutboxMessage, token: string, at: string): Promise<number | undefined>;
  /** Marks a claimed message sent; false if the claim was lost. */
  markOutboxSent(id: string, token: string, at: string): Promise<boolean>;
  /** Records a failed attempt: due again at `retryAt`, or failed for good when it is null. */
  markOutboxAttemptFailed(
    id: string,
    token: string,
    error: string,
    retryAt: string | null,
    at: string,
  ): Promise<boolean>;
  /** Outbox rows, oldest first (of one aspiration, or all). */
  listOutbox(filter?: { aspirationId?: string }): Promise<OutboxMessage[]>;
  /** Webhooks: a new subscription, audited as `webhook.create`. */
  createWebhookSubscription(
    ctx: WriteContext,
    subscription: NewWebhookSubscription,
  ): Promise<WebhookSubscriptionRecord>;
  getWebhookSubscription(id: string): Promise<WebhookSubscriptionRecord | undefined>;
  /** The signing secret of a subscription, for the dispatcher only. */
  webhookSecret(id: string): Promise<string | undefined>;
  /** Subscriptions whose region is one of `regions` (or all), oldest first. */
  listWebhookSubscriptions(regions: readonly string[] | 'all'): Promise<WebhookSubscriptionRecord[]>;
  /** Deletes a subscription and its log, audited as `webhook.delete`; false when there was none. */
  deleteWebhookSubscription(ctx: WriteContext, id: string): Promise<boolean>;
  /** Appends an attempt to a subscription's delivery log. */
  recordWebhookAttempt(attempt: {
    subscriptionId: string;
    outboxId: string;
    topic: string;
    attempt: number;
    at: string;
    statusCode: number | null;
    durationMs: number;
    error: string | null;
  }): Promise<void>;
  /** A subscription's delivery log, newest attempt first. */
  listWebhookAttempts(subscriptionId: string, limit: number): Promise<WebhookAttemptRecord[]>;
  /**
   * Sends a delivery of the subscription again (audited as `webhook.replay`): the same outbox row, due now, with a
   * fresh count of attempts. False when the subscription has no such delivery.
   */
  replayWebhookDelivery(ctx: WriteContext, subscriptionId: string, deliveryId: string): Promise<boolean>;
  /** A page of subscriptions inside `regions` (code prefixes) or all, by creation, after the one at `afterSeq`. */
  listWebhookSubscriptionPage(filter: {
    regions: readonly string[] | 'all';
    limit: number;
    afterSeq?: number;
  }): Promise<{ seq: number; record: WebhookSubscriptionRecord }[]>;
  /** Changes a subscription still at `version`, audited as `webhook.update`. */
  updateWebhookSubscription(
    ctx: WriteContext,
    id: string,
    version: number,
    patch: WebhookSubscriptionPatch,
  ): Promise<VersionedWrite<WebhookSubscriptionRecord>>;
  /** Replaces the signing secret of a subscription still at `version`, audited as `webhook.rotate_secret`. */
  rotateWebhookSecret(
    ctx: WriteContext,
    id: string,
    version: number,
    secret: string,
  ): Promise<VersionedWrite<WebhookSubscriptionRecord>>;
  /**
   * The deadline scan (overdue-notices.ts): an overdue notice for up to `limit` aspirations past their due date at
   * `now`, once per aspiration and due date. Answers how many were written.
   */
  enqueueOverdueNotices(now: string, limit: number): Promise<number>;
  /** A page of a subscription's delivery log, newest first, before the attempt at `beforeSeq`. */
  listWebhookAttemptPage(
    subscriptionId: string,
    limit: number,
    beforeSeq?: number,
  ): Promise<{ seq: number; record: WebhookAttemptRecord }[]>;

  /**
   * Creates a person with their memberships (seed, command line, invitations), audited as `user.create`. Throws
   * StorageConflictError when the email (compared case-insensitively) is taken.
   */
  createUser(ctx: WriteContext, user: NewUser, invitation?: Omit<NewInvitation, 'userId'>): Promise<UserRecord>;
  getUser(id: string): Promise<UserRecord | undefined>;
  /** Stores a session (audited as `session.create`) and notes the person's last sign-in. */
  createSession(ctx: WriteContext, session: NewSession): Promise<void>;
  /** Stores a personal API token (audited as `token.create`). */
  createApiToken(ctx: WriteContext, token: NewApiToken): Promise<ApiTokenRecord>;
  /**
   * The person a session token (by hash) belongs to, or `undefined` when the session is unknown, past its idle or
   * absolute expiry, or its person is not active. A use moves the idle expiry to `now + idleMs` (never past the
   * absolute one), written at most once a minute.
   */
  resolveSession(tokenHash: string, now: string, idleMs: number): Promise<Credential | undefined>;
  /**
   * The person and the one membership an API token (by hash) acts with, or `undefined` when the token is unknown,
   * revoked, expired, its person is not active or no longer holds the membership. Notes the use, at most once a
   * minute.
   */
  resolveApiToken(tokenHash: string, now: string): Promise<Credential | undefined>;
  /** People within a scope, by name. */
  listUsers(filter: UserFilter): Promise<UserRecord[]>;
  /** Changes an account if its version is `expectedVersion` (If-Match). */
  updateUser(
    ctx: WriteContext,
    id: string,
    patch: UserUpdateRecord,
    expectedVersion: number,
  ): Promise<UpdateUserResult>;
  /** A person by email (case-insensitively), with the password hash, for signing in. */
  findSignIn(email: string): Promise<SignInRecord | undefined>;
  /** The same by id (changing a password checks the current one). */
  getSignIn(userId: string): Promise<SignInRecord | undefined>;
  /** Stores a hash made with today's argon2 parameters if `oldHash` is still the stored one (not audited). */
  rehashPassword(userId: string, oldHash: string, newHash: string): Promise<void>;
  /** Sets a new password and ends every other session of the person (audited as `user.change_password`). */
  changePassword(ctx: WriteContext, userId: string, passwordHash: string, keepSessionId: string | null): Promise<void>;
  /** Ends one session (audited as `user.sign_out`); false when it was gone already. */
  endSession(ctx: WriteContext, sessionId: string): Promise<boolean>;
  /** Ends every session of a person (audited as `user.sign_out_everywhere`); returns how many. */
  endSessions(ctx: WriteContext, userId: string): Promise<number>;
  /** Stores an invitation or reset link; the person's earlier unused links stop working. */
  createInvitation(ctx: WriteContext, invitation: NewInvitation): Promise<void>;
  /** A link (by the hash of its secret) that can still be used, or `undefined`. */
  findInvitation(tokenHash: string, now: string): Promise<InvitationRecord | undefined>;
  /**
   * Uses a link up: password (and name) set, person active, their other sessions ended, the new session started;
   * atomically. `undefined` when the link can no longer be used (nothing changed).
   */
  acceptInvitation(
    ctx: WriteContext,
    tokenHash: string,
    accept: { passwordHash: string; name: string | null; session: Omit<NewSession, 'userId'> },
  ): Promise<UserRecord | undefined>;
  getApiToken(id: string): Promise<ApiTokenRecord | undefined>;
  listApiTokens(filter: ApiTokenFilter): Promise<ApiTokenRecord[]>;
  /** Revokes a token (audited as `token.revoke`; revoking a revoked one changes nothing). */
  revokeApiToken(ctx: WriteContext, id: string): Promise<ApiTokenRecord | undefined>;
  /** Appends an audit entry on its own, for an event that writes nothing else (an export). */
  appendAudit(ctx: WriteContext, event: AuditEvent): Promise<void>;
  /** Audit entries, newest first. */
  listAudit(filter: AuditFilter): Promise<AuditEntry[]>;

  /** Inserts or replaces regions; returns how many were written. */
  putRegions(regions: readonly Region[]): Promise<number>;
  putCategories(categories: readonly Category[]): Promise<void>;
  putGroups(groups: readonly NewGroup[]): Promise<void>;
  putNews(news: readonly NewNews[]): Promise<void>;
  /** Deletes groups, news, aspirations and idempotency keys (regions and categories stay). */
  clearContent(): Promise<void>;

  /** Information requests under UU 14/2008: details, legal course, objections, public register. */
  informationRequests: InformationRequestStore;

  close(): Promise<void>;
}

/** The database failed or is unreachable: answered with 503. */
export class StorageUnavailableError extends Error {
  override name = 'StorageUnavailableError';
}

/** A unique constraint refused a write. */
export class StorageConflictError extends Error {
  override name = 'StorageConflictError';
}

/** The database refused a value as such (PostgreSQL: a NUL character in text, a malformed timestamp): a bad request. */
export class StorageInputError extends Error {
  override name = 'StorageInputError';
}

/** The database holds migrations this server does not know: it was migrated by a newer version. */
export class SchemaTooNewError extends Error {
  override name = 'SchemaTooNewError';
}

/** The database lacks migrations and this process was told not to apply them. */
export class SchemaOutdatedError extends Error {
  override name = 'SchemaOutdatedError';
}

/** A submission named an upload that does not exist, is claimed already or has expired: nothing was stored. */
export class AttachmentClaimError extends Error {
  constructor(readonly uploadId: string) {
    super(`The upload ${uploadId} does not exist, has expired or belongs to another submission`);
    this.name = 'AttachmentClaimError';
  }
}
