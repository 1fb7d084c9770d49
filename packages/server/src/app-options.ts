// Everything that shapes one server instance.
import type { InvitationMailer } from './accounts/invitation-mailer.js';
import type { FollowUpSecrets } from './aspirations/follow-up-secret.js';
import type { Deadlines } from './deadlines/deadlines.js';
import type { AllowedOrigins } from './http/cors.js';
import type { AllowedHosts } from './http/public-url.js';
import type { RateLimitOptions } from './http/rate-limiter.js';
import type { MediaStore } from './media/media-store.js';
import type { Storage } from './storage/storage.js';

export interface AppOptions {
  /** Where the data lives; see `createSqliteStorage`. */
  storage: Storage;
  /**
   * Where uploaded images' bytes live; by default the database (`media_files`), which every process shares.
   * @default databaseMediaStore(storage)
   */
  mediaStore?: MediaStore;
  /**
   * Bootstrap bearer token of the admin endpoints: at least 32 characters of `A-Z a-z 0-9 - . _ ~ + /`. Without
   * one, admin endpoints answer 401.
   */
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
  /**
   * Without `publicUrl`, the hosts whose requests are answered, their Host header giving the base of URLs:
   * `['kim.example.go.id', '.example.go.id']` (a leading dot for subdomains), or `'*'` for any host (only where no
   * shared cache sits in front). Without either option, only loopback names (localhost, 127.0.0.1, [::1]) are served.
   * @default loopback names only
   */
  allowedHosts?: AllowedHosts;
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
   * Failed tracking-code lookups (404) a client may make before it must wait: a bucket of `limit` failures refilled
   * over `windowSeconds`. Right lookups cost nothing. `false` for no limit.
   * @default { limit: 20, windowSeconds: 600 }
   */
  lookupThrottle?: RateLimitOptions | false;
  /**
   * Wrong admin tokens a client may present before it must wait, likewise.
   * @default { limit: 10, windowSeconds: 600 }
   */
  authThrottle?: RateLimitOptions | false;
  /**
   * Failed sign-ins (and wrong current passwords) allowed per account and per client address before the next
   * attempt is refused with 429. Kept in the database whatever `rateLimitStore` says (unless it is `memory`
   * explicitly), so the limit holds across processes.
   * @default { perAccount: { limit: 5, windowSeconds: 900 }, perAddress: { limit: 20, windowSeconds: 900 } }
   */
  /**
   * Delivers invitation and password-reset links. Until mail is configured, the default shows the link to whoever
   * made it (`emailed: false`), who passes it on.
   */
  invitationMailer?: InvitationMailer;
  signInThrottle?: { perAccount: RateLimitOptions; perAddress: RateLimitOptions } | false;
  /**
   * Seconds a session lives without use; each use moves the end (written at most once a minute). Twelve hours:
   * volunteers on phones come back during the day without signing in again.
   * @default 43200
   */
  sessionIdleTimeout?: number;
  /**
   * Seconds a session lives at most, however much it is used.
   * @default 604800 (7 days)
   */
  sessionMaxAge?: number;
  /**
   * Largest request body accepted, in bytes.
   * @default 65536
   */
  bodyLimit?: number;
  /**
   * Proxies in front of the server whose X-Forwarded-For entries are believed: `true` or a number for that many
   * proxies (the socket's peer is the nearest), or the proxies' addresses and ranges
   * (`['10.0.0.0/8', 'loopback']`). The client address is the one the nearest trusted proxy saw; anything a client
   * writes into the header itself is ignored.
   * @default false (the socket's peer is the client)
   */
  trustProxy?: boolean | number | readonly string[];
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
  /**
   * Working-day deadline targets and the holiday calendar they skip.
   * @default the targets of DEFAULT_DEADLINE_TARGETS and the national holidays built in
   */
  deadlines?: Deadlines;
  /**
   * The key reporters' follow-up secrets are derived from (HMAC-SHA256 of it and the aspiration's id): at least 32
   * characters, the same for every process on one database, kept out of the database. Only hashes of the secrets are
   * stored; the key lets a replayed submission show its secret again. Changing it keeps earlier secrets valid.
   * @default a random key per process (a replay served after a restart or by another process shows no secret)
   */
  followUpKey?: string;
  /**
   * The issuer of follow-up secrets, instead of one made from `followUpKey`: `startServer` passes the same one to
   * its notification dispatcher, which puts the secret in the reporter's submission confirmation.
   */
  followUpSecrets?: FollowUpSecrets;
  /** True while the server drains before stopping: `/readyz` answers 503. `startServer` sets it. */
  draining?: () => boolean;
  /** Reads the OpenAPI document; defaults to the one the SDK package ships. */
  openapi?: () => Promise<string | null>;
  /** Receives one-line notices of expected trouble (a client that hung up mid-body); defaults to `console.warn`. */
  log?: (line: string) => void;
  /** Receives unexpected errors (with the request id); defaults to `console.error`. */
  onError?: (error: unknown, requestId: string) => void;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { limit: 30, windowSeconds: 60 };
export const DEFAULT_BODY_LIMIT = 64 * 1024;
export const DEFAULT_LOOKUP_THROTTLE: RateLimitOptions = { limit: 20, windowSeconds: 600 };
export const DEFAULT_AUTH_THROTTLE: RateLimitOptions = { limit: 10, windowSeconds: 600 };
export const DEFAULT_SIGN_IN_THROTTLE = {
  perAccount: { limit: 5, windowSeconds: 900 },
  perAddress: { limit: 20, windowSeconds: 900 },
} as const satisfies { perAccount: RateLimitOptions; perAddress: RateLimitOptions };
export const DEFAULT_SESSION_IDLE_TIMEOUT = 12 * 60 * 60;
export const DEFAULT_SESSION_MAX_AGE = 7 * 24 * 60 * 60;
