// The Hono environment shared by every route and middleware.
import type { HttpBindings } from '@hono/node-server';
import type { AuditActor } from '@kim-kit/sdk/schemas';
import type { Principal } from '../policy/principal.js';
import type { Credential } from '../storage/storage.js';

export interface AppEnv {
  /** Present when served by @hono/node-server; absent under `app.request()` in tests. */
  Bindings: Partial<HttpBindings>;
  Variables: {
    requestId: string;
    /** See `baseHeaders()`. */
    baseHeaders: Record<string, string>;
    /** Who is asking, for the policy; `null` when nobody signed in. Set by `authenticate` (http/authenticate.ts). */
    principal: Principal | null;
    /** Who is acting, for the audit log. Set by `authenticate` or `publicActor`. */
    actor: AuditActor;
    /** The person and the session or API token behind the request; `null` for the bootstrap token and anonymous. */
    credential: Credential | null;
    /** The client address as the server saw it (the socket's peer, or what trusted proxies saw). */
    clientAddress: string;
  };
}
