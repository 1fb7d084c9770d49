// The publishing workflow: /v1/admin/news. Operators write drafts and submit them; officials publish (now or at
// `publishAt`), send back with a note, unpublish and correct. Every change needs If-Match; every write is audited.
import {
  AdminNewsListQuery,
  DEFAULT_PAGE_SIZE,
  NewsInput,
  NewsNoteInput,
  NewsPublishInput,
  NewsUpdate,
} from '@kim-kit/sdk/schemas';
import type { Context, Hono } from 'hono';
import { deriveSummary, readingMinutes } from '../content/article-text.js';
import { sanitizeArticleHtml } from '../content/sanitize-article.js';
import type { AppEnv } from '../http/app-env.js';
import { authorize, notFound, requirePrincipal, writeContext } from '../http/authorize.js';
import { decodeCursor } from '../http/cursor.js';
import { requiredVersion, staleVersion, versionTag } from '../http/if-match.js';
import { NO_STORE, sendJson } from '../http/json-response.js';
import { HttpProblem } from '../http/problem.js';
import { readBody } from '../http/read-body.js';
import { readJson } from '../http/read-json.js';
import { parseQuery, parseWith } from '../http/validate.js';
import { newId } from '../ids.js';
import type { NewsTarget } from '../policy/actions.js';
import { contentScope } from '../policy/content-scope.js';
import { can } from '../policy/policy.js';
import { presentNewsAdmin } from '../present/news-admin.js';
import type { MediaRecord, NewsAdminRecord, NewsPatch, NewsTransition, VersionedWrite } from '../storage/storage.js';
import { pageOf } from './page-of.js';
import type { RouteDeps } from './route-deps.js';

/** An article's HTML may be 200,000 characters (NEWS_LIMITS.body), up to 4 bytes each in UTF-8, plus JSON escapes. */
export const NEWS_BODY_LIMIT = 1024 * 1024;

const ARTICLE = { id: 'berita', en: 'news article' };

const invalid = (path: string, message: { id: string; en: string }) =>
  new HttpProblem(422, 'validation_failed', {
    detail: { id: 'Isian berita tidak valid', en: 'The article is not valid' },
    errors: (lang) => [{ path, message: message[lang] }],
  });

const target = (n: NewsAdminRecord): NewsTarget => ({
  groupId: n.group.id,
  regionCode: n.regionCode,
  authorId: n.authorId ?? '',
  state: n.status,
});

/** The stored, sanitized body with what follows from it; 422 when nothing readable is left. */
function composeBody(raw: string, base: string) {
  const body = sanitizeArticleHtml(raw, { publicUrl: base });
  const derived = deriveSummary(body);
  if (derived === '' && !/<img\s/.test(body)) {
    throw invalid('body', {
      id: 'Isi berita kosong setelah dibersihkan dari unsur yang tidak diizinkan',
      en: 'The body is empty once what is not allowed is removed',
    });
  }
  return { body, derived, readingMinutes: readingMinutes(body) };
}

