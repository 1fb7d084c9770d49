// The Storage interface over shared queries and an engine's dialect: the one implementation both engines use.
import { type Kysely, sql } from 'kysely';
import type { StorageDialect } from './dialect.js';
import { migrateToLatest, schemaStatus } from './migrate.js';
import * as accounts from './queries/accounts.js';
import * as aspirations from './queries/aspirations.js';
import * as audit from './queries/audit.js';
import { bumpCatalogVersion, readCatalogVersion } from './queries/catalog-version.js';
import * as categories from './queries/categories.js';
import * as credentials from './queries/credentials.js';
import * as groups from './queries/groups.js';
import * as invitations from './queries/invitations.js';
import * as news from './queries/news.js';
import * as passwords from './queries/passwords.js';
import { sweepTokenBuckets, takeToken } from './queries/rate-limits.js';
import { writeReadinessProbe } from './queries/readiness.js';
import * as regions from './queries/regions.js';
import * as users from './queries/users.js';
import { type Storage, StorageConflictError } from './storage.js';
import type { Tables } from './tables.js';

export interface SharedStorageOptions {
  /**
   * How stale this process' view of other processes' catalog writes may get, in milliseconds: the catalog version
   * is read from the database at most this often. Writes through this process count at once.
   * @default 100
   */
  catalogCheckMs?: number;
}

/** Takes between sweeps of expired token buckets. */
const SWEEP_EVERY = 1000;
/** Sign-ins between sweeps of sessions that can never be used again. */
const SESSION_SWEEP_EVERY = 100;

