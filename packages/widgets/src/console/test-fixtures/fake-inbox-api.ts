// The officials' side of aspirations as a `fetch`, on top of the fake auth API, for the inbox's browser tests and
// stories: the filtered, paged list, one record, status changes (If-Match, transitions from the contract, a rejection
// needs a note, forwarding names an active agency of the aspiration's regency or city), bulk changes with a result
// per id, agency responses, the agencies of each region, the citizen's files (served with the bearer, shown on the
// tracker at an official's choice) and location, the CSV export (UTF-8 with a BOM), categories and regions.
// Personal data is left out for a person without a Dinas or admin role, as the server does.
import {
  type Agency,
  ASPIRATION_TRANSITIONS,
  type AspirationAdminView,
  type AspirationStatus,
  type CategoryAdminView,
  composeKimClient,
  type Me,
  type Region,
  type RegionsResource,
  regionsResource,
} from '@kim-kit/sdk';
import { KimSession } from '../shared/session.js';
import { createFakeAuthApi, FAKE_CONSOLE_BASE, type FakeAuthApi } from './fake-auth-api.js';
import { recordActionResponse, withFollowUps, withRequest } from './fake-record-actions.js';

export const INBOX_DINAS_ME: Me = {
  id: 'usr_dinas_2',
  email: 'siti@pangkalpinangkota.go.id',
  name: 'Siti Rahma',
  memberships: [{ role: 'dinas', region: { code: '19.71', name: 'Kota Pangkal Pinang' } }],
  capabilities: ['aspirations.read', 'aspirations.triage', 'news.review'],
} as unknown as Me;

export const INBOX_KIM_ME: Me = {
  id: 'usr_kim_2',
  email: 'operator@kim-bacang.id',
  name: 'Dewi Lestari',
  memberships: [
    {
      role: 'kim',
      group: { id: 'grp_2', slug: 'kim-bacang', name: 'KIM Bacang Berseri', regionCode: '19.71.04.1001' },
    },
  ],
  capabilities: ['aspirations.read', 'news.write'],
} as unknown as Me;

export const INBOX_NO_ACCESS_ME: Me = {
  id: 'usr_kim_3',
  email: 'penulis@kim-bacang.id',
  name: 'Andi Saputra',
  memberships: INBOX_KIM_ME.memberships,
  capabilities: ['news.write'],
} as unknown as Me;

export const INBOX_REGIONS: Region[] = [
  { code: '19.71.01', name: 'Bukit Intan', level: 'district', kind: 'kecamatan', parentCode: '19.71' },
  { code: '19.71.04', name: 'Pangkal Balam', level: 'district', kind: 'kecamatan', parentCode: '19.71' },
  { code: '19.71.01.1001', name: 'Sinar Bulan', level: 'village', kind: 'kelurahan', parentCode: '19.71.01' },
  { code: '19.71.01.1004', name: 'Semabung Lama', level: 'village', kind: 'kelurahan', parentCode: '19.71.01' },
  { code: '19.71.04.1001', name: 'Bacang', level: 'village', kind: 'kelurahan', parentCode: '19.71.04' },
  { code: '19.71.04.1002', name: 'Pasir Garam', level: 'village', kind: 'kelurahan', parentCode: '19.71.04' },
];

const category = (id: string, name: string, position: number): CategoryAdminView =>
  ({
    id,
    name,
    description: null,
    scopes: ['aspiration'],
    position,
    retiredAt: null,
    usage: { news: 0, aspirations: 0 },
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    version: 1,
  }) as CategoryAdminView;

export const INBOX_CATEGORIES: CategoryAdminView[] = [
  category('infrastruktur', 'Infrastruktur', 1),
  category('kesehatan', 'Kesehatan', 2),
  category('pendidikan', 'Pendidikan', 3),
];

const agency = (id: string, regionCode: string, name: string, shortName: string, archived = false): Agency => ({
  id,
  regionCode,
  name,
  shortName,
  email: archived ? null : `${shortName.toLowerCase().replace(/[^a-z]/g, '')}@pangkalpinangkota.go.id`,
  phone: null,
  status: archived ? 'archived' : 'active',
  archivedAt: archived ? '2026-06-01T00:00:00.000Z' : null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: archived ? '2026-06-01T00:00:00.000Z' : '2026-01-01T00:00:00.000Z',
  version: archived ? 2 : 1,
});

