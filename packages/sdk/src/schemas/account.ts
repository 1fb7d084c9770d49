// People and what they may do: accounts, roles scoped to a region or a group, sessions, invitations, API tokens.
import * as z from 'zod/mini';
import { Id, RegionRef, Timestamp } from './common.js';
import { GroupRef } from './group.js';
import { regionLevelOf } from './region-code.js';
import { withMessage } from './validation-messages.js';

/**
 * `admin` runs the whole instance; `dinas` is an official of a province or a regency/city (a Dinas Kominfo), scoped
 * by that region's code; `kim` is an operator of one KIM group. A person may hold several roles.
 */
export const ROLES = ['admin', 'dinas', 'kim'] as const;
export const Role = z.enum(ROLES).check(z.meta({ id: 'Role' }));
export type Role = z.infer<typeof Role>;

/** True when `code` can be the area of a Dinas official: a province (`19`) or a regency or city (`19.71`). */
export function isDinasScope(code: string): boolean {
  const level = regionLevelOf(code);
  return level === 'province' || level === 'regency' || level === 'city';
}

/** The code of a province (`PP`) or of a regency or city (`PP.KK`): the scope of a Dinas official. */
export const DinasScopeCode = z.string().check(
  withMessage(z.refine(isDinasScope), {
    id: 'Masukkan kode provinsi (19) atau kabupaten/kota (19.71)',
    en: 'Expected the code of a province (19) or a regency/city (19.71)',
  }),
  z.meta({ id: 'DinasScopeCode', example: '19.71' }),
);

/** A role as it is granted: the scope is named by code or id. */
export const MembershipInput = z
  .discriminatedUnion('role', [
    z.object({ role: z.literal('admin') }),
    z.object({ role: z.literal('dinas'), regionCode: DinasScopeCode }),
    z.object({ role: z.literal('kim'), groupId: Id }),
  ])
  .check(z.meta({ id: 'MembershipInput' }));
export type MembershipInput = z.infer<typeof MembershipInput>;

/** A role as it is shown: the scope is named in words too. */
export const Membership = z
  .discriminatedUnion('role', [
    z.object({ role: z.literal('admin') }),
    z.object({ role: z.literal('dinas'), region: RegionRef }),
    z.object({ role: z.literal('kim'), group: GroupRef }),
  ])
  .check(z.meta({ id: 'Membership' }));
export type Membership = z.infer<typeof Membership>;

/**
 * What a signed-in person may do anywhere in their scope, as decided by the server's policy; a console shows its
 * navigation from these instead of re-deriving the rules.
 */
export const CAPABILITIES = [
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
] as const;
export const Capability = z.enum(CAPABILITIES).check(z.meta({ id: 'Capability' }));
export type Capability = z.infer<typeof Capability>;

export const USER_STATUSES = ['invited', 'active', 'disabled'] as const;
export const UserStatus = z.enum(USER_STATUSES).check(z.meta({ id: 'UserStatus' }));
export type UserStatus = z.infer<typeof UserStatus>;

/**
 * Length bounds of a password, in characters. The server also refuses common passwords (a form cannot know them
 * all); the upper bound only keeps hashing cheap.
 */
export const PASSWORD_LIMITS = { min: 12, max: 256 } as const;

/** Length bounds of account fields. */
export const ACCOUNT_LIMITS = {
  password: PASSWORD_LIMITS,
  name: { min: 1, max: 100 },
  email: { max: 254 },
  tokenName: { min: 1, max: 80 },
  tokenDays: { min: 1, max: 365 },
} as const;

const Email = z.email().check(z.maxLength(ACCOUNT_LIMITS.email.max));
const PersonName = z
  .string()
  .check(z.trim(), z.minLength(ACCOUNT_LIMITS.name.min), z.maxLength(ACCOUNT_LIMITS.name.max));
const NewPassword = z
  .string()
  .check(z.minLength(ACCOUNT_LIMITS.password.min), z.maxLength(ACCOUNT_LIMITS.password.max));

/** A person who may sign in. Email addresses are personal data: admins and officials in scope only. */
export const User = z
  .object({
    id: Id,
    email: Email,
    name: z.string(),
    status: UserStatus,
    memberships: z.array(Membership),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    lastSignInAt: z.nullable(Timestamp),
    /** Send it back in `If-Match` to change the account. */
    version: z.number().check(z.int(), z.positive()),
  })
  .check(z.meta({ id: 'User' }));
export type User = z.infer<typeof User>;

/** Who is signed in, with what they may do. */
export const Me = z
  .object({
    id: Id,
    email: Email,
    name: z.string(),
    memberships: z.array(Membership),
    capabilities: z.array(Capability),
  })
  .check(z.meta({ id: 'Me' }));
export type Me = z.infer<typeof Me>;

/** A person named inside another record (an author, an actor). */
export const UserRef = z.object({ id: Id, name: z.string() }).check(z.meta({ id: 'UserRef' }));
export type UserRef = z.infer<typeof UserRef>;

