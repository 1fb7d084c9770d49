// The news part of the KIM API as a `fetch`, for <kim-news-editor>'s browser tests and stories, on top of the fake
// auth API: categories, one operator's group, articles with versions (a stale `If-Match` gets 412 with `current`),
// submit, and media uploads. Switches make it go offline (every call fails like a dropped connection), hold uploads
// (to see the progress bar), or change an article behind the editor's back (a second editor). Answers follow
// api-12.md and the SDK's schemas.
import type { CategoryAdminView, Me, Media, NewsAdminView } from '@kim-kit/sdk';
import { createFakeAuthApi, FAKE_CONSOLE_BASE, type FakeAuthApi } from './fake-auth-api.js';

export const OPERATOR_PASSWORD = 'kalimat sandi operator';

export const OPERATOR_ME: Me = {
  id: 'usr_kim_2',
  email: 'operator.bacang@kim.test',
  name: 'Dewi Lestari',
  memberships: [
    {
      role: 'kim',
      group: { id: 'grp_0002', slug: 'kim-bacang-berseri', name: 'KIM Bacang Berseri', regionCode: '19.71.04.1001' },
    },
  ],
  capabilities: ['news.write', 'groups.edit', 'media.upload'],
} as unknown as Me;

const at = '2026-11-30T02:00:00.000Z';

export const FAKE_CATEGORIES: CategoryAdminView[] = [
  ['kesehatan', 'Kesehatan'],
  ['pendidikan', 'Pendidikan'],
  ['infrastruktur', 'Infrastruktur'],
].map(([id, name], position) => ({
  id: id!,
  name: name!,
  description: null,
  scopes: ['news', 'aspiration'],
  position,
  retiredAt: null,
  usage: { news: 0, aspirations: 0 },
  createdAt: at,
  updatedAt: at,
  version: 1,
})) as CategoryAdminView[];

/** A small PNG (a 1x1 pixel), for uploads. */
export const TINY_PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

/** Where the fake's uploaded images live (the editor shows a just-chosen file from a blob: URL instead). */
export const FAKE_IMAGE_URL = `${FAKE_CONSOLE_BASE}/media/med-640.jpg`;

export function fakeArticle(overrides: Partial<NewsAdminView> = {}): NewsAdminView {
  const group = (OPERATOR_ME.memberships[0] as { group: NewsAdminView['group'] }).group;
  return {
    id: 'news_1',
    slug: 'posyandu-bacang-desember',
    status: 'draft',
    title: 'Posyandu Bacang bulan Desember',
    summary: 'Posyandu balita dibuka pukul 08.00 WIB.',
    summarySource: 'derived',
    body: '<p>Posyandu balita dibuka pukul 08.00 WIB di balai kelurahan.</p>',
    image: null,
    group,
    regionCode: group.regionCode,
    category: { id: 'kesehatan', name: 'Kesehatan' },
    tags: [],
    readingMinutes: 1,
    author: { id: OPERATOR_ME.id, name: OPERATOR_ME.name },
    createdAt: at,
    updatedAt: at,
    submittedAt: null,
    publishedAt: null,
    reviewNote: null,
    url: 'https://kim.test/berita/posyandu-bacang-desember',
    version: 1,
    ...overrides,
  };
}

export interface FakeNewsApi extends FakeAuthApi {
  articles: Map<string, NewsAdminView>;
  /** Every call fails as if the connection dropped. */
  offline: boolean;
  /** Uploads wait until this resolves (to see the progress bar). */
  holdUploads: Promise<void> | undefined;
  uploads: number;
  /** Signs in the operator: a session for stories and tests that start signed in. */
  operatorSecret(): string;
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: {
      'content-type': status >= 400 ? 'application/problem+json' : 'application/json',
      'kim-api-version': '1',
    },
  });

const problem = (status: number, code: string, title: string, extra: Record<string, unknown> = {}) =>
  json(status, { type: `https://kim-kit.dev/problems/${code}`, title, status, code, ...extra });

