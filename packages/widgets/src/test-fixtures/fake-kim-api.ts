// The one fake of the KIM API, at the network seam: a `fetch` that plays the API from the fixtures. The browser tests
// give it to a real SDK client (`createKimClient({ fetch })`), Storybook's MSW handlers hand it every request, and
// the same knobs script latency, failures, emptiness and the answers to submissions for both.
import {
  type AspirationReceipt,
  type AspirationStats,
  type AspirationTracking,
  type Category,
  createKimClient,
  type FieldError,
  FollowUpInput,
  InformationObjectionInput,
  type KimClient,
  type KimClientOptions,
  type KimGroup,
  type NewsArticle,
  normalizeFollowUpSecret,
  RatingInput,
  type Region,
  ReopenInput,
  toFieldErrors,
} from '@kim-kit/sdk';
import { emptyStats, pangkalPinangStats } from './aspiration-stats.js';
import { aspirationReceipt, trackingRecords } from './aspirations.js';
import { categories, groups, news, regions } from './fixtures.js';
import { followUpSecret, followUpTrackingRecords } from './follow-ups.js';

/** One POST /v1/aspirations as the server saw it. */
export interface RecordedSubmission {
  idempotencyKey: string | null;
  body: unknown;
}

/** How one submission is answered. */
export type SubmitAnswer =
  /** The request never arrives. */
  | 'offline'
  /** The server creates the aspiration, but the answer is lost on the way back. */
  | 'response-lost'
  /** 503 problem. */
  | 'unavailable'
  /** The answer never comes. */
  | 'hold'
  | { status: 422; errors: FieldError[] }
  | { status: 409 };

/** What the fake API serves; tests may replace any part, also with records that break the contract. */
export interface FakeData {
  regions: Region[];
  categories: Category[];
  groups: KimGroup[];
  news: NewsArticle[];
  tracking: AspirationTracking[];
  /** Statistics by region code (`empty` answers the region with zeros). */
  stats: AspirationStats[];
}

/** Knobs of a fake API, also accepted by `createFakeKimApi`. */
export interface FakeKimApiOptions {
  /** Base URL the API answers at. @default FAKE_API_BASE */
  base?: string;
  /** Milliseconds before each answer to a read, or `'infinite'` to never answer (until the request is aborted). */
  latency?: number | 'infinite';
  /** Every list answers with no items. */
  empty?: boolean;
  /** Every read answers 503 with a problem body. */
  failReads?: boolean;
  /** Every request fails as if the device were offline. */
  offline?: boolean;
  /**
   * How submissions and the reporter's follow-ups are answered once `submitScript` is used up; `rate-limited` (429
   * with Retry-After: 120) and `invalid` (422 naming the text fields) apply to follow-ups only. @default 'accept'
   */
  submit?: 'accept' | 'offline' | 'hold' | 'rate-limited' | 'invalid';
  /** Replaces parts of the fixture data. */
  data?: Partial<FakeData>;
}

/** The fake API: its `fetch`, its knobs (change them between requests to script a scenario) and what it recorded. */
export interface FakeKimApi extends Required<Omit<FakeKimApiOptions, 'data'>> {
  /** Answers a request as the KIM API would. */
  fetch: (request: Request) => Promise<Response>;
  /** Answers a read (GET) at once, without the network: status and body. */
  read: (url: URL) => { status: number; body: unknown };
  /** What it serves. */
  data: FakeData;
  /** Every request, in order. */
  requests: Request[];
  /** Every submission attempt, successful or not. */
  submissions: RecordedSubmission[];
  /** Every follow-up step (`follow-ups`, `rating`, `reopen`, `objection`) as sent, successful or not. */
  followUps: { code: string; step: string; body: Record<string, unknown> }[];
  /** Receipts issued, by Idempotency-Key: a replay gets the same one, so this counts aspirations created. */
  created: Map<string, AspirationReceipt>;
  /** Files stored by POST /v1/aspiration-uploads, by Idempotency-Key: a replay gets the same upload. */
  uploads: Map<string, { id: string; fileName: string; contentType: string; size: number }>;
  /** The upload ids each created aspiration claimed, by its Idempotency-Key. */
  attachments: Map<string, string[]>;
  /** Answers for the next submissions, one per request; then `submit` applies. */
  submitScript: SubmitAnswer[];
  /** While set, submissions wait for this promise before answering (to observe the sending state). */
  hold: Promise<void> | undefined;
  /** While set, every read waits for this promise (to observe the loading state). */
  holdReads: Promise<void> | undefined;
  /** The query of the last request to `path` (e.g. `/v1/news`), as an object; undefined when there was none. */
  lastQuery(path: string): Record<string, string> | undefined;
}