export const SignInInput = z
  .object({ email: Email, password: z.string().check(z.minLength(1), z.maxLength(ACCOUNT_LIMITS.password.max)) })
  .check(z.meta({ id: 'SignInInput' }));
export type SignInInput = z.infer<typeof SignInInput>;

/**
 * A signed-in session. `token` is shown once: send it as `Authorization: Bearer <token>`. A session ends after
 * `idleExpiresAt` without use (each use moves it) or at `expiresAt`, whichever comes first.
 */
export const Session = z
  .object({
    token: z.string().check(z.minLength(43)),
    expiresAt: Timestamp,
    idleExpiresAt: Timestamp,
    user: Me,
  })
  .check(z.meta({ id: 'Session' }));
export type Session = z.infer<typeof Session>;

/** The one-time secret of an invitation (or of a password reset), from the link. */
const InvitationSecret = z.string().check(z.minLength(20), z.maxLength(200));

export const InvitationToken = z.object({ token: InvitationSecret }).check(z.meta({ id: 'InvitationToken' }));
export type InvitationToken = z.infer<typeof InvitationToken>;

/** What an invitation link is for, shown before the person sets a password. */
export const InvitationPreview = z
  .object({ email: Email, name: z.string(), memberships: z.array(Membership), expiresAt: Timestamp })
  .check(z.meta({ id: 'InvitationPreview' }));
export type InvitationPreview = z.infer<typeof InvitationPreview>;

export const AcceptInvitationInput = z
  .object({ token: InvitationSecret, name: z.optional(PersonName), password: NewPassword })
  .check(z.meta({ id: 'AcceptInvitationInput' }));
export type AcceptInvitationInput = z.infer<typeof AcceptInvitationInput>;

export const ChangePasswordInput = z
  .object({ currentPassword: z.string().check(z.minLength(1)), newPassword: NewPassword })
  .check(z.meta({ id: 'ChangePasswordInput' }));
export type ChangePasswordInput = z.infer<typeof ChangePasswordInput>;

export const InviteUserInput = z
  .object({ email: Email, name: PersonName, memberships: z.array(MembershipInput).check(z.minLength(1)) })
  .check(z.meta({ id: 'InviteUserInput' }));
export type InviteUserInput = z.infer<typeof InviteUserInput>;

/**
 * A one-time link with which a person sets a password. Until mail is configured the link is shown to whoever
 * invited, who passes it on; it is valid for 72 hours and only once.
 */
export const InvitationLink = z
  .object({ url: z.string().check(z.minLength(1)), expiresAt: Timestamp, emailed: z.boolean() })
  .check(z.meta({ id: 'InvitationLink' }));
export type InvitationLink = z.infer<typeof InvitationLink>;

export const InvitedUser = z.object({ user: User, invitation: InvitationLink }).check(z.meta({ id: 'InvitedUser' }));
export type InvitedUser = z.infer<typeof InvitedUser>;

/** A change to an account; absent fields stay as they are. Disabling ends every session and token of the person. */
export const UserUpdate = z
  .object({
    name: z.optional(PersonName),
    memberships: z.optional(z.array(MembershipInput).check(z.minLength(1))),
    status: z.optional(z.enum(['active', 'disabled'])),
  })
  .check(z.meta({ id: 'UserUpdate' }));
export type UserUpdate = z.infer<typeof UserUpdate>;

/** A personal API token for an integration; its secret is shown once, when it is created. */
export const ApiToken = z
  .object({
    id: Id,
    name: z.string(),
    /** The one role the token acts with; never more than its owner holds. */
    membership: Membership,
    owner: UserRef,
    /** The first characters of the secret, to recognise it. */
    prefix: z.string(),
    createdAt: Timestamp,
    expiresAt: Timestamp,
    lastUsedAt: z.nullable(Timestamp),
    revokedAt: z.nullable(Timestamp),
  })
  .check(z.meta({ id: 'ApiToken' }));
export type ApiToken = z.infer<typeof ApiToken>;

export const ApiTokenInput = z
  .object({
    name: z
      .string()
      .check(z.trim(), z.minLength(ACCOUNT_LIMITS.tokenName.min), z.maxLength(ACCOUNT_LIMITS.tokenName.max)),
    membership: MembershipInput,
    expiresInDays: z
      .number()
      .check(z.int(), z.minimum(ACCOUNT_LIMITS.tokenDays.min), z.maximum(ACCOUNT_LIMITS.tokenDays.max)),
  })
  .check(z.meta({ id: 'ApiTokenInput' }));
export type ApiTokenInput = z.infer<typeof ApiTokenInput>;

export const CreatedApiToken = z
  .object({ token: ApiToken, secret: z.string().check(z.minLength(43)) })
  .check(z.meta({ id: 'CreatedApiToken' }));
export type CreatedApiToken = z.infer<typeof CreatedApiToken>;
