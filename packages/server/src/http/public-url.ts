// The base of the absolute URLs in responses: configured, or taken from Host only when that Host is one we serve.
import { isIP } from 'node:net';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './app-env.js';
import { HttpProblem } from './problem.js';

/**
 * Host names the server answers for when no public URL is configured: exact names (`kim.example.go.id`), subdomains
 * by a leading dot (`.example.go.id`), or `'*'` for any (only where no shared cache sits in front).
 */
export type AllowedHosts = '*' | readonly string[];

/** The host name of a Host header, lowercased, without port or IPv6 brackets; `null` when malformed. */
export function hostName(host: string | undefined): string | null {
  if (!host || host.length > 255) return null;
  const match = /^(?:\[([0-9a-fA-F:.]+)\]|([A-Za-z0-9.-]+))(?::\d{1,5})?$/.exec(host.trim());
  if (!match) return null;
  return (match[1] ?? match[2] ?? '').toLowerCase().replace(/\.$/, '');
}

/** Names that can only reach this machine: the demo on a laptop works without any configuration. */
export function isLoopbackHost(name: string): boolean {
  if (name === 'localhost' || name.endsWith('.localhost')) return true;
  if (isIP(name) === 4) return name.startsWith('127.');
  return name === '::1';
}

function hostAllowed(name: string, allowed: AllowedHosts | undefined): boolean {
  if (allowed === '*') return true;
  if (allowed === undefined) return isLoopbackHost(name);
  return allowed.some((entry) => {
    const pattern = entry.trim().toLowerCase().replace(/\.$/, '');
    return pattern.startsWith('.') ? name.endsWith(pattern) || name === pattern.slice(1) : name === pattern;
  });
}

/**
 * How the app learns its public base URL. Absolute URLs go into responses that shared caches keep
 * (`public, max-age=30`): were they built from whatever Host a client sends, one request could make a cache serve
 * links to another site to everyone. So either the URL is configured, or the Host must be on the allow-list (by
 * default: loopback names only), and requests for other hosts are refused.
 */
export interface PublicUrl {
  /** The base for a request (`https://kim.example.go.id`), without a trailing slash. */
  resolve(c: Context<AppEnv>): string;
  /** Refuses requests whose Host is not allowed; does nothing when the public URL is configured. */
  guard: ReturnType<typeof createMiddleware<AppEnv>>;
}

/** Paths that build no URL and that probes call by IP address. */
const UNGUARDED = new Set(['/healthz', '/readyz']);

export function publicUrl(configured: string | undefined, allowedHosts: AllowedHosts | undefined): PublicUrl {
  const base = configured?.replace(/\/+$/, '');
  if (base) {
    return { resolve: () => base, guard: createMiddleware<AppEnv>((_c, next) => next()) };
  }
  return {
    resolve: (c) => {
      const url = c.req.url;
      return url.slice(0, url.indexOf('/', url.indexOf('//') + 2));
    },
    guard: createMiddleware<AppEnv>(async (c, next) => {
      if (UNGUARDED.has(c.req.path)) return next();
      const raw = c.req.header('host') ?? new URL(c.req.url).host;
      const name = hostName(raw);
      if (name === null || !hostAllowed(name, allowedHosts)) {
        const host = raw.slice(0, 100);
        throw new HttpProblem(400, 'bad_request', {
          detail: {
            id:
              `Server ini tidak melayani host "${host}": jalankan dengan --public-url (KIM_PUBLIC_URL) berisi ` +
              'alamat publiknya, atau cantumkan host ini di --allowed-hosts (KIM_ALLOWED_HOSTS)',
            en:
              `This server does not answer for the host "${host}": start it with --public-url (KIM_PUBLIC_URL) ` +
              'set to its public address, or list the host in --allowed-hosts (KIM_ALLOWED_HOSTS)',
          },
        });
      }
      await next();
    }),
  };
}