/** The base URL to give createKimClient together with `api.fetch`. */
export const FAKE_API_BASE = 'https://api.kim.test';

interface Answer {
  status: number;
  body: unknown;
}

const ok = (body: unknown): Answer => ({ status: 200, body });

const problem = (status: number, code: string, title: string, detail?: string, errors?: FieldError[]): Answer => ({
  status,
  body: { type: 'about:blank', title, status, code, detail, requestId: 'req_test', errors },
});

const respond = ({ status, body }: Answer) =>
  new Response(JSON.stringify(body), {
    status,
    headers: {
      'content-type': status >= 400 ? 'application/problem+json' : 'application/json',
      'x-request-id': 'req_test',
      // As kim-server marks every answer: how a widget tells a KIM API from a misconfigured address.
      'kim-api-version': '1',
    },
  });

/** Waits `ms` (or forever for `'infinite'`), giving up with the request's abort reason. */
function wait(ms: number | 'infinite' | Promise<void>, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = typeof ms === 'number' ? setTimeout(done, ms) : undefined;
    if (ms instanceof Promise) ms.then(done);
    function done() {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }
    function onAbort() {
      clearTimeout(timer);
      reject(signal.reason);
    }
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** One page of `items` for the `limit` and `cursor` of the request, with an opaque offset as the cursor. */
function page<T>(items: readonly T[], url: URL) {
  const limit = Math.min(Number(url.searchParams.get('limit') ?? 20) || 20, 100);
  const start = Number(url.searchParams.get('cursor') ?? 0) || 0;
  const end = start + limit;
  return { data: items.slice(start, end), nextCursor: end < items.length ? String(end) : null };
}

const contains = (text: string | null | undefined, q: string) =>
  (text ?? '').toLocaleLowerCase('id').includes(q.toLocaleLowerCase('id'));

const inRegion = (code: string, region: string | null) => !region || code === region || code.startsWith(`${region}.`);

/** A fresh fake API with nothing recorded. */
export function createFakeKimApi(options: FakeKimApiOptions = {}): FakeKimApi {
  const api: FakeKimApi = {
    base: options.base ?? FAKE_API_BASE,
    latency: options.latency ?? 0,
    empty: options.empty ?? false,
    failReads: options.failReads ?? false,
    offline: options.offline ?? false,
    submit: options.submit ?? 'accept',
    data: {
      regions: [...regions],
      categories: [...categories],
      groups: [...groups],
      news: [...news],
      tracking: [...trackingRecords, ...followUpTrackingRecords],
      stats: [pangkalPinangStats],
      ...options.data,
    },
    requests: [],
    submissions: [],
    followUps: [],
    created: new Map(),
    uploads: new Map(),
    attachments: new Map(),
    submitScript: [],
    hold: undefined,
    holdReads: undefined,
    lastQuery(path) {
      const last = api.requests.filter((r) => new URL(r.url).pathname === path).at(-1);
      return last ? Object.fromEntries(new URL(last.url).searchParams) : undefined;
    },
    async fetch(request) {
      api.requests.push(request);
      if (api.offline) throw new TypeError('Failed to fetch');
      const url = new URL(request.url);
      if (request.method === 'POST' && pathOf(url) === '/v1/aspirations') return submit(request);
      if (request.method === 'POST' && pathOf(url) === '/v1/aspiration-uploads') return upload(request);
      const step = pathOf(url).match(/^\/v1\/aspirations\/([^/]+)\/(follow-ups|rating|reopen|objection)$/);
      if (request.method === 'POST' && step) return followUp(request, decodeURIComponent(step[1]!), step[2]!);
      if (request.method !== 'GET') return respond(problem(405, 'method_not_allowed', 'Method Not Allowed'));
      if (api.latency !== 0) await wait(api.latency, request.signal);
      if (api.holdReads) await wait(api.holdReads, request.signal);
      return respond(api.read(url));
    },
    read(url) {
      return read(pathOf(url), url);
    },
  };

  /** The path below the base URL: `/v1/news`. */
  function pathOf(url: URL): string {
    return url.pathname.slice(new URL(api.base).pathname.replace(/\/$/, '').length);
  }

  function read(path: string, url: URL): Answer {
    const { data } = api;
    const q = url.searchParams.get('q');
    const list = <T>(items: readonly T[]) => ok(page(api.empty ? [] : items, url));
    const one = <T>(found: T | undefined, detail: string) =>
      found ? ok(found) : problem(404, 'not_found', 'Not Found', detail);
    const [, v1, resource, id] = path.split('/').map(decodeURIComponent);
    if (v1 !== 'v1') return problem(404, 'not_found', 'Not Found');
    if (api.failReads)
      return problem(503, 'storage_unavailable', 'Service Unavailable', 'Layanan sedang tidak tersedia.');
    switch (resource) {
      case 'stats': {
        const region = url.searchParams.get('region');
        const found = data.stats.find((s) => s.region.code === region);
        return one(found && api.empty ? { ...emptyStats, region: found.region } : found, 'Wilayah tidak dikenal.');
      }
      case 'aspirations':
        return one(id ? data.tracking.find((t) => t.trackingCode === id) : undefined, 'Kode lacak tidak dikenal.');
      case 'regions': {
        if (id)
          return one(
            data.regions.find((r) => r.code === id),
            'Wilayah tidak dikenal.',
          );
        const parent = url.searchParams.get('parent');
        const level = url.searchParams.get('level');
        return list(
          data.regions.filter(
            (r) =>
              (parent ? r.parentCode === parent : r.level === (level ?? 'province')) && (!level || r.level === level),
          ),
        );
      }
      case 'categories':
        return list(data.categories);
      case 'groups': {
        if (id)
          return one(
            data.groups.find((g) => g.id === id || g.slug === id),
            'KIM tidak dikenal.',
          );
        const focus = url.searchParams.get('focus');
        return list(
          data.groups.filter(
            (g) =>
              inRegion(g.regionCode, url.searchParams.get('region')) &&
              (!focus || (g.focusAreas as string[]).includes(focus)) &&
              (!q || [g.name, g.village?.name, g.district?.name, g.chairName, g.address].some((t) => contains(t, q))),
          ),
        );
      }
      case 'news': {
        if (id)
          return one(
            data.news.find((n) => n.id === id || n.slug === id),
            'Berita tidak dikenal.',
          );
        const group = url.searchParams.get('group');
        const category = url.searchParams.get('category');
        return list(
          data.news
            .filter(
              (n) =>
                inRegion(n.regionCode, url.searchParams.get('region')) &&
                (!group || n.group.id === group || n.group.slug === group) &&
                (!category || n.category.id === category) &&
                (!q || contains(n.title, q) || contains(n.summary, q)),
            )
            .map(({ body: _body, ...summary }) => summary),
        );
      }
      default:
        return problem(404, 'not_found', 'Not Found');
    }
  }

  async function upload(request: Request): Promise<Response> {
    const key = request.headers.get('idempotency-key') ?? `anonymous-upload-${api.uploads.size}`;
    const file = (await request.formData()).get('file');
    if (!(file instanceof File)) return respond(problem(400, 'bad_request', 'Bad Request'));
    let stored = api.uploads.get(key);
    if (!stored) {
      stored = {
        id: `upl_${String(api.uploads.size + 1).padStart(26, '0')}`,
        fileName: file.name,
        contentType: file.type,
        size: file.size,
      };
      api.uploads.set(key, stored);
    }
    return respond({ status: 201, body: { ...stored, expiresAt: '2026-12-01T10:00:00.000Z' } });
  }

  async function submit(request: Request): Promise<Response> {
    const idempotencyKey = request.headers.get('idempotency-key');
    const body: unknown = await request.json();
    api.submissions.push({ idempotencyKey, body });
    if (api.hold) await wait(api.hold, request.signal);
    const answer = api.submitScript.shift() ?? (api.submit === 'accept' ? undefined : api.submit);
    if (answer === 'hold') await wait('infinite', request.signal);
    if (answer === 'offline') throw new TypeError('Failed to fetch');
    if (answer === 'unavailable') return respond(problem(503, 'storage_unavailable', 'Service Unavailable'));
    if (typeof answer === 'object' && answer.status === 422) {
      return respond(problem(422, 'validation_failed', 'Validation failed', undefined, answer.errors));
    }
    if (typeof answer === 'object' && answer.status === 409) {
      return respond(problem(409, 'idempotency_conflict', 'Conflict'));
    }
    const key = idempotencyKey ?? `anonymous-${api.submissions.length}`;
    const existing = api.created.get(key);
    if (existing) return respond(ok(existing));
    const receipt = { ...aspirationReceipt, id: `asp_${api.created.size + 1}` };
    api.created.set(key, receipt);
    const claimed = (body as { attachments?: string[] }).attachments ?? [];
    if (claimed.length > 0) api.attachments.set(key, claimed);
    if (answer === 'response-lost') throw new TypeError('Failed to fetch');
    return respond({ status: 201, body: receipt });
  }

  /** The reporter's steps, checked and recorded as kim-server does (same 403 for a wrong secret or unknown code). */
  async function followUp(request: Request, code: string, step: string): Promise<Response> {
    const body = (await request.json()) as Record<string, unknown>;
    api.followUps.push({ code, step, body });
    if (api.hold) await wait(api.hold, request.signal);
    const answer = api.submitScript.shift() ?? api.submit;
    if (answer === 'hold') await wait('infinite', request.signal);
    if (answer === 'offline') throw new TypeError('Failed to fetch');
    if (answer === 'rate-limited') {
      const limited = respond(problem(429, 'rate_limited', 'Too Many Requests', 'Terlalu banyak permintaan.'));
      limited.headers.set('retry-after', '120');
      return limited;
    }
    const schema = {
      'follow-ups': FollowUpInput,
      rating: RatingInput,
      reopen: ReopenInput,
      objection: InformationObjectionInput,
    }[step]!;
    const parsed = schema.safeParse(body);
    const invalid =
      answer === 'invalid'
        ? Object.keys(body)
            .filter((k) => k !== 'secret' && k !== 'kind')
            .map((path) => ({ path, message: 'Isian ini ditolak server.' }))
        : parsed.success
          ? []
          : toFieldErrors(parsed.error);
    if (invalid.length) return respond(problem(422, 'validation_failed', 'Validation failed', undefined, invalid));
    const index = api.data.tracking.findIndex((t) => t.trackingCode === code);
    const tracking = api.data.tracking[index];
    if (!tracking || normalizeFollowUpSecret(String(body.secret)) !== followUpSecret) {
      return respond(problem(403, 'forbidden', 'Forbidden', 'Kode lacak atau kode rahasia tidak cocok.'));
    }
    const at = new Date().toISOString();
    const entry = (
      kind: AspirationTracking['history'][number]['kind'],
      status = tracking.status,
      note: string | null = null,
    ) => ({
      kind,
      status,
      at,
      note,
      agency: null,
    });
    let next: AspirationTracking;
    if (step === 'follow-ups') {
      next = {
        ...tracking,
        history: [...tracking.history, entry(body.kind === 'answer' ? 'reporter_answer' : 'reporter_information')],
      };
    } else if (step === 'rating') {
      next = { ...tracking, history: [...tracking.history, entry('rating', 'resolved', `${body.score}/5`)] };
    } else if (step === 'reopen') {
      const { reopenUntil: _closed, ...rest } = tracking;
      next = {
        ...rest,
        status: 'in_progress',
        updatedAt: at,
        history: [...tracking.history, entry('reopened', 'in_progress')],
      };
    } else {
      const request = tracking.informationRequest!;
      next = {
        ...tracking,
        history: [...tracking.history, entry('objection')],
        informationRequest: {
          ...request,
          objection: {
            reason: body.reason as 'pasal-35-a',
            text: String(body.text),
            submittedAt: at,
            dueAt: at,
            answer: null,
            answeredAt: null,
          },
          objectionOpenUntil: null,
        },
      };
    }
    api.data.tracking[index] = next;
    return respond({ status: 201, body: step === 'objection' ? next : { status: next.status, at } });
  }

  return api;
}

/** A real SDK client whose network is `api`, without retries so that a failure shows at once. */
export function clientOf(api: FakeKimApi, options: Partial<KimClientOptions> = {}): KimClient {
  return createKimClient({ baseUrl: api.base, fetch: api.fetch, retry: false, ...options });
}

/**
 * Sends the page's own `fetch` calls to `api.base` to the fake API, for widgets that make their client from a URL
 * (`api-base`, `configure({ baseUrl })`). Returns the function that puts the real `fetch` back.
 */
export function routeFetchTo(api: FakeKimApi): () => void {
  const real = globalThis.fetch;
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    return request.url.startsWith(api.base) ? api.fetch(request) : real(input, init);
  };
  return () => {
    globalThis.fetch = real;
  };
}
