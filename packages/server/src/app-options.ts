// Everything that shapes one server instance.
import type { AllowedOrigins } from './http/cors.js';
import type { RateLimitOptions } from './http/rate-limiter.js';
import type { Storage } from './storage/storage.js';

export interface AppOptions {
  /** Where the data lives; see `createSqliteStorage`. */
  storage: Storage;
  /** Bearer token of the admin endpoints. Without one, admin endpoints answer 401. */
  adminToken?: string;
  /**
   * Origins allowed to call the API from a browser.
   * @default '*'
   */
  allowedOrigins?: AllowedOrigins;
  /**
   * Base URL for absolute links in responses (images, article pages), e.g. `https://kim.pangkalpinangkota.go.id`.
   * @default the origin of each request
   */
  publicUrl?: string;
  /** A directory served at `/` (the municipal demo site). Without it, `/` lists the endpoints. */
  siteDir?: string;
  /** A directory served at `/cdn/` (the widgets bundle). */
  cdnDir?: string;
  /**
   * Per-client limit of aspiration submissions, or `false` for none.
   * @default { limit: 30, windowSeconds: 60 }
   */
  rateLimit?: RateLimitOptions | false;
  /**
   * Largest request body accepted, in bytes.
   * @default 65536
   */
  bodyLimit?: number;
  /**
   * Take the client address from X-Forwarded-For (only behind a proxy that sets it).
   * @default false
   */
  trustProxy?: boolean;
  /**
   * Keep serialized catalog responses in memory until the catalog changes.
   * @default true
   */
  responseCache?: boolean;
  /**
   * Where rate-limit buckets live: `memory` (this process only; fastest) or `storage` (the database, shared by every
   * process on it).
   * @default 'storage' on PostgreSQL, 'memory' on SQLite
   */
  rateLimitStore?: 'memory' | 'storage';
  /** True while the server drains before stopping: `/readyz` answers 503. `startServer` sets it. */
  draining?: () => boolean;
  /** Reads the OpenAPI document; defaults to the one the SDK package ships. */
  openapi?: () => Promise<string | null>;
  /** Receives unexpected errors (with the request id); defaults to `console.error`. */
  onError?: (error: unknown, requestId: string) => void;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { limit: 30, windowSeconds: 60 };
export const DEFAULT_BODY_LIMIT = 64 * 1024;
