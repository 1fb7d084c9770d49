// The rows of groups or news a person may manage, as a condition: their regions (code prefixes) or their groups.
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { ContentScope } from '../storage.js';
import type { Tables } from '../tables.js';
import { regionLevelColumn } from './region-levels.js';

/**
 * `(regency_code = '19.71' OR group_id IN (...))` for a scope; `null` for everything. An empty scope matches
 * nothing. Each region is an equality on its level's column, so a Dinas official's list reads that column's index.
 */
export function scopeCondition<T extends 'groups' | 'news'>(
  eb: ExpressionBuilder<Tables, T>,
  table: T,
  scope: ContentScope,
): Expression<SqlBool> | null {
  if (scope === 'all') return null;
  const idColumn = table === 'groups' ? 'groups.id' : 'news.group_id';
  const conditions: Expression<SqlBool>[] = scope.regions.map((region) =>
    // biome-ignore lint/suspicious/noExplicitAny: the column is one of the region levels both tables have
    eb(`${table}.${regionLevelColumn(region)}` as any, '=', region),
  );
  // biome-ignore lint/suspicious/noExplicitAny: groups.id or news.group_id
  if (scope.groupIds.length > 0) conditions.push(eb(idColumn as any, 'in', scope.groupIds));
  if (conditions.length === 0) return sql<SqlBool>`1 = 0`;
  return conditions.length === 1 ? (conditions[0] as Expression<SqlBool>) : eb.or(conditions);
}
