import type { RequestOptions, WriteOptions } from '../options.js';
import type { ListPromise } from '../pagination.js';
import type { Send } from '../request.js';
import {
  NewsAdminView,
  type NewsInput,
  type NewsNoteInput,
  type NewsStatus,
  type NewsUpdate,
} from '../schemas/news-admin.js';
import { NoContent, pagedList, recordWrite } from './admin-calls.js';

/** Filters of `admin.news.list`. */
export interface AdminNewsListParams {
  /**
   * Only articles in this status; `submitted` is the review queue.
   * @example 'submitted'
   */
  status?: NewsStatus | undefined;
  /** Only articles of this group (its id). */
  group?: string | undefined;
  /**
   * Region code prefix.
   * @example '19.71'
   */
  region?: string | undefined;
  /** Only articles of this category (its id). */
  category?: string | undefined;
  /** Full-text search in titles, summaries and bodies. */
  q?: string | undefined;
  /**
   * Page size, 1 to 100.
   * @default 20
   */
  limit?: number | undefined;
  /** Start at this page (a `nextCursor` from an earlier page). */
  cursor?: string | undefined;
}

/** When to publish. */
export interface NewsPublishParams {
  /**
   * Publish at this time (the article is `scheduled` until then); absent, `null` or past: now.
   * @default null (now)
   * @example { publishAt: new Date('2026-12-01T08:00:00+07:00') }
   */
  publishAt?: string | Date | null | undefined;
}

/** Options of `admin.news.delete`. */
export interface DeleteOptions extends RequestOptions {
  /** Delete only if the article is still at this version (sent as `If-Match`). */
  version?: number | undefined;
}

/**
 * Writing and publishing news, the work a KIM exists for: an operator drafts, edits and submits; a Dinas official
 * publishes now or at a set time, sends back with a note, unpublishes or corrects. Each step takes the article's
 * `version`, and a stale one rejects with `KimPreconditionFailedError` whose `current` is the article as it is now.
 */
export interface AdminNewsResource {
  /**
   * Lists articles in any status, newest first; operators see their own groups' only.
   * @example const queue = await kim.admin.news.list({ status: 'submitted', region: '19.71' });
   */
  list(params?: AdminNewsListParams, options?: RequestOptions): ListPromise<NewsAdminView>;
  /**
   * Gets one article by id, with its sanitized body, review note and `version`.
   * @example const article = await kim.admin.news.get('news_1');
   */
  get(id: string, options?: RequestOptions): Promise<NewsAdminView>;
  /**
   * Creates a draft. The server keeps only the HTML its allow-list permits, derives the summary when none is given,
   * and makes a unique slug from the title.
   * @example
   * const draft = await kim.admin.news.create({
   *   groupId: 'grp_1',
   *   categoryId: 'kesehatan',
   *   title: 'Posyandu Bacang bulan Desember',
   *   body: '<p>Posyandu balita dibuka pukul 08.00 WIB di balai kelurahan.</p>',
   *   image: { mediaId: media.id, alt: 'Kader posyandu menimbang balita' },
   * });
   */
  create(input: NewsInput, options?: RequestOptions): Promise<NewsAdminView>;
  /**
   * Changes an article; absent fields stay. Operators edit drafts and returned articles; officials any (a change
   * to a published article is a correction: `publishedAt` stays, `updatedAt` moves).
   * @example article = await kim.admin.news.update(article.id, { title }, { version: article.version });
   */
  update(id: string, patch: NewsUpdate, options: WriteOptions): Promise<NewsAdminView>;
  /**
   * Submits a draft (or a returned or unpublished article) for review.
   * @example article = await kim.admin.news.submit(article.id, { version: article.version });
   */
  submit(id: string, options: WriteOptions): Promise<NewsAdminView>;
  /**
   * Publishes now, or at `publishAt` (then `scheduled`; it becomes public at that time with no further call).
   * @example article = await kim.admin.news.publish(article.id, {}, { version: article.version });
   */
  publish(id: string, params: NewsPublishParams, options: WriteOptions): Promise<NewsAdminView>;
  /**
   * Sends a submitted (or scheduled) article back to its authors with a note saying what to change.
   * @example await kim.admin.news.return(id, { note: 'Mohon lengkapi jadwal kegiatan.' }, { version });
   */
  return(id: string, input: NewsNoteInput, options: WriteOptions): Promise<NewsAdminView>;
  /**
   * Takes a published (or scheduled) article down, with a note; its URL answers 410 Gone.
   * @example await kim.admin.news.unpublish(id, { note: 'Informasi jadwal sudah tidak berlaku.' }, { version });
   */
  unpublish(id: string, input: NewsNoteInput, options: WriteOptions): Promise<NewsAdminView>;
  /**
   * Deletes an article (softly: its public URL answers 410 Gone). Operators delete their drafts and returned
   * articles; officials any. With `version`, only if nobody changed it since.
   * @example await kim.admin.news.delete(article.id, { version: article.version });
   */
  delete(id: string, options?: DeleteOptions): Promise<void>;
}

export function adminNewsResource(send: Send): AdminNewsResource {
  const path = ['v1', 'admin', 'news'];
  const step = (id: string, action: string, options: WriteOptions, input?: unknown) =>
    send(recordWrite(NewsAdminView, 'POST', [...path, id, action], options, input), options);
  return Object.freeze({
    list: (params = {}, options) => pagedList(send, path, NewsAdminView, { ...params }, options),
    get: (id, options) => send({ method: 'GET', path: [...path, id], schema: NewsAdminView, auth: true }, options),
    create: (input, options) => send({ method: 'POST', path, json: input, schema: NewsAdminView, auth: true }, options),
    update: (id, patch, options) => send(recordWrite(NewsAdminView, 'PATCH', [...path, id], options, patch), options),
    submit: (id, options) => step(id, 'submit', options),
    publish: (id, { publishAt } = {}, options) =>
      step(id, 'publish', options, { publishAt: publishAt instanceof Date ? publishAt.toISOString() : publishAt }),
    return: (id, input, options) => step(id, 'return', options, input),
    unpublish: (id, input, options) => step(id, 'unpublish', options, input),
    delete: (id, options) =>
      send(
        {
          method: 'DELETE',
          path: [...path, id],
          ...(options?.version === undefined ? {} : { version: options.version, current: NewsAdminView }),
          schema: NoContent,
          auth: true,
        },
        options,
      ),
  } satisfies AdminNewsResource);
}
