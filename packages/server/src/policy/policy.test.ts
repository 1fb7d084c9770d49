import { expect } from 'chai';
import { ACTIONS, type Action, type ActionTargets, type AspirationTarget, type NewsTarget } from './actions.js';
import { can, decide, listScope } from './policy.js';
import type { Principal } from './principal.js';
import { regionWithin } from './region-scope.js';

// Kelurahan Bacang and Asam in Kota Pangkal Pinang (19.71, province 19); Gambir in Jakarta Pusat (31.71).
const BACANG = '19.71.01.1006';
const ASAM = '19.71.04.1006';
const GAMBIR = '31.71.01.1001';

const PEOPLE = {
  admin: { userId: 'u_admin', memberships: [{ role: 'admin', scope: null }] },
  dinasProvince: { userId: 'u_prov', memberships: [{ role: 'dinas', scope: '19' }] },
  dinasCity: { userId: 'u_city', memberships: [{ role: 'dinas', scope: '19.71' }] },
  dinasJakarta: { userId: 'u_jkt', memberships: [{ role: 'dinas', scope: '31.71' }] },
  kimBacang: { userId: 'u_op1', memberships: [{ role: 'kim', scope: 'grp_bacang', regionCode: BACANG }] },
  kimTwoGroups: {
    userId: 'u_op2',
    memberships: [
      { role: 'kim', scope: 'grp_bacang', regionCode: BACANG },
      { role: 'kim', scope: 'grp_asam', regionCode: ASAM },
    ],
  },
  kimGambir: { userId: 'u_op3', memberships: [{ role: 'kim', scope: 'grp_gambir', regionCode: GAMBIR }] },
} satisfies Record<string, Principal>;
type Person = keyof typeof PEOPLE;
const EVERYONE = Object.keys(PEOPLE) as Person[];

const groupIn = { groupId: 'grp_bacang', regionCode: BACANG };
const groupOut = { groupId: 'grp_gambir', regionCode: GAMBIR };
const draftIn: NewsTarget = { ...groupIn, authorId: 'u_op1', state: 'draft' };
const draftOut: NewsTarget = { ...groupOut, authorId: 'u_op3', state: 'draft' };
const aspirationIn: AspirationTarget = { regionCode: BACANG, confidential: false, anonymous: false };
const aspirationOut: AspirationTarget = { regionCode: GAMBIR, confidential: false, anonymous: false };
const kimIn = { role: 'kim', groupId: 'grp_bacang', regionCode: BACANG } as const;
const kimOut = { role: 'kim', groupId: 'grp_gambir', regionCode: GAMBIR } as const;

const OFFICIALS_IN: Person[] = ['admin', 'dinasProvince', 'dinasCity'];
const OFFICIALS_OUT: Person[] = ['admin', 'dinasJakarta'];

/**
 * Every action, with a target in Kota Pangkal Pinang and one in Jakarta, and who may act on each. Everyone not
 * listed is refused (403); nobody signed in gets 401.
 */
