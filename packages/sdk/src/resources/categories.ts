import type { RequestOptions } from '../options.js';
import { createListPromise, type ListPromise } from '../pagination.js';
import type { Send } from '../request.js';
import { Category } from '../schemas/category.js';
import { Page } from '../schemas/page.js';

const CategoryPage = Page(Category);

/** Topics used to file news and aspirations. */
export interface CategoriesResource {
  /**
   * Lists every category.
   * @example const forForm = (await client.categories.list()).data.filter((c) => c.scopes.includes('aspiration'));
   */
  list(options?: RequestOptions): ListPromise<Category>;
}

export function categoriesResource(send: Send): CategoriesResource {
  return {
    list: (options) =>
      createListPromise((cursor) =>
        send({ method: 'GET', path: ['v1', 'categories'], query: { cursor }, schema: CategoryPage }, options),
      ),
  };
}
