// People and what they may do: the roles, the scope each role carries, and the password's length bounds.
// Plain constants, types and functions for now: zod schemas (and their OpenAPI components) come with the first route
// that takes or returns them, so that bundles which do not use them (the public widgets) do not carry them.
import { regionLevelOf } from './region-code.js';

/**
 * `admin` runs the whole instance; `dinas` is an official of a Dinas Kominfo, scoped to a province or a regency or
 * city; `kim` is an operator of one KIM group. One person may hold several memberships (an operator of two groups).
 */
export const ROLES = ['admin', 'dinas', 'kim'] as const;
export type Role = (typeof ROLES)[number];

/** One role of a person with its scope: none for `admin`, a region code prefix for `dinas`, a group id for `kim`. */
export type Membership =
  | { role: 'admin'; scope: null }
  | { role: 'dinas'; scope: string }
  | { role: 'kim'; scope: string };

/** True when `code` can be the area of a Dinas official: a province (`19`) or a regency or city (`19.71`). */
export function isDinasScope(code: string): boolean {
  const level = regionLevelOf(code);
  return level === 'province' || level === 'regency' || level === 'city';
}

/** True when a membership's scope is what its role needs. */
export function isValidMembership(membership: { role: string; scope: string | null }): membership is Membership {
  const { role, scope } = membership;
  if (role === 'admin') return scope === null;
  if (role === 'dinas') return scope !== null && isDinasScope(scope);
  return role === 'kim' && scope !== null && scope.length > 0 && scope.length <= 64;
}

/**
 * Length bounds of a password, in characters. The server also refuses common passwords (a form cannot know them
 * all); the upper bound only keeps hashing cheap.
 */
export const PASSWORD_LIMITS = { min: 12, max: 256 } as const;
