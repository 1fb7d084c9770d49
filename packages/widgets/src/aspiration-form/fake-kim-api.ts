// Test seam: a fetch that plays the KIM API from the fixtures, for a real createKimClient in the browser tests.
import type { AspirationReceipt, AspirationTracking, Category, FieldError, Region } from '@kim-kit/sdk';
import { aspirationReceipt, trackingRecords } from '../test-fixtures/aspirations.js';
import { categories, regions } from '../test-fixtures/fixtures.js';

/** One POST /v1/aspirations as the server saw it. */
export interface RecordedSubmission {
  idempotencyKey: string | null;
  body: unknown;
}

/** How the next aspiration submissions are answered, consumed one per request; then they succeed. */
export type SubmitScript =
  /** The request never arrives. */
  | 'offline'
  /** The server creates the aspiration, but the answer is lost on the way back. */
  | 'response-lost'
  /** 503 problem. */
  | 'unavailable'
  | { status: 422; errors: FieldError[] }
  | { status: 409 };

/** The fake API and its knobs. */
export interface FakeKimApi {
  fetch: (request: Request) => Promise<Response>;
  /** Every request, in order. */
  requests: Request[];
  /** Every submission attempt, successful or not. */
  submissions: RecordedSubmission[];
  /** Receipts issued, by Idempotency-Key: a replay gets the same one, so this counts aspirations created. */
  created: Map<string, AspirationReceipt>;
  /** When true, every request fails as if the device were offline. */
  offline: boolean;
  /** Scripted answers for the next submissions. */
  submitScript: SubmitScript[];
  /** While set, submissions wait for this promise before answering (to observe the sending state). */
  hold: Promise<void> | undefined;
  /** When true, reads of regions and categories fail with a 503. */
  failReads: boolean;
  /** While set, every GET waits for this promise (to observe the loading state). */
  holdReads: Promise<void> | undefined;
  /** Categories served. */
  categories: Category[];
  /** Regions served. */
  regions: Region[];
  /** Tracking records served, by code. */
  tracking: AspirationTracking[];
}

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type, 'x-request-id': 'req_test' } });

const problem = (status: number, code: string, title: string, errors?: FieldError[]) =>
  json(status, { type: 'about:blank', title, status, code, requestId: 'req_test', errors }, 'application/problem+json');

/** The base URL to give createKimClient together with `api.fetch`. */
export const FAKE_API_BASE = 'https://api.kim.test';

/** A fresh fake API with nothing recorded. */
export function createFakeKimApi(): FakeKimApi {
  const api: FakeKimApi = {
    requests: [],
    submissions: [],
    created: new Map(),
    offline: false,
    submitScript: [],
    hold: undefined,
    failReads: false,
    holdReads: undefined,
    categories: [...categories],
    regions: [...regions],
    tracking: [...trackingRecords],
    async fetch(request) {
      api.requests.push(request);
      if (api.offline) throw new TypeError('Failed to fetch');
      const url = new URL(request.url);
      const path = url.pathname;
      if (request.method === 'POST' && path === '/v1/aspirations') return submit(request);
      if (request.method !== 'GET') return problem(405, 'method_not_allowed', 'Method Not Allowed');
      if (api.holdReads) await api.holdReads;
      if (path.startsWith('/v1/aspirations/')) {
        const code = decodeURIComponent(path.slice('/v1/aspirations/'.length));
        const found = api.tracking.find((t) => t.trackingCode === code);
        return found ? json(200, found) : problem(404, 'not_found', 'Not Found');
      }
      if (api.failReads) return problem(503, 'storage_unavailable', 'Service Unavailable');
      if (path === '/v1/categories') return json(200, { data: api.categories, nextCursor: null });
      if (path === '/v1/regions') {
        const parent = url.searchParams.get('parent');
        return json(200, { data: api.regions.filter((r) => r.parentCode === parent), nextCursor: null });
      }
      return problem(404, 'not_found', 'Not Found');
    },
  };

  async function submit(request: Request): Promise<Response> {
    const idempotencyKey = request.headers.get('idempotency-key');
    const body: unknown = await request.json();
    api.submissions.push({ idempotencyKey, body });
    if (api.hold) await api.hold;
    const scripted = api.submitScript.shift();
    if (scripted === 'offline') throw new TypeError('Failed to fetch');
    if (scripted === 'unavailable') return problem(503, 'storage_unavailable', 'Service Unavailable');
    if (typeof scripted === 'object' && scripted.status === 422) {
      return problem(422, 'validation_failed', 'Validation failed', scripted.errors);
    }
    if (typeof scripted === 'object' && scripted.status === 409)
      return problem(409, 'idempotency_conflict', 'Conflict');
    const key = idempotencyKey ?? `anonymous-${api.submissions.length}`;
    const existing = api.created.get(key);
    if (existing) return json(200, existing);
    const receipt = { ...aspirationReceipt, id: `asp_${api.created.size + 1}` };
    api.created.set(key, receipt);
    if (scripted === 'response-lost') throw new TypeError('Failed to fetch');
    return json(201, receipt);
  }

  return api;
}
