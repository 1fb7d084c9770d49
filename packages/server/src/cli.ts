#!/usr/bin/env node
// The `kim-server` command.
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { InviteUserInput, type MembershipInput } from '@kim-kit/sdk/schemas';
import { adminTokenProblem, readAdminTokenFile } from './auth/admin-token.js';
import { issueToken } from './auth/opaque-token.js';
import { CliError, type CliOptions, HELP, parseCli } from './cli-options.js';
import { Deadlines } from './deadlines/deadlines.js';
import { HolidayCalendar } from './deadlines/holiday-calendar.js';
import { precompressDirectory } from './http/precompress.js';
import { newId } from './ids.js';
import { importRegions } from './regions/import-regions.js';
import { INVITATION_TTL_MS } from './routes/users.js';
import { DEMO_ACCOUNTS } from './seed/accounts.js';
import { seedDemoData } from './seed/seed.js';
import { startServer } from './server.js';
import { CopyRefusedError, copyToPostgres } from './storage/copy/copy-to-postgres.js';
import { tooNewMessage } from './storage/migrate.js';
import { describeStorage, openStorage as open } from './storage/open-storage.js';
import {
  SchemaOutdatedError,
  SchemaTooNewError,
  type Storage,
  StorageConflictError,
  StorageUnavailableError,
} from './storage/storage.js';
import { systemContext } from './storage/write-context.js';
import { installedWidgetsCdn } from './widgets-cdn.js';

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** A failure the operator can fix, told in one line without a stack trace. */
class StartupError extends Error {
  override name = 'StartupError';
}

/** Why SQLite could not write, when the reason is the file system: it needs the file and its folder writable. */
function writableHint(path: string): string {
  if (path === ':memory:' || path.startsWith('file:')) return '';
  const readOnly = [path, dirname(path)].filter((p) => {
    try {
      accessSync(p, constants.W_OK);
      return false;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code !== 'ENOENT';
    }
  });
  return readOnly.length > 0 ? ` (read-only: ${readOnly.join(' and ')}; the server writes to both)` : '';
}

/** Opens the storage and applies pending migrations, or with `migrate: false` only checks that there are none. */
async function openStorage(options: CliOptions, migrate = true): Promise<Storage> {
  let storage: Storage;
  try {
    storage = open(options);
  } catch (error) {
    throw cannotOpen(options, error);
  }
  try {
    if (migrate) {
      await storage.migrate();
    } else {
      const status = await storage.schemaStatus();
      if (status.unknown.length > 0) throw new SchemaTooNewError(tooNewMessage(status));
      if (status.pending.length > 0) {
        throw new SchemaOutdatedError(
          `the database lacks migrations ${status.pending.join(', ')}: run kim-server migrate first (or serve without --no-migrate)`,
        );
      }
    }
    return storage;
  } catch (error) {
    await storage.close().catch(() => {});
    if (error instanceof SchemaTooNewError || error instanceof SchemaOutdatedError) throw error;
    throw cannotOpen(options, error);
  }
}

/** One line saying which database could not be opened and, for a SQLite file, whether it is read-only. */
function cannotOpen(options: CliOptions, error: unknown): StartupError {
  const reason = (error as Error).message || String(error);
  const hint = options.databaseUrl ? '' : writableHint(options.db);
  return new StartupError(`cannot open the database ${describeStorage(options)}: ${reason}${hint}`, { cause: error });
}

async function migrate(options: CliOptions): Promise<void> {
  const storage = open(options);
  try {
    const before = await storage.schemaStatus();
    if (before.unknown.length > 0) throw new SchemaTooNewError(tooNewMessage(before));
    const where = describeStorage(options);
    if (options.check) {
      console.log(
        before.pending.length === 0
          ? `${where} is up to date (${before.applied.length} migrations).`
          : `${where} lacks ${before.pending.length} migrations: ${before.pending.join(', ')}.`,
      );
      if (before.pending.length > 0) process.exitCode = 3;
      return;
    }
    await storage.migrate();
    console.log(
      before.pending.length === 0
        ? `${where} was up to date (${before.applied.length} migrations).`
        : `Applied ${before.pending.length} migrations to ${where}: ${before.pending.join(', ')}.`,
    );
  } finally {
    await storage.close();
  }
}

/** The bootstrap admin token: checked, read from its file if it has one, with a warning when it is exposed. */
async function resolveAdminToken(options: CliOptions): Promise<string | undefined> {
  if (options.adminTokenSource === 'flag') {
    console.warn(
      'kim-server: warning: --admin-token is visible to every user of this machine (ps, /proc); ' +
        'use --admin-token-file or KIM_ADMIN_TOKEN instead.',
    );
  }
  if (!options.adminTokenFile) return options.adminToken;
  let read: Awaited<ReturnType<typeof readAdminTokenFile>>;
  try {
    read = await readAdminTokenFile(options.adminTokenFile);
  } catch (error) {
    throw new CliError((error as Error).message);
  }
  if (read.warning) console.warn(`kim-server: warning: ${read.warning}`);
  const problem = adminTokenProblem(read.token);
  if (problem) throw new CliError(`${problem} (in ${options.adminTokenFile})`);
  return read.token;
}

