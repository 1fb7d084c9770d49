// The resources a public page uses, none of the write side: what widgets compose, and what `pnpm size` budgets.
import type { ComposedClient } from './compose.js';
import { aspirationsResource } from './resources/aspirations.js';
import { categoriesResource } from './resources/categories.js';
import { groupsResource } from './resources/groups.js';
import { newsResource } from './resources/news.js';
import { regionsResource } from './resources/regions.js';

/**
 * The five public resources, to compose a client that carries nothing of the write side (auth, admin and their
 * schemas stay out of the bundle).
 * @example const kim = composeKimClient({ baseUrl: 'https://kim.example.go.id/api' }, publicResources);
 */
export const publicResources = Object.freeze({
  regions: regionsResource,
  groups: groupsResource,
  news: newsResource,
  categories: categoriesResource,
  aspirations: aspirationsResource,
});

/** A client of the public resources only; a full `KimClient` has this shape too. */
export type KimPublicClient = ComposedClient<typeof publicResources>;
