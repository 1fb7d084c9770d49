// Builds the Hono application: middleware, routes and the error handling that keeps every error a problem.

import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { showLinkMailer } from './accounts/invitation-mailer.js';
import {
  type AppOptions,
  DEFAULT_AUTH_THROTTLE,
  DEFAULT_BODY_LIMIT,
  DEFAULT_LOOKUP_THROTTLE,
  DEFAULT_RATE_LIMIT,
  DEFAULT_SESSION_IDLE_TIMEOUT,
  DEFAULT_SESSION_MAX_AGE,
  DEFAULT_SIGN_IN_THROTTLE,
} from './app-options.js';
import { FollowUpSecrets } from './aspirations/follow-up-secret.js';
import { adminTokenProblem } from './auth/admin-token.js';
import { Deadlines } from './deadlines/deadlines.js';
import type { AppEnv } from './http/app-env.js';
import { authenticate } from './http/authenticate.js';
import { clientIpResolver } from './http/client-ip.js';
import { FailureThrottle } from './http/failure-throttle.js';
import { preferredLanguage } from './http/language.js';
import { HttpProblem, problemResponse } from './http/problem.js';
import { publicUrl } from './http/public-url.js';
import { type Limiter, RateLimiter, type RateLimitOptions } from './http/rate-limiter.js';
import { ClientAbortedError } from './http/read-body.js';
import { ResponseCache } from './http/response-cache.js';
import { responseHeaders } from './http/response-headers.js';
import { StorageRateLimiter } from './http/storage-rate-limiter.js';
import { databaseMediaStore } from './media/media-store.js';
import { readSdkOpenapi } from './openapi-document.js';
import { adminRoutes } from './routes/admin.js';
import { adminAgencyRoutes } from './routes/admin-agencies.js';
import { adminAttachmentRoutes } from './routes/admin-attachments.js';
import { adminCategoryRoutes } from './routes/admin-categories.js';
import { adminGroupRoutes } from './routes/admin-groups.js';
import { adminMediaRoutes } from './routes/admin-media.js';
import { adminNewsRoutes } from './routes/admin-news.js';
import { adminTokenRoutes } from './routes/admin-tokens.js';
import { adminWebhookRoutes } from './routes/admin-webhooks.js';
import { aspirationIntakeRoutes } from './routes/aspiration-intakes.js';
import { aspirationUploadRoutes } from './routes/aspiration-uploads.js';
import { aspirationRoutes } from './routes/aspirations.js';
import { auditRoutes } from './routes/audit.js';
import { authRoutes } from './routes/auth.js';
import { categoryRoutes } from './routes/categories.js';
import { feedRoutes } from './routes/feeds.js';
import { followUpRoutes } from './routes/follow-ups.js';
import { groupRoutes } from './routes/groups.js';
import { followUpVerifier, informationObjectionRoutes } from './routes/information-objections.js';
import { informationRequestRoutes } from './routes/information-requests.js';
import { mediaRoutes } from './routes/media.js';
import { metaRoutes } from './routes/meta.js';
import { newsRoutes } from './routes/news.js';
import { pageRoutes } from './routes/pages.js';
import { regionRoutes } from './routes/regions.js';
import type { RouteDeps } from './routes/route-deps.js';
import { statsRoutes } from './routes/stats.js';
import { userRoutes } from './routes/users.js';
import { type Storage, StorageConflictError, StorageInputError, StorageUnavailableError } from './storage/storage.js';

