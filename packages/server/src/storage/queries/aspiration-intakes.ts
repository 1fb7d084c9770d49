// Which aspirations a KIM recorded for a resident, read beside the aspirations (written by each engine's
// submission path, in the submission's transaction).
import type { Kysely, Transaction } from 'kysely';
import type { IntakeRecord, NewAspiration } from '../storage.js';
import type { Tables } from '../tables.js';

type Db = Kysely<Tables> | Transaction<Tables>;

/** The intakes of the given aspirations, by aspiration id; those without one are absent. */
export async function intakesOf(db: Db, ids: string[]): Promise<Map<string, IntakeRecord>> {
  const byId = new Map<string, IntakeRecord>();
  if (ids.length === 0) return byId;
  const rows = await db
    .selectFrom('aspiration_intakes')
    .innerJoin('groups', 'groups.id', 'aspiration_intakes.group_id')
    .leftJoin('users', 'users.id', 'aspiration_intakes.recorded_by')
    .select([
      'aspiration_intakes.aspiration_id',
      'groups.id as group_id',
      'groups.name as group_name',
      'users.id as user_id',
      'users.name as user_name',
    ])
    .where('aspiration_intakes.aspiration_id', 'in', ids)
    .execute();
  for (const row of rows) {
    byId.set(row.aspiration_id, {
      channel: 'kim',
      group: { id: row.group_id, name: row.group_name },
      consent: 'verbal',
      recordedBy: row.user_id !== null && row.user_name !== null ? { id: row.user_id, name: row.user_name } : null,
    });
  }
  return byId;
}

/** The row of a new aspiration's intake, or `null` when the public submitted it. */
export function intakeRow(input: NewAspiration) {
  if (!input.intake) return null;
  return {
    aspiration_id: input.id,
    channel: 'kim',
    group_id: input.intake.groupId,
    consent: input.intake.consent,
    recorded_by: input.intake.recordedBy,
  };
}
