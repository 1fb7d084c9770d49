// The admin part of the KIM API as a `fetch`, for the review and group-editor tests and stories: news (list by
// status, get with ETag, publish/schedule/return/unpublish with If-Match, 428 and 412 with `current`), groups (list,
// get, create, update, archive/restore, operators scoped to their own group), media upload and public regions.
// Unknown paths go to the auth fake (sign-in, me), so one session works for everything. Answers follow api-12.md and
// the SDK's schemas (the SDK checks every answer against them).
import type { GroupAdminView, Me, NewsAdminView, Region } from '@kim-kit/sdk';
import { KimSession } from '../shared/session.js';
import { createFakeAuthApi, DINAS_ME, FAKE_CONSOLE_BASE, type FakeAuthApi } from './fake-auth-api.js';

export const OPERATOR_ME: Me = {
  id: 'usr_kim_1',
  email: 'operator@kim-bacang.id',
  name: 'Budi Santoso',
  memberships: [
    {
      role: 'kim',
      group: { id: 'grp_bacang', slug: 'kim-bacang', name: 'KIM Bacang', regionCode: '19.71.01.1006' },
    },
  ],
  capabilities: ['news.write', 'groups.edit'],
} as unknown as Me;

export interface FakeAdminApi extends FakeAuthApi {
  news: NewsAdminView[];
  groups: GroupAdminView[];
  /** Lists and records answer with this status (a problem) while set; 0 = network failure. */
  failWith: number | undefined;
  /** Every answer waits for this promise (stories of the loading state pass one that never resolves). */
  hold: Promise<void> | undefined;
  /** Another official changes the article (its version moves on), so the next write with the old version gets 412. */
  changeBehind(id: string, patch: Partial<NewsAdminView>): void;
}

const BASE = FAKE_CONSOLE_BASE;
const AT = (iso: string) => new Date(iso).toISOString();

const image = (name: string, alt: string) => ({
  url: `https://cdn.example.id/media/${name}-960.jpg`,
  alt,
  width: 960,
  height: 640,
  mediaId: `med_${name}`,
});

function article(n: number, status: NewsAdminView['status'], fields: Partial<NewsAdminView> = {}): NewsAdminView {
  const slug = `berita-${n}`;
  return {
    id: `news_${n}`,
    slug,
    status,
    title: `Berita ${n}`,
    summary: `Ringkasan berita ${n}.`,
    summarySource: 'derived',
    body: `<p>Isi berita ${n}.</p>`,
    image: null,
    group: { id: 'grp_bacang', slug: 'kim-bacang', name: 'KIM Bacang', regionCode: '19.71.01.1006' },
    regionCode: '19.71.01.1006',
    category: { id: 'kesehatan', name: 'Kesehatan' },
    tags: [],
    readingMinutes: 1,
    author: { id: 'usr_kim_1', name: 'Budi Santoso' },
    createdAt: AT('2026-11-20T01:00:00Z'),
    updatedAt: AT('2026-11-20T01:00:00Z'),
    submittedAt: status === 'draft' ? null : AT('2026-11-20T02:00:00Z'),
    publishedAt: null,
    reviewNote: null,
    url: `${BASE}/berita/${slug}`,
    version: 2,
    ...fields,
  };
}

/** The queue (three submitted, the oldest last in the array), one scheduled and two published articles. */
export function sampleNews(): NewsAdminView[] {
  return [
    article(1, 'submitted', {
      title: 'Posyandu Bacang dibuka setiap Selasa',
      summary: 'Posyandu balita dan lansia di balai kelurahan.',
      body: '<p>Posyandu balita dibuka pukul 08.00 WIB di <strong>balai Kelurahan Bacang</strong>.</p><h2>Jadwal</h2><ul><li>Selasa pertama: balita</li><li>Selasa ketiga: lansia</li></ul><p><a href="https://pangkalpinangkota.go.id">Situs Pemkot</a></p>',
      image: image('posyandu', 'Kader posyandu menimbang balita'),
      submittedAt: AT('2026-11-27T03:00:00Z'),
      readingMinutes: 2,
    }),
    article(2, 'submitted', {
      title: 'Kerja bakti membersihkan saluran air',
      group: { id: 'grp_gabek', slug: 'kim-gabek', name: 'KIM Gabek Maju', regionCode: '19.71.04.1001' },
      regionCode: '19.71.04.1001',
      author: { id: 'usr_kim_2', name: 'Siti Aminah' },
      category: { id: 'lingkungan', name: 'Lingkungan' },
      submittedAt: AT('2026-11-26T07:30:00Z'),
    }),
    article(3, 'submitted', {
      title: 'Pelatihan pemasaran daring untuk UMKM',
      category: { id: 'ekonomi', name: 'Ekonomi' },
      submittedAt: AT('2026-11-24T02:15:00Z'),
      // The server keeps only its allow-list; a reader must never run what slipped through anyway.
      body: '<p>Pelatihan diadakan di aula kecamatan.</p><img src="x" onerror="window.__kimHacked=1"><script>window.__kimHacked=1</script>',
    }),
    article(4, 'scheduled', {
      title: 'Festival budaya Kelurahan Bacang',
      publishedAt: AT('2026-12-05T01:00:00Z'),
      version: 3,
    }),
    article(5, 'published', {
      title: 'Pembagian bibit cabai gratis',
      publishedAt: AT('2026-11-18T02:00:00Z'),
      version: 3,
    }),
    article(6, 'published', {
      title: 'Jadwal pelayanan KTP elektronik keliling',
      publishedAt: AT('2026-11-10T02:00:00Z'),
      version: 4,
    }),
  ];
}

