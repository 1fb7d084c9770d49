// Flags and environment variables of `kim-server`, resolved into options (flags win over the environment).
import { parseArgs } from 'node:util';
import type { DeadlineTargets } from '@kim-kit/sdk/schemas';
import { adminTokenProblem } from './auth/admin-token.js';
import { parseDeadlineTargets } from './deadlines/deadlines.js';
import { type TrustProxy, trustedProxyList } from './http/client-ip.js';
import type { AllowedOrigins } from './http/cors.js';
import type { AllowedHosts } from './http/public-url.js';
import type { RateLimitOptions } from './http/rate-limiter.js';

export const DEFAULT_PORT = 8787;
export const DEFAULT_DB = '.data/kim.db';

export interface CliOptions {
  command:
    | 'serve'
    | 'seed'
    | 'import-regions'
    | 'migrate'
    | 'copy-to-postgres'
    | 'precompress'
    | 'users-add'
    | 'help'
    | 'version';
  /** `users add`: the person to invite. */
  user: UserToAdd | undefined;
  /** The CSV file of `import-regions` (without one, the built-in national list), or the directory of `precompress`. */
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
  /** The bootstrap admin token given directly (flag or environment); see `adminTokenSource`. */
  adminToken: string | undefined;
  /** KIM_FOLLOW_UP_KEY: the key reporters' follow-up secrets are derived from (environment only, never `ps`). */
  followUpKey: string | undefined;
  /** A file holding the admin token (`--admin-token-file`), read when the server starts. */
  adminTokenFile: string | undefined;
  /** Where the token comes from: a flag is visible to every user of the machine in `ps`, so it earns a warning. */
  adminTokenSource: 'flag' | 'environment' | 'file' | undefined;
  allowedOrigins: AllowedOrigins;
  publicUrl: string | undefined;
  allowedHosts: AllowedHosts | undefined;
  siteDir: string | undefined;
  cdnDir: string | undefined;
  rateLimit: RateLimitOptions | false;
  bodyLimit: number | undefined;
  trustProxy: TrustProxy;
  responseCache: boolean;
  /** A JSON file of regional holidays and worked national days off (deadlines/holiday-calendar.ts). */
  holidaysFile: string | undefined;
  /** Deadline targets as `kind.stage=days` pairs over the defaults (deadlines/deadlines.ts). */
  deadlines: DeadlineTargets | undefined;
  /** Notification email: an `smtp://` or `smtps://` URL (`--smtp-url`, KIM_SMTP_URL); none keeps emails pending. */
  smtpUrl: string | undefined;
  /** The From address of notification emails (`--mail-from`, KIM_MAIL_FROM). */
  mailFrom: string | undefined;
  /** The public tracker's address in emails, `{code}` for the tracking code (`--tracker-url`, KIM_TRACKER_URL). */
  trackerUrl: string | undefined;
  /** Webhooks may go to loopback and private addresses (`--webhooks-private-networks`, KIM_WEBHOOKS_PRIVATE_NETWORKS=1). */
  webhooksPrivateNetworks: boolean;
}

