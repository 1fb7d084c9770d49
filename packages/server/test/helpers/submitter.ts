// A child process of test/multi-process.test.ts: opens the storage at argv[2] (engine argv[3]), says "ready", and
// on "go" submits aspirations under the idempotency keys it was given, then reports the outcomes.
import { createPostgresStorage } from '../../src/storage/postgres/postgres-storage.js';
import { createSqliteStorage } from '../../src/storage/sqlite/sqlite-storage.js';

const [location, engine] = process.argv.slice(2);
const storage =
  engine === 'postgres'
    ? createPostgresStorage({ url: location!, poolSize: 4 })
    : createSqliteStorage({ path: location! });

interface Go {
  submissions: { key: string; requestHash: string }[];
}

let n = 0;
process.on('message', async (message: Go) => {
  const results = await Promise.all(
    message.submissions.map(async (idempotency) => {
      n++;
      const tag = `${process.pid}${String(n).padStart(3, '0')}`;
      try {
        return await storage.createAspiration(
          {
            id: `asp_mp${tag}`,
            trackingCode: `M${tag}`.slice(0, 10).padEnd(10, '0'),
            kind: 'complaint',
            title: 'Drainase tersumbat',
            body: 'Drainase di depan pasar tersumbat sampah dan meluap ketika hujan.',
            categoryId: 'infrastruktur',
            regionCode: '19.71.01.1006',
            anonymous: false,
            confidential: false,
            reporter: null,
            submittedAt: new Date().toISOString(),
          },
          idempotency,
        );
      } catch (error) {
        return { outcome: 'error', message: (error as Error).message };
      }
    }),
  );
  process.send!(results, () => {
    void storage.close().then(() => process.exit(0));
  });
});
process.send!('ready');