/** Each API path with the methods it answers; other methods get 405 with an Allow header. */
const API_METHODS: [path: string, methods: string][] = [
  ['/v1/regions', 'GET, HEAD'],
  ['/v1/regions/:code', 'GET, HEAD'],
  ['/v1/groups', 'GET, HEAD'],
  ['/v1/groups/:idOrSlug', 'GET, HEAD'],
  ['/v1/news', 'GET, HEAD'],
  ['/v1/news/:idOrSlug', 'GET, HEAD'],
  ['/v1/categories', 'GET, HEAD'],
  ['/v1/aspirations', 'POST'],
  ['/v1/aspirations/:trackingCode', 'GET, HEAD'],
  ['/v1/aspirations/:trackingCode/follow-ups', 'POST'],
  ['/v1/aspirations/:trackingCode/rating', 'POST'],
  ['/v1/aspirations/:trackingCode/reopen', 'POST'],
  ['/v1/admin/aspirations/:id/questions', 'POST'],
  ['/v1/aspiration-uploads', 'POST'],
  ['/v1/aspirations/:trackingCode/attachments/:attachmentId', 'GET, HEAD'],
  ['/v1/admin/aspirations/:id/attachments/:attachmentId', 'GET, HEAD'],
  ['/v1/admin/aspirations/:id/attachments/:attachmentId/visibility', 'POST'],
  ['/v1/admin/aspirations', 'GET, HEAD'],
  ['/v1/admin/aspirations/status', 'POST'],
  ['/v1/admin/aspirations/export.csv', 'GET, HEAD'],
  ['/v1/admin/aspirations/:id', 'GET, HEAD'],
  ['/v1/admin/aspirations/:id/status', 'POST'],
  ['/v1/admin/aspiration-intakes', 'POST'],
  ['/v1/auth/sign-in', 'POST'],
  ['/v1/auth/sign-out', 'POST'],
  ['/v1/auth/sign-out-everywhere', 'POST'],
  ['/v1/auth/me', 'GET, HEAD'],
  ['/v1/auth/password', 'POST'],
  ['/v1/auth/invitations/preview', 'POST'],
  ['/v1/auth/invitations/accept', 'POST'],
  ['/v1/auth/tokens', 'GET, HEAD, POST'],
  ['/v1/auth/tokens/:id', 'DELETE'],
  ['/v1/admin/users', 'GET, HEAD, POST'],
  ['/v1/admin/users/:id', 'GET, HEAD, PATCH'],
  ['/v1/admin/users/:id/invitation', 'POST'],
  ['/v1/admin/tokens', 'GET, HEAD'],
  ['/v1/admin/tokens/:id', 'DELETE'],
  ['/v1/admin/audit', 'GET, HEAD'],
  ['/v1/admin/webhooks', 'GET, HEAD, POST'],
  ['/v1/admin/webhooks/:id', 'GET, HEAD, PATCH, DELETE'],
  ['/v1/admin/webhooks/:id/rotate-secret', 'POST'],
  ['/v1/admin/webhooks/:id/deliveries', 'GET, HEAD'],
  ['/v1/admin/webhooks/:id/deliveries/:deliveryId/replay', 'POST'],
  ['/v1/feeds/news.rss', 'GET, HEAD'],
  ['/v1/feeds/news.atom', 'GET, HEAD'],
  ['/v1/feeds/news.json', 'GET, HEAD'],
  ['/sitemap.xml', 'GET, HEAD'],
  ['/openapi.json', 'GET, HEAD'],
  ['/healthz', 'GET, HEAD'],
  ['/readyz', 'GET, HEAD'],
];

/**
 * A limiter for one purpose: in memory for one process, in the database when processes share it (the default on
 * PostgreSQL), so that a limit holds behind a load balancer.
 */
function limiterFor(
  storage: Storage,
  name: string,
  rule: RateLimitOptions,
  store: AppOptions['rateLimitStore'],
): Limiter {
  const where = store ?? (storage.engine === 'postgres' ? 'storage' : 'memory');
  return where === 'storage' ? new StorageRateLimiter(storage, name, rule) : new RateLimiter(rule);
}

/** Turns anything thrown into a problem; unexpected errors are logged and answered without details. */
function toProblem(error: unknown, report: (error: unknown) => void): HttpProblem {
  if (error instanceof HttpProblem) return error;
  if (error instanceof StorageUnavailableError) {
    report(error);
    return new HttpProblem(503, 'storage_unavailable', {
      detail: {
        id: 'Basis data sedang tidak tersedia; coba lagi sebentar lagi',
        en: 'The database is unavailable; try again shortly',
      },
      headers: { 'Retry-After': '5' },
    });
  }
  if (error instanceof StorageInputError) {
    return new HttpProblem(400, 'bad_request', {
      detail: 'The request holds a value the database cannot take (for example a NUL character)',
    });
  }
  if (error instanceof StorageConflictError) {
    return new HttpProblem(409, 'conflict', {
      detail: {
        id: 'Permintaan bertentangan dengan data yang tersimpan',
        en: 'The request conflicts with stored data',
      },
    });
  }
  if (error instanceof HTTPException) {
    if (error.status === 413) return new HttpProblem(413, 'payload_too_large');
    if (error.status < 500) return new HttpProblem(error.status, 'bad_request', { detail: error.message });
  }
  report(error);
  return new HttpProblem(500, 'internal_error', {
    detail: { id: 'Terjadi kesalahan yang tidak terduga', en: 'An unexpected error occurred' },
  });
}

