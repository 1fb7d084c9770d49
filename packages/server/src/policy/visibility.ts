// When the policy refuses an action on one record, whether the refusal may say so (403) or must look like the record
// does not exist (404): someone who may not even know of a record learns nothing from its id.
import type { Action, ActionTargets } from './actions.js';
import { can } from './policy.js';
import type { Principal } from './principal.js';

type Visibility<A extends Action> = (principal: Principal, target: ActionTargets[A]) => boolean;

/**
 * Per action on an existing record: may this person know that the record exists? Actions not listed answer 403 (the
 * record is public, or the action creates one). Add a line here for every action on a record a role may not see.
 */
const VISIBLE: { [A in Action]?: Visibility<A> } = {
  // An aspiration outside one's region, or a confidential one for an operator: as if there were none.
  'aspiration.read': () => false,
  'aspiration.read_reporter': (p, t) => can(p, 'aspiration.read', t),
  'aspiration.change_status': (p, t) => can(p, 'aspiration.read', t),
  // A person is visible to whoever may manage one of their memberships.
  'user.change_role': (p, t) => t.current.some((membership) => can(p, 'user.invite', { membership })),
  'user.disable': (p, t) => t.current.some((membership) => can(p, 'user.invite', { membership })),
  // Someone else's API token outside one's region.
  'token.manage': () => false,
};

/** True when a refusal of `action` on `target` may be a 403; false when it must be a 404. */
export function mayKnowOf<A extends Action>(principal: Principal, action: A, target: ActionTargets[A]): boolean {
  const visible = VISIBLE[action] as Visibility<A> | undefined;
  return visible ? visible(principal, target) : true;
}
