// A child process of test/storage-publishing.test.ts: opens the storage at argv[2] (engine argv[3]), says "ready",
// and for each message edits the article it names at the version it names, then reports the outcome.
import { createPostgresStorage } from '../../src/storage/postgres/postgres-storage.js';
import { createSqliteStorage } from '../../src/storage/sqlite/sqlite-storage.js';

const [location, engine] = process.argv.slice(2);
const storage =
  engine === 'postgres'
    ? createPostgresStorage({ url: location!, poolSize: 2 })
    : createSqliteStorage({ path: location! });

interface Edit {
  id: string;
  version: number;
  title: string;
}

process.on('message', async (edit: Edit) => {
  try {
    const result = await storage.updateNews(
      {
        at: new Date().toISOString(),
        actor: { type: 'user', id: `usr_${process.pid}`, name: 'Penulis' },
        requestId: null,
        clientAddress: null,
      },
      edit.id,
      edit.version,
      { title: edit.title },
    );
    process.send!({ outcome: result.outcome });
  } catch (error) {
    process.send!({ outcome: 'error', message: (error as Error).message });
  }
});
process.on('disconnect', () => void storage.close().finally(() => process.exit(0)));
process.send!('ready');
