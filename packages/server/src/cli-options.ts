// Flags and environment variables of `kim-server`, resolved into options (flags win over the environment).
import { parseArgs } from 'node:util';
import type { AllowedOrigins } from './http/cors.js';
import type { RateLimitOptions } from './http/rate-limiter.js';

export const DEFAULT_PORT = 8787;
export const DEFAULT_DB = '.data/kim.db';

export interface CliOptions {
  command: 'serve' | 'seed' | 'import-regions' | 'migrate' | 'help' | 'version';
  /** The CSV file of `import-regions`. */
  file: string | undefined;
  port: number;
  host: string | undefined;
  db: string;
  /** PostgreSQL instead of the SQLite file. */
  databaseUrl: string | undefined;
  poolSize: number | undefined;
  /** `serve` applies pending migrations first (else it refuses to start on an outdated schema). */
  migrate: boolean;
  /** `migrate --check`: report, change nothing. */
  check: boolean;
  /** Seconds requests in flight get to finish on SIGTERM. */
  drainSeconds: number;
  rateLimitStore: 'memory' | 'storage' | undefined;
  adminToken: string | undefined;
  allowedOrigins: AllowedOrigins;
  publicUrl: string | undefined;
  siteDir: string | undefined;
  cdnDir: string | undefined;
  rateLimit: RateLimitOptions | false;
  bodyLimit: number | undefined;
  trustProxy: boolean;
  responseCache: boolean;
}

export class CliError extends Error {
  override name = 'CliError';
}

const FLAGS = {
  port: { type: 'string', short: 'p' },
  host: { type: 'string' },
  db: { type: 'string' },
  'database-url': { type: 'string' },
  'db-pool-size': { type: 'string' },
  'no-migrate': { type: 'boolean' },
  check: { type: 'boolean' },
  'drain-timeout': { type: 'string' },
  'rate-limit-store': { type: 'string' },
  'admin-token': { type: 'string' },
  'allowed-origins': { type: 'string' },
  'public-url': { type: 'string' },
  site: { type: 'string' },
  cdn: { type: 'string' },
  'rate-limit': { type: 'string' },
  'body-limit': { type: 'string' },
  'trust-proxy': { type: 'boolean' },
  'no-cache': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

function integer(name: string, text: string, min: number, max: number): number {
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) {
    throw new CliError(`${name} must be a whole number from ${min} to ${max}, not "${text}"`);
  }
  return Number(text);
}

function origins(text: string): AllowedOrigins {
  const list = text
    .split(',')
    .map((o) => o.trim().replace(/\/+$/, ''))
    .filter(Boolean);
  if (list.length === 0 || list.includes('*')) return '*';
  for (const origin of list) {
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      throw new CliError(`Not an origin: "${origin}" (expected e.g. https://kota.example.go.id)`);
    }
    if (url.origin !== origin) throw new CliError(`Not an origin: "${origin}" (no path; expected ${url.origin})`);
  }
  return list;
}

const truthy = (text: string | undefined) => !!text && /^(1|true|yes|on)$/i.test(text);