type Row<A extends Action> = { in: [ActionTargets[A], Person[]]; out: [ActionTargets[A], Person[]] };
const TABLE: { [A in Action]: Row<A> } = {
  'group.create': { in: [{ regionCode: BACANG }, OFFICIALS_IN], out: [{ regionCode: GAMBIR }, OFFICIALS_OUT] },
  'group.update_profile': {
    in: [groupIn, [...OFFICIALS_IN, 'kimBacang', 'kimTwoGroups']],
    out: [groupOut, [...OFFICIALS_OUT, 'kimGambir']],
  },
  'group.update_region_status': { in: [groupIn, OFFICIALS_IN], out: [groupOut, OFFICIALS_OUT] },
  'group.archive': { in: [groupIn, OFFICIALS_IN], out: [groupOut, OFFICIALS_OUT] },
  'category.manage': { in: [{}, ['admin']], out: [{}, ['admin']] },
  'news.create_draft': {
    in: [groupIn, [...OFFICIALS_IN, 'kimBacang', 'kimTwoGroups']],
    out: [groupOut, [...OFFICIALS_OUT, 'kimGambir']],
  },
  'news.edit_draft': {
    in: [draftIn, [...OFFICIALS_IN, 'kimBacang']],
    out: [draftOut, [...OFFICIALS_OUT, 'kimGambir']],
  },
  'news.submit': { in: [draftIn, [...OFFICIALS_IN, 'kimBacang']], out: [draftOut, [...OFFICIALS_OUT, 'kimGambir']] },
  'news.publish': { in: [draftIn, OFFICIALS_IN], out: [draftOut, OFFICIALS_OUT] },
  'news.schedule': { in: [draftIn, OFFICIALS_IN], out: [draftOut, OFFICIALS_OUT] },
  'news.send_back': { in: [draftIn, OFFICIALS_IN], out: [draftOut, OFFICIALS_OUT] },
  'news.unpublish': { in: [draftIn, OFFICIALS_IN], out: [draftOut, OFFICIALS_OUT] },
  'news.correct': { in: [draftIn, OFFICIALS_IN], out: [draftOut, OFFICIALS_OUT] },
  'news.delete': { in: [draftIn, [...OFFICIALS_IN, 'kimBacang']], out: [draftOut, [...OFFICIALS_OUT, 'kimGambir']] },
  'media.upload': {
    in: [groupIn, [...OFFICIALS_IN, 'kimBacang', 'kimTwoGroups']],
    out: [groupOut, [...OFFICIALS_OUT, 'kimGambir']],
  },
  'user.invite': { in: [{ membership: kimIn }, OFFICIALS_IN], out: [{ membership: kimOut }, OFFICIALS_OUT] },
  'user.change_role': {
    in: [
      { userId: 'u_new', current: [kimIn], next: [kimIn, { ...kimIn, groupId: 'grp_asam', regionCode: ASAM }] },
      OFFICIALS_IN,
    ],
    out: [{ userId: 'u_new', current: [kimOut], next: [{ role: 'dinas', scope: '31.71' }] }, OFFICIALS_OUT],
  },
  'user.disable': {
    in: [{ userId: 'u_new', current: [kimIn] }, OFFICIALS_IN],
    out: [{ userId: 'u_new', current: [kimOut] }, OFFICIALS_OUT],
  },
  'token.manage': {
    in: [{ ownerId: 'u_op1', regionCode: BACANG }, ['kimBacang', ...OFFICIALS_IN]],
    out: [{ ownerId: 'u_op3', regionCode: GAMBIR }, ['kimGambir', ...OFFICIALS_OUT]],
  },
  'audit.read': { in: [{ regionCode: BACANG }, OFFICIALS_IN], out: [{ regionCode: GAMBIR }, OFFICIALS_OUT] },
  'aspiration.read': {
    in: [aspirationIn, [...OFFICIALS_IN, 'kimBacang', 'kimTwoGroups']],
    out: [aspirationOut, [...OFFICIALS_OUT, 'kimGambir']],
  },
  'aspiration.read_reporter': { in: [aspirationIn, OFFICIALS_IN], out: [aspirationOut, OFFICIALS_OUT] },
  'aspiration.change_status': { in: [aspirationIn, OFFICIALS_IN], out: [aspirationOut, OFFICIALS_OUT] },
  'aspiration.intake': {
    in: [groupIn, [...OFFICIALS_IN, 'kimBacang', 'kimTwoGroups']],
    out: [groupOut, [...OFFICIALS_OUT, 'kimGambir']],
  },
  'webhook.manage': { in: [{ regionCode: BACANG }, OFFICIALS_IN], out: [{ regionCode: GAMBIR }, OFFICIALS_OUT] },
  // The perangkat daerah of Kota Pangkal Pinang and of Jakarta Pusat: officials of the region, never operators.
  'agency.manage': { in: [{ regionCode: '19.71' }, OFFICIALS_IN], out: [{ regionCode: '31.71' }, OFFICIALS_OUT] },
};

