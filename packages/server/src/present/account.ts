// People as the API shows them: who is signed in (Me), and their sessions.
import type { Me, Membership } from '@kim-kit/sdk/schemas';
import { capabilitiesOf } from '../policy/capabilities.js';
import type { GrantedMembership } from '../policy/principal.js';
import type { MembershipRecord, UserRecord } from '../storage/storage.js';

/** True when a shown membership is the granted one (same role, same region or group). */
function sameMembership(shown: MembershipRecord, granted: GrantedMembership): boolean {
  if (shown.role !== granted.role) return false;
  if (shown.role === 'dinas') return shown.region.code === granted.scope;
  if (shown.role === 'kim') return shown.group.id === granted.scope;
  return true;
}

/**
 * The signed-in person with what they may do. Through an API token only the token's one membership counts: a token
 * never acts with more than it was made for.
 */
export function presentMe(user: UserRecord, memberships: readonly GrantedMembership[]): Me {
  const shown: Membership[] = user.memberships.filter((m) => memberships.some((g) => sameMembership(m, g)));
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    memberships: shown,
    capabilities: capabilitiesOf(memberships),
  };
}

/** A person's memberships as the policy sees them (what a new session acts with). */
export function grantedOf(user: UserRecord): GrantedMembership[] {
  return user.memberships.map((m): GrantedMembership => {
    if (m.role === 'admin') return { role: 'admin', scope: null };
    if (m.role === 'dinas') return { role: 'dinas', scope: m.region.code };
    return { role: 'kim', scope: m.group.id, regionCode: m.group.regionCode };
  });
}
