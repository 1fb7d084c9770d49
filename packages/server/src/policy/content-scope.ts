// What part of the catalog a person's lists show: everything, or their regions (officials) and groups (operators).
import type { ContentScope } from '../storage/storage.js';
import type { Principal } from './principal.js';

/**
 * The rows of groups and news a person manages, as a filter for list queries. It answers as the policy does for
 * one record (`news.create_draft` and `group.update_profile`: officials in their region, operators in their groups).
 */
export function contentScope(principal: Principal): ContentScope {
  if (principal.memberships.some((m) => m.role === 'admin')) return 'all';
  const regions: string[] = [];
  const groupIds: string[] = [];
  for (const m of principal.memberships) {
    if (m.role === 'dinas') regions.push(m.scope);
    else if (m.role === 'kim') groupIds.push(m.scope);
  }
  return { regions, groupIds };
}
