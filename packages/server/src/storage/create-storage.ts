// The Storage interface over shared queries and an engine's dialect: the one implementation both engines use.
import { type Kysely, sql } from 'kysely';
import type { StorageDialect } from './dialect.js';
import { createInformationRequestStore } from './information-request-store.js';
import { migrateToLatest, schemaStatus } from './migrate.js';
import * as accounts from './queries/accounts.js';
import * as agencies from './queries/agencies.js';
import * as attachments from './queries/aspiration-attachments.js';
import * as aspirationStats from './queries/aspiration-stats.js';
import * as aspirations from './queries/aspirations.js';
import * as audit from './queries/audit.js';
import { bumpCatalogVersion, readCatalogVersion } from './queries/catalog-version.js';
import * as categories from './queries/categories.js';
import * as categoryAdmin from './queries/category-admin.js';
import * as credentials from './queries/credentials.js';
import * as followUps from './queries/follow-ups.js';
import * as groupAdmin from './queries/group-admin.js';
import * as groups from './queries/groups.js';
import * as invitations from './queries/invitations.js';
import * as media from './queries/media.js';
import * as news from './queries/news.js';
import * as newsAdmin from './queries/news-admin.js';
import * as outbox from './queries/outbox.js';
import { enqueueOverdueNotices } from './queries/overdue-notices.js';
import * as passwords from './queries/passwords.js';
import { sweepTokenBuckets, takeToken } from './queries/rate-limits.js';
import { writeReadinessProbe } from './queries/readiness.js';
import * as regions from './queries/regions.js';
import * as users from './queries/users.js';
import * as webhookAdmin from './queries/webhook-admin.js';
import * as webhooks from './queries/webhooks.js';
import {
  type AuditEvent,
  type Storage,
  StorageConflictError,
  type VersionedWrite,
  type WriteContext,
} from './storage.js';
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

/** Attempts of a write that picks a slug, when another process took the same slug at the same moment. */
const SLUG_ATTEMPTS = 3;

