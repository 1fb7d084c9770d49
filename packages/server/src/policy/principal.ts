// Who is asking: a signed-in person with their memberships, as the policy sees them.

/**
 * A membership with what the policy needs to decide: a `kim` membership also carries its group's village, so
 * region-scoped rules (the aspirations of one's own village) can apply to it. The wiring resolves it when it loads
 * the person (or the API token, which carries a subset of its owner's memberships).
 */
export type GrantedMembership =
  | { role: 'admin'; scope: null }
  | { role: 'dinas'; scope: string }
  | { role: 'kim'; scope: string; regionCode: string };

/** A signed-in, enabled person. Anonymous callers and disabled accounts are `null`. */
export interface Principal {
  userId: string;
  memberships: readonly GrantedMembership[];
}

/** A role with its scope as the policy compares them: a region code prefix for `dinas`, a group id for `kim`. */
export type ScopedMembership = { role: 'admin'; scope: null } | { role: 'dinas' | 'kim'; scope: string };

/** The scoped form of a granted membership (drops the resolved village). */
export function toScopedMembership(granted: GrantedMembership): ScopedMembership {
  return granted.role === 'kim' ? { role: 'kim', scope: granted.scope } : granted;
}
