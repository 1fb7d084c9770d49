// The KIM registry: /v1/admin/groups. Dinas officials register and archive groups in their region and may move a
// group, rename its slug or change its status; a group's own operators edit its profile. If-Match on every change.
import { AdminGroupListQuery, DEFAULT_PAGE_SIZE, GroupInput, GroupUpdate } from '@kim-kit/sdk/schemas';
import type { Context, Hono } from 'hono';
import { slugify } from '../content/slugify.js';
import type { AppEnv } from '../http/app-env.js';
import { authorize, notFound, requirePrincipal, writeContext } from '../http/authorize.js';
import { decodeCursor } from '../http/cursor.js';
import { requiredVersion, staleVersion, versionTag } from '../http/if-match.js';
import { NO_STORE, sendJson } from '../http/json-response.js';
import { HttpProblem } from '../http/problem.js';
import { readJson } from '../http/read-json.js';
import { parseQuery, parseWith } from '../http/validate.js';
import { newId } from '../ids.js';
import { contentScope } from '../policy/content-scope.js';
import { can } from '../policy/policy.js';
import { presentGroupAdmin } from '../present/group-admin.js';
import type { GroupAdminRecord, GroupFields, MediaRecord, VersionedWrite } from '../storage/storage.js';
import { pageOf } from './page-of.js';
import type { RouteDeps } from './route-deps.js';

const GROUP = { id: 'KIM', en: 'KIM group' };

const invalid = (path: string, message: { id: string; en: string }) =>
  new HttpProblem(422, 'validation_failed', {
    detail: { id: 'Isian KIM tidak valid', en: 'The group is not valid' },
    errors: (lang) => [{ path, message: message[lang] }],
  });

const slugTaken = () =>
  new HttpProblem(409, 'conflict', {
    detail: {
      id: 'Slug ini dipakai (atau pernah dipakai) KIM lain',
      en: 'This slug belongs (or belonged) to another KIM group',
    },
    errors: (lang) => [{ path: 'slug', message: lang === 'id' ? 'Slug sudah dipakai' : 'The slug is taken' }],
  });

