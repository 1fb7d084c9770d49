// SQLite 0010, as PostgreSQL's 0010: information requests under UU 14/2008 (../../information-request-tables.ts).
import type { Kysely, Migration } from 'kysely';
import { createInformationRequestTables } from '../../information-request-tables.js';

export const informationRequests: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not as typed today
  up: (db: Kysely<any>) => createInformationRequestTables(db, { text: 'text', timestamp: 'text' }),
};