export function adminNewsRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  const base = (c: Context<AppEnv>) => deps.publicUrl(c);
  const send = (c: Context<AppEnv>, record: NewsAdminRecord, status: 200 | 201 = 200) =>
    sendJson(c, presentNewsAdmin(record, base(c)), NO_STORE, status, { ETag: versionTag(record.version) });

  /** An article the person may know of, or 404 (the same 404 as a missing one). */
  async function visible(c: Context<AppEnv>): Promise<NewsAdminRecord> {
    const principal = requirePrincipal(c);
    const record = await deps.storage.getAdminNews(c.req.param('id') ?? '');
    if (!record || !can(principal, 'news.create_draft', { groupId: record.group.id, regionCode: record.regionCode })) {
      throw notFound(ARTICLE);
    }
    return record;
  }

  /** Answers a versioned write: the new record, 412 with the current one, 409 for a step its status forbids. */
  function answer(c: Context<AppEnv>, result: VersionedWrite<NewsAdminRecord>, version: number): Response {
    switch (result.outcome) {
      case 'written':
        return send(c, result.record);
      case 'not_found':
        throw notFound(ARTICLE);
      case 'stale':
        throw staleVersion(presentNewsAdmin(result.current, base(c)), result.current.version);
      case 'invalid_transition':
        throw new HttpProblem(409, 'invalid_transition', {
          detail: {
            id: `Langkah ini tidak dapat dilakukan pada berita berstatus ${result.current.status}`,
            en: `This step cannot be taken on an article that is ${result.current.status}`,
          },
        });
      case 'taken':
        throw new HttpProblem(409, 'conflict', { detail: `No free slug at version ${version}` });
    }
  }

  async function mediaFor(mediaId: string): Promise<MediaRecord> {
    const media = await deps.storage.getMedia(mediaId);
    if (!media) throw invalid('image.mediaId', { id: 'Gambar ini tidak ada', en: 'No uploaded image with this id' });
    return media;
  }

  async function newsCategory(id: string, path: string): Promise<void> {
    const category = await deps.storage.getCategory(id);
    if (!category || category.retiredAt !== null || !category.scopes.includes('news')) {
      throw invalid(path, {
        id: 'Kategori ini tidak ada atau tidak dipakai untuk berita',
        en: 'No active news category with this id',
      });
    }
  }

  app.get('/v1/admin/news', async (c) => {
    const principal = requirePrincipal(c);
    const query = parseQuery(AdminNewsListQuery, c.req.url);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await deps.storage.listAdminNews({
      scope: contentScope(principal),
      status: query.status,
      groupId: query.group,
      region: query.region,
      category: query.category,
      q: query.q,
      limit: limit + 1,
      after: query.cursor === undefined ? undefined : decodeCursor('admin-news', query.cursor),
    });
    const page = pageOf(
      rows,
      limit,
      'admin-news',
      (n) => ({ value: n.updatedAt, id: n.id }),
      (n) => presentNewsAdmin(n, base(c)),
    );
    return sendJson(c, page, NO_STORE);
  });

  app.post('/v1/admin/news', async (c) => {
    requirePrincipal(c);
    const input = parseWith(NewsInput, await readJson(c, NEWS_BODY_LIMIT), {
      status: 422,
      detail: { id: 'Isian berita tidak valid', en: 'The article is not valid' },
    });
    const group = await deps.storage.getAdminGroup(input.groupId);
    if (!group || group.archivedAt !== null) {
      throw invalid('groupId', {
        id: 'KIM ini tidak ada atau telah diarsipkan',
        en: 'No active KIM group with this id',
      });
    }
    const principal = authorize(c, 'news.create_draft', { groupId: group.id, regionCode: group.regionCode });
    await newsCategory(input.categoryId, 'categoryId');
    const content = composeBody(input.body, base(c));
    const summary = input.summary ? input.summary : null;
    const image = input.image ? { media: await mediaFor(input.image.mediaId), alt: input.image.alt } : null;
    const record = await deps.storage.createNews(writeContext(c), {
      id: newId('nws'),
      groupId: group.id,
      regionCode: group.regionCode,
      categoryId: input.categoryId,
      title: input.title,
      body: content.body,
      summary: summary ?? content.derived,
      summarySource: summary ? 'author' : 'derived',
      readingMinutes: content.readingMinutes,
      tags: input.tags ?? [],
      image,
      authorId: principal.userId === 'bootstrap' ? null : principal.userId,
    });
    return send(c, record, 201);
  });

  app.get('/v1/admin/news/:id', async (c) => send(c, await visible(c)));

  app.patch('/v1/admin/news/:id', async (c) => {
    const current = await visible(c);
    const version = requiredVersion(c);
    authorize(
      c,
      current.status === 'draft' || current.status === 'returned' ? 'news.edit_draft' : 'news.correct',
      target(current),
      ARTICLE,
    );
    const update = parseWith(NewsUpdate, await readJson(c, NEWS_BODY_LIMIT), {
      status: 422,
      detail: { id: 'Perubahan berita tidak valid', en: 'The change to the article is not valid' },
    });
    const patch: NewsPatch = {};
    if (update.categoryId !== undefined) {
      if (update.categoryId !== current.category.id) await newsCategory(update.categoryId, 'categoryId');
      patch.categoryId = update.categoryId;
    }
    if (update.title !== undefined) {
      patch.title = update.title;
      patch.reslugFrom = update.title;
    }
    if (update.tags !== undefined) patch.tags = update.tags;
    if (update.image !== undefined) {
      patch.image = update.image ? { media: await mediaFor(update.image.mediaId), alt: update.image.alt } : null;
    }
    const content = update.body !== undefined ? composeBody(update.body, base(c)) : null;
    if (content) {
      patch.body = content.body;
      patch.readingMinutes = content.readingMinutes;
    }
    if (update.summary !== undefined && update.summary !== null && update.summary !== '') {
      patch.summary = update.summary;
      patch.summarySource = 'author';
    } else if (update.summary !== undefined || (content && current.summarySource === 'derived')) {
      // No summary of the author's (any more): derived from the body as it will be.
      patch.summary = content ? content.derived : deriveSummary(current.body);
      patch.summarySource = 'derived';
    }
    const result = await deps.storage.updateNews(writeContext(c), current.id, version, patch);
    return answer(c, result, version);
  });

  /** A workflow step: authorized before its body is read (publishing and scheduling have the same rule). */
  const step = (
    path: string,
    action: 'news.submit' | 'news.publish' | 'news.send_back' | 'news.unpublish',
    build: (c: Context<AppEnv>) => Promise<NewsTransition>,
  ) =>
    app.post(`/v1/admin/news/:id/${path}`, async (c) => {
      const current = await visible(c);
      const version = requiredVersion(c);
      authorize(c, action, target(current), ARTICLE);
      const transition = await build(c);
      const result = await deps.storage.transitionNews(writeContext(c), current.id, version, transition);
      return answer(c, result, version);
    });

  /** A JSON body that may be absent altogether (publish now): no Content-Type and no bytes read as `{}`. */
  const optionalJson = async (c: Context<AppEnv>) => {
    if (c.req.header('content-type') !== undefined) return readJson(c, deps.bodyLimit);
    if ((await readBody(c, deps.bodyLimit)).byteLength === 0) return {};
    throw new HttpProblem(415, 'unsupported_media_type', { detail: 'Send the body as application/json' });
  };
  const note = async (c: Context<AppEnv>) =>
    parseWith(NewsNoteInput, await readJson(c, deps.bodyLimit), {
      status: 422,
      detail: { id: 'Sertakan catatan untuk penulis', en: 'Give the author a note' },
    }).note;

  step('submit', 'news.submit', async () => ({ action: 'submit' }));
  step('publish', 'news.publish', async (c) => {
    const input = parseWith(NewsPublishInput, await optionalJson(c), {
      status: 422,
      detail: { id: 'Waktu terbit tidak valid', en: 'The publication time is not valid' },
    });
    return { action: 'publish', publishAt: input.publishAt ?? null };
  });
  step('return', 'news.send_back', async (c) => ({ action: 'return', note: await note(c) }));
  step('unpublish', 'news.unpublish', async (c) => ({ action: 'unpublish', note: await note(c) }));

  app.delete('/v1/admin/news/:id', async (c) => {
    const current = await visible(c);
    const version = requiredVersion(c);
    authorize(c, 'news.delete', target(current), ARTICLE);
    const result = await deps.storage.deleteNews(writeContext(c), current.id, version);
    if (result.outcome === 'written') return c.body(null, 204, { 'Cache-Control': NO_STORE });
    return answer(c, result, version);
  });
}