export function createStorage(
  db: Kysely<Tables>,
  dialect: StorageDialect,
  options: SharedStorageOptions = {},
): Storage {
  const catalogCheckMs = options.catalogCheckMs ?? 100;
  const guarded = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw dialect.translate(error);
    }
  };

  // The catalog version as last seen; versions only grow, so a slow read never takes it back.
  let version = -1;
  let checkedAt = Number.NEGATIVE_INFINITY;
  let reading: Promise<void> | undefined;
  const seen = (v: number) => {
    if (v > version) version = v;
  };
  const refreshVersion = () => {
    reading ??= readCatalogVersion(db)
      .then((v) => {
        seen(v);
        checkedAt = performance.now();
      })
      .finally(() => {
        reading = undefined;
      });
    return reading;
  };
  /** A catalog write: the work and the version bump commit together, and this process sees the new version at once. */
  const catalogWrite = <T>(work: (trx: Kysely<Tables>) => Promise<T>): Promise<T> =>
    guarded(async () => {
      const [result, v] = await db.transaction().execute(async (trx) => {
        const r = await work(trx);
        return [r, await bumpCatalogVersion(trx)] as const;
      });
      seen(v);
      return result;
    });

  /** A write and its audit entry in one transaction (IMMEDIATE on SQLite: see sqlite/database.ts). */
  const write = <T>(work: (trx: Kysely<Tables>) => Promise<T>): Promise<T> =>
    guarded(() => db.transaction().execute(work));

  let takes = 0;
  let sessions = 0;

  return {
    engine: dialect.engine,
    migrate: () => guarded(() => migrateToLatest(db, dialect.migrations)),
    schemaStatus: () => guarded(() => schemaStatus(db, dialect.migrations)),
    ping: () => guarded(async () => void (await sql`SELECT 1`.execute(db))),
    checkWritable: () => guarded(() => writeReadinessProbe(db, new Date().toISOString())),
    catalogVersion: () =>
      guarded(async () => {
        if (performance.now() - checkedAt >= catalogCheckMs) await refreshVersion();
        return String(version);
      }),
    takeToken: (key, rule, now) =>
      guarded(async () => {
        if (++takes % SWEEP_EVERY === 0) await sweepTokenBuckets(db, now);
        return takeToken(db, key, rule, now);
      }),

    listRegions: (filter) => guarded(() => regions.listRegions(db, filter)),
    getRegion: (code) => guarded(() => regions.getRegion(db, code)),
    listCategories: () => guarded(() => categories.listCategories(db)),
    getCategory: (id) => guarded(() => categories.getCategory(db, id)),
    listGroups: (filter) => guarded(() => groups.listGroups(db, dialect, filter)),
    getGroup: (idOrSlug) => guarded(() => groups.getGroup(db, idOrSlug)),
    listNews: (filter) => guarded(() => news.listNews(db, dialect, filter)),
    getNews: (idOrSlug) => guarded(() => news.getNews(db, idOrSlug)),

    async createAspiration(input, idempotency) {
      try {
        return await guarded(() => dialect.createAspiration(input, idempotency));
      } catch (error) {
        // Another process stored the same key between our look-up and our write.
        if (error instanceof StorageConflictError && idempotency) {
          const earlier = await guarded(() => aspirations.replay(db, idempotency.key, idempotency.requestHash));
          if (earlier) return earlier;
        }
        throw error;
      }
    },
    getAspiration: (id) => guarded(() => aspirations.getAspiration(db, id)),
    getAspirationByTrackingCode: (code) => guarded(() => aspirations.getAspirationByTrackingCode(db, code)),
    listAspirations: (filter) => guarded(() => aspirations.listAspirations(db, filter)),
    changeAspirationStatus: (ctx, id, change) =>
      write((trx) => aspirations.changeAspirationStatus(trx, ctx, id, change)),

    createUser: (ctx, user, invitation) =>
      write(async (trx) => {
        const record = await accounts.createUser(trx, ctx, user);
        if (!invitation) return record;
        await invitations.createInvitation(trx, ctx, { ...invitation, userId: user.id });
        return record;
      }),
    getUser: (id) => guarded(() => accounts.getUser(db, id)),
    createSession: (ctx, session) =>
      write(async (trx) => {
        if (++sessions % SESSION_SWEEP_EVERY === 0) await credentials.sweepSessions(trx, ctx.at);
        await credentials.createSession(trx, ctx, session);
      }),
    createApiToken: (ctx, token) => write((trx) => credentials.createApiToken(trx, ctx, token)),
    resolveSession: (hash, now, idleMs) => guarded(() => credentials.resolveSession(db, hash, now, idleMs)),
    resolveApiToken: (hash, now) => guarded(() => credentials.resolveApiToken(db, hash, now)),
    listUsers: (filter) => guarded(() => users.listUsers(db, filter)),
    updateUser: (ctx, id, patch, version) => write((trx) => users.updateUser(trx, ctx, id, patch, version)),
    findSignIn: (email) => guarded(() => passwords.findSignIn(db, email)),
    getSignIn: (userId) => guarded(() => passwords.getSignIn(db, userId)),
    rehashPassword: (userId, oldHash, newHash) => guarded(() => passwords.rehashPassword(db, userId, oldHash, newHash)),
    changePassword: (ctx, userId, hash, keep) => write((trx) => passwords.changePassword(trx, ctx, userId, hash, keep)),
    endSession: (ctx, sessionId) => write((trx) => passwords.endSession(trx, ctx, sessionId)),
    endSessions: (ctx, userId) => write((trx) => passwords.endSessions(trx, ctx, userId)),
    createInvitation: (ctx, invitation) => write((trx) => invitations.createInvitation(trx, ctx, invitation)),
    findInvitation: (hash, now) => guarded(() => invitations.findInvitation(db, hash, now)),
    acceptInvitation: (ctx, hash, accept) => write((trx) => invitations.acceptInvitation(trx, ctx, hash, accept)),
    getApiToken: (id) => guarded(() => credentials.getApiToken(db, id)),
    listApiTokens: (filter) => guarded(() => credentials.listApiTokens(db, filter)),
    revokeApiToken: (ctx, id) => write((trx) => credentials.revokeApiToken(trx, ctx, id)),
    appendAudit: (ctx, event) => guarded(() => audit.appendAudit(db, ctx, event)),
    listAudit: (filter) => guarded(() => audit.listAudit(db, filter)),

    putRegions: (rows) => catalogWrite((trx) => regions.putRegions(trx, rows)),
    putCategories: (rows) => catalogWrite((trx) => categories.putCategories(trx, rows)),
    putGroups: (rows) => catalogWrite((trx) => groups.putGroups(trx, rows)),
    putNews: (rows) => catalogWrite((trx) => news.putNews(trx, dialect, rows)),
    clearContent: () =>
      catalogWrite(async (trx) => {
        await trx.deleteFrom('idempotency_keys').execute();
        await trx.deleteFrom('aspiration_history').execute();
        await trx.deleteFrom('aspirations').execute();
        await trx.deleteFrom('news').execute();
        await trx.deleteFrom('group_focus').execute();
        await trx.deleteFrom('groups').execute();
      }),

    close: () => dialect.close(),
  };
}
