// Shared test setup: a migrated, seeded database and an app or live server on top of it. KIM_TEST_ENGINE=postgres
// runs the same suites on PostgreSQL (a database per storage, copied from a seeded template).
import { type AspirationInput, Problem } from '@kim-kit/sdk/schemas';
import { expect } from 'chai';
import { createApp } from '../../src/app.js';
import type { AppOptions } from '../../src/app-options.js';
import { seedDemoData } from '../../src/seed/seed.js';
import { type NotificationOptions, type RunningServer, startServer } from '../../src/server.js';
import { createPostgresStorage } from '../../src/storage/postgres/postgres-storage.js';
import { createSqliteStorage } from '../../src/storage/sqlite/sqlite-storage.js';
import type { Storage } from '../../src/storage/storage.js';
import { databaseName, testCluster } from './postgres-cluster.js';

export const ADMIN_TOKEN = 'test-admin-token-7f3a9c-0123456789ab';
export const PUBLIC_URL = 'https://kim.test';

export type Engine = Storage['engine'];
export const ENGINES: readonly Engine[] = ['sqlite', 'postgres'];

/** The engine the HTTP suites run on (KIM_TEST_ENGINE, default sqlite). */
export const TEST_ENGINE: Engine = process.env.KIM_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';

/** A migrated, empty storage on `engine`; on PostgreSQL a new database, dropped when the storage closes. */
export async function emptyStorage(engine: Engine = TEST_ENGINE, template?: string): Promise<Storage> {
  if (engine === 'sqlite') {
    const storage = createSqliteStorage({ path: ':memory:' });
    await storage.migrate();
    return storage;
  }
  const cluster = testCluster();
  const name = databaseName('t');
  const storage = createPostgresStorage({ url: await cluster.createDatabase(name, template), poolSize: 4 });
  await storage.migrate();
  return {
    ...storage,
    close: async () => {
      await storage.close();
      await cluster.dropDatabase(name);
    },
  };
}

let seededTemplate: Promise<string> | undefined;

/** A PostgreSQL database seeded once per run, copied for each test that needs one. */
function postgresSeededTemplate(): Promise<string> {
  seededTemplate ??= (async () => {
    const name = databaseName('seeded');
    const storage = createPostgresStorage({ url: await testCluster().createDatabase(name), poolSize: 1 });
    await storage.migrate();
    await seedDemoData(storage);
    await storage.close();
    return name;
  })();
  return seededTemplate;
}

export async function seededStorage(engine: Engine = TEST_ENGINE): Promise<Storage> {
  if (engine === 'postgres') return emptyStorage(engine, await postgresSeededTemplate());
  const storage = await emptyStorage(engine);
  await seedDemoData(storage);
  return storage;
}

export type TestOptions = Partial<AppOptions>;

const quiet: AppOptions['onError'] = () => {};

/** An app over a fresh seeded database; `request` is `app.request` with the test's defaults. */
export async function testApp(options: TestOptions = {}) {
  const storage = options.storage ?? (await seededStorage());
  const app = createApp({
    adminToken: ADMIN_TOKEN,
    publicUrl: PUBLIC_URL,
    rateLimit: false,
    onError: quiet,
    ...options,
    storage,
  });
  const request = (path: string, init?: RequestInit) => app.request(path, init);
  return { app, storage, request };
}

/** The same over real HTTP on a random port. */
export async function liveServer(
  options: TestOptions & { notifications?: NotificationOptions } = {},
): Promise<RunningServer & { storage: Storage }> {
  const storage = options.storage ?? (await seededStorage());
  const server = await startServer({
    adminToken: ADMIN_TOKEN,
    rateLimit: false,
    onError: quiet,
    ...options,
    storage,
    port: 0,
    hostname: '127.0.0.1',
  });
  return { ...server, url: `http://127.0.0.1:${server.port}`, storage };
}

export const admin = { Authorization: `Bearer ${ADMIN_TOKEN}` };

export const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

/** A valid submission; override any field (overrides may make it invalid on purpose). */
/** What an information request adds to a submission (kind `information_request`). */
export const INFORMATION_REQUEST = {
  purpose: 'Untuk bahan kajian kelompok warga tentang anggaran jalan.',
  informationRequested: 'Rincian anggaran pemeliharaan jalan kelurahan tahun 2026.',
  format: 'softcopy',
  delivery: 'email',
} as const;

export function aspirationInput(overrides: Record<string, unknown> = {}): AspirationInput {
  return {
    kind: 'complaint',
    title: 'Jalan berlubang di depan SD Negeri 5',
    body: 'Jalan di depan SD Negeri 5 berlubang besar dan membahayakan anak-anak yang berangkat sekolah.',
    categoryId: 'infrastruktur',
    regionCode: '19.71.01.1006',
    consent: true,
    reporter: { name: 'Warga Uji Coba', email: 'warga.uji@example.org', phone: '0812-1111-2222' },
    ...(overrides.kind === 'information_request' && { informationRequest: INFORMATION_REQUEST }),
    ...overrides,
  } as AspirationInput;
}

/** Asserts a problem response with the given status and code, and returns its body. */
export async function expectProblem(response: Response, status: number, code?: string): Promise<Problem> {
  const text = await response.text();
  expect(response.status, text).to.equal(status);
  expect(response.headers.get('content-type')).to.equal('application/problem+json');
  const body = JSON.parse(text) as Problem;
  expect(Problem.safeParse(body).success, text).to.equal(true);
  expect(body.status).to.equal(status);
  if (code) expect(body.code).to.equal(code);
  expect(body.requestId).to.equal(response.headers.get('x-request-id'));
  expect(text).not.to.match(/\bat .+\.(ts|js):\d+/);
  return body;
}

export async function jsonOf<T>(response: Response, status = 200): Promise<T> {
  const text = await response.text();
  expect(response.status, text).to.equal(status);
  return JSON.parse(text) as T;
}
