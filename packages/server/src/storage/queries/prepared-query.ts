// Hot queries built and compiled once per shape and database; each run only binds its parameters. Building a Kysely
// query and compiling it cost more than SQLite's own work on a news page (~60 µs of ~150 µs, 20 rows).
import { type Compilable, type CompiledQuery, createQueryId, type Kysely } from 'kysely';
import type { Tables } from '../tables.js';

/** Stands for one named parameter while a shape is compiled. */
class Slot {
  constructor(readonly name: string) {}
}

interface Template {
  sql: string;
  query: CompiledQuery['query'];
  /** Each compiled parameter: a slot to fill from the run's parameters, or a value the builder put in itself. */
  parameters: readonly unknown[];
}

/**
 * A query that compiles once per `shape` (what decides its SQL text: which filters are present, which column a
 * filter uses) and database, and then binds `params` by name.
 *
 * `build` must use each of `params` only as a value bound into the query (`where(column, '=', params.x)`,
 * `limit(params.n)`), never to decide the SQL: while a shape compiles, the params are placeholders.
 */
export function preparedQuery<S, P extends Record<string, unknown>, R>(
  shapeKey: (shape: S) => string,
  build: (db: Kysely<Tables>, shape: S, params: P) => Compilable<R>,
): (db: Kysely<Tables>, shape: S, params: P) => CompiledQuery<R> {
  const templates = new WeakMap<Kysely<Tables>, Map<string, Template>>();
  return (db, shape, params) => {
    let byShape = templates.get(db);
    if (!byShape) {
      byShape = new Map();
      templates.set(db, byShape);
    }
    const key = shapeKey(shape);
    let template = byShape.get(key);
    if (!template) {
      const slots = Object.fromEntries(Object.keys(params).map((name) => [name, new Slot(name)])) as unknown as P;
      const compiled = build(db, shape, slots).compile();
      template = { sql: compiled.sql, query: compiled.query, parameters: compiled.parameters };
      byShape.set(key, template);
    }
    return {
      sql: template.sql,
      query: template.query,
      queryId: createQueryId(),
      parameters: template.parameters.map((p) => (p instanceof Slot ? params[p.name] : p)),
    };
  };
}