export function createFakeNewsApi(base = FAKE_CONSOLE_BASE): FakeNewsApi {
  const auth = createFakeAuthApi(base);
  auth.accounts.push({ email: OPERATOR_ME.email, password: OPERATOR_PASSWORD, me: OPERATOR_ME });
  let created = 1;
  const api: FakeNewsApi = Object.assign(auth, {
    articles: new Map<string, NewsAdminView>(),
    offline: false,
    holdUploads: undefined as Promise<void> | undefined,
    uploads: 0,
    operatorSecret: () => {
      const secret = `kims_operator${'y'.repeat(40)}`;
      auth.sessions.set(secret, OPERATOR_ME);
      return secret;
    },
  });
  const authFetch = auth.fetch;
  api.fetch = async (request) => {
    if (api.offline) {
      api.requests.push(request.clone());
      throw new TypeError('Failed to fetch');
    }
    const url = new URL(request.url);
    const path = url.pathname;
    if (!path.startsWith('/v1/admin/')) return authFetch(request);
    api.requests.push(request.clone());
    const bearer = request.headers.get('authorization')?.replace(/^Bearer /, '');
    const me = bearer ? api.sessions.get(bearer) : undefined;
    if (!me) return problem(401, 'unauthenticated', 'Unauthorized');
    const method = request.method;
    if (path === '/v1/admin/categories' && method === 'GET') return json(200, FAKE_CATEGORIES);
    if (path === '/v1/admin/groups' && method === 'GET') {
      return json(200, { data: [], nextCursor: null });
    }
    if (path === '/v1/admin/media' && method === 'POST') {
      await request.arrayBuffer();
      if (api.holdUploads) await api.holdUploads;
      api.uploads++;
      const media: Media = {
        id: `med_${api.uploads}`,
        url: FAKE_IMAGE_URL,
        width: 640,
        height: 480,
        variants: [],
        createdAt: at,
      } as unknown as Media;
      return json(201, media);
    }
    const match = path.match(/^\/v1\/admin\/news(?:\/([^/]+))?(?:\/(submit))?$/);
    if (!match) return problem(404, 'not_found', 'Not Found');
    const [, id, action] = match;
    if (!id) {
      if (method === 'GET') return json(200, { data: [...api.articles.values()], nextCursor: null });
      if (method === 'POST') {
        const input = (await request.json()) as Record<string, unknown>;
        const article = fakeArticle({
          id: `news_new_${created++}`,
          title: String(input.title),
          body: String(input.body),
          summary: (input.summary as string | null) ?? 'Ringkasan',
          summarySource: input.summary ? 'author' : 'derived',
          category: { id: String(input.categoryId), name: String(input.categoryId) },
          image: imageOf(input.image),
        });
        api.articles.set(article.id, article);
        return json(201, article);
      }
    }
    const article = id ? api.articles.get(id) : undefined;
    if (!article) return problem(404, 'not_found', 'Not Found');
    if (method === 'GET' && !action) return json(200, article);
    if (request.headers.get('if-match') !== `"${article.version}"`) {
      return problem(412, 'precondition_failed', 'Precondition Failed', { current: article });
    }
    let next: NewsAdminView;
    if (action === 'submit' && method === 'POST') {
      next = { ...article, status: 'submitted', submittedAt: at };
    } else if (!action && method === 'PATCH') {
      const patch = (await request.json()) as Record<string, unknown>;
      if (typeof patch.title === 'string' && patch.title.includes('TOLAK')) {
        return problem(422, 'validation_failed', 'Unprocessable Content', {
          errors: [{ path: 'title', code: 'invalid', message: 'Judul tidak boleh berisi kata itu.' }],
        });
      }
      next = {
        ...article,
        ...(typeof patch.title === 'string' ? { title: patch.title } : {}),
        ...(typeof patch.body === 'string' ? { body: patch.body } : {}),
        ...(patch.summary !== undefined
          ? {
              summary: (patch.summary as string | null) ?? article.summary,
              summarySource: patch.summary ? 'author' : 'derived',
            }
          : {}),
        ...(typeof patch.categoryId === 'string' ? { category: { id: patch.categoryId, name: patch.categoryId } } : {}),
        ...(patch.image !== undefined ? { image: imageOf(patch.image) } : {}),
      } as NewsAdminView;
    } else {
      return problem(405, 'method_not_allowed', 'Method Not Allowed');
    }
    next = { ...next, version: article.version + 1, updatedAt: new Date().toISOString() };
    api.articles.set(next.id, next);
    return json(200, next);
  };
  return api;
}

function imageOf(input: unknown): NewsAdminView['image'] {
  const image = input as { mediaId: string; alt: string } | null | undefined;
  if (!image) return null;
  return { mediaId: image.mediaId, alt: image.alt, url: FAKE_IMAGE_URL, width: 640, height: 480 };
}
