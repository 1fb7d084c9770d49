// The lists the console's home page counts (aspirations by status, articles by status) on top of the auth fake, for
// the shell's tests and stories: each list answers one page of its records (up to `limit`, with a cursor when more
// are left), only to a signed-in session; a path can be made to fail, or every answer held (the loading state).
import type { AspirationAdminView, Me, NewsAdminView } from '@kim-kit/sdk';
import { createFakeAuthApi, FAKE_CONSOLE_BASE, type FakeAuthApi } from './fake-auth-api.js';

const PASSWORD = 'kalimat sandi yang panjang';
const AT = '2026-11-27T08:00:00.000Z';
const GROUP = { id: 'grp_bacang', slug: 'kim-bacang', name: 'KIM Bacang', regionCode: '19.71.01.1006' };

/** A Dinas official who sees every count (aspirations, the review queue, their own drafts). */
export const OFFICIAL_ME: Me = {
  id: 'usr_dinas_2',
  email: 'siti@pangkalpinangkota.go.id',
  name: 'Siti Rahma',
  memberships: [{ role: 'dinas', region: { code: '19.71', name: 'Kota Pangkal Pinang' } }],
  capabilities: ['news.write', 'news.review', 'aspirations.read', 'aspirations.triage'],
} as unknown as Me;

/** A KIM operator: aspirations and their own drafts, no review queue. */
export const OPERATOR_HOME_ME: Me = {
  id: 'usr_kim_2',
  email: 'dewi@kim-bacang.id',
  name: 'Dewi Lestari',
  memberships: [{ role: 'kim', group: GROUP }],
  capabilities: ['news.write', 'groups.edit', 'aspirations.read'],
} as unknown as Me;

export interface FakeHomeApi extends FakeAuthApi {
  aspirations: AspirationAdminView[];
  news: NewsAdminView[];
  /** Paths (`/v1/admin/news`, `/v1/admin/aspirations`) that answer with this status (0: the network fails). */
  failing: Map<string, number>;
  /** Every list answer waits for this promise while set. */
  hold: Promise<void> | undefined;
}

export function aspiration(n: number, status: AspirationAdminView['status'] = 'received'): AspirationAdminView {
  return {
    id: `asp_${n}`,
    trackingCode: `7K3M9QX${String(n % 1000).padStart(3, '0')}`,
    kind: 'complaint',
    status,
    title: `Lampu jalan padam ${n}`,
    body: 'Lampu jalan padam sejak seminggu.',
    category: { id: 'infrastruktur', name: 'Infrastruktur' },
    regionCode: '19.71.01.1006',
    anonymous: true,
    confidential: false,
    reporter: null,
    personalDataHidden: true,
    submittedAt: AT,
    updatedAt: AT,
    agency: null,
    dueStage: 'response',
    dueAt: null,
    overdue: false,
    history: [
      { kind: 'status', status: 'received', at: AT, agency: null, note: null, internalNote: null, actor: null },
    ],
    version: 1,
  };
}

export function article(n: number, status: NewsAdminView['status'], author: Me | null): NewsAdminView {
  return {
    id: `news_${n}`,
    slug: `berita-${n}`,
    status,
    title: `Berita ${n}`,
    summary: 'Ringkasan.',
    summarySource: 'derived',
    body: '<p>Isi.</p>',
    image: null,
    group: GROUP,
    regionCode: GROUP.regionCode,
    category: { id: 'kesehatan', name: 'Kesehatan' },
    tags: [],
    readingMinutes: 1,
    author: author ? { id: author.id, name: author.name } : null,
    createdAt: AT,
    updatedAt: AT,
    submittedAt: null,
    publishedAt: null,
    reviewNote: null,
    url: `${FAKE_CONSOLE_BASE}/berita/berita-${n}`,
    version: 1,
  };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: {
      'content-type': status >= 400 ? 'application/problem+json' : 'application/json',
      'kim-api-version': '1',
    },
  });

/** One page of `items`: `cursor` is the offset, as text. */
function page<T>(items: T[], url: URL) {
  const limit = Number(url.searchParams.get('limit') ?? 20);
  const offset = Number(url.searchParams.get('cursor') ?? 0);
  const data = items.slice(offset, offset + limit);
  return json(200, { data, nextCursor: offset + limit < items.length ? String(offset + limit) : null });
}

/**
 * The fake, with `OFFICIAL_ME` and `OPERATOR_HOME_ME` able to sign in (password `kalimat sandi yang panjang`), three
 * aspirations waiting, two articles submitted and, for the official, one draft and one returned article of theirs
 * beside someone else's draft.
 */
export function createFakeHomeApi(): FakeHomeApi {
  const auth = createFakeAuthApi();
  const authFetch = auth.fetch;
  auth.accounts.push(
    { email: OFFICIAL_ME.email, password: PASSWORD, me: OFFICIAL_ME },
    { email: OPERATOR_HOME_ME.email, password: PASSWORD, me: OPERATOR_HOME_ME },
  );
  const api: FakeHomeApi = Object.assign(auth, {
    aspirations: [aspiration(1), aspiration(2), aspiration(3), aspiration(4, 'verified')],
    news: [
      article(1, 'submitted', OPERATOR_HOME_ME),
      article(2, 'submitted', OPERATOR_HOME_ME),
      article(3, 'draft', OFFICIAL_ME),
      article(4, 'returned', OFFICIAL_ME),
      article(5, 'draft', OPERATOR_HOME_ME),
      article(6, 'published', OFFICIAL_ME),
    ],
    failing: new Map<string, number>(),
    hold: undefined as Promise<void> | undefined,
    fetch: async (request: Request): Promise<Response> => {
      const url = new URL(request.url);
      const lists: Record<string, () => { status?: string }[]> = {
        '/v1/admin/aspirations': () => api.aspirations,
        '/v1/admin/news': () => api.news,
      };
      const list = lists[url.pathname];
      if (!list || request.method !== 'GET') return authFetch(request);
      api.requests.push(request.clone());
      const bearer = request.headers.get('authorization')?.replace(/^Bearer /, '');
      if (api.hold) await api.hold;
      if (!bearer || !api.sessions.has(bearer)) {
        return json(401, { type: 'about:blank', title: 'Unauthorized', status: 401, code: 'unauthenticated' });
      }
      const failure = api.failing.get(url.pathname);
      if (failure === 0) throw new TypeError('Failed to fetch');
      if (failure) return json(failure, { type: 'about:blank', title: 'Failure', status: failure, code: 'failure' });
      const status = url.searchParams.get('status');
      return page(
        list().filter((item) => !status || item.status === status),
        url,
      );
    },
  });
  return api;
}
