import * as z from 'zod/mini';
import { CalendarDate, HttpUrl, Id, Image, RegionRef, Slug, Timestamp, VillageCode } from './common.js';

export const FOCUS_AREAS = [
  'umkm',
  'pertanian',
  'perikanan',
  'pariwisata',
  'kesehatan',
  'pendidikan',
  'lingkungan',
  'digital',
  'budaya',
  'kepemudaan',
] as const;
export const FocusArea = z.enum(FOCUS_AREAS).check(z.meta({ id: 'FocusArea' }));
export type FocusArea = z.infer<typeof FocusArea>;

export const SOCIAL_NETWORKS = ['facebook', 'instagram', 'x', 'youtube', 'tiktok', 'whatsapp', 'website'] as const;

export const SocialLink = z
  .object({ network: z.enum(SOCIAL_NETWORKS), url: HttpUrl })
  .check(z.meta({ id: 'SocialLink' }));
export type SocialLink = z.infer<typeof SocialLink>;

/** The decree (SK) of the lurah or kepala desa that confirms a group. */
export const Decree = z
  .object({ number: z.string(), date: CalendarDate, issuer: z.string() })
  .check(z.meta({ id: 'Decree' }));
export type Decree = z.infer<typeof Decree>;

/** Public contact of a group: never a private number. */
export const GroupContact = z
  .object({
    email: z.nullable(z.email()),
    phone: z.nullable(z.string()),
    website: z.nullable(HttpUrl),
  })
  .check(z.meta({ id: 'GroupContact' }));
export type GroupContact = z.infer<typeof GroupContact>;

/** A KIM (Kelompok Informasi Masyarakat) group: public fields only. */
export const KimGroup = z
  .object({
    id: Id,
    slug: Slug,
    name: z.string().check(z.minLength(1)),
    /** The village the group belongs to. */
    regionCode: VillageCode,
    village: RegionRef,
    district: RegionRef,
    address: z.nullable(z.string()),
    decree: z.nullable(Decree),
    foundedOn: z.nullable(CalendarDate),
    chairName: z.nullable(z.string()),
    memberCount: z.number().check(z.int(), z.nonnegative()),
    focusAreas: z.array(FocusArea),
    contact: GroupContact,
    social: z.array(SocialLink),
    logo: z.nullable(Image),
    status: z.enum(['active', 'inactive']),
    updatedAt: Timestamp,
  })
  .check(z.meta({ id: 'KimGroup', description: 'A community information group (KIM).' }));
export type KimGroup = z.infer<typeof KimGroup>;

/** A group named inside another record. */
export const GroupRef = z
  .object({ id: Id, slug: Slug, name: z.string(), regionCode: VillageCode })
  .check(z.meta({ id: 'GroupRef' }));
export type GroupRef = z.infer<typeof GroupRef>;
