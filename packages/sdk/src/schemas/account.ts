// People and what they may do: roles, the scope of each role, and the password rule.
// No route uses these yet, so they carry no component id (an unused component fails the OpenAPI lint): give each its
// `z.meta({ id })` with the first route that takes or returns it.
import * as z from 'zod/mini';
import { Id } from './common.js';

/**
 * `admin` runs the whole instance; `dinas` is an official of a Dinas Kominfo, scoped to a province or a regency or
 * city; `kim` is an operator of one KIM group. One person may hold several memberships (an operator of two groups).
 */
export const ROLES = ['admin', 'dinas', 'kim'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/** The area of a Dinas official: a province code `PP` (e.g. `19`) or a regency or city code `PP.KK` (`19.71`). */
export const DinasScope = z.string().check(
  z.regex(/^\d{2}(\.\d{2})?$/, 'Expected a province (PP) or regency/city (PP.KK) code'),
  z.meta({
    description: 'Kemendagri code of a province (`PP`) or a regency or city (`PP.KK`).',
    example: '19.71',
  }),
);

/** One role of a person with its scope: none for `admin`, a region for `dinas`, a group id for `kim`. */
export const Membership = z
  .discriminatedUnion('role', [
    z.object({ role: z.literal('admin'), scope: z.null() }),
    z.object({ role: z.literal('dinas'), scope: DinasScope }),
    z.object({ role: z.literal('kim'), scope: Id }),
  ])
  .check(
    z.meta({
      description:
        'A role and its scope: `admin` has none (`null`), `dinas` a region code prefix (`19` or `19.71`), ' +
        '`kim` the id of its group.',
    }),
  );
export type Membership = z.infer<typeof Membership>;

/**
 * Length bounds of a password, in characters. The server also refuses common passwords (the form cannot know them
 * all); the upper bound only keeps hashing cheap.
 */
export const PASSWORD_LIMITS = { min: 12, max: 256 } as const;

/** A new password as a form sends it: the server checks it further against a list of common passwords. */
export const NewPassword = z
  .string()
  .check(
    z.minLength(PASSWORD_LIMITS.min, `Use at least ${PASSWORD_LIMITS.min} characters`),
    z.maxLength(PASSWORD_LIMITS.max, `Use at most ${PASSWORD_LIMITS.max} characters`),
  );