/** Pangkal Pinang's agencies (one archived) and one of Kabupaten Bangka, which serves none of the fixtures' reports. */
export const INBOX_AGENCIES: Agency[] = [
  agency('agc_dishub', '19.71', 'Dinas Perhubungan', 'Dishub'),
  agency('agc_pupr', '19.71', 'Dinas Pekerjaan Umum dan Penataan Ruang', 'Dinas PUPR'),
  agency('agc_dinkes', '19.71', 'Dinas Kesehatan', 'Dinkes'),
  agency('agc_dlh', '19.71', 'Dinas Lingkungan Hidup', 'DLH', true),
  agency('agc_bangka_dishub', '19.01', 'Dinas Perhubungan Kabupaten Bangka', 'Dishub Bangka'),
];

const agencyRef = (a: Agency) => ({ id: a.id, name: a.name, shortName: a.shortName });

/** A 1×1 PNG and a one-line PDF: what the fake serves for the citizen's files. */
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);
const PDF = new TextEncoder().encode('%PDF-1.4\n%%EOF\n');

/** The regency or city of a village code: `19.71.04.1001` → `19.71`. */
const regencyOf = (code: string) => code.split('.').slice(0, 2).join('.');

const DAY = 86_400_000;

/** A dozen aspirations over the last weeks, in every status, two villages, three categories. */
export function inboxAspirations(now = Date.parse('2026-11-30T03:00:00Z')): AspirationAdminView[] {
  const titles = [
    'Lampu jalan mati di Jalan Sudirman',
    'Jalan berlubang di depan SD Negeri 5',
    'Permohonan data penerima bantuan sosial',
    'Saluran air tersumbat setelah hujan deras',
    'Puskesmas pembantu sering tutup siang hari',
    'Usulan pelatihan menulis berita untuk pemuda',
    'Sampah menumpuk di pinggir pasar',
    'Jembatan kayu di RT 03 mulai lapuk',
    'Jadwal posyandu tidak diumumkan',
    'Papan nama jalan hilang',
    'Permintaan salinan anggaran kelurahan',
    'Trotoar rusak dekat halte',
  ];
  const statuses: AspirationStatus[] = ['received', 'received', 'verified', 'forwarded', 'in_progress', 'resolved'];
  const kinds = ['complaint', 'aspiration', 'information_request'] as const;
  return titles.map((title, i) => {
    const submittedAt = new Date(now - (i * 3 + 1) * DAY).toISOString();
    const status = i === 11 ? 'rejected' : statuses[i % statuses.length]!;
    const regionCode = i % 2 ? '19.71.04.1001' : '19.71.01.1004';
    const path: AspirationStatus[] = ['received'];
    for (const s of ['verified', 'forwarded', 'in_progress', 'resolved'] as const) {
      if (path.at(-1) === status || status === 'rejected') break;
      path.push(s);
    }
    if (status === 'rejected') path.push('rejected');
    const cat = INBOX_CATEGORIES[i % 3]!;
    const forwarded = path.includes('forwarded');
    const dishub = agencyRef(INBOX_AGENCIES[0]!);
    // Due dates as the server sets them: the first response within 3 working days, the resolution within 14.
    const finished = status === 'resolved' || status === 'rejected';
    const dueStage = finished ? null : forwarded ? ('resolution' as const) : ('response' as const);
    const dueAt = dueStage
      ? new Date(Date.parse(submittedAt) + (dueStage === 'response' ? 5 : 20) * DAY).toISOString()
      : null;
    return {
      id: `asp_${String(i + 1).padStart(4, '0')}`,
      trackingCode: `7K3M9Q2X${String.fromCharCode(65 + i)}${i % 10}`.replace(/[ILOU]/g, 'B'),
      kind: kinds[i % 3]!,
      status,
      title,
      body: `${title}. Warga sekitar sudah beberapa kali melaporkan hal ini kepada ketua RT, namun belum ada tindak lanjut.`,
      category: { id: cat.id, name: cat.name },
      regionCode,
      anonymous: i === 4,
      confidential: i === 2,
      reporter: i === 4 ? null : { name: `Warga ${i + 1}`, email: `warga${i + 1}@contoh.id`, phone: '0812-3456-7890' },
      personalDataHidden: false,
      submittedAt,
      updatedAt: new Date(Date.parse(submittedAt) + (path.length - 1) * 3_600_000).toISOString(),
      agency: forwarded ? dishub : null,
      dueStage,
      dueAt,
      overdue: dueAt !== null && Date.parse(dueAt) < now,
      ...(i === 0
        ? {
            location: {
              text: 'Depan toko bangunan Sinar Jaya, dekat tiang listrik nomor 12',
              position: { latitude: -2.129834, longitude: 106.113922, accuracy: 18 },
              mapUrl: 'https://www.openstreetmap.org/?mlat=-2.129834&mlon=106.113922#map=18/-2.129834/106.113922',
            },
            attachments: [
              {
                id: 'upl_01jd0000000000000000000001',
                fileName: 'lampu-mati.png',
                contentType: 'image/png',
                size: 348_160,
                width: 1,
                height: 1,
                public: false,
                url: `${FAKE_CONSOLE_BASE}/v1/admin/aspirations/asp_0001/attachments/upl_01jd0000000000000000000001`,
              },
              {
                id: 'upl_01jd0000000000000000000002',
                fileName: 'surat-pengantar-rt.pdf',
                contentType: 'application/pdf',
                size: 1_258_291,
                width: null,
                height: null,
                public: false,
                url: `${FAKE_CONSOLE_BASE}/v1/admin/aspirations/asp_0001/attachments/upl_01jd0000000000000000000002`,
              },
            ],
          }
        : { location: null, attachments: [] }),
      history: path.map((s, n) => ({
        kind: 'status' as const,
        agency: s === 'forwarded' ? dishub : null,
        status: s,
        at: new Date(Date.parse(submittedAt) + n * 3_600_000).toISOString(),
        note: s === 'rejected' ? 'Di luar kewenangan kelurahan.' : n > 0 ? `Catatan publik tahap ${s}.` : null,
        internalNote: n > 0 ? `Catatan internal tahap ${s}.` : null,
        actor: n > 0 ? { id: 'usr_dinas_2', name: 'Siti Rahma' } : null,
      })),
      version: path.length,
    } as AspirationAdminView;
  });
}

