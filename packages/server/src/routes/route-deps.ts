// What route modules receive from the app.
import type { Context } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import type { AllowedOrigins } from '../http/cors.js';
import type { Limiter } from '../http/rate-limiter.js';
import type { ResponseCache } from '../http/response-cache.js';
import type { Storage } from '../storage/storage.js';

export interface RouteDeps {
  storage: Storage;
  /** `null` when response caching is off. */
  cache: ResponseCache | null;
  limiter: Limiter | null;
  /** True while the server drains before stopping. */
  draining: () => boolean;
  adminToken: string | undefined;
  allowedOrigins: AllowedOrigins;
  bodyLimit: number;
  trustProxy: boolean;
  siteDir: string | undefined;
  cdnDir: string | undefined;
  openapi: () => Promise<string | null>;
  /** The base of absolute URLs (images, article pages) for this request. */
  publicUrl: (c: Context<AppEnv>) => string;
}
