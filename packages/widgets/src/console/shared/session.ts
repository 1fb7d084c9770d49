// The console's session: one per API base URL per page. It holds the bearer secret of a server session in
// sessionStorage (per tab: gone when the tab closes, kept over a reload; see the README for why not a cookie), the
// signed-in person (`me`, with capabilities), and tells every console widget when the server ends the session.
import {
  adminResource,
  authResource,
  type ComposedClient,
  composeKimClient,
  type KimClientOptions,
  type Me,
  regionsResource,
  type Session,
  type SignInInput,
} from '@kim-kit/sdk';

/** What the console calls: `auth`, `admin` and the public `regions` (pickers), with the session's secret as the token. */
export type ConsoleClient = ComposedClient<{
  auth: typeof authResource;
  admin: typeof adminResource;
  regions: typeof regionsResource;
}>;

/** Where the session stands. */
export type SessionState = 'signed-out' | 'signed-in' | 'expired';

/** Fired on the session whenever `state` or `me` changes (sign-in, sign-out, expiry, a reloaded `me`). */
export const SESSION_CHANGE = 'kim-session-change';
/**
 * Fired on the session when a call that carried its secret got a 401: the server ended the session (idle or
 * absolute expiry, signed out elsewhere, account disabled). Widgets keep what the person typed and offer to sign in
 * again; `previous` is who was signed in, so the same person can continue.
 */
export class KimSessionExpiredEvent extends Event {
  static readonly type = 'kim-session-expired';
  constructor(readonly previous: Me | undefined) {
    super(KimSessionExpiredEvent.type);
  }
}

/** Options of a session. */
export interface KimSessionOptions {
  /** Where the API lives (as for the SDK). */
  baseUrl: string | URL;
  /** The `fetch` the SDK calls (tests, instrumentation). */
  fetch?: KimClientOptions['fetch'];
  /** Where the secret is kept. @default sessionStorage (nothing when it is unavailable) */
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  /** The person's language, sent as `Accept-Language` so that problems come back in it. @default 'id' */
  language?: string;
}

interface Stored {
  secret: string;
  me: Me;
}

const STORAGE_PREFIX = 'kim-console-session:';
const sessions = new Map<string, KimSession>();

function defaultStorage(): KimSessionOptions['storage'] {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    // Storage blocked (sandboxed frame, privacy settings): the session lives in memory only.
    return null;
  }
}

function absolute(baseUrl: string | URL): string {
  return new URL(String(baseUrl), globalThis.location?.href).href;
}

/** A console session; see the module comment. Use `KimSession.for(baseUrl)` to share one per API on a page. */
export class KimSession extends EventTarget {
  /** The page's session for this API, made on first use. */
  static for(baseUrl: string | URL, options: Omit<KimSessionOptions, 'baseUrl'> = {}): KimSession {
    const key = absolute(baseUrl);
    let session = sessions.get(key);
    if (!session) {
      session = new KimSession({ ...options, baseUrl: key });
      sessions.set(key, session);
    }
    return session;
  }

  /** The absolute base URL of the API. */
  readonly baseUrl: string;
  /** The client every console widget calls through; it sends the secret and reports expiry to this session. */
  readonly client: ConsoleClient;
  /** The language sent as `Accept-Language`. */
  language: string;
  /** The `fetch` given in the options, for public resources composed beside `client` (region names, say). */
  readonly fetch: KimSessionOptions['fetch'];

  #secret: string | undefined;
  #me: Me | undefined;
  #state: SessionState = 'signed-out';
  readonly #storage: KimSessionOptions['storage'];
  readonly #key: string;

