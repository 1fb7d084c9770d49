// The KIM registry: groups as officials and operators manage them (archived ones too), with their slug history.
import type { Insertable, Kysely, Updateable } from 'kysely';
import type { StorageDialect } from '../dialect.js';
import { queryWords } from '../search-words.js';
import {
  type AdminGroupFilter,
  type AuditEvent,
  type GroupAdminRecord,
  type GroupFields,
  StorageConflictError,
  type WriteContext,
} from '../storage.js';
import type { GroupTable, Tables } from '../tables.js';
import { scopeCondition } from './content-scope.js';
import { type GroupRow, groupSearchText, placeNames, selectGroups, toGroup, writeFocus } from './groups.js';
import { largestJpeg, mediaPath, variantsToJson } from './media.js';
import { regionLevelColumn } from './region-levels.js';
import { setArchived } from './versioned-archive.js';
import { changedFields, type VersionedOutcome, versionedWrite } from './versioned-write.js';

function selectAdminGroups(db: Kysely<Tables>) {
  return selectGroups(db).select([
    'groups.secretary_name',
    'groups.treasurer_name',
    'groups.registry_number',
    'groups.created_at',
    'groups.version',
  ]);
}

type AdminRow = GroupRow & {
  secretary_name: string | null;
  treasurer_name: string | null;
  registry_number: string | null;
  created_at: string;
  version: number;
};

function toAdminGroup(row: AdminRow, slugs: readonly string[]): GroupAdminRecord {
  return {
    ...toGroup(row),
    secretaryName: row.secretary_name,
    treasurerName: row.treasurer_name,
    registryNumber: row.registry_number,
    logoMediaId: row.logo_media_id,
    previousSlugs: slugs.filter((slug) => slug !== row.slug),
    archivedAt: row.archived_at,
    createdAt: row.created_at,
    version: row.version,
  };
}

/** Every slug of the given groups, oldest first. */
async function slugsOf(db: Kysely<Tables>, ids: readonly string[]): Promise<Map<string, string[]>> {
  const byGroup = new Map<string, string[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return byGroup;
  const rows = await db
    .selectFrom('group_slugs')
    .select(['group_id', 'slug'])
    .where('group_id', 'in', ids)
    .orderBy('created_at')
    .orderBy('slug')
    .execute();
  for (const row of rows) byGroup.get(row.group_id)?.push(row.slug);
  return byGroup;
}

/**
 * The seqs of a page of the officials' group list, by name: the page is chosen before regions are joined (as the
 * public list does). Exported so tests can read its plan.
 */
export function adminGroupListQuery(
  db: Kysely<Tables>,
  dialect: StorageDialect,
  filter: Omit<AdminGroupFilter, 'q'> & { words?: readonly string[] },
) {
  let query = db.selectFrom('groups').select('groups.seq');
  const scope = filter.scope;
  if (scope !== 'all') query = query.where((eb) => scopeCondition(eb, 'groups', scope) ?? eb.val(true));
  if (filter.region) query = query.where(`groups.${regionLevelColumn(filter.region)}`, '=', filter.region);
  if (filter.status === 'archived') query = query.where('groups.archived_at', 'is not', null);
  else {
    query = query.where('groups.archived_at', 'is', null);
    if (filter.status) query = query.where('groups.status', '=', filter.status);
  }
  if (filter.words) query = query.where(dialect.groupSearchCondition(filter.words));
  if (filter.after) {
    const { value, id } = filter.after;
    query = query.where((eb) => eb(eb.refTuple('groups.name', 'groups.id'), '>', eb.tuple(value, id)));
  }
  return query.orderBy('groups.name').orderBy('groups.id').limit(filter.limit);
}

export async function listAdminGroups(
  db: Kysely<Tables>,
  dialect: StorageDialect,
  filter: AdminGroupFilter,
): Promise<GroupAdminRecord[]> {
  const { q, ...rest } = filter;
  let words: string[] | undefined;
  if (q !== undefined) {
    words = queryWords(q);
    if (words.length === 0) return [];
  }
  const rows = (await selectAdminGroups(db)
    .where('groups.seq', 'in', adminGroupListQuery(db, dialect, { ...rest, words }))
    .orderBy('groups.name')
    .orderBy('groups.id')
    .execute()) as AdminRow[];
  const slugs = await slugsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => toAdminGroup(row, slugs.get(row.id) ?? []));
}

export async function getAdminGroup(db: Kysely<Tables>, id: string): Promise<GroupAdminRecord | undefined> {
  const row = (await selectAdminGroups(db).where('groups.id', '=', id).executeTakeFirst()) as AdminRow | undefined;
  if (!row) return undefined;
  return toAdminGroup(row, (await slugsOf(db, [id])).get(id) ?? []);
}

