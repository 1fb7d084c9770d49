// @kim-kit/server: the reference implementation of the KIM data API.
export type { InvitationMailer, InvitationMessage } from './accounts/invitation-mailer.js';
export { createApp } from './app.js';
export {
  type AppOptions,
  DEFAULT_AUTH_THROTTLE,
  DEFAULT_BODY_LIMIT,
  DEFAULT_LOOKUP_THROTTLE,
  DEFAULT_RATE_LIMIT,
} from './app-options.js';
export type { TrustProxy } from './http/client-ip.js';
export type { AllowedOrigins } from './http/cors.js';
export type { AllowedHosts } from './http/public-url.js';
export { type Limiter, type RateLimitDecision, RateLimiter, type RateLimitOptions } from './http/rate-limiter.js';
export { StorageRateLimiter } from './http/storage-rate-limiter.js';
export { classifyRegion, regionFromCode } from './regions/classify-region.js';
export { type ImportSummary, importRegions, regionsFromCsv } from './regions/import-regions.js';
export { DEMO_ACCOUNTS, type DemoAccount } from './seed/accounts.js';
export { SEED_ANCHOR, type SeedSummary, seedDemoData } from './seed/seed.js';
export { type RunningServer, type ServerOptions, startServer } from './server.js';
export { type OpenStorageOptions, openStorage } from './storage/open-storage.js';
export { createPostgresStorage, type PostgresStorageOptions } from './storage/postgres/postgres-storage.js';
export { createSqliteStorage, type SqliteStorageOptions } from './storage/sqlite/sqlite-storage.js';
export {
  type AspirationFilter,
  type AspirationHistoryRecord,
  type AspirationRecord,
  type ChangeStatusResult,
  type CreateAspirationResult,
  type GroupFilter,
  type GroupRecord,
  type Keyset,
  type NewAspiration,
  type NewGroup,
  type NewNews,
  type NewsFilter,
  type NewsRecord,
  type RegionFilter,
  SchemaOutdatedError,
  type SchemaStatus,
  SchemaTooNewError,
  type Storage,
  StorageConflictError,
  StorageUnavailableError,
  type StoredAspiration,
  type StoredImage,
  type TokenBucketRule,
  type TokenBucketState,
} from './storage/storage.js';
