// SQLite's migrations in order. The names are the same as PostgreSQL's (../postgres/migrations/index.ts).
import type { Migration } from 'kysely';
import { initial } from './0001-initial.js';
import { scale } from './0002-scale.js';
import { accounts } from './0003-accounts.js';
import { publishing } from './0004-publishing.js';
import { attachments } from './0007-attachments.js';
import { agenciesDeadlines } from './0008-agencies-deadlines.js';
import { notifications } from './0009-notifications.js';
import { informationRequests } from './0010-information-requests.js';
import { followUp } from './0011-follow-up.js';
import { kimIntake } from './0012-kim-intake.js';

export const SQLITE_MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001_initial': initial,
  '0002_scale': scale,
  '0003_accounts': accounts,
  '0004_publishing': publishing,
  '0007_attachments': attachments,
  '0008_agencies_deadlines': agenciesDeadlines,
  '0009_notifications': notifications,
  '0010_information_requests': informationRequests,
  '0011_follow_up': followUp,
  '0012_kim_intake': kimIntake,
};