export interface FakeInboxApi extends FakeAuthApi {
  aspirations: AspirationAdminView[];
  /** Every region's agencies; forwarding accepts only an active one of the aspiration's regency or city. */
  agencies: Agency[];
  /** Milliseconds every inbox answer waits; `Infinity` never answers (loading states). */
  delay: number;
  /** The next inbox answers fail with this status (500, 503...), until cleared. */
  failWith: number | undefined;
  /** The public regions API on this fake (region names for the filters and rows). */
  regions: RegionsResource;
  /** Signs `me` in on the server and gives a session that already holds the secret (no form to fill). */
  sessionFor(me: Me): KimSession;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: {
      'content-type': status >= 400 ? 'application/problem+json' : 'application/json',
      'kim-api-version': '1',
      ...headers,
    },
  });

const problem = (status: number, code: string, title: string, extra: Record<string, unknown> = {}) =>
  json(status, { type: `https://kim-kit.dev/problems/${code}`, title, status, code, ...extra });

const csvCell = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

const seesPersonalData = (me: Me) => me.memberships.some((m) => m.role === 'admin' || m.role === 'dinas');
const triages = (me: Me) => (me.capabilities as readonly string[]).includes('aspirations.triage');

function viewFor(me: Me, a: AspirationAdminView): AspirationAdminView {
  // As the server: an information request's details only when the record is read alone (see `withRequest`).
  const { informationRequest: _request, ...all } = structuredClone(a);
  if (seesPersonalData(me)) return all;
  // As the server: no files for a KIM operator, and the place's text without the device position.
  const { attachments: _files, ...rest } = all;
  const location = rest.location ? { ...rest.location, position: null, mapUrl: null } : rest.location;
  return { ...rest, location, reporter: null, personalDataHidden: true };
}

let sessionCounter = 0;

