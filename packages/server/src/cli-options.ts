// Flags and environment variables of `kim-server`, resolved into options (flags win over the environment).
import { parseArgs } from 'node:util';
import type { AllowedOrigins } from './http/cors.js';
import type { RateLimitOptions } from './http/rate-limiter.js';

export const DEFAULT_PORT = 8787;
export const DEFAULT_DB = '.data/kim.db';

export interface CliOptions {
  command: 'serve' | 'seed' | 'import-regions' | 'precompress' | 'help' | 'version';
  /** The CSV file of `import-regions`, or the directory of `precompress`. */
  file: string | undefined;
  port: number;
  host: string | undefined;
  db: string;
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
  else if (first === 'serve' || first === 'seed' || first === 'import-regions' || first === 'precompress') {
    command = first;
  } else throw new CliError(`Unknown command "${first}"; see kim-server --help`);
  if (command === 'import-regions' && rest.length !== 1) {
    throw new CliError('import-regions needs exactly one CSV file: kim-server import-regions FILE.csv');
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

  return {
    command,
    file: command === 'import-regions' || command === 'precompress' ? rest[0] : undefined,
    port: integer('--port', values.port ?? env.KIM_PORT ?? env.PORT ?? String(DEFAULT_PORT), 0, 65535),
    host: values.host ?? env.KIM_HOST ?? undefined,
    db: values.db ?? env.KIM_DB ?? DEFAULT_DB,
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
  kim-server precompress DIR            write FILE.br and FILE.gz beside the text files of a --site or --cdn
                                        directory (the server then sends them to browsers that accept them)
  kim-server --help | --version

Options (environment variable in brackets):
  -p, --port N            port to listen on, 0 for any free port [KIM_PORT, PORT] (default ${DEFAULT_PORT})
      --host HOST         interface to listen on [KIM_HOST] (default: all)
      --db FILE           SQLite database file, or :memory: [KIM_DB] (default ${DEFAULT_DB})
      --admin-token T     bearer token of /v1/admin/* [KIM_ADMIN_TOKEN] (default: admin disabled)
      --allowed-origins L comma-separated origins allowed by CORS, or * [KIM_ALLOWED_ORIGINS] (default *)
      --public-url URL    base of absolute URLs in responses [KIM_PUBLIC_URL] (default: the request's origin)
      --site DIR          static site served at / [KIM_SITE_DIR]
      --cdn DIR           static files served at /cdn/ [KIM_CDN_DIR]
      --rate-limit N      aspiration submissions per client per minute, 0 = off [KIM_RATE_LIMIT] (default 30)
      --body-limit BYTES  largest request body [KIM_BODY_LIMIT] (default 65536)
      --trust-proxy       take the client address from X-Forwarded-For [KIM_TRUST_PROXY=1]
      --no-cache          do not cache serialized catalog responses [KIM_RESPONSE_CACHE=off]
  -h, --help              show this help
  -v, --version           show the version
`;
