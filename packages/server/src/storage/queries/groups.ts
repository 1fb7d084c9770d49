// KIM groups.
import type { FocusArea, SocialLink } from '@kim-kit/sdk/schemas';
import type { Kysely } from 'kysely';
import type { StorageDialect } from '../dialect.js';
import { queryWords, searchDocument } from '../search-words.js';
import type { GroupFilter, GroupRecord, NewGroup, PublicGroupLookup } from '../storage.js';
import { fromJson, type Tables } from '../tables.js';
import { variantsFromJson } from './media.js';
import { regionLevelColumn } from './region-levels.js';
import { excludedColumns, WRITE_BATCH } from './upsert.js';

/** The columns an upsert overwrites (all but the id). */
const GROUP_COLUMNS = [
  'slug',
  'name',
  'region_code',
  'address',
  'decree_number',
  'decree_date',
  'decree_issuer',
  'founded_on',
  'chair_name',
  'member_count',
  'focus_areas',
  'contact_email',
  'contact_phone',
  'contact_website',
  'social',
  'logo_path',
  'logo_media_id',
  'logo_width',
  'logo_height',
  'logo_variants',
  'status',
  'archived_at',
  'updated_at',
  'search_text',
] as const;

/** The demo data's logos are generated square images of this size. */
const LOGO_SIZE = 256;

export function selectGroups(db: Kysely<Tables>) {
  return db
    .selectFrom('groups')
    .leftJoin('regions as village', 'village.code', 'groups.region_code')
    .leftJoin('regions as district', 'district.code', 'village.parent_code')
    .select([
      'groups.id',
      'groups.slug',
      'groups.name',
      'groups.region_code',
      'groups.address',
      'groups.decree_number',
      'groups.decree_date',
      'groups.decree_issuer',
      'groups.founded_on',
      'groups.chair_name',
      'groups.member_count',
      'groups.focus_areas',
      'groups.contact_email',
      'groups.contact_phone',
      'groups.contact_website',
      'groups.social',
      'groups.logo_path',
      'groups.logo_media_id',
      'groups.logo_width',
      'groups.logo_height',
      'groups.logo_variants',
      'groups.status',
      'groups.archived_at',
      'groups.updated_at',
      'village.name as village_name',
      'district.code as district_code',
      'district.name as district_name',
    ]);
}

export type GroupRow = Awaited<ReturnType<ReturnType<typeof selectGroups>['executeTakeFirstOrThrow']>>;

function logoOf(row: GroupRow): GroupRecord['logo'] {
  if (!row.logo_path) return null;
  const logo: NonNullable<GroupRecord['logo']> = {
    path: row.logo_path,
    alt: `Logo ${row.name}`,
    width: row.logo_width ?? LOGO_SIZE,
    height: row.logo_height ?? LOGO_SIZE,
  };
  if (row.logo_media_id) logo.mediaId = row.logo_media_id;
  const variants = variantsFromJson(row.logo_variants);
  if (variants) logo.variants = variants;
  return logo;
}

export function toGroup(row: GroupRow): GroupRecord {
  const districtCode = row.district_code ?? row.region_code.slice(0, 8);
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    regionCode: row.region_code,
    village: { code: row.region_code, name: row.village_name ?? row.region_code },
    district: { code: districtCode, name: row.district_name ?? districtCode },
    address: row.address,
    decree:
      row.decree_number && row.decree_date && row.decree_issuer
        ? { number: row.decree_number, date: row.decree_date, issuer: row.decree_issuer }
        : null,
    foundedOn: row.founded_on,
    chairName: row.chair_name,
    memberCount: row.member_count,
    focusAreas: fromJson(row.focus_areas) as FocusArea[],
    contact: { email: row.contact_email, phone: row.contact_phone, website: row.contact_website },
    // Built key by key: PostgreSQL's jsonb does not keep the order of an object's keys.
    social: fromJson(row.social).map((s) => ({ network: s.network, url: s.url }) as SocialLink),
    logo: logoOf(row),
    status: row.status as GroupRecord['status'],
    updatedAt: row.updated_at,
  };
}

/**
 * The page of a group list (full-text words already cut): the seqs of the groups shown, in name order. The page is
 * chosen before the regions are joined, so a search matching every group joins 21 rows, not 10,000 (SQLite joined
 * them all before sorting: 150 ms). Exported so tests can read its plan.
 */
export function groupListQuery(
  db: Kysely<Tables>,
  dialect: StorageDialect,
  filter: Omit<GroupFilter, 'q'> & { words?: readonly string[] },
) {
  let query = db.selectFrom('groups').select('groups.seq').where('groups.archived_at', 'is', null);
  if (filter.region) query = query.where(`groups.${regionLevelColumn(filter.region)}`, '=', filter.region);
  if (filter.focus) {
    const focus = filter.focus;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('group_focus')
          .select('group_focus.group_id')
          .where('group_focus.focus', '=', focus)
          .whereRef('group_focus.group_id', '=', 'groups.id'),
      ),
    );
  }
  if (filter.words) query = query.where(dialect.groupSearchCondition(filter.words));
  if (filter.after) {
    const { value, id } = filter.after;
    query = query.where((eb) => eb(eb.refTuple('groups.name', 'groups.id'), '>', eb.tuple(value, id)));
  }
  return query.orderBy('groups.name').orderBy('groups.id').limit(filter.limit);
}

