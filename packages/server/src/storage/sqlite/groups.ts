// KIM groups in SQLite.
import type { FocusArea, SocialLink } from '@kim-kit/sdk/schemas';
import { type Kysely, sql } from 'kysely';
import { ftsQuery } from '../fts-query.js';
import type { GroupFilter, GroupRecord, NewGroup } from '../storage.js';
import { inRegion } from './region-prefix.js';
import type { Tables } from './tables.js';

/** Logos are generated square images. */
const LOGO_SIZE = 256;

function selectGroups(db: Kysely<Tables>) {
  return db
    .selectFrom('groups')
    .leftJoin('regions as village', 'village.code', 'groups.region_code')
    .leftJoin('regions as district', 'district.code', 'village.parent_code')
    .selectAll('groups')
    .select(['village.name as village_name', 'district.code as district_code', 'district.name as district_name']);
}

type GroupRow = Awaited<ReturnType<ReturnType<typeof selectGroups>['executeTakeFirstOrThrow']>>;

function toGroup(row: GroupRow): GroupRecord {
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
    focusAreas: JSON.parse(row.focus_areas) as FocusArea[],
    contact: { email: row.contact_email, phone: row.contact_phone, website: row.contact_website },
    social: JSON.parse(row.social) as SocialLink[],
    logo: row.logo_path ? { path: row.logo_path, alt: `Logo ${row.name}`, width: LOGO_SIZE, height: LOGO_SIZE } : null,
    status: row.status as GroupRecord['status'],
    updatedAt: row.updated_at,
  };
}

export async function listGroups(db: Kysely<Tables>, filter: GroupFilter): Promise<GroupRecord[]> {
  let query = selectGroups(db);
  if (filter.region) {
    const region = filter.region;
    query = query.where(inRegion('groups.region_code', region));
  }
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
  if (filter.q !== undefined) {
    const match = ftsQuery(filter.q);
    if (match === null) return [];
    query = query.where(sql<boolean>`groups.seq IN (SELECT rowid FROM groups_fts WHERE groups_fts MATCH ${match})`);
  }
  if (filter.after) {
    const { value, id } = filter.after;
    query = query.where((eb) => eb(eb.refTuple('groups.name', 'groups.id'), '>', eb.tuple(value, id)));
  }
  const rows = await query.orderBy('groups.name').orderBy('groups.id').limit(filter.limit).execute();
  return rows.map(toGroup);
}

export async function getGroup(db: Kysely<Tables>, idOrSlug: string): Promise<GroupRecord | undefined> {
  const row = await selectGroups(db)
    .where((eb) => eb.or([eb('groups.id', '=', idOrSlug), eb('groups.slug', '=', idOrSlug)]))
    .executeTakeFirst();
  return row && toGroup(row);
}

export async function putGroups(db: Kysely<Tables>, groups: readonly NewGroup[]): Promise<void> {
  if (groups.length === 0) return;
  await db.transaction().execute(async (trx) => {
    for (const g of groups) {
      const row = {
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
        status: g.status,
        updated_at: g.updatedAt,
      };
      const { id: _id, ...changes } = row;
      await trx
        .insertInto('groups')
        .values(row)
        .onConflict((oc) => oc.column('id').doUpdateSet(changes))
        .execute();
      await trx.deleteFrom('group_focus').where('group_id', '=', g.id).execute();
      if (g.focusAreas.length > 0) {
        await trx
          .insertInto('group_focus')
          .values(g.focusAreas.map((focus) => ({ group_id: g.id, focus })))
          .execute();
      }
    }
  });
}
