import { CAPABILITIES, type Capability } from '@kim-kit/sdk/schemas';
import { expect } from 'chai';
import { capabilitiesOf, ROLE_CAPABILITIES } from './capabilities.js';
import { can } from './policy.js';
import type { GrantedMembership, Principal } from './principal.js';

const VILLAGE = '19.71.01.1006';
const GROUP = 'grp_0002';

/** One action per capability, on a target inside the membership's scope. */
const PROBES: Record<Capability, (p: Principal) => boolean> = {
  'news.write': (p) => can(p, 'news.create_draft', { groupId: GROUP, regionCode: VILLAGE }),
  'news.review': (p) =>
    can(p, 'news.publish', { groupId: GROUP, regionCode: VILLAGE, authorId: 'usr_x', state: 'submitted' }),
  'groups.create': (p) => can(p, 'group.create', { regionCode: VILLAGE }),
  'groups.edit': (p) => can(p, 'group.update_profile', { groupId: GROUP, regionCode: VILLAGE }),
  'categories.manage': (p) => can(p, 'category.manage', {}),
  'media.upload': (p) => can(p, 'media.upload', { groupId: GROUP, regionCode: VILLAGE }),
  'aspirations.read': (p) => can(p, 'aspiration.read', { regionCode: VILLAGE, confidential: false, anonymous: false }),
  'aspirations.triage': (p) =>
    can(p, 'aspiration.change_status', { regionCode: VILLAGE, confidential: false, anonymous: false }),
  'aspirations.intake': (p) => can(p, 'aspiration.intake', { groupId: GROUP, regionCode: VILLAGE }),
  'agencies.manage': (p) => can(p, 'agency.manage', { regionCode: '19.71' }),
  'users.manage': (p) => can(p, 'user.invite', { membership: { role: 'kim', groupId: GROUP, regionCode: VILLAGE } }),
  'tokens.manage': (p) => can(p, 'token.manage', { ownerId: p.userId }),
  'audit.read': (p) => can(p, 'audit.read', { regionCode: VILLAGE }),
  'webhooks.manage': (p) => can(p, 'webhook.manage', { regionCode: VILLAGE }),
};

const MEMBERSHIPS: GrantedMembership[] = [
  { role: 'admin', scope: null },
  { role: 'dinas', scope: '19.71' },
  { role: 'kim', scope: GROUP, regionCode: VILLAGE },
];

describe('capabilities', () => {
  for (const membership of MEMBERSHIPS) {
    it(`of a ${membership.role} are what the policy allows inside its scope`, () => {
      const principal: Principal = { userId: 'usr_me', memberships: [membership] };
      const allowed = CAPABILITIES.filter((c) => PROBES[c](principal));
      expect(capabilitiesOf([membership])).to.deep.equal(allowed);
      expect([...ROLE_CAPABILITIES[membership.role]].sort()).to.deep.equal([...allowed].sort());
    });
  }

  it('of several memberships are their union, in the contract order', () => {
    const both = capabilitiesOf([MEMBERSHIPS[2] as GrantedMembership, MEMBERSHIPS[1] as GrantedMembership]);
    expect(both).to.deep.equal(CAPABILITIES.filter((c) => c !== 'categories.manage'));
  });
});
