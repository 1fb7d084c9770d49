// Webhook subscriptions of the KIM API as a `fetch`, on top of the fake auth API, for the browser tests and stories of
// <kim-webhook-admin>: list, create (a secret once), PATCH with If-Match (412 with `current`), delete, rotate, the
// delivery log (paged) and replay (409 while paused). Answers follow the server's routes and pass the SDK's schemas.
import { isWebhookUrl, type Me, type WebhookDeliveryAttempt, type WebhookSubscription } from '@kim-kit/sdk';
import { createFakeAuthApi, DINAS_ME, FAKE_CONSOLE_BASE, type FakeAuthApi } from './fake-auth-api.js';

export const WEBHOOK_DINAS_ME: Me = {
  ...DINAS_ME,
  capabilities: ['news.review', 'groups.create', 'groups.edit', 'tokens.manage', 'audit.read', 'webhooks.manage'],
};
export const WEBHOOK_OPERATOR_ME: Me = {
  id: 'usr_kim_9',
  email: 'operator@kim-bacang.id',
  name: 'Budi Santoso',
  memberships: [
    {
      role: 'kim',
      group: { id: 'grp_0002', slug: 'kim-bacang-berseri', name: 'KIM Bacang Berseri', regionCode: '19.71.05.1002' },
    },
  ],
  capabilities: ['news.write', 'groups.edit', 'tokens.manage'],
};
export const WEBHOOK_PASSWORD = 'kalimat sandi yang panjang';

export interface FakeWebhooksApi extends FakeAuthApi {
  hooks: WebhookSubscription[];
  deliveries: Map<string, WebhookDeliveryAttempt[]>;
  replayed: string[];
  /** Every list and log answers 503 while set. */
  failReads: boolean;
  pageSize: number;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers },
  });
const problem = (status: number, code: string, title: string, extra: Record<string, unknown> = {}) =>
  json(status, { type: `https://kim-kit.dev/problems/${code}`, title, status, code, ...extra });

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000).toISOString();

export function sampleHooks(): WebhookSubscription[] {
  return [
    {
      id: 'whk_lapor',
      regionCode: '19.71',
      url: 'https://lapor.pangkalpinangkota.go.id/kim-hook',
      events: ['aspiration.received', 'aspiration.status'],
      description: 'Jembatan SP4N-LAPOR!',
      active: true,
      createdAt: minutesAgo(60 * 24 * 3),
      updatedAt: minutesAgo(60 * 24 * 3),
      version: 1,
    },
    {
      id: 'whk_wa',
      regionCode: '19.71.01',
      url: 'https://wa-gateway.example.id/kim',
      events: ['aspiration.status'],
      description: '',
      active: false,
      createdAt: minutesAgo(60 * 24),
      updatedAt: minutesAgo(60),
      version: 3,
    },
  ];
}

export function sampleDeliveries(): WebhookDeliveryAttempt[] {
  return [
    {
      deliveryId: 'out_2',
      event: 'aspiration.status',
      attempt: 2,
      at: minutesAgo(5),
      statusCode: null,
      durationMs: 10_000,
      error: 'The operation was aborted due to timeout',
      deliveryStatus: 'pending',
    },
    {
      deliveryId: 'out_2',
      event: 'aspiration.status',
      attempt: 1,
      at: minutesAgo(6),
      statusCode: 502,
      durationMs: 120,
      error: 'HTTP 502',
      deliveryStatus: 'pending',
    },
    {
      deliveryId: 'out_1',
      event: 'aspiration.received',
      attempt: 1,
      at: minutesAgo(60),
      statusCode: 200,
      durationMs: 80,
      error: null,
      deliveryStatus: 'sent',
    },
  ];
}

