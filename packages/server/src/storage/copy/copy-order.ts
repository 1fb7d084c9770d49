// The order in which tables are copied so that every foreign key finds the row it references already there.

/** A foreign key: rows of `table` reference rows of `references`. */
export interface ForeignKey {
  name: string;
  table: string;
  references: string;
}

export interface CopyOrder {
  /** Tables, each after the tables its foreign keys reference (as far as the keys allow). */
  tables: string[];
  /**
   * Keys no order can satisfy (a table that references itself, or tables that reference each other): they are
   * checked at the end of the copy instead of row by row.
   */
  deferred: ForeignKey[];
}

/**
 * Orders `tables` depth first along their foreign keys. A key that points back into the tables being visited (a
 * self-reference or a cycle) cannot be satisfied by any order and is returned in `deferred`.
 */
export function copyOrder(tables: readonly string[], keys: readonly ForeignKey[]): CopyOrder {
  const known = new Set(tables);
  const keysOf = new Map<string, ForeignKey[]>();
  for (const key of keys) {
    if (!known.has(key.table) || !known.has(key.references)) continue;
    const list = keysOf.get(key.table) ?? [];
    list.push(key);
    keysOf.set(key.table, list);
  }
  const order: string[] = [];
  const deferred: ForeignKey[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (table: string) => {
    state.set(table, 'visiting');
    for (const key of [...(keysOf.get(table) ?? [])].sort((a, b) => a.name.localeCompare(b.name))) {
      const seen = state.get(key.references);
      if (seen === 'visiting') deferred.push(key);
      else if (seen === undefined) visit(key.references);
    }
    state.set(table, 'done');
    order.push(table);
  };
  for (const table of [...tables].sort()) if (!state.has(table)) visit(table);
  return { tables: order, deferred };
}
