// Registering and maintaining KIM groups: the Dinas registers and archives, a group's operators keep its profile.
import * as z from 'zod/mini';
import { CalendarDate, Id, Slug, Timestamp, VillageCode } from './common.js';
import { FocusArea, GroupContact, KimGroup, SocialLink } from './group.js';

export const GROUP_LIMITS = {
  name: { min: 3, max: 120 },
  address: { max: 300 },
  personName: { max: 100 },
  decreeNumber: { max: 100 },
  decreeIssuer: { max: 150 },
  registryNumber: { max: 50 },
  memberCount: { max: 10_000 },
  social: { max: 10 },
} as const;

const optionalText = (max: number) =>
  z.optional(z.nullable(z.string().check(z.trim(), z.minLength(1), z.maxLength(max))));

/** The fields a group's own operators may change. */
const profileFields = {
  name: z.string().check(z.trim(), z.minLength(GROUP_LIMITS.name.min), z.maxLength(GROUP_LIMITS.name.max)),
  address: optionalText(GROUP_LIMITS.address.max),
  decree: z.optional(
    z.nullable(
      z.object({
        number: z.string().check(z.trim(), z.minLength(1), z.maxLength(GROUP_LIMITS.decreeNumber.max)),
        date: CalendarDate,
        issuer: z.string().check(z.trim(), z.minLength(1), z.maxLength(GROUP_LIMITS.decreeIssuer.max)),
      }),
    ),
  ),
  foundedOn: z.optional(z.nullable(CalendarDate)),
  chairName: optionalText(GROUP_LIMITS.personName.max),
  secretaryName: optionalText(GROUP_LIMITS.personName.max),
  treasurerName: optionalText(GROUP_LIMITS.personName.max),
  memberCount: z.optional(z.number().check(z.int(), z.nonnegative(), z.maximum(GROUP_LIMITS.memberCount.max))),
  focusAreas: z.optional(z.array(FocusArea)),
  contact: z.optional(GroupContact),
  social: z.optional(z.array(SocialLink).check(z.maxLength(GROUP_LIMITS.social.max))),
  /** The group's number in the ministry's KIM.id registry, when it has one. */
  registryNumber: optionalText(GROUP_LIMITS.registryNumber.max),
  /** An uploaded image (see `admin.media.upload`); `null` removes the logo. */
  logoMediaId: z.optional(z.nullable(Id)),
};

/** A new group, registered by a Dinas official for a village in their region. */
export const GroupInput = z
  .object({
    ...profileFields,
    /** The village the group belongs to. */
    regionCode: VillageCode,
    /** Derived from the name when absent; stable afterwards (a changed slug keeps redirecting from the old one). */
    slug: z.optional(Slug),
    status: z.optional(z.enum(['active', 'inactive'])),
  })
  .check(z.meta({ id: 'GroupInput' }));
export type GroupInput = z.input<typeof GroupInput>;

/**
 * A change to a group; absent fields stay as they are. `regionCode`, `slug` and `status` are for Dinas officials
 * only: a group's operators edit its profile.
 */
export const GroupUpdate = z
  .object({
    ...profileFields,
    name: z.optional(profileFields.name),
    regionCode: z.optional(VillageCode),
    slug: z.optional(Slug),
    status: z.optional(z.enum(['active', 'inactive'])),
  })
  .check(z.meta({ id: 'GroupUpdate' }));
export type GroupUpdate = z.input<typeof GroupUpdate>;

/** A group as its operators and officials see it: the public record and the registry's own fields. */
export const GroupAdminView = z
  .object({
    ...KimGroup.shape,
    secretaryName: z.nullable(z.string()),
    treasurerName: z.nullable(z.string()),
    registryNumber: z.nullable(z.string()),
    logoMediaId: z.nullable(Id),
    /** Slugs the group had before; they redirect to the current one. */
    previousSlugs: z.array(Slug),
    /** Archived groups leave the public directory; their news stays. */
    archivedAt: z.nullable(Timestamp),
    createdAt: Timestamp,
    /** Send it back in `If-Match` to change the group. */
    version: z.number().check(z.int(), z.positive()),
  })
  .check(z.meta({ id: 'GroupAdminView' }));
export type GroupAdminView = z.infer<typeof GroupAdminView>;
