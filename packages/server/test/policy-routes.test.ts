// The policy over HTTP: every write route (test/helpers/write-routes.ts) x every role, in scope and out of scope,
// and anonymous, against the real app. Each request gets a fresh target and a freshly signed-in person, so no row
// depends on another.
import { expect } from 'chai';
import { signedIn } from './helpers/accounts.js';
import { TEST_ENGINE, testApp } from './helpers/setup.js';
import { GROUP_IN, GROUP_OTHER, ROLES, type Role, WRITE_ROUTES } from './helpers/write-routes.js';

type App = Awaited<ReturnType<typeof testApp>>;

const MEMBERSHIPS = {
  admin: { role: 'admin' },
  dinas: { role: 'dinas', regionCode: '19.71' },
  dinasOut: { role: 'dinas', regionCode: '31.71' },
  kim: { role: 'kim', groupId: GROUP_IN },
  kimOther: { role: 'kim', groupId: GROUP_OTHER },
} as const;

describe(`the policy on every write route, by role (${TEST_ENGINE})`, () => {
  let t: App;
  before(async () => {
    t = await testApp({ signInThrottle: false, rateLimit: false });
  });

  for (const route of WRITE_ROUTES) {
    const expected = (role: Role) => route.expect[role] ?? 401;
    it(`${route.name}: ${ROLES.map((r) => `${r} ${expected(r)}`).join(', ')}`, async () => {
      const got: Partial<Record<Role, number>> = {};
      for (const role of ROLES) {
        const who = role === 'anonymous' ? undefined : await signedIn(t, MEMBERSHIPS[role]);
        const { path, init } = await route.request({ storage: t.storage, who, role });
        const headers = { ...(init.headers as Record<string, string> | undefined), ...who?.headers };
        const response = await t.request(path, { ...init, headers });
        got[role] = response.status;
        if (response.status >= 400) {
          expect(response.headers.get('content-type'), `${role}: ${await response.clone().text()}`).to.equal(
            'application/problem+json',
          );
        }
        if (response.status === 401) expect(response.headers.get('www-authenticate')).to.match(/^Bearer /);
      }
      expect(got).to.deep.equal(Object.fromEntries(ROLES.map((r) => [r, expected(r)])));
    });
  }
});
