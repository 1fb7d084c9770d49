// POST /v1/admin/aspiration-intakes as a `fetch`, for the intake widget's tests and stories: the operator's own KIM
// only (403), the verbal consent (422), one aspiration per Idempotency-Key (a replay answers the same receipt), and
// an `offline` switch. Everything else goes to the auth fake (sign-in, me). The public reads the embedded form makes
// (categories, regions) are served by the public fake (routeFetchTo) at the same base URL.
import type { AspirationIntakeReceipt, Me } from '@kim-kit/sdk';
import { createFakeAuthApi, type FakeAuthApi } from './fake-auth-api.js';

export const INTAKE_OPERATOR_ME: Me = {
  id: 'usr_kim_7',
  email: 'dewi@kim-bacang.id',
  name: 'Dewi Lestari',
  memberships: [
    {
      role: 'kim',
      group: { id: 'grp_bacang', slug: 'kim-bacang-berseri', name: 'KIM Bacang Berseri', regionCode: '19.71.01.1006' },
    },
  ],
  capabilities: ['news.write', 'groups.edit', 'media.upload', 'aspirations.read', 'aspirations.intake'],
} as unknown as Me;

export interface FakeIntakeApi extends FakeAuthApi {
  /** Every intake request that arrived (bodies parsed), replays included. */
  intakes: { key: string | null; body: Record<string, unknown> }[];
  /** Receipts by Idempotency-Key: its size is the number of aspirations recorded. */
  recorded: Map<string, AspirationIntakeReceipt>;
  /** While true, intake requests fail as if the device were offline. */
  offline: boolean;
  /** While set, intake requests wait for it. */
  hold: Promise<void> | undefined;
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
const problem = (status: number, code: string, extra: Record<string, unknown> = {}) =>
  json(status, { type: `https://kim-kit.dev/problems/${code}`, title: code, status, code, ...extra });

export function createFakeIntakeApi(): FakeIntakeApi {
  const api = createFakeAuthApi() as FakeIntakeApi;
  api.intakes = [];
  api.recorded = new Map();
  api.offline = false;
  api.hold = undefined;
  const authFetch = api.fetch;
  let n = 0;
  api.fetch = async (request) => {
    const url = new URL(request.url);
    if (url.pathname !== '/v1/admin/aspiration-intakes') return authFetch(request);
    api.requests.push(request.clone());
    if (api.hold) await api.hold;
    if (api.offline) throw new TypeError('Failed to fetch');
    const me = api.sessions.get(request.headers.get('authorization')?.replace(/^Bearer /, '') ?? '');
    if (!me) return problem(401, 'unauthorized');
    const key = request.headers.get('idempotency-key');
    const body = (await request.json()) as Record<string, unknown>;
    api.intakes.push({ key, body });
    const own = me.memberships.flatMap((m) => (m.role === 'kim' ? [m.group] : []));
    const group = own.find((g) => g.id === body.groupId);
    if (!group) return problem(403, 'forbidden');
    if (body.verbalConsent !== true) {
      return problem(422, 'validation_failed', { errors: [{ path: 'verbalConsent', message: 'Wajib' }] });
    }
    const earlier = key ? api.recorded.get(key) : undefined;
    if (earlier) return json(200, earlier);
    n += 1;
    const receipt: AspirationIntakeReceipt = {
      id: `asp_intake_${n}`,
      trackingCode: `7K3M9QX2P${'DEFGH'[n % 5]}`,
      status: 'received',
      submittedAt: '2026-11-30T02:05:00.000Z',
      regionCode: String(body.regionCode),
      intake: {
        channel: 'kim',
        group: { id: group.id, name: group.name },
        consent: 'verbal',
        recordedBy: { id: me.id, name: me.name },
      },
      reporter: (body.reporter as AspirationIntakeReceipt['reporter']) ?? null,
    };
    api.recorded.set(key ?? receipt.id, receipt);
    return json(201, receipt);
  };
  return api;
}