export function createFakeWebhooksApi(base = FAKE_CONSOLE_BASE): FakeWebhooksApi {
  const auth = createFakeAuthApi(base);
  auth.accounts[0]!.me = WEBHOOK_DINAS_ME;
  auth.accounts.push({ email: WEBHOOK_OPERATOR_ME.email, password: WEBHOOK_PASSWORD, me: WEBHOOK_OPERATOR_ME });
  const api = auth as FakeWebhooksApi;
  api.hooks = sampleHooks();
  api.deliveries = new Map([['whk_lapor', sampleDeliveries()]]);
  api.replayed = [];
  api.failReads = false;
  api.pageSize = 20;
  let seq = 0;
  const authFetch = auth.fetch;

  const page = <T>(rows: T[], url: URL) => {
    const start = Number(url.searchParams.get('cursor') ?? 0);
    const data = rows.slice(start, start + api.pageSize);
    const next = start + api.pageSize < rows.length ? String(start + api.pageSize) : null;
    return json(200, { data, nextCursor: next });
  };

  api.fetch = async (request) => {
    const url = new URL(request.url);
    const path = url.pathname;
    if (!path.startsWith('/v1/admin/webhooks')) return authFetch(request);
    api.requests.push(request.clone());
    const bearer = request.headers.get('authorization')?.replace(/^Bearer /, '');
    const me = bearer ? api.sessions.get(bearer) : undefined;
    if (!me) return problem(401, 'unauthorized', 'Sesi berakhir');
    if (!me.capabilities.includes('webhooks.manage')) return problem(403, 'forbidden', 'Dilarang');
    const [, , , , id, sub, deliveryId, action] = path.split('/');
    const method = request.method;
    if (!id) {
      if (method === 'GET') return api.failReads ? problem(503, 'storage_unavailable', 'Galat') : page(api.hooks, url);
      const input = (await request.json()) as {
        url: string;
        events: WebhookSubscription['events'];
        regionCode: string;
      };
      if (!isWebhookUrl(input.url)) {
        return problem(422, 'validation_failed', 'Tidak valid', {
          errors: [{ path: 'url', code: 'custom', message: 'Gunakan alamat https:// (http:// hanya untuk localhost)' }],
        });
      }
      const now = new Date().toISOString();
      const hook: WebhookSubscription = {
        id: `whk_${++seq}`,
        regionCode: input.regionCode,
        url: input.url,
        events: input.events,
        description: '',
        active: true,
        createdAt: now,
        updatedAt: now,
        version: 1,
      };
      api.hooks.push(hook);
      return json(201, { ...hook, secret: `whsec_${'s'.repeat(40)}${seq}` });
    }
    const index = api.hooks.findIndex((h) => h.id === id);
    const hook = api.hooks[index];
    if (!hook) return problem(404, 'not_found', 'Tidak ada');
    const version = Number(request.headers.get('if-match')?.replaceAll('"', ''));
    const stale = () => problem(412, 'precondition_failed', 'Sudah diubah', { current: hook });
    if (sub === 'deliveries' && !deliveryId) {
      if (api.failReads) return problem(503, 'storage_unavailable', 'Galat');
      return page(api.deliveries.get(id) ?? [], url);
    }
    if (sub === 'deliveries' && action === 'replay') {
      if (!hook.active) return problem(409, 'conflict', 'Langganan ini nonaktif; aktifkan dulu');
      api.replayed.push(deliveryId!);
      return json(204, null);
    }
    if (sub === 'rotate-secret') {
      if (version !== hook.version) return stale();
      const next = { ...hook, version: hook.version + 1, updatedAt: new Date().toISOString() };
      api.hooks[index] = next;
      return json(200, { ...next, secret: `whsec_${'r'.repeat(40)}${++seq}` });
    }
    if (method === 'PATCH') {
      if (version !== hook.version) return stale();
      const patch = (await request.json()) as Partial<WebhookSubscription>;
      const next = { ...hook, ...patch, version: hook.version + 1, updatedAt: new Date().toISOString() };
      api.hooks[index] = next;
      return json(200, next, { etag: `"${next.version}"` });
    }
    if (method === 'DELETE') {
      api.hooks.splice(index, 1);
      return json(204, null);
    }
    return json(200, hook);
  };
  return api;
}
