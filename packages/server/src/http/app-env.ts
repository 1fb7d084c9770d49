// The Hono environment shared by every route and middleware.
import type { HttpBindings } from '@hono/node-server';

export interface AppEnv {
  /** Present when served by @hono/node-server; absent under `app.request()` in tests. */
  Bindings: Partial<HttpBindings>;
  Variables: {
    requestId: string;
    /** See `baseHeaders()`. */
    baseHeaders: Record<string, string>;
  };
}