export function sampleGroups(): GroupAdminView[] {
  const group = (fields: Partial<GroupAdminView> & Pick<GroupAdminView, 'id' | 'slug' | 'name'>): GroupAdminView => ({
    regionCode: '19.71.01.1006',
    village: { code: '19.71.01.1006', name: 'Bacang' },
    district: { code: '19.71.01', name: 'Bukit Intan' },
    address: 'Jl. Depati Hamzah No. 12',
    decree: { number: '12/KEL-BCG/2024', date: '2024-03-01', issuer: 'Lurah Bacang' },
    foundedOn: '2024-02-10',
    chairName: 'Andi Wijaya',
    memberCount: 12,
    focusAreas: ['umkm', 'digital'],
    contact: { email: 'kim.bacang@example.id', phone: '+62 717 421234', website: null },
    social: [{ network: 'instagram', url: 'https://instagram.com/kimbacang' }],
    logo: null,
    status: 'active',
    updatedAt: AT('2026-11-01T02:00:00Z'),
    secretaryName: 'Rahmat Hidayat',
    treasurerName: null,
    registryNumber: null,
    logoMediaId: null,
    previousSlugs: [],
    archivedAt: null,
    createdAt: AT('2024-03-02T02:00:00Z'),
    version: 3,
    ...fields,
  });
  return [
    group({ id: 'grp_bacang', slug: 'kim-bacang', name: 'KIM Bacang' }),
    group({
      id: 'grp_gabek',
      slug: 'kim-gabek-maju',
      name: 'KIM Gabek Maju',
      regionCode: '19.71.04.1001',
      village: { code: '19.71.04.1001', name: 'Gabek Satu' },
      district: { code: '19.71.04', name: 'Gabek' },
      status: 'inactive',
    }),
    group({
      id: 'grp_lama',
      slug: 'kim-sinar-lama',
      name: 'KIM Sinar Lama',
      archivedAt: AT('2026-06-01T02:00:00Z'),
    }),
  ];
}

const REGIONS: Region[] = [
  { code: '19.71.01', name: 'Bukit Intan', level: 'district', kind: 'kecamatan', parentCode: '19.71' },
  { code: '19.71.04', name: 'Gabek', level: 'district', kind: 'kecamatan', parentCode: '19.71' },
  { code: '19.71.01.1006', name: 'Bacang', level: 'village', kind: 'kelurahan', parentCode: '19.71.01' },
  { code: '19.71.01.1004', name: 'Sinar Bulan', level: 'village', kind: 'kelurahan', parentCode: '19.71.01' },
  { code: '19.71.04.1001', name: 'Gabek Satu', level: 'village', kind: 'kelurahan', parentCode: '19.71.04' },
  { code: '19.71.04.1002', name: 'Gabek Dua', level: 'village', kind: 'kelurahan', parentCode: '19.71.04' },
];

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: {
      'content-type': status >= 400 ? 'application/problem+json' : 'application/json',
      'kim-api-version': '1',
      ...headers,
    },
  });

const problem = (status: number, code: string, extra: Record<string, unknown> = {}) =>
  json(status, { type: `https://kim-kit.dev/problems/${code}`, title: code, status, code, ...extra });

const TRANSITIONS: Record<string, readonly string[]> = {
  publish: ['submitted', 'scheduled', 'unpublished'],
  return: ['submitted', 'scheduled'],
  unpublish: ['published', 'scheduled'],
};