/** Starts the server; a port in use or not allowed is told in one line. */
async function listen(options: Parameters<typeof startServer>[0]) {
  try {
    return await startServer(options);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
      throw new StartupError(`cannot listen on ${options.hostname ?? 'port'} ${options.port}: ${code}`, {
        cause: error,
      });
    }
    throw error;
  }
}

/** The deadline targets and holiday calendar of the options; a bad holiday file stops the server with the reason. */
function deadlinesOf(options: CliOptions): Deadlines {
  let calendar: HolidayCalendar;
  try {
    calendar = options.holidaysFile ? HolidayCalendar.fromFile(options.holidaysFile) : new HolidayCalendar();
  } catch (error) {
    throw new StartupError((error as Error).message, { cause: error });
  }
  const year = new Date().getUTCFullYear();
  if (!calendar.covers(year + 1) && new Date().getUTCMonth() >= 9) {
    console.warn(
      `The national holidays of ${year + 1} are not built into this version: deadlines in ${year + 1} count weekends` +
        ' and the holiday file only. Upgrade, or add the days of the SKB 3 Menteri to --holidays.',
    );
  }
  return new Deadlines(options.deadlines, calendar);
}

async function serve(options: CliOptions): Promise<void> {
  const adminToken = await resolveAdminToken(options);
  const cdnDir = options.cdnDir ?? installedWidgetsCdn();
  const storage = await openStorage(options, options.migrate);
  const server = await listen({
    storage,
    port: options.port,
    hostname: options.host,
    adminToken,
    allowedOrigins: options.allowedOrigins,
    publicUrl: options.publicUrl,
    allowedHosts: options.allowedHosts,
    siteDir: options.siteDir,
    cdnDir,
    rateLimit: options.rateLimit,
    bodyLimit: options.bodyLimit,
    trustProxy: options.trustProxy,
    responseCache: options.responseCache,
    rateLimitStore: options.rateLimitStore,
    deadlines: deadlinesOf(options),
    notifications: {
      smtpUrl: options.smtpUrl,
      from: options.mailFrom,
      trackerUrl: options.trackerUrl,
      allowPrivateNetworks: options.webhooksPrivateNetworks,
    },
    followUpKey: options.followUpKey,
  });
  console.log(`KIM data API listening on ${server.url} (database ${describeStorage(options)})`);
  if (cdnDir && existsSync(join(cdnDir, 'kim-console.js')))
    console.log(`KIM console: ${new URL('/console/', server.url)}`);
  if (!adminToken) {
    console.log('Admin API disabled: give a bootstrap token with --admin-token-file or KIM_ADMIN_TOKEN to enable it.');
  }
  if (!options.publicUrl && options.allowedHosts === undefined) {
    console.log(
      'Answering for localhost only: set --public-url (KIM_PUBLIC_URL) to the public address, or --allowed-hosts.',
    );
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal} received: finishing ${server.inFlight} requests in flight, then stopping.`);
    const drainMs = options.drainSeconds * 1000;
    const force = setTimeout(() => process.exit(1), drainMs + 5000);
    force.unref();
    await server.close(drainMs);
    await storage.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

async function seed(options: CliOptions): Promise<void> {
  const storage = await openStorage(options);
  try {
    const summary = await seedDemoData(storage);
    console.log(
      `Seeded ${describeStorage(options)}: ${summary.regions} regions, ${summary.categories} categories, ` +
        `${summary.groups} groups, ${summary.news} news articles, ${summary.aspirations} aspirations, ` +
        `${summary.accounts} demo accounts.`,
    );
    console.log('Demo accounts (for the demo only; their passwords are public):');
    for (const account of DEMO_ACCOUNTS) console.log(`  ${account.role}: ${account.email} / ${account.password}`);
  } finally {
    await storage.close();
  }
}

async function importCsv(options: CliOptions): Promise<void> {
  const storage = await openStorage(options);
  try {
    const started = performance.now();
    const summary = await importRegions(storage, options.file);
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    const { province, regency, city, district, village } = summary.byLevel;
    console.log(
      `Imported ${summary.imported} regions from ${summary.source} into ${describeStorage(options)} in ${seconds} s: ` +
        `${province} provinces, ` +
        `${regency + city} regencies and cities (${city} cities), ${district} districts, ${village} villages.`,
    );
    if (summary.skipped.length > 0) {
      const lines = summary.skipped.slice(0, 5).map((s) => `line ${s.line} "${s.code}"`);
      console.warn(`Skipped ${summary.skipped.length} rows that are not Kemendagri codes: ${lines.join(', ')}`);
    }
    if (summary.orphans > 0) console.warn(`${summary.orphans} regions have a parent missing from the file.`);
  } finally {
    await storage.close();
  }
}

async function copy(options: CliOptions): Promise<void> {
  const target = describeStorage(options);
  console.log(`Copying ${options.db} into ${target}.`);
  let shownAt = performance.now();
  const summary = await copyToPostgres({
    sqlitePath: options.db,
    databaseUrl: options.databaseUrl!,
    onProgress: ({ table, copied, total }) => {
      // A line per table, and one every 2 s within a long table.
      const now = performance.now();
      if (copied < total && now - shownAt < 2000) return;
      console.log(`  ${table}: ${copied} of ${total} rows`);
      shownAt = now;
    },
  }).catch((error: unknown) => {
    if (error instanceof SchemaTooNewError || error instanceof SchemaOutdatedError) throw error;
    // A refused target, a missing file, a schema mismatch, a lost connection: one line each.
    const reason = error instanceof CopyRefusedError ? error.message : `cannot copy: ${(error as Error).message}`;
    throw new StartupError(reason, { cause: error });
  });
  console.log(
    `Copied ${summary.rows} rows in ${summary.tables.length} tables from ${options.db} into ${target} in ` +
      `${summary.seconds.toFixed(2)} s. Serve it with kim-server --database-url URL.`,
  );
}

/** `kim-server users add`: invites a person (the first admin, say) and prints their one-time link. */
async function usersAdd(options: CliOptions): Promise<void> {
  const wanted = options.user;
  if (!wanted) throw new CliError('users add needs --email and --role');
  const membership: MembershipInput =
    wanted.role === 'admin'
      ? { role: 'admin' }
      : wanted.role === 'dinas'
        ? { role: 'dinas', regionCode: wanted.scope ?? '' }
        : { role: 'kim', groupId: wanted.group ?? '' };
  const parsed = InviteUserInput.safeParse({
    email: wanted.email,
    name: wanted.name ?? wanted.email.split('@')[0],
    memberships: [membership],
  });
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => i.path.join('.') || 'input');
    throw new CliError(`users add: not valid: ${[...new Set(fields)].join(', ')} (check --email, --name, --scope)`);
  }
  const storage = await openStorage(options);
  try {
    if (membership.role === 'dinas' && !(await storage.getRegion(membership.regionCode))) {
      throw new CliError(
        `users add: no region ${membership.regionCode} (import the regions first: kim-server import-regions)`,
      );
    }
    if (membership.role === 'kim' && (await storage.getGroup(membership.groupId))?.id !== membership.groupId) {
      throw new CliError(`users add: no KIM group with the id ${membership.groupId}`);
    }
    const { token, hash } = issueToken('invitation');
    const expiresAt = new Date(Date.now() + INVITATION_TTL_MS).toISOString();
    const user = await storage
      .createUser(
        systemContext(),
        {
          id: newId('usr'),
          email: parsed.data.email,
          name: parsed.data.name,
          status: 'invited',
          passwordHash: null,
          memberships: parsed.data.memberships,
        },
        { id: newId('inv'), tokenHash: hash, kind: 'invite', expiresAt },
      )
      .catch((error: unknown) => {
        if (error instanceof StorageConflictError) {
          throw new CliError(`users add: an account with the email ${wanted.email} exists already`);
        }
        throw error;
      });
    const base = (options.publicUrl ?? `http://localhost:${options.port}`).replace(/\/+$/, '');
    console.log(`Invited ${user.name} <${user.email}> as ${wanted.role} in ${describeStorage(options)}.`);
    console.log(`Open this link to set a password (once, until ${expiresAt}):`);
    console.log(`${base}/console/#/undangan/${token}`);
  } finally {
    await storage.close();
  }
}