/** Creates the KIM data API as a Hono app; serve it with `startServer` or call `app.request()` in tests. */
export function createApp(options: AppOptions): Hono<AppEnv> {
  const tokenProblem = options.adminToken ? adminTokenProblem(options.adminToken) : null;
  if (tokenProblem) throw new TypeError(`adminToken: ${tokenProblem}`);
  const rateLimit = options.rateLimit ?? DEFAULT_RATE_LIMIT;
  const base = publicUrl(options.publicUrl, options.allowedHosts);
  const throttle = (name: string, setting: RateLimitOptions | false | undefined, fallback: RateLimitOptions) =>
    setting === false
      ? null
      : new FailureThrottle(limiterFor(options.storage, name, setting ?? fallback, options.rateLimitStore));
  const adminToken = options.adminToken || undefined;
  const authThrottle = throttle('auth-failures', options.authThrottle, DEFAULT_AUTH_THROTTLE);
  const clientIp = clientIpResolver(options.trustProxy ?? false);
  const sessions = {
    idleMs: (options.sessionIdleTimeout ?? DEFAULT_SESSION_IDLE_TIMEOUT) * 1000,
    maxAgeMs: (options.sessionMaxAge ?? DEFAULT_SESSION_MAX_AGE) * 1000,
  };
  const signIn = options.signInThrottle ?? DEFAULT_SIGN_IN_THROTTLE;
  const signInStore = options.rateLimitStore ?? 'storage';
  const signInThrottle =
    signIn === false
      ? null
      : {
          account: new FailureThrottle(limiterFor(options.storage, 'sign-in-account', signIn.perAccount, signInStore)),
          address: new FailureThrottle(limiterFor(options.storage, 'sign-in-address', signIn.perAddress, signInStore)),
        };
  const deps: RouteDeps = {
    storage: options.storage,
    mediaStore: options.mediaStore ?? databaseMediaStore(options.storage),
    cache: options.responseCache === false ? null : new ResponseCache(),
    limiter: rateLimit === false ? null : limiterFor(options.storage, 'submissions', rateLimit, options.rateLimitStore),
    draining: options.draining ?? (() => false),
    adminToken,
    allowedOrigins: options.allowedOrigins ?? '*',
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    lookupThrottle: throttle('lookup-failures', options.lookupThrottle, DEFAULT_LOOKUP_THROTTLE),
    authThrottle,
    clientIp,
    authenticate: authenticate({
      storage: options.storage,
      adminToken,
      throttle: authThrottle,
      clientIp,
      sessionIdleMs: sessions.idleMs,
      required: true,
    }),
    sessions,
    deadlines: options.deadlines ?? new Deadlines(),
    followUpSecrets: options.followUpSecrets ?? new FollowUpSecrets(options.followUpKey || undefined),
    followUpThrottle: throttle('follow-up-failures', options.lookupThrottle, DEFAULT_LOOKUP_THROTTLE),
    signInThrottle,
    invitationMailer: options.invitationMailer ?? showLinkMailer,
    siteDir: options.siteDir,
    cdnDir: options.cdnDir,
    openapi: options.openapi ?? readSdkOpenapi,
    publicUrl: base.resolve,
  };
  const onError =
    options.onError ?? ((error: unknown, id: string) => console.error(`[kim-server] request ${id} failed:`, error));

  const app = new Hono<AppEnv>();

  app.use(responseHeaders(deps.allowedOrigins));
  app.use(base.guard);

  regionRoutes(app, deps);
  groupRoutes(app, deps);
  newsRoutes(app, deps);
  categoryRoutes(app, deps);
  aspirationRoutes(app, deps);
  statsRoutes(app, deps);
  adminRoutes(app, deps);
  aspirationIntakeRoutes(app, deps);
  followUpRoutes(app, deps);
  informationRequestRoutes(app, deps);
  informationObjectionRoutes(app, deps, followUpVerifier(deps));
  aspirationUploadRoutes(app, deps);
  adminAttachmentRoutes(app, deps);
  adminNewsRoutes(app, deps);
  adminMediaRoutes(app, deps);
  adminGroupRoutes(app, deps);
  adminCategoryRoutes(app, deps);
  adminAgencyRoutes(app, deps);
  authRoutes(app, deps);
  userRoutes(app, deps);
  adminTokenRoutes(app, deps);
  adminWebhookRoutes(app, deps);
  auditRoutes(app, deps);
  metaRoutes(app, deps);
  mediaRoutes(app, deps);
  feedRoutes(app, deps);
  for (const [path, methods] of API_METHODS) {
    app.all(path, () => {
      throw new HttpProblem(405, 'method_not_allowed', {
        detail: { id: `Rute ini hanya menerima ${methods}`, en: `This route answers ${methods}` },
        headers: { Allow: `${methods}, OPTIONS` },
      });
    });
  }
  pageRoutes(app, deps);

  app.notFound((c) => {
    const route = `${c.req.method} ${c.req.path}`;
    const problem = new HttpProblem(404, 'not_found', {
      detail: { id: `Tidak ada rute untuk ${route}`, en: `No route for ${route}` },
    });
    return problemResponse(problem, c.req.path, c.get('requestId'), preferredLanguage(c.req.header('accept-language')));
  });
  const log = options.log ?? ((line: string) => console.warn(line));
  app.onError((error, c) => {
    const id = c.get('requestId');
    if (error instanceof ClientAbortedError) {
      // Phones lose signal mid-upload all the time: one line, not a stack trace; the answer reaches nobody.
      log(`[kim-server] request ${id} ${c.req.method} ${c.req.path}: ${error.message}`);
      return problemResponse(
        new HttpProblem(400, 'bad_request', {
          detail: { id: 'Isi permintaan tidak diterima lengkap', en: 'The request body did not arrive completely' },
        }),
        c.req.path,
        id,
        preferredLanguage(c.req.header('accept-language')),
      );
    }
    const problem = toProblem(error, (e) => onError(e, id));
    return problemResponse(problem, c.req.path, id, preferredLanguage(c.req.header('accept-language')));
  });

  return app;
}
