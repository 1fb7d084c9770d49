// Who is asking: a session (`kims_…`), a personal API token (`kimp_…`) or the bootstrap admin token, read from
// `Authorization: Bearer`. Sets `principal` (for the policy), `actor` (for the audit log), `credential` and
// `clientAddress` on the context; what they may do is decided later, route by route, with `authorize()`.
import type { AuditActor } from '@kim-kit/sdk/schemas';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { bearerToken } from '../auth/bearer.js';
import { hashToken, tokenKind } from '../auth/opaque-token.js';
import type { Principal } from '../policy/principal.js';
import type { Credential, Storage } from '../storage/storage.js';
import { tokensMatch } from './admin-auth.js';
import type { AppEnv } from './app-env.js';
import { type ClientIpResolver, clientKey } from './client-ip.js';
import { type FailureThrottle, tooManyFailures } from './failure-throttle.js';
import { HttpProblem } from './problem.js';

export interface AuthenticateOptions {
  storage: Storage;
  /** The bootstrap token; `undefined` when none is configured. */
  adminToken: string | undefined;
  /** Wrong bootstrap tokens per client. */
  throttle: FailureThrottle | null;
  clientIp: ClientIpResolver;
  /** Milliseconds a session lives without use. */
  sessionIdleMs: number;
  /**
   * `true`: nobody anonymous gets past (every route under it needs someone signed in). `false`: anonymous requests
   * go on with `principal` null; a bad or expired secret is still refused.
   */
  required: boolean;
}

/** The id the bootstrap token acts under in the policy; no person's id looks like it. */
export const BOOTSTRAP_USER_ID = 'bootstrap';

const PUBLIC_ACTOR: AuditActor = { type: 'public', id: null, name: null };
const BOOTSTRAP_ACTOR: AuditActor = { type: 'bootstrap', id: null, name: null };
const BOOTSTRAP_PRINCIPAL: Principal = { userId: BOOTSTRAP_USER_ID, memberships: [{ role: 'admin', scope: null }] };

/** The realm every challenge names; `error="invalid_token"` (RFC 6750) when a secret was sent and refused. */
const challenge = (invalid: boolean) => ({
  'WWW-Authenticate': invalid ? 'Bearer realm="kim", error="invalid_token"' : 'Bearer realm="kim"',
});

/** 401 for a request without credentials. */
export function signInRequired(): HttpProblem {
  return new HttpProblem(401, 'unauthorized', {
    detail: {
      id: 'Masuk terlebih dahulu: kirim Authorization: Bearer <token>',
      en: 'Sign in first: send Authorization: Bearer <token>',
    },
    headers: challenge(false),
  });
}

function invalidCredential(detail: { id: string; en: string }): HttpProblem {
  return new HttpProblem(401, 'unauthorized', { detail, headers: challenge(true) });
}

const EXPIRED = {
  id: 'Sesi atau token tidak berlaku lagi (kedaluwarsa, dicabut, atau akun dinonaktifkan); silakan masuk kembali',
  en: 'The session or token is no longer valid (expired, revoked, or the account disabled); sign in again',
};

/** The actor an audit entry names for a credential. */
export function actorOf(credential: Credential): AuditActor {
  const { id, name } = credential.user;
  return credential.via.kind === 'api'
    ? { type: 'token', id, name, tokenId: credential.via.tokenId }
    : { type: 'user', id, name };
}

function signedIn(c: Context<AppEnv>, credential: Credential): void {
  c.set('credential', credential);
  c.set('principal', { userId: credential.user.id, memberships: credential.memberships });
  c.set('actor', actorOf(credential));
}

/**
 * Resolves the bearer secret of a request. Sessions and API tokens are looked up by the SHA-256 of their secret (256
 * random bits: guessing is hopeless, so a wrong one costs the client nothing but a 401). Anything else is compared
 * with the bootstrap token in constant time, and wrong ones are throttled per client: that token is the one a
 * person may have chosen.
 */
export const authenticate = (options: AuthenticateOptions) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const client = options.clientIp(c);
    c.set('clientAddress', client);
    c.set('principal', null);
    c.set('credential', null);
    c.set('actor', PUBLIC_ACTOR);
    const header = c.req.header('authorization');
    if (!header) {
      if (options.required) throw signInRequired();
      return next();
    }
    const secret = bearerToken(header);
    const kind = secret === undefined ? null : tokenKind(secret);
    const now = new Date().toISOString();
    if (secret !== undefined && (kind === 'session' || kind === 'api')) {
      const hash = hashToken(secret);
      const credential =
        kind === 'session'
          ? await options.storage.resolveSession(hash, now, options.sessionIdleMs)
          : await options.storage.resolveApiToken(hash, now);
      if (!credential) throw invalidCredential(EXPIRED);
      signedIn(c, credential);
      return next();
    }
    if (kind === 'invitation') {
      throw invalidCredential({
        id: 'Tautan undangan bukan kredensial: buka tautannya untuk membuat kata sandi',
        en: 'An invitation link is not a credential: open it to set a password',
      });
    }

    const key = clientKey(client);
    const wait = options.throttle?.blockedFor(key) ?? 0;
    if (wait > 0) throw tooManyFailures(wait, { id: 'token yang salah', en: 'wrong tokens' });
    if (!options.adminToken || secret === undefined || !tokensMatch(secret, options.adminToken)) {
      await options.throttle?.failed(key);
      throw invalidCredential(
        secret === undefined
          ? {
              id: 'Kirim token sebagai Authorization: Bearer <token>',
              en: 'Send the token as Authorization: Bearer <token>',
            }
          : { id: 'Token tidak valid', en: 'The token is not valid' },
      );
    }
    c.set('principal', BOOTSTRAP_PRINCIPAL);
    c.set('actor', BOOTSTRAP_ACTOR);
    return next();
  });

/** For public writes (a citizen's submission): the audit log names the public as the actor, with the address. */
export const publicActor = (clientIp: ClientIpResolver) =>
  createMiddleware<AppEnv>(async (c, next) => {
    c.set('clientAddress', clientIp(c));
    c.set('principal', null);
    c.set('credential', null);
    c.set('actor', PUBLIC_ACTOR);
    await next();
  });