/** `kim-server users add --email … --role admin|dinas|kim [--scope 19.71 | --group <id>] [--name …]`. */
export interface UserToAdd {
  email: string;
  name: string | undefined;
  role: 'admin' | 'dinas' | 'kim';
  /** The Dinas region (`--scope`). */
  scope: string | undefined;
  /** The KIM group id (`--group`). */
  group: string | undefined;
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
  'admin-token-file': { type: 'string' },
  'allowed-hosts': { type: 'string' },
  'allowed-origins': { type: 'string' },
  'public-url': { type: 'string' },
  site: { type: 'string' },
  cdn: { type: 'string' },
  'rate-limit': { type: 'string' },
  'body-limit': { type: 'string' },
  'trust-proxy': { type: 'boolean' },
  'proxy-hops': { type: 'string' },
  'trusted-proxies': { type: 'string' },
  'no-cache': { type: 'boolean' },
  holidays: { type: 'string' },
  deadlines: { type: 'string' },
  'smtp-url': { type: 'string' },
  'mail-from': { type: 'string' },
  'tracker-url': { type: 'string' },
  'webhooks-private-networks': { type: 'boolean' },
  email: { type: 'string' },
  name: { type: 'string' },
  role: { type: 'string' },
  scope: { type: 'string' },
  group: { type: 'string' },
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

function proxyList(name: string, text: string): string[] {
  const list = text
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  try {
    trustedProxyList(list);
  } catch (error) {
    throw new CliError(`${name}: ${(error as Error).message}`);
  }
  if (list.length === 0) throw new CliError(`${name} needs at least one address or range`);
  return list;
}

/** `--trust-proxy` (one proxy), `--proxy-hops N`, `--trusted-proxies LIST`, or KIM_TRUST_PROXY=1|N|LIST. */
function trustProxy(
  values: { 'trust-proxy'?: boolean; 'proxy-hops'?: string; 'trusted-proxies'?: string },
  env: string | undefined,
): TrustProxy {
  const given = [values['trust-proxy'], values['proxy-hops'], values['trusted-proxies']].filter((v) => v !== undefined);
  if (given.length > 1) throw new CliError('Give only one of --trust-proxy, --proxy-hops and --trusted-proxies');
  if (values['trust-proxy']) return 1;
  if (values['proxy-hops'] !== undefined) return integer('--proxy-hops', values['proxy-hops'], 1, 16);
  if (values['trusted-proxies'] !== undefined) return proxyList('--trusted-proxies', values['trusted-proxies']);
  if (env === undefined || env.trim() === '' || /^(0|false|no|off)$/i.test(env)) return false;
  if (truthy(env)) return 1;
  if (/^\d+$/.test(env.trim())) return integer('KIM_TRUST_PROXY', env.trim(), 1, 16);
  return proxyList('KIM_TRUST_PROXY', env);
}

function hosts(text: string): AllowedHosts {
  const list = text
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  if (list.includes('*')) return '*';
  for (const host of list) {
    if (!/^\.?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$|^\[[0-9a-f:.]+\]$/.test(host)) {
      throw new CliError(`Not a host name: "${host}" (expected e.g. kim.example.go.id or .example.go.id)`);
    }
  }
  if (list.length === 0) throw new CliError('--allowed-hosts needs at least one host name, or *');
  return list.map((h) => h.replace(/^\[|\]$/g, ''));
}

/** KIM_FOLLOW_UP_KEY, checked: at least 32 characters. */
function followUpKey(env: string | undefined): string | undefined {
  if (env === undefined || env === '') return undefined;
  if (env.length < 32) throw new CliError('KIM_FOLLOW_UP_KEY must be at least 32 characters long');
  return env;
}

/** The admin token from a flag, the environment or a file, checked; at most one of them. */
function adminToken(values: { 'admin-token'?: string; 'admin-token-file'?: string }, env: NodeJS.ProcessEnv) {
  const file = values['admin-token-file'] ?? env.KIM_ADMIN_TOKEN_FILE ?? undefined;
  const direct = values['admin-token'] ?? env.KIM_ADMIN_TOKEN ?? undefined;
  if (file !== undefined && values['admin-token'] !== undefined) {
    throw new CliError('Give the admin token either with --admin-token or with --admin-token-file, not both');
  }
  if (file !== undefined) return { adminToken: undefined, adminTokenFile: file, adminTokenSource: 'file' as const };
  if (direct === undefined || direct === '') {
    return { adminToken: undefined, adminTokenFile: undefined, adminTokenSource: undefined };
  }
  const problem = adminTokenProblem(direct);
  if (problem) throw new CliError(problem);
  const source = values['admin-token'] !== undefined ? ('flag' as const) : ('environment' as const);
  return { adminToken: direct, adminTokenFile: undefined, adminTokenSource: source };
}

function userToAdd(values: {
  email?: string;
  name?: string;
  role?: string;
  scope?: string;
  group?: string;
}): UserToAdd {
  const { email, role, scope, group, name } = values;
  if (!email) throw new CliError('users add needs --email');
  if (role !== 'admin' && role !== 'dinas' && role !== 'kim') {
    throw new CliError(`--role must be admin, dinas or kim${role === undefined ? '' : `, not "${role}"`}`);
  }
  if (role === 'dinas' && !scope) throw new CliError('--role dinas needs --scope, the region code (19 or 19.71)');
  if (role === 'kim' && !group) throw new CliError('--role kim needs --group, the id of the KIM group');
  if (role !== 'dinas' && scope) throw new CliError('--scope goes with --role dinas');
  if (role !== 'kim' && group) throw new CliError('--group goes with --role kim');
  return { email, name, role, scope, group };
}

function deadlineTargets(text: string | undefined): DeadlineTargets | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  try {
    return parseDeadlineTargets(text);
  } catch (error) {
    throw new CliError(`--deadlines: ${(error as Error).message}`);
  }
}

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
  else if (
    first === 'serve' ||
    first === 'seed' ||
    first === 'import-regions' ||
    first === 'migrate' ||
    first === 'copy-to-postgres' ||
    first === 'precompress'
  ) {
    command = first;
  } else if (first === 'users' && rest[0] === 'add') {
    command = 'users-add';
    rest.shift();
  } else if (first === 'users') throw new CliError('Expected "kim-server users add --email … --role …"');
  else throw new CliError(`Unknown command "${first}"; see kim-server --help`);
  if (command === 'import-regions' && rest.length > 1) {
    throw new CliError('import-regions takes at most one CSV file: kim-server import-regions [FILE.csv]');
  }
  if (command === 'precompress' && rest.length !== 1) {
    throw new CliError('precompress needs exactly one directory: kim-server precompress DIR');
  }
  if (command !== 'import-regions' && command !== 'precompress' && command !== 'help' && rest.length > 0) {
    throw new CliError(`Unexpected argument "${rest[0]}"`);
  }

  const rateText = values['rate-limit'] ?? env.KIM_RATE_LIMIT;
  const perMinute = rateText === undefined ? 30 : integer('--rate-limit', rateText, 0, 1_000_000);
  const bodyText = values['body-limit'] ?? env.KIM_BODY_LIMIT;
  const publicUrl = values['public-url'] ?? env.KIM_PUBLIC_URL;
  if (publicUrl !== undefined && !/^https?:\/\/[^/]+/.test(publicUrl)) {
    throw new CliError(`--public-url must be an http(s) URL, not "${publicUrl}"`);
  }

  const smtpUrl = values['smtp-url'] ?? env.KIM_SMTP_URL ?? undefined;
  if (smtpUrl !== undefined && !/^smtps?:\/\/[^/]/i.test(smtpUrl)) {
    // Never echo the value: it may hold the SMTP password.
    throw new CliError('--smtp-url (KIM_SMTP_URL) must be an smtp:// or smtps:// URL');
  }
  const trackerUrl = values['tracker-url'] ?? env.KIM_TRACKER_URL ?? undefined;
  if (trackerUrl !== undefined && !/^https?:\/\/[^/]+/.test(trackerUrl)) {
    throw new CliError(`--tracker-url must be an http(s) URL, not "${trackerUrl}"`);
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
  if (command === 'copy-to-postgres' && databaseUrl === undefined) {
    throw new CliError(
      'copy-to-postgres needs the PostgreSQL database to fill: kim-server copy-to-postgres --db FILE --database-url URL',
    );
  }
  const user = command === 'users-add' ? userToAdd(values) : undefined;
  if (command !== 'users-add' && (values.email ?? values.role ?? values.scope ?? values.group ?? values.name)) {
    throw new CliError('--email, --name, --role, --scope and --group go with "kim-server users add"');
  }

  return {
    command,
    user,
    file: command === 'import-regions' || command === 'precompress' ? rest[0] : undefined,
    port: integer('--port', values.port ?? env.KIM_PORT ?? env.PORT ?? String(DEFAULT_PORT), 0, 65535),
    host: values.host ?? env.KIM_HOST ?? undefined,
    db: values.db ?? env.KIM_DB ?? DEFAULT_DB,
    databaseUrl,
    poolSize: poolText === undefined ? undefined : integer('--db-pool-size', poolText, 1, 1000),
    migrate: !(values['no-migrate'] ?? /^(0|false|no|off)$/i.test(env.KIM_MIGRATE ?? '')),
    check: values.check ?? false,
    drainSeconds: integer('--drain-timeout', values['drain-timeout'] ?? env.KIM_DRAIN_TIMEOUT ?? '10', 0, 3600),
    rateLimitStore: store === undefined ? undefined : store === 'database' ? 'storage' : 'memory',
    ...adminToken(values, env),
    followUpKey: followUpKey(env.KIM_FOLLOW_UP_KEY),
    allowedOrigins: origins(values['allowed-origins'] ?? env.KIM_ALLOWED_ORIGINS ?? '*'),
    publicUrl,
    allowedHosts:
      (values['allowed-hosts'] ?? env.KIM_ALLOWED_HOSTS) === undefined
        ? undefined
        : hosts(values['allowed-hosts'] ?? env.KIM_ALLOWED_HOSTS ?? ''),
    siteDir: values.site ?? env.KIM_SITE_DIR ?? undefined,
    cdnDir: values.cdn ?? env.KIM_CDN_DIR ?? undefined,
    rateLimit: perMinute === 0 ? false : { limit: perMinute, windowSeconds: 60 },
    bodyLimit: bodyText === undefined ? undefined : integer('--body-limit', bodyText, 1024, 10 * 1024 * 1024),
    trustProxy: trustProxy(values, env.KIM_TRUST_PROXY),
    responseCache: !(values['no-cache'] ?? /^(0|false|no|off)$/i.test(env.KIM_RESPONSE_CACHE ?? '')),
    holidaysFile: values.holidays ?? env.KIM_HOLIDAYS_FILE ?? undefined,
    deadlines: deadlineTargets(values.deadlines ?? env.KIM_DEADLINES),
    smtpUrl,
    mailFrom: values['mail-from'] ?? env.KIM_MAIL_FROM ?? undefined,
    trackerUrl,
    webhooksPrivateNetworks:
      values['webhooks-private-networks'] ?? /^(1|true|yes|on)$/i.test(env.KIM_WEBHOOKS_PRIVATE_NETWORKS ?? ''),
  };
}