async function precompress(options: CliOptions): Promise<void> {
  const dir = options.file!;
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw new CliError(`Not a directory: ${dir}`);
  const started = performance.now();
  const s = await precompressDirectory(dir);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(
    `Precompressed ${dir} in ${((performance.now() - started) / 1000).toFixed(2)} s: ${s.files} text files, ` +
      `${kb(s.bytes)} -> ${kb(s.brotliBytes)} brotli, ${kb(s.gzipBytes)} gzip (${s.written} copies written).`,
  );
}

async function main(): Promise<void> {
  const options = parseCli(process.argv.slice(2), process.env);
  switch (options.command) {
    case 'help':
      process.stdout.write(HELP);
      return;
    case 'version':
      console.log(version());
      return;
    case 'seed':
      return seed(options);
    case 'import-regions':
      return importCsv(options);
    case 'migrate':
      return migrate(options);
    case 'copy-to-postgres':
      return copy(options);
    case 'precompress':
      return precompress(options);
    case 'serve':
      return serve(options);
    case 'users-add':
      return usersAdd(options);
  }
}

main().catch((error: unknown) => {
  if (error instanceof CliError) {
    console.error(`kim-server: ${error.message}`);
    process.exit(2);
  }
  // The schema does not match this server: one line, and a status a supervisor can tell apart.
  if (error instanceof SchemaTooNewError || error instanceof SchemaOutdatedError) {
    console.error(`kim-server: ${error.message}`);
    process.exit(3);
  }
  if (error instanceof StartupError) {
    console.error(`kim-server: ${error.message}`);
    process.exit(1);
  }
  if (error instanceof StorageUnavailableError) {
    console.error(`kim-server: the database is unavailable: ${error.message}`);
    process.exit(1);
  }
  console.error(error);
  process.exit(1);
});
