// The auth part of the KIM API as a `fetch`, for the console's browser tests and stories: sign-in (one 401 for an
// unknown email and a wrong password), sign-out, me, invitations, a throttle after repeated failures, and a switch
// that ends every session (the next call with a secret gets 401). Answers follow api-12.md and the SDK's schemas.
import type { Me } from '@kim-kit/sdk';

export const FAKE_CONSOLE_BASE = 'https://console-api.kim.test';

export interface FakeAccount {
  email: string;
  password: string;
  me: Me;
}

export const DINAS_ME: Me = {
  id: 'usr_dinas_1',
  email: 'dinas@pangkalpinangkota.go.id',
  name: 'Rina Marlina',
  memberships: [{ role: 'dinas', region: { code: '19.71', name: 'Kota Pangkal Pinang' } }],
  capabilities: ['news.review', 'groups.create', 'groups.edit'],
} as unknown as Me;

export const INVITATION_SECRET = 'inv_abcdefghijklmnopqrstuvwxyz012345';

export interface FakeAuthApi {
  fetch: (request: Request) => Promise<Response>;
  accounts: FakeAccount[];
  /** Valid session secrets. */
  sessions: Map<string, Me>;
  /** Every request, in order. */
  requests: Request[];
  /** Failed sign-ins before the throttle answers 429. @default 5 */
  throttleAfter: number;
  failures: number;
  /** Ends every session on the server. */
  endAllSessions(): void;
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

const problem = (status: number, code: string, title: string, extra: Record<string, unknown> = {}, headers = {}) =>
  json(status, { type: `https://kim-kit.dev/problems/${code}`, title, status, code, ...extra }, headers);

let counter = 0;
const secret = () => `kims_${String(++counter).padStart(4, '0')}${'x'.repeat(44)}`;

export function createFakeAuthApi(base = FAKE_CONSOLE_BASE): FakeAuthApi {
  const api: FakeAuthApi = {
    accounts: [{ email: DINAS_ME.email, password: 'kalimat sandi yang panjang', me: DINAS_ME }],
    sessions: new Map(),
    requests: [],
    throttleAfter: 5,
    failures: 0,
    endAllSessions: () => api.sessions.clear(),
    fetch: async (request) => {
      api.requests.push(request.clone());
      const url = new URL(request.url);
      if (!url.href.startsWith(base)) return new Response('not found', { status: 404 });
      const path = url.pathname;
      const bearer = request.headers.get('authorization')?.replace(/^Bearer /, '');
      const session = (me: Me) => {
        const token = secret();
        api.sessions.set(token, me);
        const later = new Date(Date.now() + 3600_000).toISOString();
        return json(200, { token, expiresAt: later, idleExpiresAt: later, user: me });
      };
      if (path === '/v1/auth/sign-in' && request.method === 'POST') {
        if (api.failures >= api.throttleAfter) {
          return problem(429, 'rate_limited', 'Too Many Requests', {}, { 'retry-after': '120' });
        }
        const { email, password } = (await request.json()) as { email: string; password: string };
        const account = api.accounts.find((a) => a.email === email && a.password === password);
        if (!account) {
          api.failures++;
          return problem(401, 'invalid_credentials', 'Unauthorized');
        }
        return session(account.me);
      }
      if (path === '/v1/auth/invitations/preview' && request.method === 'POST') {
        const { token } = (await request.json()) as { token: string };
        if (token !== INVITATION_SECRET) return problem(404, 'invitation_invalid', 'Not Found');
        return json(200, {
          email: 'operator@kim-bukitintan.id',
          name: 'Budi Santoso',
          memberships: [
            {
              role: 'kim',
              group: { id: 'grp_1', slug: 'kim-bukit-intan', name: 'KIM Bukit Intan', regionCode: '19.71.01.1001' },
            },
          ],
          expiresAt: new Date(Date.now() + 86400_000).toISOString(),
        });
      }
      if (path === '/v1/auth/invitations/accept' && request.method === 'POST') {
        const { token, password } = (await request.json()) as { token: string; password: string };
        if (token !== INVITATION_SECRET) return problem(404, 'invitation_invalid', 'Not Found');
        if (password === 'password1234') {
          return problem(422, 'validation_failed', 'Unprocessable Content', {
            errors: [{ path: 'password', code: 'password_common', message: 'Kata sandi ini terlalu umum.' }],
          });
        }
        return session({
          id: 'usr_kim_1',
          email: 'operator@kim-bukitintan.id',
          name: 'Budi Santoso',
          memberships: [
            {
              role: 'kim',
              group: { id: 'grp_1', slug: 'kim-bukit-intan', name: 'KIM Bukit Intan', regionCode: '19.71.01.1001' },
            },
          ],
          capabilities: ['news.write'],
        } as unknown as Me);
      }
      if (!bearer || !api.sessions.has(bearer)) return problem(401, 'unauthenticated', 'Unauthorized');
      if (path === '/v1/auth/me' && request.method === 'GET') return json(200, api.sessions.get(bearer));
      if (path === '/v1/auth/sign-out' && request.method === 'POST') {
        api.sessions.delete(bearer);
        return new Response(null, { status: 204, headers: { 'kim-api-version': '1' } });
      }
      return problem(404, 'not_found', 'Not Found');
    },
  };
  return api;
}
