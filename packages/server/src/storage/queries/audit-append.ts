// Appends a write's audit entry inside the write's transaction. The audit log (its table, actors, scoping) comes with
// the accounts seam; until it is merged, entries are built but have nowhere to go.
import type { Kysely } from 'kysely';
import type { Tables } from '../tables.js';
import type { AuditDraft, WriteContext } from '../write-context.js';

export async function appendAudit(_trx: Kysely<Tables>, _ctx: WriteContext, _entry: AuditDraft): Promise<void> {}
