// The one place that decides who may do what: roles x actions x scope. Routes ask; they never decide themselves.
import type { NewsStatus } from '@kim-kit/sdk/schemas';
import type { Action, ActionTargets, MembershipTarget, NewsTarget } from './actions.js';
import type { GrantedMembership, Principal } from './principal.js';
import { regionWithin } from './region-scope.js';

/**
 * `unauthenticated`: nobody is signed in (answer 401). `forbidden`: the person may not (answer 403, or 404 where
 * even the existence of the target must not leak, e.g. a draft of another group).
 */
export type Decision = 'allow' | 'unauthenticated' | 'forbidden';

type Rule<A extends Action> = (
  memberships: readonly GrantedMembership[],
  target: ActionTargets[A],
  userId: string,
) => boolean;

const isAdmin = (ms: readonly GrantedMembership[]) => ms.some((m) => m.role === 'admin');
const dinasCovers = (ms: readonly GrantedMembership[], regionCode: string) =>
  ms.some((m) => m.role === 'dinas' && regionWithin(regionCode, m.scope));
const operatesGroup = (ms: readonly GrantedMembership[], groupId: string) =>
  ms.some((m) => m.role === 'kim' && m.scope === groupId);
/** Admins anywhere; Dinas officials within their region. */
const official = (ms: readonly GrantedMembership[], regionCode: string) => isAdmin(ms) || dinasCovers(ms, regionCode);

/** States in which an operator's own article is still theirs to change. */
const OPERATOR_EDITABLE: ReadonlySet<NewsStatus> = new Set(['draft', 'returned']);

/** Officials in scope, or the operator who wrote it while it is a draft of a group they still operate. */
const ownDraft = (ms: readonly GrantedMembership[], t: NewsTarget, userId: string) =>
  official(ms, t.regionCode) ||
  (t.authorId === userId && OPERATOR_EDITABLE.has(t.state) && operatesGroup(ms, t.groupId));

/** Officials in scope and nobody else, for the review side of the workflow. */
const reviewer = (ms: readonly GrantedMembership[], t: NewsTarget) => official(ms, t.regionCode);

/** Who may grant (or change, or take away) one membership: admins any; Dinas officials within their region. */
function mayGrant(ms: readonly GrantedMembership[], membership: MembershipTarget): boolean {
  if (isAdmin(ms)) return true;
  switch (membership.role) {
    case 'admin':
      return false;
    case 'dinas':
      // A provincial official may appoint officials of the province or of its regencies, not the other way round.
      return dinasCovers(ms, membership.scope);
    case 'kim':
      return dinasCovers(ms, membership.regionCode);
  }
}

const RULES: { [A in Action]: Rule<A> } = {
  'group.create': (ms, t) => official(ms, t.regionCode),
  'group.update_profile': (ms, t) => official(ms, t.regionCode) || operatesGroup(ms, t.groupId),
  'group.update_region_status': (ms, t) =>
    official(ms, t.regionCode) && (t.newRegionCode === undefined || official(ms, t.newRegionCode)),
  'group.archive': (ms, t) => official(ms, t.regionCode),
  'category.manage': (ms) => isAdmin(ms),
  'news.create_draft': (ms, t) => official(ms, t.regionCode) || operatesGroup(ms, t.groupId),
  'news.edit_draft': ownDraft,
  'news.submit': ownDraft,
  'news.publish': reviewer,
  'news.schedule': reviewer,
  'news.send_back': reviewer,
  'news.unpublish': reviewer,
  'news.correct': reviewer,
  'news.delete': ownDraft,
  'media.upload': (ms, t) =>
    t.groupId === undefined || t.regionCode === undefined
      ? ms.length > 0
      : official(ms, t.regionCode) || operatesGroup(ms, t.groupId),
  'user.invite': (ms, t) => mayGrant(ms, t.membership),
  // Nobody changes or disables their own account this way: the last admin cannot lock everyone out.
  'user.change_role': (ms, t, userId) => t.userId !== userId && [...t.current, ...t.next].every((m) => mayGrant(ms, m)),
  'user.disable': (ms, t, userId) => t.userId !== userId && t.current.every((m) => mayGrant(ms, m)),
  // One's own; an admin's anyone's; a Dinas official's those acting inside their region.
  'token.manage': (ms, t, userId) =>
    t.ownerId === userId || isAdmin(ms) || (typeof t.regionCode === 'string' && dinasCovers(ms, t.regionCode)),
  'audit.read': (ms, t) => isAdmin(ms) || (t.regionCode !== null && dinasCovers(ms, t.regionCode)),
  // An operator sees the aspirations of its own village that are not confidential, never who sent them.
  'aspiration.read': (ms, t) =>
    official(ms, t.regionCode) ||
    (!t.confidential && ms.some((m) => m.role === 'kim' && m.regionCode === t.regionCode)),
  // An anonymous reporter is hidden from everyone but the instance's administrators (as in SP4N-LAPOR!).
  'aspiration.read_reporter': (ms, t) => isAdmin(ms) || (!t.anonymous && dinasCovers(ms, t.regionCode)),
  'aspiration.change_status': (ms, t) => official(ms, t.regionCode),
  // An operator for their own KIM only; officials for any KIM of their region (e.g. at a Dinas service desk).
  'aspiration.intake': (ms, t) => official(ms, t.regionCode) || operatesGroup(ms, t.groupId),
  // Webhooks carry a region's events out of the system: officials of that region only, never an operator.
  'webhook.manage': (ms, t) => official(ms, t.regionCode),
  // A Dinas official keeps the registry of their own region; a provincial one, of the regencies inside it.
  'agency.manage': (ms, t) => official(ms, t.regionCode),
};

/** Whether `principal` may do `action` on `target`, and if not, whether signing in could help. */
export function decide<A extends Action>(principal: Principal | null, action: A, target: ActionTargets[A]): Decision {
  if (!principal) return 'unauthenticated';
  const rule = RULES[action] as Rule<A>;
  return rule(principal.memberships, target, principal.userId) ? 'allow' : 'forbidden';
}

/** `decide(...) === 'allow'`. */
export function can<A extends Action>(principal: Principal | null, action: A, target: ActionTargets[A]): boolean {
  return decide(principal, action, target) === 'allow';
}

/** A region a list may show, and whether confidential aspirations in it are included. */
export interface RegionGrant {
  prefix: string;
  includeConfidential: boolean;
}

/**
 * What a list of aspirations or audit entries may contain for this person, as a filter for the query: `'all'`, or
 * the regions (code prefixes) granted. The filter gives the same answer as `can()` for every row: a test walks both.
 */
export function listScope(
  principal: Principal | null,
  action: 'aspiration.read' | 'audit.read' | 'agency.manage',
): 'all' | RegionGrant[] {
  if (!principal) return [];
  const ms = principal.memberships;
  if (isAdmin(ms)) return 'all';
  const grants: RegionGrant[] = [];
  for (const m of ms) {
    if (m.role === 'dinas') grants.push({ prefix: m.scope, includeConfidential: true });
    else if (action === 'agency.manage') continue;
    else if (m.role === 'kim' && action === 'aspiration.read') {
      grants.push({ prefix: m.regionCode, includeConfidential: false });
    }
  }
  return grants;
}
