// SQLite's migrations in order. The names are the same as PostgreSQL's (../postgres/migrations/index.ts).
import type { Migration } from 'kysely';
import { initial } from './0001-initial.js';
import { scale } from './0002-scale.js';
import { accounts } from './0003-accounts.js';
import { publishing } from './0004-publishing.js';
import { notifications } from './0006-notifications.js';

export const SQLITE_MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001_initial': initial,
  '0002_scale': scale,
  '0003_accounts': accounts,
  '0004_publishing': publishing,
  '0006_notifications': notifications,
};