  constructor(options: KimSessionOptions) {
    super();
    this.baseUrl = absolute(options.baseUrl);
    this.language = options.language ?? 'id';
    this.fetch = options.fetch;
    this.#storage = options.storage === undefined ? defaultStorage() : options.storage;
    this.#key = STORAGE_PREFIX + this.baseUrl;
    this.client = composeKimClient(
      {
        baseUrl: this.baseUrl,
        ...(options.fetch ? { fetch: options.fetch } : {}),
        token: () => this.#secret,
        hooks: {
          beforeRequest: [({ request }) => void request.headers.set('Accept-Language', this.language)],
          afterResponse: [
            ({ request, response }) => {
              // Only a call that carried this session's secret can tell that the session ended; a wrong password
              // at sign-in is a 401 too, without a secret.
              const sent = request.headers.get('Authorization');
              if (response.status === 401 && this.#secret && sent === `Bearer ${this.#secret}`) this.#expire();
            },
          ],
        },
      },
      { auth: authResource, admin: adminResource, regions: regionsResource },
    );
    const stored = this.#read();
    if (stored) {
      this.#secret = stored.secret;
      this.#me = stored.me;
      this.#state = 'signed-in';
    }
  }

  /** The bearer secret, while signed in. Never logged, never put in a URL. */
  get secret(): string | undefined {
    return this.#secret;
  }

  /** Who is signed in (from sign-in or the last `refresh()`); kept after expiry until someone else signs in. */
  get me(): Me | undefined {
    return this.#me;
  }

  get state(): SessionState {
    return this.#state;
  }

  /** Whether the signed-in person may do `capability` (navigation and actions follow this; the server decides). */
  can(capability: string): boolean {
    return (
      this.#state === 'signed-in' &&
      (this.#me?.capabilities as readonly string[] | undefined)?.includes(capability) === true
    );
  }

  /** Signs in; rejects with the SDK's error (`KimAuthError`, `KimRateLimitError`, ...) and leaves the state alone. */
  async signIn(input: SignInInput): Promise<Me> {
    return this.#start(await this.client.auth.signIn(input));
  }

  /** Accepts an invitation (sets the password) and signs the person in. */
  async acceptInvitation(input: { token: string; password: string; name?: string }): Promise<Me> {
    return this.#start(await this.client.auth.acceptInvitation(input));
  }

  /**
   * Reloads `me` from the server (roles may have changed). A 401 expires the session (the event fires) and
   * resolves `undefined`; other failures reject and leave the session as it was.
   */
  async refresh(): Promise<Me | undefined> {
    if (!this.#secret) return undefined;
    try {
      const me = await this.client.auth.me();
      this.#me = me;
      this.#write();
      this.#changed();
      return me;
    } catch (error) {
      if (this.#state === 'expired') return undefined;
      throw error;
    }
  }

  /** Signs out: ends the session on the server if it can, and forgets the secret here whatever the outcome. */
  async signOut(): Promise<void> {
    try {
      if (this.#secret && this.#state === 'signed-in') await this.client.auth.signOut();
    } catch {
      // Offline or already ended: the secret is forgotten below either way; the server ends it at its expiry.
    } finally {
      this.#secret = undefined;
      this.#me = undefined;
      this.#state = 'signed-out';
      this.#remove();
      this.#changed();
    }
  }

  #start(session: Session): Me {
    this.#secret = session.token;
    this.#me = session.user;
    this.#state = 'signed-in';
    this.#write();
    this.#changed();
    return session.user;
  }

  #expire(): void {
    if (this.#state !== 'signed-in') return;
    this.#secret = undefined;
    this.#state = 'expired';
    this.#remove();
    this.dispatchEvent(new KimSessionExpiredEvent(this.#me));
    this.#changed();
  }

  #changed(): void {
    this.dispatchEvent(new Event(SESSION_CHANGE));
  }

  #read(): Stored | undefined {
    try {
      const raw = this.#storage?.getItem(this.#key);
      if (!raw) return undefined;
      const stored = JSON.parse(raw) as Partial<Stored>;
      if (typeof stored.secret !== 'string' || !stored.me || !Array.isArray(stored.me.capabilities)) return undefined;
      return stored as Stored;
    } catch {
      return undefined;
    }
  }

  #write(): void {
    try {
      if (this.#secret && this.#me)
        this.#storage?.setItem(this.#key, JSON.stringify({ secret: this.#secret, me: this.#me }));
    } catch {
      // Storage full or blocked: the session still works in this page.
    }
  }

  #remove(): void {
    try {
      this.#storage?.removeItem(this.#key);
    } catch {
      // As above.
    }
  }
}
