#!/usr/bin/env node
// The `kim-server` command.
import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { CliError, type CliOptions, HELP, parseCli } from './cli-options.js';
import { precompressDirectory } from './http/precompress.js';
import { importRegions } from './regions/import-regions.js';
import { seedDemoData } from './seed/seed.js';
import { startServer } from './server.js';
import { createSqliteStorage } from './storage/sqlite/sqlite-storage.js';

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

async function openStorage(path: string) {
  const storage = createSqliteStorage({ path });
  await storage.migrate();
  return storage;
}

async function serve(options: CliOptions): Promise<void> {
  const storage = await openStorage(options.db);
  const server = await startServer({
    storage,
    port: options.port,
    hostname: options.host,
    adminToken: options.adminToken,
    allowedOrigins: options.allowedOrigins,
    publicUrl: options.publicUrl,
    siteDir: options.siteDir,
    cdnDir: options.cdnDir,
    rateLimit: options.rateLimit,
    bodyLimit: options.bodyLimit,
    trustProxy: options.trustProxy,
    responseCache: options.responseCache,
  });
  console.log(`KIM data API listening on ${server.url} (database ${options.db})`);
  if (!options.adminToken) console.log('Admin API disabled: set KIM_ADMIN_TOKEN or --admin-token to enable it.');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal} received, stopping.`);
    const force = setTimeout(() => process.exit(1), 5000);
    force.unref();
    await server.close();
    await storage.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

async function seed(options: CliOptions): Promise<void> {
  const storage = await openStorage(options.db);
  try {
    const summary = await seedDemoData(storage);
    console.log(
      `Seeded ${options.db}: ${summary.regions} regions, ${summary.categories} categories, ` +
        `${summary.groups} groups, ${summary.news} news articles, ${summary.aspirations} aspirations.`,
    );
  } finally {
    await storage.close();
  }
}

async function importCsv(options: CliOptions): Promise<void> {
  const storage = await openStorage(options.db);
  try {
    const started = performance.now();
    const summary = await importRegions(storage, options.file!);
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    const { province, regency, city, district, village } = summary.byLevel;
    console.log(
      `Imported ${summary.imported} regions into ${options.db} in ${seconds} s: ${province} provinces, ` +
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
    case 'precompress':
      return precompress(options);
    case 'serve':
      return serve(options);
  }
}

main().catch((error: unknown) => {
  if (error instanceof CliError) {
    console.error(`kim-server: ${error.message}`);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
});
