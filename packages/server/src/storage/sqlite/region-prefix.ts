// "Everything in 19.71": the code itself and every code under it, written as a range so the index is used.
import { type RawBuilder, type SqlBool, sql } from 'kysely';

/** True for `column = prefix` and for codes starting with `prefix.` ('/' sorts right after '.'). */
export function inRegion(column: string, prefix: string): RawBuilder<SqlBool> {
  const ref = sql.ref(column);
  return sql<SqlBool>`(${ref} = ${prefix} OR (${ref} > ${`${prefix}.`} AND ${ref} < ${`${prefix}/`}))`;
}