export async function listGroups(
  db: Kysely<Tables>,
  dialect: StorageDialect,
  filter: GroupFilter,
): Promise<GroupRecord[]> {
  const { q, ...rest } = filter;
  let words: string[] | undefined;
  if (q !== undefined) {
    words = queryWords(q);
    if (words.length === 0) return [];
  }
  const rows = await selectGroups(db)
    .where('groups.seq', 'in', groupListQuery(db, dialect, { ...rest, words }))
    .orderBy('groups.name')
    .orderBy('groups.id')
    .execute();
  return rows.map(toGroup);
}

export async function getGroup(db: Kysely<Tables>, idOrSlug: string): Promise<GroupRecord | undefined> {
  const row = await selectGroups(db)
    .where((eb) => eb.or([eb('groups.id', '=', idOrSlug), eb('groups.slug', '=', idOrSlug)]))
    .executeTakeFirst();
  return row && toGroup(row);
}

/** A group for the public: by id or current slug, or by an old slug (then where it moved to). */
export async function findPublicGroup(db: Kysely<Tables>, idOrSlug: string): Promise<PublicGroupLookup | undefined> {
  const group = await selectGroups(db)
    .where((eb) => eb.or([eb('groups.id', '=', idOrSlug), eb('groups.slug', '=', idOrSlug)]))
    .executeTakeFirst();
  if (group) return group.archived_at ? { state: 'archived' } : { state: 'found', group: toGroup(group) };
  const moved = await db
    .selectFrom('group_slugs')
    .innerJoin('groups', 'groups.id', 'group_slugs.group_id')
    .select(['groups.slug', 'groups.archived_at'])
    .where('group_slugs.slug', '=', idOrSlug)
    .executeTakeFirst();
  if (!moved) return undefined;
  return moved.archived_at ? { state: 'archived' } : { state: 'moved', slug: moved.slug };
}

/** The names of the villages and districts of `codes`, for the search text (a group is found by where it is). */
export async function placeNames(db: Kysely<Tables>, codes: readonly string[]): Promise<Map<string, string>> {
  const places = new Map<string, string>();
  const unique = [...new Set(codes)];
  for (let start = 0; start < unique.length; start += 1000) {
    const rows = await db
      .selectFrom('regions as village')
      .leftJoin('regions as district', 'district.code', 'village.parent_code')
      .select(['village.code', 'village.name as village_name', 'district.name as district_name'])
      .where('village.code', 'in', unique.slice(start, start + 1000))
      .execute();
    for (const row of rows) places.set(row.code, `${row.village_name} ${row.district_name ?? ''}`);
  }
  return places;
}

/** The words a group is found by. */
export const groupSearchText = (
  g: { name: string; address: string | null; chairName: string | null; focusAreas: readonly string[] },
  place: string | undefined,
) => searchDocument([g.name, place, g.address, g.chairName, ...g.focusAreas]);

/** Rewrites the focus rows of groups (what the focus filter reads). */
export async function writeFocus(
  trx: Kysely<Tables>,
  groups: readonly { id: string; focusAreas: readonly string[] }[],
): Promise<void> {
  if (groups.length === 0) return;
  await trx
    .deleteFrom('group_focus')
    .where(
      'group_id',
      'in',
      groups.map((g) => g.id),
    )
    .execute();
  const focus = groups.flatMap((g) => [...new Set(g.focusAreas)].map((area) => ({ group_id: g.id, focus: area })));
  if (focus.length > 0) await trx.insertInto('group_focus').values(focus).execute();
}

/** Inserts or replaces groups (the seed's), active and not archived, at version 1 or one more. */
export async function putGroups(trx: Kysely<Tables>, groups: readonly NewGroup[]): Promise<void> {
  if (groups.length === 0) return;
  const places = await placeNames(
    trx,
    groups.map((g) => g.regionCode),
  );
  for (let start = 0; start < groups.length; start += WRITE_BATCH) {
    const batch = groups.slice(start, start + WRITE_BATCH);
    const rows = batch.map((g) => ({
      id: g.id,
      slug: g.slug,
      name: g.name,
      region_code: g.regionCode,
      address: g.address,
      decree_number: g.decree?.number ?? null,
      decree_date: g.decree?.date ?? null,
      decree_issuer: g.decree?.issuer ?? null,
      founded_on: g.foundedOn,
      chair_name: g.chairName,
      member_count: g.memberCount,
      focus_areas: JSON.stringify(g.focusAreas),
      contact_email: g.contact.email,
      contact_phone: g.contact.phone,
      contact_website: g.contact.website,
      social: JSON.stringify(g.social),
      logo_path: g.logo?.path ?? null,
      logo_media_id: null,
      logo_width: g.logo?.width ?? null,
      logo_height: g.logo?.height ?? null,
      logo_variants: null,
      status: g.status,
      archived_at: null,
      created_at: g.updatedAt,
      updated_at: g.updatedAt,
      version: 1,
      search_text: groupSearchText(g, places.get(g.regionCode)),
    }));
    await trx
      .insertInto('groups')
      .values(rows)
      .onConflict((oc) =>
        oc
          .column('id')
          .doUpdateSet((eb) => ({ ...excludedColumns(GROUP_COLUMNS)(eb), version: eb('groups.version', '+', 1) })),
      )
      .execute();
    await trx
      .insertInto('group_slugs')
      .values(batch.map((g) => ({ slug: g.slug, group_id: g.id, created_at: g.updatedAt })))
      .onConflict((oc) => oc.column('slug').doNothing())
      .execute();
    await writeFocus(trx, batch);
  }
}