/** What a write hands back to the transaction that runs it. */
interface WriteResult<T> {
  result: T;
  /** Appended to the audit log in the same transaction; `null` when nothing was written. */
  audit: AuditEvent | null;
  /** Whether the public catalog changed (its version moves, and every process drops its cached responses). */
  catalog: boolean;
}

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

  /**
   * One audited write: the work, its audit entry and (for what the public sees) the catalog version commit
   * together or not at all.
   */
  const auditedWrite = <T>(ctx: WriteContext, work: (trx: Kysely<Tables>) => Promise<WriteResult<T>>): Promise<T> =>
    guarded(async () => {
      const [result, v] = await db.transaction().execute(async (trx) => {
        const r = await work(trx);
        if (r.audit) await audit.appendAudit(trx, ctx, r.audit);
        return [r.result, r.catalog && r.audit ? await bumpCatalogVersion(trx) : null] as const;
      });
      if (v !== null) seen(v);
      return result;
    });
  /** A write whose slug or id another writer may take at the same moment: `taken` instead of a conflict error. */
  const claiming = async <R>(attempt: () => Promise<VersionedWrite<R>>, retry = false): Promise<VersionedWrite<R>> => {
    for (let i = 1; ; i++) {
      try {
        return await attempt();
      } catch (error) {
        if (!(error instanceof StorageConflictError)) throw error;
        if (!retry || i >= SLUG_ATTEMPTS) return { outcome: 'taken' };
      }
    }
  };

  // The catalog version changes with every write; between writes, a scheduled article becoming public changes what
  // public lists hold with no write at all. The token adds an epoch that moves each time the next scheduled
  // publication passes, read again from the database whenever the version moves (so in every process).
  let scheduleVersion = -1;
  let nextPublication = Number.POSITIVE_INFINITY;
  let epoch = 0;
  const loadNextPublication = async () => {
    const next = await news.nextScheduledPublication(db, new Date().toISOString());
    nextPublication = next === null ? Number.POSITIVE_INFINITY : Date.parse(next);
  };

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
        if (scheduleVersion !== version) {
          scheduleVersion = version;
          await loadNextPublication();
        } else if (Date.now() >= nextPublication) {
          epoch++;
          await loadNextPublication();
        }
        return `${version}.${epoch}`;
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
    findPublicGroup: (idOrSlug) => guarded(() => groups.findPublicGroup(db, idOrSlug)),
    listNews: (filter) => guarded(() => news.listNews(db, dialect, filter)),
    findPublicNews: (idOrSlug, now) =>
      guarded(() => news.findPublicNews(db, idOrSlug, now ?? new Date().toISOString())),
    nextScheduledPublication: (now) => guarded(() => news.nextScheduledPublication(db, now)),

    listAdminGroups: (filter) => guarded(() => groupAdmin.listAdminGroups(db, dialect, filter)),
    getAdminGroup: (id) => guarded(() => groupAdmin.getAdminGroup(db, id)),
    createGroup: (ctx, input) =>
      claiming(() =>
        auditedWrite(ctx, async (trx) => ({ ...(await groupAdmin.createGroup(trx, ctx, input)), catalog: true })),
      ),
    updateGroup: (ctx, id, version, patch) =>
      claiming(() =>
        auditedWrite(ctx, async (trx) => ({
          ...(await groupAdmin.updateGroup(trx, ctx, id, version, patch)),
          catalog: true,
        })),
      ),
    setGroupArchived: (ctx, id, version, archived) =>
      auditedWrite(ctx, async (trx) => ({
        ...(await groupAdmin.setGroupArchived(trx, ctx, id, version, archived)),
        catalog: true,
      })),

    getAgency: (id) => guarded(() => agencies.getAgency(db, id)),
    listAgencies: (filter) => guarded(() => agencies.listAgencies(db, filter)),
    createAgency: (ctx, input) =>
      claiming(() =>
        auditedWrite(ctx, async (trx) => ({ ...(await agencies.createAgency(trx, ctx, input)), catalog: false })),
      ),
    updateAgency: (ctx, id, version, patch) =>
      claiming(() =>
        auditedWrite(ctx, async (trx) => ({
          ...(await agencies.updateAgency(trx, ctx, id, version, patch)),
          catalog: false,
        })),
      ),
    setAgencyArchived: (ctx, id, version, archived) =>
      auditedWrite(ctx, async (trx) => ({
        ...(await agencies.setAgencyArchived(trx, ctx, id, version, archived)),
        catalog: false,
      })),
    listAdminCategories: () => guarded(() => categoryAdmin.listAdminCategories(db)),
    getAdminCategory: (id) => guarded(() => categoryAdmin.getAdminCategory(db, id)),
    createCategory: (ctx, input) =>
      claiming(() =>
        auditedWrite(ctx, async (trx) => ({ ...(await categoryAdmin.createCategory(trx, ctx, input)), catalog: true })),
      ),
    updateCategory: (ctx, id, version, patch) =>
      auditedWrite(ctx, async (trx) => ({
        ...(await categoryAdmin.updateCategory(trx, ctx, id, version, patch)),
        catalog: true,
      })),
    orderCategories: (ctx, ids) =>
      auditedWrite(ctx, async (trx) => ({ ...(await categoryAdmin.orderCategories(trx, ids)), catalog: true })),
    setCategoryRetired: (ctx, id, version, retired) =>
      auditedWrite(ctx, async (trx) => ({
        ...(await categoryAdmin.setCategoryRetired(trx, ctx, id, version, retired)),
        catalog: true,
      })),

    listAdminNews: (filter) => guarded(() => newsAdmin.listAdminNews(db, filter)),
    getAdminNews: (id, now) => guarded(() => newsAdmin.getAdminNews(db, id, now)),
    async createNews(ctx, draft) {
      const created = await claiming(
        () =>
          auditedWrite(ctx, async (trx) => {
            const done = await newsAdmin.createNews(trx, ctx, draft);
            return { ...done, catalog: done.publicFacing };
          }),
        true,
      );
      if (created.outcome !== 'written') throw new StorageConflictError('No free slug for the article');
      return created.record;
    },
    updateNews: (ctx, id, version, patch) =>
      claiming(
        () =>
          auditedWrite(ctx, async (trx) => {
            const done = await newsAdmin.updateNews(trx, dialect, ctx, id, version, patch);
            return { ...done, catalog: done.publicFacing };
          }),
        true,
      ),
    transitionNews: (ctx, id, version, transition) =>
      auditedWrite(ctx, async (trx) => {
        const done = await newsAdmin.transitionNews(trx, dialect, ctx, id, version, transition);
        return { ...done, catalog: done.publicFacing };
      }),
    deleteNews: (ctx, id, version) =>
      auditedWrite(ctx, async (trx) => {
        const done = await newsAdmin.deleteNews(trx, ctx, id, version);
        return { ...done, catalog: done.publicFacing };
      }),

    createMedia: (ctx, record) =>
      auditedWrite(ctx, async (trx) => ({ ...(await media.createMedia(trx, record)), catalog: false })),
    getMedia: (id) => guarded(() => media.getMedia(db, id)),
    putMediaFiles: (files) => guarded(() => media.putMediaFiles(db, files, new Date().toISOString())),
    getMediaFile: (name) => guarded(() => media.getMediaFile(db, name)),

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
    createUpload: (upload) => write((trx) => attachments.createUpload(trx, upload)),
    getAttachmentFile: (aspirationId, attachmentId) =>
      guarded(() => attachments.getAttachmentFile(db, aspirationId, attachmentId)),
    setAttachmentPublic: (ctx, aspirationId, attachmentId, isPublic) =>
      write((trx) => attachments.setAttachmentPublic(trx, ctx, aspirationId, attachmentId, isPublic, dialect.bool)),
    getAspirationByTrackingCode: (code) => guarded(() => aspirations.getAspirationByTrackingCode(db, code)),
    getFollowUpTarget: (code) => guarded(() => followUps.getFollowUpTarget(db, code)),
    addReporterEntry: (ctx, id, kind, text) => write((trx) => followUps.addReporterEntry(trx, ctx, id, kind, text)),
    rateAspiration: (ctx, id, score, comment) => write((trx) => followUps.rateAspiration(trx, ctx, id, score, comment)),
    reopenAspiration: (ctx, id, reason, deadline) =>
      write((trx) => followUps.reopenAspiration(trx, ctx, id, reason, deadline)),
    askReporter: (ctx, id, question, version) => write((trx) => followUps.askReporter(trx, ctx, id, question, version)),
    listAspirations: (filter) => guarded(() => aspirations.listAspirations(db, filter)),
    aspirationStatsCounts: (filter) => guarded(() => aspirationStats.aspirationStatsCounts(db, filter)),
    aspirationOutcomes: (filter, options) => guarded(() => aspirationStats.aspirationOutcomes(db, filter, options)),
    changeAspirationStatus: (ctx, id, change) =>
      write((trx) => aspirations.changeAspirationStatus(trx, ctx, id, change)),
    recordAgencyResponse: (ctx, id, response) =>
      write((trx) => aspirations.recordAgencyResponse(trx, ctx, id, response)),
    claimOutbox: (claim) => write((trx) => outbox.claimOutbox(trx, dialect, claim)),
    fanOutOutboxEvent: (event, token, at) => write((trx) => outbox.fanOutOutboxEvent(trx, event, token, at)),
    markOutboxSent: (id, token, at) => guarded(() => outbox.markOutboxSent(db, id, token, at)),
    markOutboxAttemptFailed: (id, token, error, retryAt, at) =>
      guarded(() => outbox.markOutboxAttemptFailed(db, id, token, error, retryAt, at)),
    listOutbox: (filter) => guarded(() => outbox.listOutbox(db, filter)),
    createWebhookSubscription: (ctx, subscription) =>
      write((trx) => webhooks.createWebhookSubscription(trx, ctx, subscription, dialect.bool(true))),
    getWebhookSubscription: (id) => guarded(() => webhooks.getWebhookSubscription(db, id)),
    webhookSecret: (id) => guarded(() => webhooks.webhookSecret(db, id)),
    listWebhookSubscriptions: (regions) => guarded(() => webhooks.listWebhookSubscriptions(db, regions)),
    deleteWebhookSubscription: (ctx, id) => write((trx) => webhooks.deleteWebhookSubscription(trx, ctx, id)),
    recordWebhookAttempt: (attempt) => guarded(() => webhooks.recordWebhookAttempt(db, attempt)),
    listWebhookAttempts: (id, limit) => guarded(() => webhooks.listWebhookAttempts(db, id, limit)),
    replayWebhookDelivery: (ctx, subscriptionId, deliveryId) =>
      write((trx) => webhooks.replayWebhookDelivery(trx, ctx, subscriptionId, deliveryId)),
    listWebhookSubscriptionPage: (filter) => guarded(() => webhookAdmin.listWebhookSubscriptionPage(db, filter)),
    updateWebhookSubscription: (ctx, id, version, patch) =>
      write((trx) => webhookAdmin.updateWebhookSubscription(trx, ctx, id, version, patch, dialect.bool)),
    rotateWebhookSecret: (ctx, id, version, secret) =>
      write((trx) => webhookAdmin.rotateWebhookSecret(trx, ctx, id, version, secret)),
    enqueueOverdueNotices: (now, limit) => guarded(() => enqueueOverdueNotices(db, now, limit)),
    listWebhookAttemptPage: (id, limit, beforeSeq) =>
      guarded(() => webhookAdmin.listWebhookAttemptPage(db, id, limit, beforeSeq)),

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
    putCategories: (rows) => catalogWrite((trx) => categories.putCategories(trx, rows, new Date().toISOString())),
    putGroups: (rows) => catalogWrite((trx) => groups.putGroups(trx, rows)),
    putNews: (rows) => catalogWrite((trx) => news.putNews(trx, dialect, rows)),
    clearContent: () =>
      catalogWrite(async (trx) => {
        await trx.deleteFrom('idempotency_keys').execute();
        await trx.deleteFrom('information_objections').execute();
        await trx.deleteFrom('information_requests').execute();
        await trx.deleteFrom('aspiration_history').execute();
        await trx.deleteFrom('aspirations').execute();
        await trx.deleteFrom('news').execute();
        await trx.deleteFrom('group_focus').execute();
        await trx.deleteFrom('group_slugs').execute();
        await trx.deleteFrom('groups').execute();
      }),

    informationRequests: createInformationRequestStore(db, guarded, write),

    close: () => dialect.close(),
  };
}