export function adminGroupRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  const base = (c: Context<AppEnv>) => deps.publicUrl(c);
  const send = (c: Context<AppEnv>, record: GroupAdminRecord, status: 200 | 201 = 200) =>
    sendJson(c, presentGroupAdmin(record, base(c)), NO_STORE, status, { ETag: versionTag(record.version) });

  /** A group the person manages, or 404 (the same as a missing one). */
  async function managed(c: Context<AppEnv>): Promise<GroupAdminRecord> {
    const principal = requirePrincipal(c);
    const group = await deps.storage.getAdminGroup(c.req.param('id') ?? '');
    if (!group || !can(principal, 'group.update_profile', { groupId: group.id, regionCode: group.regionCode })) {
      throw notFound(GROUP);
    }
    return group;
  }

  function answer(c: Context<AppEnv>, result: VersionedWrite<GroupAdminRecord>): Response {
    switch (result.outcome) {
      case 'written':
        return send(c, result.record);
      case 'not_found':
        throw notFound(GROUP);
      case 'stale':
        throw staleVersion(presentGroupAdmin(result.current, base(c)), result.current.version);
      case 'invalid_transition':
        throw new HttpProblem(409, 'invalid_transition', {
          detail: result.current.archivedAt
            ? { id: 'KIM ini sudah diarsipkan', en: 'This group is already archived' }
            : { id: 'KIM ini tidak diarsipkan', en: 'This group is not archived' },
        });
      case 'taken':
        throw slugTaken();
    }
  }

  async function village(code: string, path: string): Promise<void> {
    const region = await deps.storage.getRegion(code);
    if (region?.level !== 'village') {
      throw invalid(path, { id: 'Bukan kode desa/kelurahan yang dikenal', en: 'Not a known village code' });
    }
  }

  async function logo(id: string | null | undefined): Promise<MediaRecord | null | undefined> {
    if (id === undefined || id === null) return id;
    const media = await deps.storage.getMedia(id);
    if (!media) throw invalid('logoMediaId', { id: 'Gambar ini tidak ada', en: 'No uploaded image with this id' });
    return media;
  }

  app.get('/v1/admin/groups', async (c) => {
    const principal = requirePrincipal(c);
    const query = parseQuery(AdminGroupListQuery, c.req.url);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await deps.storage.listAdminGroups({
      scope: contentScope(principal),
      region: query.region,
      q: query.q,
      status: query.status,
      limit: limit + 1,
      after: query.cursor === undefined ? undefined : decodeCursor('admin-groups', query.cursor),
    });
    const page = pageOf(
      rows,
      limit,
      'admin-groups',
      (g) => ({ value: g.name, id: g.id }),
      (g) => presentGroupAdmin(g, base(c)),
    );
    return sendJson(c, page, NO_STORE);
  });

  app.post('/v1/admin/groups', async (c) => {
    requirePrincipal(c);
    const input = parseWith(GroupInput, await readJson(c, deps.bodyLimit), {
      status: 422,
      detail: { id: 'Isian KIM tidak valid', en: 'The group is not valid' },
    });
    authorize(c, 'group.create', { regionCode: input.regionCode });
    await village(input.regionCode, 'regionCode');
    const slug = input.slug ?? slugify(input.name);
    if (slug === '') throw invalid('slug', { id: 'Tentukan slug', en: 'Give a slug' });
    const fields: GroupFields = {
      name: input.name,
      slug,
      regionCode: input.regionCode,
      address: input.address ?? null,
      decree: input.decree ?? null,
      foundedOn: input.foundedOn ?? null,
      chairName: input.chairName ?? null,
      secretaryName: input.secretaryName ?? null,
      treasurerName: input.treasurerName ?? null,
      memberCount: input.memberCount ?? 0,
      focusAreas: input.focusAreas ?? [],
      contact: input.contact ?? { email: null, phone: null, website: null },
      social: input.social ?? [],
      registryNumber: input.registryNumber ?? null,
      logo: (await logo(input.logoMediaId)) ?? null,
      status: input.status ?? 'active',
    };
    const result = await deps.storage.createGroup(writeContext(c), { id: newId('grp'), ...fields });
    if (result.outcome !== 'written') throw slugTaken();
    return send(c, result.record, 201);
  });

  app.get('/v1/admin/groups/:id', async (c) => send(c, await managed(c)));

  app.patch('/v1/admin/groups/:id', async (c) => {
    const current = await managed(c);
    const version = requiredVersion(c);
    const update = parseWith(GroupUpdate, await readJson(c, deps.bodyLimit), {
      status: 422,
      detail: { id: 'Perubahan KIM tidak valid', en: 'The change to the group is not valid' },
    });
    const target = { groupId: current.id, regionCode: current.regionCode };
    const moves =
      (update.regionCode !== undefined && update.regionCode !== current.regionCode) ||
      (update.slug !== undefined && update.slug !== current.slug) ||
      (update.status !== undefined && update.status !== current.status);
    if (moves) authorize(c, 'group.update_region_status', { ...target, newRegionCode: update.regionCode }, GROUP);
    else authorize(c, 'group.update_profile', target, GROUP);
    if (update.regionCode !== undefined && update.regionCode !== current.regionCode) {
      await village(update.regionCode, 'regionCode');
    }
    const patch: Partial<GroupFields> = {};
    const keys = [
      'name',
      'slug',
      'regionCode',
      'address',
      'decree',
      'foundedOn',
      'chairName',
      'secretaryName',
      'treasurerName',
      'memberCount',
      'focusAreas',
      'contact',
      'social',
      'registryNumber',
      'status',
    ] as const;
    for (const key of keys) {
      if (update[key] !== undefined) (patch as Record<string, unknown>)[key] = update[key];
    }
    if (update.logoMediaId !== undefined) patch.logo = (await logo(update.logoMediaId)) ?? null;
    const result = await deps.storage.updateGroup(writeContext(c), current.id, version, patch);
    return answer(c, result);
  });

  for (const [path, archived] of [
    ['archive', true],
    ['restore', false],
  ] as const) {
    app.post(`/v1/admin/groups/:id/${path}`, async (c) => {
      const current = await managed(c);
      const version = requiredVersion(c);
      authorize(c, 'group.archive', { groupId: current.id, regionCode: current.regionCode }, GROUP);
      return answer(c, await deps.storage.setGroupArchived(writeContext(c), current.id, version, archived));
    });
  }
}
