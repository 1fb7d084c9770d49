// Archiving and restoring a registry record (a group, an agency) or retiring and restoring a category: the same
// versioned step for each, a timestamp column set or cleared with `version + 1` under `WHERE id = ? AND version = ?`.
import type { Kysely } from 'kysely';
import type { AuditEvent, WriteContext } from '../storage.js';
import type { Tables } from '../tables.js';
import { type VersionedOutcome, versionedWrite } from './versioned-write.js';

/** The tables whose records are archived or retired rather than deleted, and the column that says since when. */
const COLUMN = { groups: 'archived_at', agencies: 'archived_at', categories: 'retired_at' } as const;

export interface ArchiveStep<R extends { version: number }> {
  table: keyof typeof COLUMN;
  id: string;
  version: number;
  /** True to archive (retire), false to restore. */
  archive: boolean;
  read(): Promise<R | undefined>;
  /** Whether the record is archived (retired) now: archiving an archived record is not allowed, nor restoring an active one. */
  isArchived(current: R): boolean;
  /** The audit entry of the change, from the record as it was. */
  audit(current: R): AuditEvent;
}

export function setArchived<R extends { version: number }>(
  trx: Kysely<Tables>,
  ctx: WriteContext,
  step: ArchiveStep<R>,
): Promise<VersionedOutcome<R>> {
  const column = COLUMN[step.table];
  return versionedWrite(step.version, {
    read: step.read,
    allowed: (current) => step.isArchived(current) !== step.archive,
    async write(current) {
      // One statement for three tables: Kysely types a table at a time, so the table is named as one of them.
      const row = await trx
        .updateTable(step.table as 'groups')
        .set((eb) => ({
          [column as 'archived_at']: step.archive ? ctx.at : null,
          updated_at: ctx.at,
          version: eb('version', '+', 1),
        }))
        .where('id', '=', step.id)
        .where('version', '=', step.version)
        .returning('id')
        .executeTakeFirst();
      return row ? step.audit(current) : null;
    },
  });
}
