import * as z from 'zod/mini';
import type { RequestOptions, WriteOptions } from '../options.js';
import type { Send } from '../request.js';
import { CategoryAdminView, type CategoryInput, type CategoryUpdate } from '../schemas/category-admin.js';
import { recordWrite } from './admin-calls.js';

const Categories = z.array(CategoryAdminView);

/**
 * Managing the categories news and aspirations are filed under (admins). Categories are few and ordered as a whole,
 * so `list` gives all of them at once rather than pages.
 */
export interface AdminCategoriesResource {
  /**
   * Every category, retired ones too, in their order, with how many news articles and aspirations use each.
   * Any signed-in person may list them.
   * @example const active = (await kim.admin.categories.list()).filter((c) => c.retiredAt === null);
   */
  list(options?: RequestOptions): Promise<CategoryAdminView[]>;
  /**
   * Creates a category at the end of the order. Its id comes from the name unless given, and never changes.
   * @example await kim.admin.categories.create({ name: 'Infrastruktur', scopes: ['news', 'aspiration'] });
   */
  create(input: CategoryInput, options?: RequestOptions): Promise<CategoryAdminView>;
  /**
   * Renames a category or changes its description or scopes.
   * @example await kim.admin.categories.update('infrastruktur', { name: 'Infrastruktur Kota' }, { version: 3 });
   */
  update(id: string, patch: CategoryUpdate, options: WriteOptions): Promise<CategoryAdminView>;
  /**
   * Sets the order categories are offered in: every active category's id, first to last. Resolves with every
   * category in the new order.
   * @example await kim.admin.categories.order(['kesehatan', 'pendidikan', 'infrastruktur']);
   */
  order(ids: string[], options?: RequestOptions): Promise<CategoryAdminView[]>;
  /**
   * Retires a category: it is no longer offered, and the items filed under it keep it.
   * @example await kim.admin.categories.retire(category.id, { version: category.version });
   */
  retire(id: string, options: WriteOptions): Promise<CategoryAdminView>;
  /** Offers a retired category again. */
  restore(id: string, options: WriteOptions): Promise<CategoryAdminView>;
}

export function adminCategoriesResource(send: Send): AdminCategoriesResource {
  const path = ['v1', 'admin', 'categories'];
  return Object.freeze({
    list: (options) => send({ method: 'GET', path, schema: Categories, auth: true }, options),
    create: (input, options) =>
      send({ method: 'POST', path, json: input, schema: CategoryAdminView, auth: true }, options),
    update: (id, patch, options) =>
      send(recordWrite(CategoryAdminView, 'PATCH', [...path, id], options, patch), options),
    order: (ids, options) =>
      send({ method: 'PUT', path: [...path, 'order'], json: { ids }, schema: Categories, auth: true }, options),
    retire: (id, options) => send(recordWrite(CategoryAdminView, 'POST', [...path, id, 'retire'], options), options),
    restore: (id, options) => send(recordWrite(CategoryAdminView, 'POST', [...path, id, 'restore'], options), options),
  } satisfies AdminCategoriesResource);
}
