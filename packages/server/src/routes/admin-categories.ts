// Categories: /v1/admin/categories. Administrators create, rename, order, retire and restore them (a retired
// category stays on what was filed under it and leaves the public list); anyone signed in lists them with usage.
import { CategoryInput, CategoryOrder, CategoryUpdate } from '@kim-kit/sdk/schemas';
import type { Context, Hono } from 'hono';
import { slugify } from '../content/slugify.js';
import type { AppEnv } from '../http/app-env.js';
import { authorize, notFound, requirePrincipal, writeContext } from '../http/authorize.js';
import { requiredVersion, staleVersion, versionTag } from '../http/if-match.js';
import { NO_STORE, sendJson } from '../http/json-response.js';
import { HttpProblem } from '../http/problem.js';
import { readJson } from '../http/read-json.js';
import { parseWith } from '../http/validate.js';
import { presentCategoryAdmin } from '../present/category-admin.js';
import type { CategoryAdminRecord, VersionedWrite } from '../storage/storage.js';
import type { RouteDeps } from './route-deps.js';

const CATEGORY = { id: 'kategori', en: 'category' };
const INVALID = { id: 'Isian kategori tidak valid', en: 'The category is not valid' };

const taken = () =>
  new HttpProblem(409, 'conflict', {
    detail: { id: 'Sudah ada kategori dengan id ini', en: 'A category with this id exists' },
    errors: (lang) => [{ path: 'id', message: lang === 'id' ? 'Id sudah dipakai' : 'The id is taken' }],
  });

export function adminCategoryRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  const send = (c: Context<AppEnv>, record: CategoryAdminRecord, status: 200 | 201 = 200) =>
    sendJson(c, presentCategoryAdmin(record), NO_STORE, status, { ETag: versionTag(record.version) });

  function answer(c: Context<AppEnv>, result: VersionedWrite<CategoryAdminRecord>): Response {
    switch (result.outcome) {
      case 'written':
        return send(c, result.record);
      case 'not_found':
        throw notFound(CATEGORY);
      case 'stale':
        throw staleVersion(presentCategoryAdmin(result.current), result.current.version);
      case 'invalid_transition':
        throw new HttpProblem(409, 'invalid_transition', {
          detail: result.current.retiredAt
            ? { id: 'Kategori ini sudah dipensiunkan', en: 'This category is already retired' }
            : { id: 'Kategori ini masih aktif', en: 'This category is active' },
        });
      case 'taken':
        throw taken();
    }
  }

  app.get('/v1/admin/categories', async (c) => {
    requirePrincipal(c);
    const all = await deps.storage.listAdminCategories();
    return sendJson(c, all.map(presentCategoryAdmin), NO_STORE);
  });

  app.post('/v1/admin/categories', async (c) => {
    authorize(c, 'category.manage', {});
    const input = parseWith(CategoryInput, await readJson(c, deps.bodyLimit), { status: 422, detail: INVALID });
    const id = input.id ?? slugify(input.name);
    if (id === '') throw new HttpProblem(422, 'validation_failed', { detail: INVALID });
    const result = await deps.storage.createCategory(writeContext(c), {
      id,
      name: input.name,
      description: input.description ?? null,
      scopes: input.scopes,
    });
    if (result.outcome !== 'written') throw taken();
    return send(c, result.record, 201);
  });

  app.put('/v1/admin/categories/order', async (c) => {
    authorize(c, 'category.manage', {});
    const input = parseWith(CategoryOrder, await readJson(c, deps.bodyLimit), { status: 422, detail: INVALID });
    const result = await deps.storage.orderCategories(writeContext(c), input.ids);
    if (result.outcome === 'mismatch') {
      throw new HttpProblem(422, 'validation_failed', {
        detail: {
          id: 'Sebutkan setiap kategori aktif tepat sekali',
          en: 'Name every active category exactly once',
        },
        errors: (lang) => [
          ...result.missing.map((id) => ({
            path: 'ids',
            message: lang === 'id' ? `Kategori ${id} tidak disebut` : `Category ${id} is missing`,
          })),
          ...result.unknown.map((id) => ({
            path: 'ids',
            message:
              lang === 'id' ? `Kategori ${id} tidak dikenal atau tidak aktif` : `Category ${id} is unknown or retired`,
          })),
        ],
      });
    }
    return sendJson(c, result.records.map(presentCategoryAdmin), NO_STORE);
  });

  app.patch('/v1/admin/categories/:id', async (c) => {
    authorize(c, 'category.manage', {});
    const version = requiredVersion(c);
    const patch = parseWith(CategoryUpdate, await readJson(c, deps.bodyLimit), { status: 422, detail: INVALID });
    return answer(c, await deps.storage.updateCategory(writeContext(c), c.req.param('id'), version, patch));
  });

  for (const [path, retired] of [
    ['retire', true],
    ['restore', false],
  ] as const) {
    app.post(`/v1/admin/categories/:id/${path}`, async (c) => {
      authorize(c, 'category.manage', {});
      const version = requiredVersion(c);
      return answer(c, await deps.storage.setCategoryRetired(writeContext(c), c.req.param('id'), version, retired));
    });
  }
}