export const HELP = `kim-server: reference server of the KIM (Kelompok Informasi Masyarakat) data API

Usage:
  kim-server [serve] [options]          serve the API (default command)
  kim-server seed [--db FILE]           write the Kota Pangkal Pinang demo data
  kim-server import-regions [FILE.csv]  load the national region list built in (Kepmendagri 300.2.2-2138/2025),
                                        or the regions of a code,name CSV file (also .csv.br, .csv.gz)
  kim-server migrate [--check]          apply pending schema migrations (--check: only report them)
  kim-server copy-to-postgres --db FILE --database-url URL
                                        copy every table of a SQLite database into a new, empty PostgreSQL
                                        database (migrated first; one transaction; nothing written if it fails)
  kim-server precompress DIR            write FILE.br and FILE.gz beside the text files of a --site or --cdn
                                        directory (the server then sends them to browsers that accept them)
  kim-server users add --email E --role admin|dinas|kim [--scope 19.71] [--group ID] [--name N]
                                        invite a person and print their one-time link (valid 72 hours);
                                        the first admin comes this way
  kim-server --help | --version

Options (environment variable in brackets):
  -p, --port N              port to listen on, 0 for any free port [KIM_PORT, PORT] (default ${DEFAULT_PORT})
      --host HOST           interface to listen on [KIM_HOST] (default: all)
      --db FILE             SQLite database file, or :memory: [KIM_DB] (default ${DEFAULT_DB})
      --database-url URL    PostgreSQL instead of SQLite: postgres://user@host/db [KIM_DATABASE_URL]
      --db-pool-size N      PostgreSQL connections per process [KIM_DB_POOL_SIZE] (default 10)
      --no-migrate          serve without applying pending migrations; refuse to start if any [KIM_MIGRATE=off]
      --drain-timeout S     seconds requests in flight get to finish on SIGTERM [KIM_DRAIN_TIMEOUT] (default 10)
      --admin-token-file F  file holding the bootstrap admin token of /v1/admin/* [KIM_ADMIN_TOKEN_FILE]
      --admin-token T       the same token given directly, at least 32 characters [KIM_ADMIN_TOKEN];
                            on the command line it is visible to every user in ps: prefer the file
                            (default: admin disabled)
      --public-url URL      public base of absolute URLs in responses, e.g. https://kim.example.go.id
                            [KIM_PUBLIC_URL]
      --allowed-hosts L     without --public-url: host names answered, URLs built from their Host header,
                            .example.go.id for subdomains, * for any [KIM_ALLOWED_HOSTS]
                            (default: localhost, 127.0.0.1 and [::1] only)
      --allowed-origins L   comma-separated origins allowed by CORS, or * [KIM_ALLOWED_ORIGINS] (default *)
      --site DIR            static site served at / [KIM_SITE_DIR]
      --cdn DIR             static files served at /cdn/ [KIM_CDN_DIR]
      --rate-limit N        aspiration submissions per client per minute, 0 = off [KIM_RATE_LIMIT] (default 30)
      --rate-limit-store S  memory (this process) or database (shared by every process) [KIM_RATE_LIMIT_STORE]
                            (default: database with PostgreSQL, memory with SQLite)
      --body-limit BYTES    largest request body [KIM_BODY_LIMIT] (default 65536)
      --trust-proxy         behind one reverse proxy (nginx, a load balancer): the client address is the one it
                            appended to X-Forwarded-For [KIM_TRUST_PROXY=1]
      --proxy-hops N        behind N proxies in a chain [KIM_TRUST_PROXY=N]
      --trusted-proxies L   behind the proxies at these addresses or ranges (10.0.0.0/8, ::1, loopback,
                            private) [KIM_TRUST_PROXY=L]
      --no-cache            do not cache serialized catalog responses [KIM_RESPONSE_CACHE=off]
      --holidays FILE       JSON file of regional holidays and worked national days off, on top of the
                            national holidays and cuti bersama built in [KIM_HOLIDAYS_FILE]
      --deadlines LIST      working-day targets over the defaults, e.g. complaint.response=5,
                            information_request.resolution=10 [KIM_DEADLINES] (see docs/running.md)
                            Environment only: KIM_FOLLOW_UP_KEY (32+ characters) derives reporters' follow-up
                            secrets, so a replayed submission shows its secret again after a restart
  -h, --help                show this help
  -v, --version             show the version
`;
