// The storage seam: everything the HTTP layer needs from a database, in the contract's vocabulary.
// One implementation (create-storage.ts) over shared Kysely queries, on SQLite or PostgreSQL (see README.md).
import type {
  AspirationKind,
  AspirationStatus,
  Category,
  CategoryRef,
  FocusArea,
  GroupContact,
  GroupRef,
  Region,
  RegionLevel,
  SocialLink,
} from '@kim-kit/sdk/schemas';

/** An image stored by path; the HTTP layer turns the path into an absolute URL. */
export interface StoredImage {
  path: string;
  alt: string;
  width: number;
  height: number;
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

export interface AspirationHistoryRecord {
  status: AspirationStatus;
  at: string;
  note: string | null;
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
  history: AspirationHistoryRecord[];
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
  region?: string;
  /** A group id or slug. */
  group?: string;
  category?: string;
  q?: string;
  limit: number;
  /** News sorts newest first: publishedAt, then id, both descending. */
  after?: Keyset;
}

export interface AspirationFilter {
  status?: AspirationStatus;
  limit: number;
  /** Newest first: submittedAt, then id, both descending. */
  after?: Keyset;
}

/** What a submitter's receipt is made of. */
export interface StoredAspiration {
  id: string;
  trackingCode: string;
  submittedAt: string;
}

export type CreateAspirationResult =
  | { outcome: 'created'; aspiration: StoredAspiration }
  | { outcome: 'replayed'; aspiration: StoredAspiration }
  | { outcome: 'conflict' };

export type ChangeStatusResult =
  | { outcome: 'changed'; record: AspirationRecord }
  | { outcome: 'not_found' }
  | { outcome: 'invalid_transition'; from: AspirationStatus };

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
  listCategories(): Promise<Category[]>;
  getCategory(id: string): Promise<Category | undefined>;
  listGroups(filter: GroupFilter): Promise<GroupRecord[]>;
  getGroup(idOrSlug: string): Promise<GroupRecord | undefined>;
  listNews(filter: NewsFilter): Promise<NewsRecord[]>;
  getNews(idOrSlug: string): Promise<NewsRecord | undefined>;

  /**
   * Stores an aspiration with its first history entry. With an idempotency key, a key already used with the same
   * request hash returns the stored aspiration (`replayed`), with another hash `conflict`; atomically.
   */
  createAspiration(
    input: NewAspiration,
    idempotency?: { key: string; requestHash: string },
  ): Promise<CreateAspirationResult>;
  getAspiration(id: string): Promise<AspirationRecord | undefined>;
  getAspirationByTrackingCode(trackingCode: string): Promise<AspirationRecord | undefined>;
  listAspirations(filter: AspirationFilter): Promise<AspirationRecord[]>;
  /** Moves an aspiration to `status` if its current status is one of `allowedFrom`, and records it in the history. */
  changeAspirationStatus(
    id: string,
    change: { status: AspirationStatus; note: string | null; at: string; allowedFrom: readonly AspirationStatus[] },
  ): Promise<ChangeStatusResult>;

  /** Inserts or replaces regions; returns how many were written. */
  putRegions(regions: readonly Region[]): Promise<number>;
  putCategories(categories: readonly Category[]): Promise<void>;
  putGroups(groups: readonly NewGroup[]): Promise<void>;
  putNews(news: readonly NewNews[]): Promise<void>;
  /** Deletes groups, news, aspirations and idempotency keys (regions and categories stay). */
  clearContent(): Promise<void>;

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