/** Reads argv (without node and the script) and the environment. */
export function parseCli(argv: readonly string[], env: NodeJS.ProcessEnv): CliOptions {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof FLAGS; allowPositionals: true; args: string[] }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: FLAGS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const [first = 'serve', ...rest] = positionals;
  let command: CliOptions['command'];
  if (values.help || first === 'help') command = 'help';
  else if (values.version) command = 'version';
  else if (first === 'serve' || first === 'seed' || first === 'import-regions' || first === 'migrate') command = first;
  else throw new CliError(`Unknown command "${first}"; see kim-server --help`);
  if (command === 'import-regions' && rest.length !== 1) {
    throw new CliError('import-regions needs exactly one CSV file: kim-server import-regions FILE.csv');
  }
  if (command !== 'import-regions' && command !== 'help' && rest.length > 0) {
    throw new CliError(`Unexpected argument "${rest[0]}"`);
  }

  const rateText = values['rate-limit'] ?? env.KIM_RATE_LIMIT;
  const perMinute = rateText === undefined ? 30 : integer('--rate-limit', rateText, 0, 1_000_000);
  const bodyText = values['body-limit'] ?? env.KIM_BODY_LIMIT;
  const publicUrl = values['public-url'] ?? env.KIM_PUBLIC_URL;
  if (publicUrl !== undefined && !/^https?:\/\/[^/]+/.test(publicUrl)) {
    throw new CliError(`--public-url must be an http(s) URL, not "${publicUrl}"`);
  }

  const databaseUrl = values['database-url'] ?? env.KIM_DATABASE_URL ?? undefined;
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\/./i.test(databaseUrl)) {
    throw new CliError('--database-url must be a PostgreSQL URL (postgres://user@host/db); for SQLite use --db FILE');
  }
  const poolText = values['db-pool-size'] ?? env.KIM_DB_POOL_SIZE;
  const store = values['rate-limit-store'] ?? env.KIM_RATE_LIMIT_STORE;
  if (store !== undefined && store !== 'memory' && store !== 'database') {
    throw new CliError(`--rate-limit-store must be "memory" or "database", not "${store}"`);
  }
  if (values.check && command !== 'migrate') throw new CliError('--check goes with the migrate command');

  return {
    command,
    file: command === 'import-regions' ? rest[0] : undefined,
    port: integer('--port', values.port ?? env.KIM_PORT ?? env.PORT ?? String(DEFAULT_PORT), 0, 65535),
    host: values.host ?? env.KIM_HOST ?? undefined,
    db: values.db ?? env.KIM_DB ?? DEFAULT_DB,
    databaseUrl,
    poolSize: poolText === undefined ? undefined : integer('--db-pool-size', poolText, 1, 1000),
    migrate: !(values['no-migrate'] ?? /^(0|false|no|off)$/i.test(env.KIM_MIGRATE ?? '')),
    check: values.check ?? false,
    drainSeconds: integer('--drain-timeout', values['drain-timeout'] ?? env.KIM_DRAIN_TIMEOUT ?? '10', 0, 3600),
    rateLimitStore: store === undefined ? undefined : store === 'database' ? 'storage' : 'memory',
    adminToken: values['admin-token'] ?? env.KIM_ADMIN_TOKEN ?? undefined,
    allowedOrigins: origins(values['allowed-origins'] ?? env.KIM_ALLOWED_ORIGINS ?? '*'),
    publicUrl,
    siteDir: values.site ?? env.KIM_SITE_DIR ?? undefined,
    cdnDir: values.cdn ?? env.KIM_CDN_DIR ?? undefined,
    rateLimit: perMinute === 0 ? false : { limit: perMinute, windowSeconds: 60 },
    bodyLimit: bodyText === undefined ? undefined : integer('--body-limit', bodyText, 1024, 10 * 1024 * 1024),
    trustProxy: values['trust-proxy'] ?? truthy(env.KIM_TRUST_PROXY),
    responseCache: !(values['no-cache'] ?? /^(0|false|no|off)$/i.test(env.KIM_RESPONSE_CACHE ?? '')),
  };
}

export const HELP = `kim-server: reference server of the KIM (Kelompok Informasi Masyarakat) data API

Usage:
  kim-server [serve] [options]          serve the API (default command)
  kim-server seed [--db FILE]           write the Kota Pangkal Pinang demo data
  kim-server import-regions FILE.csv    load the national region list (code,name)
  kim-server migrate [--check]          apply pending schema migrations (--check: only report them)
  kim-server --help | --version

Options (environment variable in brackets):
  -p, --port N            port to listen on, 0 for any free port [KIM_PORT, PORT] (default ${DEFAULT_PORT})
      --host HOST         interface to listen on [KIM_HOST] (default: all)
      --db FILE           SQLite database file, or :memory: [KIM_DB] (default ${DEFAULT_DB})
      --database-url URL  PostgreSQL instead of SQLite: postgres://user@host/db [KIM_DATABASE_URL]
      --db-pool-size N    PostgreSQL connections per process [KIM_DB_POOL_SIZE] (default 10)
      --no-migrate        serve without applying pending migrations; refuse to start if any [KIM_MIGRATE=off]
      --drain-timeout S   seconds requests in flight get to finish on SIGTERM [KIM_DRAIN_TIMEOUT] (default 10)
      --admin-token T     bearer token of /v1/admin/* [KIM_ADMIN_TOKEN] (default: admin disabled)
      --allowed-origins L comma-separated origins allowed by CORS, or * [KIM_ALLOWED_ORIGINS] (default *)
      --public-url URL    base of absolute URLs in responses [KIM_PUBLIC_URL] (default: the request's origin)
      --site DIR          static site served at / [KIM_SITE_DIR]
      --cdn DIR           static files served at /cdn/ [KIM_CDN_DIR]
      --rate-limit N      aspiration submissions per client per minute, 0 = off [KIM_RATE_LIMIT] (default 30)
      --rate-limit-store S  memory (this process) or database (shared by every process) [KIM_RATE_LIMIT_STORE]
                          (default: database with PostgreSQL, memory with SQLite)
      --body-limit BYTES  largest request body [KIM_BODY_LIMIT] (default 65536)
      --trust-proxy       take the client address from X-Forwarded-For [KIM_TRUST_PROXY=1]
      --no-cache          do not cache serialized catalog responses [KIM_RESPONSE_CACHE=off]
  -h, --help              show this help
  -v, --version           show the version
`;