/** The columns a set of fields writes. */
function groupColumns(fields: Partial<GroupFields>): Updateable<GroupTable> {
  const columns: Updateable<GroupTable> = {};
  if (fields.name !== undefined) columns.name = fields.name;
  if (fields.slug !== undefined) columns.slug = fields.slug;
  if (fields.regionCode !== undefined) columns.region_code = fields.regionCode;
  if (fields.address !== undefined) columns.address = fields.address;
  if (fields.decree !== undefined) {
    columns.decree_number = fields.decree?.number ?? null;
    columns.decree_date = fields.decree?.date ?? null;
    columns.decree_issuer = fields.decree?.issuer ?? null;
  }
  if (fields.foundedOn !== undefined) columns.founded_on = fields.foundedOn;
  if (fields.chairName !== undefined) columns.chair_name = fields.chairName;
  if (fields.secretaryName !== undefined) columns.secretary_name = fields.secretaryName;
  if (fields.treasurerName !== undefined) columns.treasurer_name = fields.treasurerName;
  if (fields.memberCount !== undefined) columns.member_count = fields.memberCount;
  if (fields.focusAreas !== undefined) columns.focus_areas = JSON.stringify(fields.focusAreas);
  if (fields.contact !== undefined) {
    columns.contact_email = fields.contact.email;
    columns.contact_phone = fields.contact.phone;
    columns.contact_website = fields.contact.website;
  }
  if (fields.social !== undefined) {
    columns.social = JSON.stringify(fields.social.map((s) => ({ network: s.network, url: s.url })));
  }
  if (fields.registryNumber !== undefined) columns.registry_number = fields.registryNumber;
  if (fields.logo !== undefined) {
    const logo = fields.logo;
    const file = logo && largestJpeg(logo);
    columns.logo_media_id = logo?.id ?? null;
    columns.logo_path = file ? mediaPath(file.name) : null;
    columns.logo_width = file?.width ?? null;
    columns.logo_height = file?.height ?? null;
    columns.logo_variants = logo ? variantsToJson(logo.variants) : null;
  }
  if (fields.status !== undefined) columns.status = fields.status;
  return columns;
}

/** The fields of a write in the record's terms, to compare and name what changed. */
function comparable(fields: Partial<GroupFields>): Partial<GroupAdminRecord> {
  const { logo, ...rest } = fields;
  return { ...rest, ...(logo !== undefined && { logoMediaId: logo?.id ?? null }) } as Partial<GroupAdminRecord>;
}

const audit = (action: string, g: GroupAdminRecord, changes: string[]): AuditEvent => ({
  action,
  target: { type: 'group', id: g.id, label: g.name },
  changes,
  regionCode: g.regionCode,
});

/** The group that holds (or held) `slug`, if any. */
async function slugOwner(db: Kysely<Tables>, slug: string): Promise<string | undefined> {
  const row = await db.selectFrom('group_slugs').select('group_id').where('slug', '=', slug).executeTakeFirst();
  return row?.group_id;
}

export async function createGroup(
  trx: Kysely<Tables>,
  ctx: WriteContext,
  input: GroupFields & { id: string },
): Promise<VersionedOutcome<GroupAdminRecord>> {
  if (await slugOwner(trx, input.slug)) return { result: { outcome: 'taken' }, audit: null };
  const place = (await placeNames(trx, [input.regionCode])).get(input.regionCode);
  await trx
    .insertInto('groups')
    .values({
      id: input.id,
      ...(groupColumns(input) as Omit<Insertable<GroupTable>, 'id' | 'created_at' | 'updated_at' | 'search_text'>),
      archived_at: null,
      created_at: ctx.at,
      updated_at: ctx.at,
      version: 1,
      search_text: groupSearchText(input, place),
    })
    .execute();
  await trx.insertInto('group_slugs').values({ slug: input.slug, group_id: input.id, created_at: ctx.at }).execute();
  await writeFocus(trx, [input]);
  const record = await getAdminGroup(trx, input.id);
  if (!record) throw new Error('The group just written cannot be read');
  const set = Object.entries(comparable(input))
    .filter(([, v]) => v !== null && !(Array.isArray(v) && v.length === 0))
    .map(([k]) => k);
  return { result: { outcome: 'written', record }, audit: audit('group.create', record, set) };
}

export async function updateGroup(
  trx: Kysely<Tables>,
  ctx: WriteContext,
  id: string,
  version: number,
  patch: Partial<GroupFields>,
): Promise<VersionedOutcome<GroupAdminRecord>> {
  if (patch.slug !== undefined) {
    const owner = await slugOwner(trx, patch.slug);
    if (owner !== undefined && owner !== id) return { result: { outcome: 'taken' }, audit: null };
  }
  return versionedWrite(version, {
    read: () => getAdminGroup(trx, id),
    async write(current) {
      const changes = changedFields(current, comparable(patch));
      const merged = { ...current, ...patch };
      const place = (await placeNames(trx, [merged.regionCode])).get(merged.regionCode);
      const row = await trx
        .updateTable('groups')
        .set((eb) => ({
          ...groupColumns(patch),
          search_text: groupSearchText(merged, place),
          updated_at: ctx.at,
          version: eb('version', '+', 1),
        }))
        .where('id', '=', id)
        .where('version', '=', version)
        .returning('id')
        .executeTakeFirst();
      if (!row) return null;
      if (patch.slug !== undefined && patch.slug !== current.slug) {
        const claimed = await trx
          .insertInto('group_slugs')
          .values({ slug: patch.slug, group_id: id, created_at: ctx.at })
          .onConflict((oc) => oc.column('slug').doNothing())
          .returning('slug')
          .executeTakeFirst();
        // Not claimed: one of its own old slugs, or another group took it since the check above.
        if (!claimed && (await slugOwner(trx, patch.slug)) !== id) {
          throw new StorageConflictError(`The slug ${patch.slug} was taken meanwhile`);
        }
      }
      if (patch.focusAreas !== undefined) await writeFocus(trx, [{ id, focusAreas: patch.focusAreas }]);
      return audit('group.update', { ...current, name: merged.name, regionCode: merged.regionCode }, changes);
    },
  });
}

export function setGroupArchived(
  trx: Kysely<Tables>,
  ctx: WriteContext,
  id: string,
  version: number,
  archived: boolean,
): Promise<VersionedOutcome<GroupAdminRecord>> {
  return setArchived(trx, ctx, {
    table: 'groups',
    id,
    version,
    archive: archived,
    read: () => getAdminGroup(trx, id),
    isArchived: (current) => current.archivedAt !== null,
    audit: (current) => audit(archived ? 'group.archive' : 'group.restore', current, ['archivedAt']),
  });
}
