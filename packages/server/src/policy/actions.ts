// Everything someone may try to do, with what each decision needs to know about its target.
import type { NewsStatus } from '@kim-kit/sdk/schemas';

/** An article as the policy sees it. */
export interface NewsTarget {
  groupId: string;
  /** The group's village. */
  regionCode: string;
  /** Who wrote the draft. */
  authorId: string;
  state: NewsStatus;
}

/** An aspiration as the policy sees it. */
export interface AspirationTarget {
  /** The village it is about. */
  regionCode: string;
  confidential: boolean;
  anonymous: boolean;
}

/** A membership someone would grant, change or take away; a `kim` one with its group's village. */
export type MembershipTarget =
  | { role: 'admin' }
  | { role: 'dinas'; scope: string }
  | { role: 'kim'; groupId: string; regionCode: string };

/** A group as the policy sees it. */
export interface GroupTarget {
  groupId: string;
  regionCode: string;
}

export interface ActionTargets {
  /** Register a KIM group in a village. */
  'group.create': { regionCode: string };
  /** Name, address, decree, officers, contacts, logo... (not the region or the status). */
  'group.update_profile': GroupTarget;
  /** Move a group to another village, or make it active or inactive. */
  'group.update_region_status': GroupTarget & { newRegionCode?: string };
  'group.archive': GroupTarget;
  /** Create, rename, order and retire categories (one list for the instance). */
  'category.manage': Record<string, never>;
  'news.create_draft': GroupTarget;
  'news.edit_draft': NewsTarget;
  'news.submit': NewsTarget;
  'news.publish': NewsTarget;
  'news.schedule': NewsTarget;
  'news.send_back': NewsTarget;
  'news.unpublish': NewsTarget;
  /** Edit a published article (keeps publishedAt, moves updatedAt). */
  'news.correct': NewsTarget;
  'news.delete': NewsTarget;
  /** Upload an image; with a group, for that group. */
  'media.upload': Partial<GroupTarget>;
  'user.invite': { membership: MembershipTarget };
  'user.change_role': {
    userId: string;
    current: readonly MembershipTarget[];
    next: readonly MembershipTarget[];
  };
  'user.disable': { userId: string; current: readonly MembershipTarget[] };
  /**
   * List and revoke personal API tokens. `regionCode`: the region of the membership the token acts with (`null` for
   * an admin token); absent when asking about someone's own tokens in general.
   */
  'token.manage': { ownerId: string; regionCode?: string | null };
  /** Read audit entries about a region; `null` for instance-wide entries (categories, admins). */
  'audit.read': { regionCode: string | null };
  'aspiration.read': AspirationTarget;
  /** See the reporter's name, email and phone. */
  'aspiration.read_reporter': AspirationTarget;
  'aspiration.change_status': AspirationTarget;
  /** Record an aspiration for a resident through a KIM (the group that takes it, in its village). */
  'aspiration.intake': GroupTarget;
  /** Subscribe integrations to a region's events, change them, see their delivery log, replay a delivery. */
  'webhook.manage': { regionCode: string };
  /** Read, create, change, archive the perangkat daerah of a regency or city (`PP.KK`). */
  'agency.manage': { regionCode: string };
}

export type Action = keyof ActionTargets;

/** Every action, for tests and documentation. */
export const ACTIONS = [
  'group.create',
  'group.update_profile',
  'group.update_region_status',
  'group.archive',
  'category.manage',
  'news.create_draft',
  'news.edit_draft',
  'news.submit',
  'news.publish',
  'news.schedule',
  'news.send_back',
  'news.unpublish',
  'news.correct',
  'news.delete',
  'media.upload',
  'user.invite',
  'user.change_role',
  'user.disable',
  'token.manage',
  'audit.read',
  'aspiration.read',
  'aspiration.read_reporter',
  'aspiration.change_status',
  'aspiration.intake',
  'webhook.manage',
  'agency.manage',
] as const satisfies readonly Action[];
