// What a person may do somewhere in their scope, for `Me.capabilities`: the console shows its navigation from these.
import { CAPABILITIES, type Capability } from '@kim-kit/sdk/schemas';
import type { GrantedMembership } from './principal.js';

/**
 * Per role, the capabilities the policy (policy.ts) grants it inside its scope. `policy.test.ts` checks each line
 * against `can()`, so this table cannot drift from the rules.
 */
export const ROLE_CAPABILITIES: Readonly<Record<GrantedMembership['role'], readonly Capability[]>> = {
  admin: [
    'news.write',
    'news.review',
    'groups.create',
    'groups.edit',
    'categories.manage',
    'media.upload',
    'aspirations.read',
    'aspirations.triage',
    'aspirations.intake',
    'agencies.manage',
    'users.manage',
    'tokens.manage',
    'audit.read',
    'webhooks.manage',
  ],
  dinas: [
    'news.write',
    'news.review',
    'groups.create',
    'groups.edit',
    'media.upload',
    'aspirations.read',
    'aspirations.triage',
    'aspirations.intake',
    'agencies.manage',
    'users.manage',
    'tokens.manage',
    'audit.read',
    'webhooks.manage',
  ],
  // Everyone manages their own API tokens.
  kim: ['news.write', 'groups.edit', 'media.upload', 'aspirations.read', 'aspirations.intake', 'tokens.manage'],
};

/** The union over the memberships, in the contract's order. */
export function capabilitiesOf(memberships: readonly GrantedMembership[]): Capability[] {
  const granted = new Set(memberships.flatMap((m) => ROLE_CAPABILITIES[m.role]));
  return CAPABILITIES.filter((c) => granted.has(c));
}