describe('access policy', () => {
  it('has a row for every action', () => {
    expect(Object.keys(TABLE).sort()).to.deep.equal([...ACTIONS].sort());
  });

  for (const action of ACTIONS) {
    describe(action, () => {
      const row = TABLE[action] as Row<typeof action>;
      for (const side of ['in', 'out'] as const) {
        const [target, allowed] = row[side];
        it(`${side === 'in' ? 'in Kota Pangkal Pinang' : 'in Jakarta'}: ${allowed.join(', ')}; 403 for the rest, 401 anonymous`, () => {
          expect(decide(null, action, target as never)).to.equal('unauthenticated');
          for (const person of EVERYONE) {
            const expected = allowed.includes(person) ? 'allow' : 'forbidden';
            expect(decide(PEOPLE[person], action, target as never), person).to.equal(expected);
          }
        });
      }
    });
  }

  describe('an operator and its own articles', () => {
    const op = PEOPLE.kimBacang;
    it('edits, submits and deletes its own draft, and its draft sent back', () => {
      for (const state of ['draft', 'returned'] as const) {
        for (const action of ['news.edit_draft', 'news.submit', 'news.delete'] as const) {
          expect(can(op, action, { ...draftIn, state }), `${action} ${state}`).to.equal(true);
        }
      }
    });

    it('cannot change it once submitted, scheduled, published or unpublished: a Dinas official corrects it', () => {
      for (const state of ['submitted', 'scheduled', 'published', 'unpublished'] as const) {
        for (const action of ['news.edit_draft', 'news.submit', 'news.delete', 'news.correct'] as const) {
          expect(decide(op, action, { ...draftIn, state }), `${action} ${state}`).to.equal('forbidden');
        }
        expect(can(PEOPLE.dinasCity, 'news.correct', { ...draftIn, state })).to.equal(true);
      }
    });

    it("cannot touch a co-operator's draft, nor its own after leaving the group", () => {
      expect(can(PEOPLE.kimTwoGroups, 'news.edit_draft', draftIn)).to.equal(false);
      expect(can(PEOPLE.kimGambir, 'news.edit_draft', { ...draftIn, authorId: 'u_op3' })).to.equal(false);
    });

    it('never publishes, even its own', () => {
      for (const action of ['news.publish', 'news.schedule', 'news.send_back', 'news.unpublish'] as const) {
        expect(can(op, action, draftIn), action).to.equal(false);
      }
    });
  });

  describe('groups', () => {
    it('are moved only within the official’s region', () => {
      const move = (newRegionCode: string) => ({ ...groupIn, newRegionCode });
      expect(can(PEOPLE.dinasCity, 'group.update_region_status', move(ASAM))).to.equal(true);
      expect(can(PEOPLE.dinasCity, 'group.update_region_status', move(GAMBIR))).to.equal(false);
      expect(can(PEOPLE.admin, 'group.update_region_status', move(GAMBIR))).to.equal(true);
    });

    it('keep their region and status out of the operators’ hands', () => {
      expect(can(PEOPLE.kimBacang, 'group.update_region_status', groupIn)).to.equal(false);
      expect(can(PEOPLE.kimBacang, 'group.archive', groupIn)).to.equal(false);
    });
  });

  describe('people', () => {
    it('only an admin grants admin', () => {
      expect(can(PEOPLE.admin, 'user.invite', { membership: { role: 'admin' } })).to.equal(true);
      for (const person of ['dinasProvince', 'dinasCity', 'kimBacang'] as const) {
        expect(can(PEOPLE[person], 'user.invite', { membership: { role: 'admin' } }), person).to.equal(false);
      }
    });

    it('a provincial official appoints city officials, not the other way round', () => {
      expect(can(PEOPLE.dinasProvince, 'user.invite', { membership: { role: 'dinas', scope: '19.71' } })).to.equal(
        true,
      );
      expect(can(PEOPLE.dinasCity, 'user.invite', { membership: { role: 'dinas', scope: '19.71' } })).to.equal(true);
      expect(can(PEOPLE.dinasCity, 'user.invite', { membership: { role: 'dinas', scope: '19' } })).to.equal(false);
      expect(can(PEOPLE.dinasCity, 'user.invite', { membership: { role: 'dinas', scope: '19.01' } })).to.equal(false);
    });

    it('an official cannot change someone who also holds a role outside its region', () => {
      const target = { userId: 'u_new', current: [kimIn, kimOut], next: [kimIn] };
      expect(can(PEOPLE.dinasCity, 'user.change_role', target)).to.equal(false);
      expect(can(PEOPLE.dinasCity, 'user.disable', { userId: 'u_new', current: [kimIn, kimOut] })).to.equal(false);
      expect(can(PEOPLE.admin, 'user.change_role', target)).to.equal(true);
    });

    it('nobody changes or disables their own account (the last admin cannot lock everyone out)', () => {
      const self = { userId: 'u_admin', current: [{ role: 'admin' } as const] };
      expect(decide(PEOPLE.admin, 'user.change_role', { ...self, next: [] })).to.equal('forbidden');
      expect(decide(PEOPLE.admin, 'user.disable', self)).to.equal('forbidden');
    });
  });

  describe('aspirations', () => {
    it('an operator never sees a confidential aspiration, even of its own village', () => {
      const confidential = { ...aspirationIn, confidential: true };
      expect(can(PEOPLE.kimBacang, 'aspiration.read', confidential)).to.equal(false);
      expect(can(PEOPLE.dinasCity, 'aspiration.read', confidential)).to.equal(true);
    });

    it('an anonymous reporter is visible to the instance admins only', () => {
      const anonymous = { ...aspirationIn, anonymous: true };
      expect(can(PEOPLE.dinasCity, 'aspiration.read_reporter', anonymous)).to.equal(false);
      expect(can(PEOPLE.admin, 'aspiration.read_reporter', anonymous)).to.equal(true);
    });

    it('a list filter gives every person exactly the aspirations can() allows', () => {
      const rows: AspirationTarget[] = [BACANG, ASAM, GAMBIR, '19.01.01.2001'].flatMap((regionCode) =>
        [false, true].map((confidential) => ({ regionCode, confidential, anonymous: false })),
      );
      for (const person of EVERYONE) {
        const scope = listScope(PEOPLE[person], 'aspiration.read');
        const listed = rows.filter(
          (row) =>
            scope === 'all' ||
            scope.some((g) => regionWithin(row.regionCode, g.prefix) && (g.includeConfidential || !row.confidential)),
        );
        expect(listed, person).to.deep.equal(rows.filter((row) => can(PEOPLE[person], 'aspiration.read', row)));
      }
      expect(listScope(null, 'aspiration.read')).to.deep.equal([]);
    });

    it('a list filter of the audit log agrees with can() too', () => {
      for (const person of EVERYONE) {
        const scope = listScope(PEOPLE[person], 'audit.read');
        for (const regionCode of [BACANG, GAMBIR]) {
          const listed = scope === 'all' || scope.some((g) => regionWithin(regionCode, g.prefix));
          expect(listed, `${person} ${regionCode}`).to.equal(can(PEOPLE[person], 'audit.read', { regionCode }));
        }
      }
      expect(can(PEOPLE.dinasProvince, 'audit.read', { regionCode: null })).to.equal(false);
      expect(can(PEOPLE.admin, 'audit.read', { regionCode: null })).to.equal(true);
    });
  });

  it('uploads without a group are open to anyone signed in', () => {
    for (const person of EVERYONE) expect(can(PEOPLE[person], 'media.upload', {}), person).to.equal(true);
    expect(decide(null, 'media.upload', {})).to.equal('unauthenticated');
    expect(decide({ userId: 'u_none', memberships: [] }, 'media.upload', {})).to.equal('forbidden');
  });
});

describe('regionWithin', () => {
  it('matches whole code segments only', () => {
    expect(regionWithin('19.71.01.1004', '19.71')).to.equal(true);
    expect(regionWithin('19.71', '19.71')).to.equal(true);
    expect(regionWithin('19.71.01.1004', '19')).to.equal(true);
    expect(regionWithin('19.710', '19.71')).to.equal(false);
    expect(regionWithin('19.7', '19.71')).to.equal(false);
    expect(regionWithin('191.71', '19')).to.equal(false);
    expect(regionWithin('19', '19.71')).to.equal(false);
  });
});
