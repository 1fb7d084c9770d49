// The audit log: every write appends its entry here inside its own transaction; officials read it newest first.
import type { AuditEntry, AuditTargetType } from '@kim-kit/sdk/schemas';
import type { Kysely } from 'kysely';
import type { AuditEvent, AuditFilter, WriteContext } from '../storage.js';
import { fromJson, type Tables } from '../tables.js';
import { regionLevelColumn } from './region-levels.js';

/**
 * Appends one entry. Call it with the transaction of the write it records (`trx`), never after it: the change and
 * its entry commit together or not at all.
 */
export async function appendAudit(trx: Kysely<Tables>, ctx: WriteContext, event: AuditEvent): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values({
      at: ctx.at,
      actor_type: ctx.actor.type,
      actor_id: ctx.actor.id,
      actor_name: ctx.actor.name,
      actor_token_id: ctx.actor.tokenId ?? null,
      action: event.action,
      target_type: event.target.type,
      target_id: event.target.id,
      target_label: event.target.label,
      changes: JSON.stringify([...event.changes]),
      region_code: event.regionCode,
      request_id: ctx.requestId,
      client_address: ctx.clientAddress,
    })
    .execute();
}

/**
 * The region an entry about several regions belongs to: their longest common code prefix (whole segments), so an
 * official whose scope covers them all reads it; `null` (admins only) when nothing is shared or a region is `null`.
 * @example commonRegion(['19.71.01.1006', '19.71.04.1006']) // '19.71'
 */
export function commonRegion(codes: readonly (string | null)[]): string | null {
  if (codes.length === 0 || codes.some((c) => c === null)) return null;
  let parts = (codes[0] as string).split('.');
  for (const code of codes.slice(1) as string[]) {
    const other = code.split('.');
    let i = 0;
    while (i < parts.length && i < other.length && parts[i] === other[i]) i++;
    parts = parts.slice(0, i);
  }
  return parts.length > 0 ? parts.join('.') : null;
}

/**
 * The query of `listAudit`, exported so tests can read its plan. A region scope of one prefix reads that level's
 * index; every filter reads its own index newest first.
 */
export function auditListQuery(db: Kysely<Tables>, filter: AuditFilter) {
  let query = db.selectFrom('audit_log').selectAll();
  if (filter.regions !== 'all') {
    const prefixes = filter.regions;
    if (prefixes.length === 0) return query.where((eb) => eb.lit(false)).limit(0);
    query = query.where((eb) =>
      eb.or(
        prefixes.map((prefix) => {
          const column = regionLevelColumn(prefix);
          // The audit log keeps province and regency columns; a narrower scope compares the prefix itself.
          if (column === 'province_code' || column === 'regency_code') return eb(`audit_log.${column}`, '=', prefix);
          return eb.or([eb('audit_log.region_code', '=', prefix), eb('audit_log.region_code', 'like', `${prefix}.%`)]);
        }),
      ),
    );
  }
  if (filter.actorId !== undefined) query = query.where('audit_log.actor_id', '=', filter.actorId);
  if (filter.targetType !== undefined) query = query.where('audit_log.target_type', '=', filter.targetType);
  if (filter.targetId !== undefined) query = query.where('audit_log.target_id', '=', filter.targetId);
  if (filter.action !== undefined) {
    // `news` means every news action (a range: '/' follows '.' byte by byte on both engines); `news.publish` one.
    query = filter.action.includes('.')
      ? query.where('audit_log.action', '=', filter.action)
      : query.where('audit_log.action', '>', `${filter.action}.`).where('audit_log.action', '<', `${filter.action}/`);
  }
  if (filter.from !== undefined) query = query.where('audit_log.at', '>=', filter.from);
  if (filter.to !== undefined) query = query.where('audit_log.at', '<', filter.to);
  if (filter.after) {
    const { value, id } = filter.after;
    query = query.where((eb) =>
      eb(eb.refTuple('audit_log.at', 'audit_log.seq'), '<', eb.tuple(value, Number(id) as unknown as number)),
    );
  }
  return query.orderBy('audit_log.at', 'desc').orderBy('audit_log.seq', 'desc').limit(filter.limit);
}

export async function listAudit(db: Kysely<Tables>, filter: AuditFilter): Promise<AuditEntry[]> {
  const rows = await auditListQuery(db, filter).execute();
  return rows.map((row) => {
    const actor: AuditEntry['actor'] = {
      type: row.actor_type as AuditEntry['actor']['type'],
      id: row.actor_id,
      name: row.actor_name,
    };
    if (row.actor_token_id !== null) actor.tokenId = row.actor_token_id;
    return {
      id: String(row.seq),
      at: row.at,
      actor,
      action: row.action,
      target: { type: row.target_type as AuditTargetType, id: row.target_id, label: row.target_label },
      changes: fromJson(row.changes),
      regionCode: row.region_code,
      requestId: row.request_id,
      clientAddress: row.client_address,
    };
  });
}
