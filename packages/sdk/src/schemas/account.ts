// People and what they may do: roles, the scope of each role, and the password rule.
// No route uses these yet, so they carry no component id (an unused component fails the OpenAPI lint): give each its
// `z.meta({ id })` with the first route that takes or returns it.
import * as z from 'zod/mini';
import { regionLevelOf } from './region-code.js';

/**
 * `admin` runs the whole instance; `dinas` is an official of a Dinas Kominfo, scoped to a province or a regency or
 * city; `kim` is an operator of one KIM group. One person may hold several memberships (an operator of two groups).
 */
export const ROLES = ['admin', 'dinas', 'kim'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/** Levels whose officials a Dinas scope names: a province (`19`) or a regency or city (`19.71`). */
const DINAS_LEVELS = new Set(['province', 'regency', 'city']);

/** True when `code` can be the area of a Dinas official: a province or a regency or city code. */
export const isDinasScope = (code: string) => DINAS_LEVELS.has(regionLevelOf(code) ?? '');

/** One role of a person with its scope: none for `admin`, a region for `dinas`, a group id for `kim`. */
export type Membership =
  | { role: 'admin'; scope: null }
  | { role: 'dinas'; scope: string }
  | { role: 'kim'; scope: string };

const SCOPE_OF: Readonly<Record<Role, (scope: string | null) => boolean>> = {
  admin: (scope) => scope === null,
  dinas: (scope) => scope !== null && isDinasScope(scope),
  kim: (scope) => scope !== null && scope.length > 0,
};

/**
 * A membership as it travels. A plain object with a check rather than a discriminated union: the same rule for
 * ~1 KB less of zod in every browser bundle of the SDK.
 */
export const Membership = z.object({ role: Role, scope: z.nullable(z.string().check(z.maxLength(64))) }).check(
  z.refine((m) => SCOPE_OF[m.role](m.scope), {
    message: 'Expected null for admin, a province or regency/city code for dinas, a group id for kim',
    path: ['scope'],
  }),
) as unknown as z.ZodMiniType<Membership>;

/**
 * Length bounds of a password, in characters. The server also refuses common passwords (the form cannot know them
 * all); the upper bound only keeps hashing cheap.
 */
export const PASSWORD_LIMITS = { min: 12, max: 256 } as const;

/**
 * A new password as a form sends it (the contract's validation messages word its length errors in id and en); the
 * server checks it further against a list of common passwords.
 */
export const NewPassword = z.string().check(z.minLength(PASSWORD_LIMITS.min), z.maxLength(PASSWORD_LIMITS.max));