function pageOf<T>(items: T[], url: URL) {
  const limit = Number(url.searchParams.get('limit') ?? 20);
  const start = Number(url.searchParams.get('cursor') ?? 0);
  const data = items.slice(start, start + limit);
  return { data, nextCursor: start + limit < items.length ? String(start + limit) : null };
}

/** A fake of the auth and admin API; `me` of the accounts are the Dinas official and the operator of KIM Bacang. */
export function createFakeAdminApi(): FakeAdminApi {
  const auth = createFakeAuthApi();
  auth.accounts.push({ email: OPERATOR_ME.email, password: 'kalimat sandi yang panjang', me: OPERATOR_ME });
  const api = auth as FakeAdminApi;
  api.news = sampleNews();
  api.groups = sampleGroups();
  api.failWith = undefined;
  api.hold = undefined;
  api.changeBehind = (id, patch) => {
    const index = api.news.findIndex((n) => n.id === id);
    const current = api.news[index]!;
    api.news[index] = { ...current, ...patch, version: current.version + 1, updatedAt: new Date().toISOString() };
  };
  const authFetch = auth.fetch;
  let media = 0;

  api.fetch = async (request) => {
    const url = new URL(request.url);
    const path = url.pathname;
    if (!path.startsWith('/v1/admin/') && !path.startsWith('/v1/regions')) return authFetch(request);
    api.requests.push(request.clone());
    if (api.hold) await api.hold;
    if (api.failWith === 0) throw new TypeError('Failed to fetch');
    if (api.failWith) return problem(api.failWith, api.failWith === 403 ? 'forbidden' : 'internal_error');
    if (path.startsWith('/v1/regions')) {
      const parent = url.searchParams.get('parent');
      return json(200, { data: REGIONS.filter((r) => r.parentCode === parent), nextCursor: null });
    }
    const bearer = request.headers.get('authorization')?.replace(/^Bearer /, '');
    const me = bearer ? api.sessions.get(bearer) : undefined;
    if (!me) return problem(401, 'unauthorized');
    const ownGroups = me.memberships.flatMap((m) => ('group' in m && m.group ? [m.group.id] : []));
    const isOfficial = me.memberships.some((m) => m.role !== 'kim');
    const version = () => Number(request.headers.get('if-match')?.replace(/"/g, '') ?? Number.NaN);
    const body = async () => (await request.json()) as Record<string, unknown>;

    let match = path.match(/^\/v1\/admin\/news(?:\/([^/]+))?(?:\/([a-z]+))?$/);
    if (match) {
      const [, id, action] = match;
      if (!id && request.method === 'GET') {
        const status = url.searchParams.get('status');
        const items = api.news.filter((n) => !status || n.status === status);
        items.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
        return json(200, pageOf(items, url));
      }
      const index = api.news.findIndex((n) => n.id === id);
      const current = api.news[index];
      if (!current) return problem(404, 'not_found');
      if (request.method === 'GET' && !action) return json(200, current, { etag: `"${current.version}"` });
      if (request.method === 'POST' && action && TRANSITIONS[action]) {
        if (!isOfficial) return problem(403, 'forbidden');
        if (Number.isNaN(version())) return problem(428, 'precondition_required');
        if (version() !== current.version) return problem(412, 'precondition_failed', { current });
        if (!TRANSITIONS[action]!.includes(current.status)) return problem(409, 'invalid_transition');
        const input = await body();
        const now = new Date().toISOString();
        let next: NewsAdminView;
        if (action === 'publish') {
          const at = typeof input.publishAt === 'string' ? input.publishAt : null;
          const future = at !== null && Date.parse(at) > Date.now();
          next = { ...current, status: future ? 'scheduled' : 'published', publishedAt: future ? at : now };
        } else {
          const note = String(input.note ?? '').trim();
          if (!note) {
            return problem(422, 'validation_failed', {
              errors: [{ path: 'note', code: 'too_small', message: 'Catatan wajib diisi' }],
            });
          }
          next = {
            ...current,
            status: action === 'return' ? 'returned' : 'unpublished',
            reviewNote: { note, by: { id: me.id, name: me.name }, at: now, action: action as 'return' | 'unpublish' },
          };
        }
        next = { ...next, version: current.version + 1, updatedAt: now };
        api.news[index] = next;
        return json(200, next, { etag: `"${next.version}"` });
      }
      return problem(405, 'method_not_allowed');
    }

    match = path.match(/^\/v1\/admin\/groups(?:\/([^/]+))?(?:\/([a-z]+))?$/);
    if (match) {
      const [, id, action] = match;
      const visible = api.groups.filter((g) => isOfficial || ownGroups.includes(g.id));
      if (!id && request.method === 'GET') {
        const status = url.searchParams.get('status');
        const q = url.searchParams.get('q')?.toLowerCase();
        const items = visible.filter(
          (g) =>
            (status === 'archived' ? g.archivedAt !== null : g.archivedAt === null) &&
            (!q || g.name.toLowerCase().includes(q)),
        );
        return json(200, pageOf(items, url));
      }
      if (!id && request.method === 'POST') {
        if (!isOfficial) return problem(403, 'forbidden');
        const input = await body();
        if (api.groups.some((g) => g.slug === input.slug)) {
          return problem(409, 'conflict', { detail: 'Slug ini sudah dipakai KIM lain.' });
        }
        const village = REGIONS.find((r) => r.code === input.regionCode);
        if (!village) {
          return problem(422, 'validation_failed', {
            errors: [{ path: 'regionCode', code: 'invalid', message: 'Pilih kelurahan atau desa' }],
          });
        }
        const district = REGIONS.find((r) => r.code === village.parentCode)!;
        const created = {
          ...sampleGroups()[0]!,
          address: null,
          decree: null,
          foundedOn: null,
          chairName: null,
          secretaryName: null,
          memberCount: 0,
          focusAreas: [],
          contact: { email: null, phone: null, website: null },
          social: [],
          ...input,
          id: `grp_${api.groups.length + 1}`,
          slug:
            (input.slug as string) ||
            String(input.name)
              .toLowerCase()
              .replace(/[^a-z0-9]+/g, '-'),
          village: { code: village.code, name: village.name },
          district: { code: district.code, name: district.name },
          version: 1,
        } as GroupAdminView;
        api.groups.push(created);
        return json(201, created, { etag: '"1"' });
      }
      const index = api.groups.findIndex((g) => g.id === id);
      const current = visible.find((g) => g.id === id);
      if (!current) return problem(404, 'not_found');
      if (request.method === 'GET' && !action) return json(200, current, { etag: `"${current.version}"` });
      if (Number.isNaN(version())) return problem(428, 'precondition_required');
      if (version() !== current.version) return problem(412, 'precondition_failed', { current });
      let next: GroupAdminView;
      if (request.method === 'PATCH' && !action) {
        const input = await body();
        if (!isOfficial && ('regionCode' in input || 'slug' in input || 'status' in input)) {
          return problem(403, 'forbidden');
        }
        next = { ...current, ...(input as Partial<GroupAdminView>) };
        if (typeof input.regionCode === 'string') {
          const village = REGIONS.find((r) => r.code === input.regionCode)!;
          const district = REGIONS.find((r) => r.code === village.parentCode)!;
          next.village = { code: village.code, name: village.name };
          next.district = { code: district.code, name: district.name };
        }
        if ('logoMediaId' in input) {
          next.logo = input.logoMediaId
            ? {
                url: `https://cdn.example.id/media/${input.logoMediaId}-320.jpg`,
                alt: `Logo ${next.name}`,
                width: 320,
                height: 320,
              }
            : null;
        }
      } else if (request.method === 'POST' && (action === 'archive' || action === 'restore')) {
        if (!isOfficial) return problem(403, 'forbidden');
        next = { ...current, archivedAt: action === 'archive' ? new Date().toISOString() : null };
      } else {
        return problem(405, 'method_not_allowed');
      }
      next = { ...next, version: current.version + 1, updatedAt: new Date().toISOString() };
      api.groups[index] = next;
      return json(200, next, { etag: `"${next.version}"` });
    }

    if (path === '/v1/admin/media' && request.method === 'POST') {
      await request.arrayBuffer();
      const id = `med_${++media}`;
      return json(201, {
        id,
        url: `https://cdn.example.id/media/${id}-320.jpg`,
        width: 320,
        height: 320,
        variants: [
          { url: `https://cdn.example.id/media/${id}-320.jpg`, format: 'jpeg', width: 320, height: 320, bytes: 1200 },
        ],
        createdAt: new Date().toISOString(),
      });
    }
    return problem(404, 'not_found');
  };
  return api;
}

/** A session already signed in as `me` on `api` (kept in memory only), as a reloaded console tab would have. */
export function signedInSession(api: FakeAuthApi, me: Me = DINAS_ME): KimSession {
  const secret = `kims_story_${me.id}_${'x'.repeat(32)}`;
  api.sessions.set(secret, me);
  const stored = JSON.stringify({ secret, me });
  return new KimSession({
    baseUrl: FAKE_CONSOLE_BASE,
    fetch: api.fetch,
    storage: { getItem: () => stored, setItem: () => {}, removeItem: () => {} },
  });
}
