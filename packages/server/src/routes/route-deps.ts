// What route modules receive from the app.
import type { Context, MiddlewareHandler } from 'hono';
import type { InvitationMailer } from '../accounts/invitation-mailer.js';
import type { FollowUpSecrets } from '../aspirations/follow-up-secret.js';
import type { Deadlines } from '../deadlines/deadlines.js';
import type { AppEnv } from '../http/app-env.js';
import type { ClientIpResolver } from '../http/client-ip.js';
import type { AllowedOrigins } from '../http/cors.js';
import type { FailureThrottle } from '../http/failure-throttle.js';
import type { Limiter } from '../http/rate-limiter.js';
import type { ResponseCache } from '../http/response-cache.js';
import type { MediaStore } from '../media/media-store.js';
import type { Storage } from '../storage/storage.js';

export interface RouteDeps {
  storage: Storage;
  /** The bytes of uploaded images' variants (the database by default: every process serves them). */
  mediaStore: MediaStore;
  /** `null` when response caching is off. */
  cache: ResponseCache | null;
  /** Submissions per client; `null` when off. */
  limiter: Limiter | null;
  /** True while the server drains before stopping. */
  draining: () => boolean;
  adminToken: string | undefined;
  allowedOrigins: AllowedOrigins;
  bodyLimit: number;
  /** Failed tracking-code lookups per client; `null` when off. */
  lookupThrottle: FailureThrottle | null;
  /** Wrong admin tokens per client; `null` when off. */
  authThrottle: FailureThrottle | null;
  /** The client address of a request (the socket's peer, or what the trusted proxies saw). */
  clientIp: ClientIpResolver;
  siteDir: string | undefined;
  cdnDir: string | undefined;
  openapi: () => Promise<string | null>;
  /**
   * Identifies the person behind `Authorization: Bearer` and refuses anonymous requests (401); use it on every
   * route that needs someone signed in, then `authorize()` in the route (http/authorize.ts).
   */
  authenticate: MiddlewareHandler<AppEnv>;
  /** Delivers invitation and reset links (or leaves them for the inviter to pass on). */
  invitationMailer: InvitationMailer;
  /** Failed sign-ins per account (`account:<email>`) and per client address; `null` when off. */
  signInThrottle: { account: FailureThrottle; address: FailureThrottle } | null;
  /** Sessions: how long one lives without use, and at most, in milliseconds. */
  sessions: { idleMs: number; maxAgeMs: number };
  /** Issues reporters' follow-up secrets (aspirations/follow-up-secret.ts). */
  followUpSecrets: FollowUpSecrets;
  /** Wrong follow-up secrets per client; `null` when off. */
  followUpThrottle: FailureThrottle | null;
  /** Working-day targets and the holidays they skip: the due date of each aspiration. */
  deadlines: Deadlines;
  /** The base of absolute URLs (images, article pages) for this request. */
  publicUrl: (c: Context<AppEnv>) => string;
}
