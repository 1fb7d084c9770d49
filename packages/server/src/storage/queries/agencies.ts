// Perangkat daerah (agencies): the registry of each regency or city, and who an aspiration is forwarded to.
import type { AgencyRef } from '@kim-kit/sdk/schemas';
import type { Kysely, Transaction } from 'kysely';
import type { AgencyFilter, AgencyRecord, AuditEvent, WriteContext } from '../storage.js';
import type { Tables } from '../tables.js';
import { setArchived } from './versioned-archive.js';
import { changedFields, type VersionedOutcome, versionedWrite } from './versioned-write.js';

type Db = Kysely<Tables> | Transaction<Tables>;

type Row = Tables['agencies'] extends infer T ? { [K in keyof T]: T[K] } : never;

function toAgency(row: Row): AgencyRecord {
  return {
    id: row.id,
    regionCode: row.region_code,
    name: row.name,
    shortName: row.short_name,
    email: row.email,
    phone: row.phone,
    archivedAt: row.archived_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: Number(row.version),
  };
}

export const agencyRef = (a: { id: string; name: string; shortName: string }): AgencyRef => ({
  id: a.id,
  name: a.name,
  shortName: a.shortName,
});

export async function getAgency(db: Db, id: string): Promise<AgencyRecord | undefined> {
  const row = await db.selectFrom('agencies').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toAgency(row as Row);
}

/** The query of `listAgencies`, exported so tests can read its plan. */
export function agencyListQuery(db: Db, filter: AgencyFilter) {
  let query = db.selectFrom('agencies').selectAll();
  const regions = filter.scope === 'all' ? undefined : filter.scope;
  if (regions !== undefined) {
    query = query.where((eb) =>
      eb.or(regions.flatMap((prefix) => [eb('region_code', '=', prefix), eb('region_code', 'like', `${prefix}.%`)])),
    );
  }
  if (filter.region !== undefined) {
    const region = filter.region;
    query = query.where((eb) => eb.or([eb('region_code', '=', region), eb('region_code', 'like', `${region}.%`)]));
  }
  if (filter.status === 'archived') query = query.where('archived_at', 'is not', null);
  else if (filter.status === 'active') query = query.where('archived_at', 'is', null);
  if (filter.q !== undefined) {
    const like = `%${filter.q.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    query = query.where((eb) =>
      eb.or([
        eb(eb.fn('lower', ['name']), 'like', eb.val(like)),
        eb(eb.fn('lower', ['short_name']), 'like', eb.val(like)),
      ]),
    );
  }
  if (filter.after) {
    const { value, id } = filter.after;
    query = query.where((eb) => eb(eb.refTuple('name', 'id'), '>', eb.tuple(value, id)));
  }
  return query.orderBy('name').orderBy('id').limit(filter.limit);
}

export async function listAgencies(db: Db, filter: AgencyFilter): Promise<AgencyRecord[]> {
  if (filter.scope !== 'all' && filter.scope.length === 0) return [];
  const rows = await agencyListQuery(db, filter).execute();
  return rows.map((row) => toAgency(row as Row));
}

const audit = (
  action: string,
  a: { id: string; shortName: string; regionCode: string },
  changes: string[],
): AuditEvent => ({
  action,
  target: { type: 'agency', id: a.id, label: a.shortName },
  changes,
  regionCode: a.regionCode,
});

export interface AgencyFields {
  name: string;
  shortName: string;
  email: string | null;
  phone: string | null;
}

async function shortNameTaken(trx: Db, regionCode: string, shortName: string, except?: string) {
  let query = trx
    .selectFrom('agencies')
    .select('id')
    .where('region_code', '=', regionCode)
    .where('short_name', '=', shortName);
  if (except !== undefined) query = query.where('id', '!=', except);
  return (await query.executeTakeFirst()) !== undefined;
}

export async function createAgency(
  trx: Kysely<Tables>,
  ctx: WriteContext,
  input: AgencyFields & { id: string; regionCode: string },
): Promise<VersionedOutcome<AgencyRecord>> {
  if (await shortNameTaken(trx, input.regionCode, input.shortName)) {
    return { result: { outcome: 'taken' }, audit: null };
  }
  await trx
    .insertInto('agencies')
    .values({
      id: input.id,
      region_code: input.regionCode,
      name: input.name,
      short_name: input.shortName,
      email: input.email,
      phone: input.phone,
      archived_at: null,
      created_at: ctx.at,
      updated_at: ctx.at,
      version: 1,
    })
    .execute();
  const record = await getAgency(trx, input.id);
  if (!record) throw new Error('The agency just written cannot be read');
  const changes = ['regionCode', 'name', 'shortName'];
  if (input.email !== null) changes.push('email');
  if (input.phone !== null) changes.push('phone');
  return { result: { outcome: 'written', record }, audit: audit('agency.create', record, changes) };
}

export async function updateAgency(
  trx: Kysely<Tables>,
  ctx: WriteContext,
  id: string,
  version: number,
  patch: Partial<AgencyFields>,
): Promise<VersionedOutcome<AgencyRecord>> {
  const current = await getAgency(trx, id);
  if (
    current &&
    patch.shortName !== undefined &&
    (await shortNameTaken(trx, current.regionCode, patch.shortName, id))
  ) {
    return { result: { outcome: 'taken' }, audit: null };
  }
  return versionedWrite(version, {
    read: () => getAgency(trx, id),
    async write(current) {
      const changes = changedFields(current, patch);
      const row = await trx
        .updateTable('agencies')
        .set((eb) => ({
          ...(patch.name !== undefined && { name: patch.name }),
          ...(patch.shortName !== undefined && { short_name: patch.shortName }),
          ...(patch.email !== undefined && { email: patch.email }),
          ...(patch.phone !== undefined && { phone: patch.phone }),
          updated_at: ctx.at,
          version: eb('version', '+', 1),
        }))
        .where('id', '=', id)
        .where('version', '=', version)
        .returning('id')
        .executeTakeFirst();
      return row
        ? audit('agency.update', { ...current, shortName: patch.shortName ?? current.shortName }, changes)
        : null;
    },
  });
}

export function setAgencyArchived(
  trx: Kysely<Tables>,
  ctx: WriteContext,
  id: string,
  version: number,
  archived: boolean,
): Promise<VersionedOutcome<AgencyRecord>> {
  return setArchived(trx, ctx, {
    table: 'agencies',
    id,
    version,
    archive: archived,
    read: () => getAgency(trx, id),
    isArchived: (current) => current.archivedAt !== null,
    audit: (current) => audit(archived ? 'agency.archive' : 'agency.restore', current, ['archivedAt']),
  });
}
