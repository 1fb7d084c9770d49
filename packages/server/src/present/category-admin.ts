import type { CategoryAdminView } from '@kim-kit/sdk/schemas';
import type { CategoryAdminRecord } from '../storage/storage.js';

/** A category as administrators see it: the contract's `CategoryAdminView`. */
export function presentCategoryAdmin(category: CategoryAdminRecord): CategoryAdminView {
  return {
    id: category.id,
    name: category.name,
    description: category.description,
    scopes: category.scopes,
    position: category.position,
    retiredAt: category.retiredAt,
    usage: { news: category.usage.news, aspirations: category.usage.aspirations },
    createdAt: category.createdAt,
    updatedAt: category.updatedAt,
    version: category.version,
  };
}