export function createFakeInboxApi(
  options: { aspirations?: AspirationAdminView[]; base?: string; now?: number } = {},
): FakeInboxApi {
  const base = options.base ?? FAKE_CONSOLE_BASE;
  const auth = createFakeAuthApi(base);
  auth.accounts.push(
    { email: INBOX_DINAS_ME.email, password: 'kalimat sandi yang panjang', me: INBOX_DINAS_ME },
    { email: INBOX_KIM_ME.email, password: 'kalimat sandi yang panjang', me: INBOX_KIM_ME },
  );
  const authFetch = auth.fetch;
  const api = auth as FakeInboxApi;
  api.aspirations = options.aspirations ?? withFollowUps(inboxAspirations(options.now));
  api.agencies = structuredClone(INBOX_AGENCIES);
  api.delay = 0;
  api.failWith = undefined;
  api.regions = composeKimClient(
    { baseUrl: base, fetch: (request: Request) => api.fetch(request), retry: { limit: 0 } },
    { regions: regionsResource },
  ).regions;
  api.sessionFor = (me) => {
    const secret = `kims_inbox${String(++sessionCounter).padStart(4, '0')}${'y'.repeat(40)}`;
    api.sessions.set(secret, me);
    const stored = new Map([[`kim-console-session:${new URL(base).href}`, JSON.stringify({ secret, me })]]);
    return new KimSession({
      baseUrl: base,
      fetch: api.fetch,
      storage: {
        getItem: (key) => stored.get(key) ?? null,
        setItem: (key, value) => void stored.set(key, value),
        removeItem: (key) => void stored.delete(key),
      },
    });
  };

  const handle = async (request: Request, url: URL, me: Me): Promise<Response> => {
    const path = url.pathname;
    const p = url.searchParams;
    if (path === '/v1/regions' && request.method === 'GET') {
      const parent = p.get('parent');
      return json(200, { data: INBOX_REGIONS.filter((r) => r.parentCode === parent), nextCursor: null });
    }
    if (path === '/v1/admin/categories' && request.method === 'GET') return json(200, INBOX_CATEGORIES);
    if (path === '/v1/admin/agencies' && request.method === 'GET') {
      // As the server: officials (admins, Dinas) of the region only; by name; active or archived on request.
      if (!seesPersonalData(me)) return problem(403, 'forbidden', 'Forbidden');
      const region = p.get('region');
      const data = api.agencies
        .filter(
          (a) =>
            (!region || a.regionCode === region || a.regionCode.startsWith(`${region}.`)) &&
            (!p.get('status') || a.status === p.get('status')),
        )
        .sort((x, y) => x.name.localeCompare(y.name));
      return json(200, { data, nextCursor: null });
    }
    if (!path.startsWith('/v1/admin/aspirations')) return authFetch(request);
    if (!(me.capabilities as readonly string[]).includes('aspirations.read')) {
      return problem(403, 'forbidden', 'Forbidden');
    }
    const matching = () => {
      let list = api.aspirations.filter(
        (a) =>
          (!p.get('status') || a.status === p.get('status')) &&
          (!p.get('kind') || a.kind === p.get('kind')) &&
          (!p.get('category') || a.category.id === p.get('category')) &&
          (!p.get('region') || a.regionCode.startsWith(p.get('region')!)) &&
          (!p.get('overdue') || a.overdue === (p.get('overdue') === 'true')) &&
          (!p.get('agency') || a.agency?.id === p.get('agency')) &&
          (!p.get('submittedTo') ||
            Date.parse(a.submittedAt) < Date.parse(`${p.get('submittedTo')}T00:00:00+07:00`) + 86_400_000) &&
          (!p.get('q') || `${a.title} ${a.body}`.toLowerCase().includes(p.get('q')!.toLowerCase())),
      );
      const sort = p.get('sort') ?? 'newest';
      const key = (a: AspirationAdminView) => Date.parse(sort === 'updated' ? a.updatedAt : a.submittedAt);
      list = [...list].sort((x, y) => (sort === 'oldest' ? key(x) - key(y) : key(y) - key(x)));
      return list;
    };
    if (path === '/v1/admin/aspirations' && request.method === 'GET') {
      const limit = Number(p.get('limit') ?? 20);
      const start = Number(p.get('cursor') ?? 0);
      const list = matching();
      const data = list.slice(start, start + limit).map((a) => viewFor(me, a));
      return json(200, { data, nextCursor: start + limit < list.length ? String(start + limit) : null });
    }
    if (path === '/v1/admin/aspirations/export.csv' && request.method === 'GET') {
      if (!triages(me)) return problem(403, 'forbidden', 'Forbidden');
      const rows = [['kode_lacak', 'judul', 'status', 'wilayah', 'nama_pelapor']].concat(
        matching().map((a) => [a.trackingCode, a.title, a.status, a.regionCode, a.reporter?.name ?? '']),
      );
      const csv = `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
      return new Response(csv, {
        status: 200,
        headers: {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': 'attachment; filename="aspirasi-2026-11-30.csv"',
          'kim-api-version': '1',
        },
      });
    }
    const change = (
      a: AspirationAdminView,
      body: { status: AspirationStatus; note?: string; internalNote?: string; agencyId?: string },
    ) => {
      const to = body.agencyId ? api.agencies.find((x) => x.id === body.agencyId) : undefined;
      a.status = body.status;
      a.version += 1;
      a.updatedAt = new Date().toISOString();
      if (to) a.agency = agencyRef(to);
      if (body.status === 'resolved' || body.status === 'rejected') {
        a.dueStage = null;
        a.dueAt = null;
        a.overdue = false;
      } else if (to) {
        a.dueStage = 'resolution';
        a.dueAt = new Date(Date.now() + 20 * DAY).toISOString();
        a.overdue = false;
      }
      a.history.push({
        kind: 'status',
        agency: to ? agencyRef(to) : null,
        status: body.status,
        at: a.updatedAt,
        note: body.note ?? null,
        internalNote: body.internalNote ?? null,
        actor: { id: me.id, name: me.name },
      });
    };
    const invalid422 = (path: string, message: string) =>
      problem(422, 'validation_failed', 'Unprocessable Content', { errors: [{ path, code: 'custom', message }] });
    const invalidBody = (body: { status?: string; note?: string | null; agencyId?: string }) => {
      if (body.status === 'rejected' && !body.note?.trim())
        return invalid422('note', 'Penolakan wajib disertai alasan');
      if ((body.status === 'forwarded') !== (body.agencyId !== undefined)) {
        return invalid422('agencyId', 'Pilih perangkat daerah tujuan penerusan (hanya untuk status diteruskan)');
      }
      return undefined;
    };
    /** The server's `forwardingAgency`: an existing, active agency (of the given regency, when one is given). */
    const invalidAgency = (agencyId: string | undefined, regionCode?: string) => {
      if (agencyId === undefined) return undefined;
      const a = api.agencies.find((x) => x.id === agencyId);
      if (!a) return invalid422('agencyId', 'Perangkat daerah ini tidak ada');
      if (a.status !== 'active') return invalid422('agencyId', 'Perangkat daerah ini sudah diarsipkan');
      if (regionCode && regencyOf(regionCode) !== a.regionCode) {
        return invalid422('agencyId', 'Perangkat daerah ini bukan milik kabupaten/kota aspirasi ini');
      }
      return undefined;
    };
    if (path === '/v1/admin/aspirations/status' && request.method === 'POST') {
      if (!triages(me)) return problem(403, 'forbidden', 'Forbidden');
      const body = (await request.json()) as {
        ids: string[];
        status: AspirationStatus;
        note?: string;
        agencyId?: string;
      };
      const invalid = invalidBody(body) ?? invalidAgency(body.agencyId);
      if (invalid) return invalid;
      const target = api.agencies.find((x) => x.id === body.agencyId);
      const results = body.ids.map((id) => {
        const a = api.aspirations.find((x) => x.id === id);
        if (!a) return { id, outcome: 'not_found' };
        if (!ASPIRATION_TRANSITIONS[a.status].includes(body.status)) {
          return { id, outcome: 'invalid_transition', from: a.status };
        }
        if (target && regencyOf(a.regionCode) !== target.regionCode) return { id, outcome: 'agency_mismatch' };
        change(a, body);
        return { id, outcome: 'changed' };
      });
      return json(200, { results });
    }
    const file = path.match(/^\/v1\/admin\/aspirations\/([^/]+)\/attachments\/([^/]+)(\/visibility)?$/);
    if (file) {
      const owner = api.aspirations.find((a) => a.id === decodeURIComponent(file[1]!));
      const found = owner?.attachments?.find((f) => f.id === decodeURIComponent(file[2]!));
      if (!owner || !found || !seesPersonalData(me)) return problem(404, 'not_found', 'Not Found');
      if (!file[3] && request.method === 'GET') {
        return new Response(found.contentType === 'application/pdf' ? PDF : PNG, {
          status: 200,
          headers: {
            'content-type': found.contentType,
            'content-disposition': `attachment; filename="${found.fileName}"`,
            'kim-api-version': '1',
          },
        });
      }
      if (file[3] && request.method === 'POST') {
        if (!triages(me)) return problem(403, 'forbidden', 'Forbidden');
        found.public = ((await request.json()) as { public: boolean }).public;
        return json(200, structuredClone(found));
      }
      return problem(405, 'method_not_allowed', 'Method Not Allowed');
    }
    const action = await recordActionResponse(request, path, api.aspirations, {
      me,
      triages: triages(me),
      view: (a) => viewFor(me, a),
      json,
      problem,
    });
    if (action) return action;
    const one = path.match(/^\/v1\/admin\/aspirations\/([^/]+)(\/status|\/agency-responses)?$/);
    const record = one ? api.aspirations.find((a) => a.id === decodeURIComponent(one[1]!)) : undefined;
    if (!one || !record) return problem(404, 'not_found', 'Not Found');
    if (!one[2] && request.method === 'GET') {
      return json(200, withRequest(viewFor(me, record), record), { etag: `"${record.version}"` });
    }
    if (one[2] && request.method === 'POST') {
      if (!triages(me)) return problem(403, 'forbidden', 'Forbidden');
      const ifMatch = request.headers.get('if-match');
      if (!ifMatch) return problem(428, 'precondition_required', 'Precondition Required');
      if (ifMatch !== `"${record.version}"`) {
        return problem(412, 'precondition_failed', 'Precondition Failed', { current: viewFor(me, record) });
      }
      if (one[2] === '/agency-responses') {
        const body = (await request.json()) as { note?: string; internalNote?: string };
        if (!body.note?.trim()) return invalid422('note', 'Wajib diisi');
        if (!record.agency || record.status === 'resolved' || record.status === 'rejected') {
          return problem(409, 'invalid_transition', 'Conflict', {
            detail: 'Aspirasi ini belum diteruskan ke perangkat daerah',
          });
        }
        record.version += 1;
        record.updatedAt = new Date().toISOString();
        record.history.push({
          kind: 'agency_response',
          agency: record.agency,
          status: record.status,
          at: record.updatedAt,
          note: body.note.trim(),
          internalNote: body.internalNote?.trim() || null,
          actor: { id: me.id, name: me.name },
        });
        return json(201, viewFor(me, record), { etag: `"${record.version}"` });
      }
      const body = (await request.json()) as {
        status: AspirationStatus;
        note?: string;
        internalNote?: string;
        agencyId?: string;
      };
      const invalid = invalidBody(body) ?? invalidAgency(body.agencyId, record.regionCode);
      if (invalid) return invalid;
      if (!ASPIRATION_TRANSITIONS[record.status].includes(body.status)) {
        return problem(409, 'invalid_transition', 'Conflict', {
          detail: `Status ${record.status} tidak dapat diubah menjadi ${body.status}.`,
        });
      }
      change(record, body);
      return json(200, viewFor(me, record), { etag: `"${record.version}"` });
    }
    return problem(405, 'method_not_allowed', 'Method Not Allowed');
  };

  api.fetch = async (request) => {
    const url = new URL(request.url);
    if (!url.href.startsWith(base)) return new Response('not found', { status: 404 });
    const inbox = url.pathname.startsWith('/v1/admin/') || url.pathname === '/v1/regions';
    if (!inbox) return authFetch(request);
    api.requests.push(request.clone());
    if (api.delay === Number.POSITIVE_INFINITY) return new Promise<Response>(() => {});
    if (api.delay) await new Promise((resolve) => setTimeout(resolve, api.delay));
    if (api.failWith) return problem(api.failWith, 'unavailable', 'Service Unavailable');
    if (url.pathname === '/v1/regions') return handle(request, url, INBOX_DINAS_ME);
    const bearer = request.headers.get('authorization')?.replace(/^Bearer /, '');
    const me = bearer ? api.sessions.get(bearer) : undefined;
    if (!me) return problem(401, 'unauthenticated', 'Unauthorized');
    return handle(request, url, me);
  };
  return api;
}
