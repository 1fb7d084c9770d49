// What differs between the engines, behind one small object; everything else is shared query code (queries/*.ts)
// written once against `Kysely<Tables>`.
import type { Kysely, Migration, RawBuilder, SqlBool } from 'kysely';
import type { NewsRow, NewsSearch } from './queries/news.js';
import type { CreateAspirationResult, NewAspiration } from './storage.js';
import type { Tables } from './tables.js';

export type Engine = 'sqlite' | 'postgres';

export interface StorageDialect {
  readonly engine: Engine;
  /** The schema's migrations in order, by name; the names are the same on both engines. */
  readonly migrations: Readonly<Record<string, Migration>>;
  /** A boolean as the engine's column takes it: 0/1 in SQLite, true/false in PostgreSQL. */
  bool(value: boolean): boolean | number;
  /**
   * News whose search text has every word as a prefix, with the filter's other conditions, newest first, at most
   * `filter.limit` rows. Each engine reads its own full-text index (SQLite FTS5, PostgreSQL tsvector + GIN).
   */
  searchNews(db: Kysely<Tables>, filter: NewsSearch): Promise<NewsRow[]>;
  /** A condition on `groups` for rows whose search text has every word as a prefix. */
  groupSearchCondition(words: readonly string[]): RawBuilder<SqlBool>;
  /** Runs inside the transaction that wrote news rows, after the write (SQLite keeps its FTS keys in list order). */
  afterNewsWritten(trx: Kysely<Tables>, ids: readonly string[]): Promise<void>;
  /** The submission fast path: stores an aspiration, its first history entry and its idempotency key at once. */
  createAspiration(
    input: NewAspiration,
    idempotency: { key: string; requestHash: string } | undefined,
  ): Promise<CreateAspirationResult>;
  /** Maps a driver error to StorageConflictError / StorageUnavailableError; anything else is returned as it is. */
  translate(error: unknown): unknown;
  /** Closes connections (and SQLite's checkpointer). */
  close(): Promise<void>;
}
