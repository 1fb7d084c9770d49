// The group form's values (what the inputs hold, as text) and the API's shapes: from a record to values, from values
// to a new group or to a change holding only what the person changed, and which parts differ between two records.
import type { FocusArea, GroupAdminView, GroupInput, GroupUpdate, SocialLink } from '@kim-kit/sdk';

export interface GroupFormValues {
  name: string;
  slug: string;
  status: 'active' | 'inactive';
  regionCode: string;
  address: string;
  decreeNumber: string;
  decreeDate: string;
  decreeIssuer: string;
  foundedOn: string;
  chairName: string;
  secretaryName: string;
  treasurerName: string;
  memberCount: string;
  registryNumber: string;
  focusAreas: FocusArea[];
  email: string;
  phone: string;
  website: string;
  social: { network: SocialLink['network']; url: string }[];
  logoMediaId: string | null;
}

/** The parts of a group the form changes, as the API names them (the keys of a change). */
export const GROUP_PARTS = [
  'name',
  'slug',
  'status',
  'regionCode',
  'address',
  'decree',
  'foundedOn',
  'chairName',
  'secretaryName',
  'treasurerName',
  'memberCount',
  'registryNumber',
  'focusAreas',
  'contact',
  'social',
  'logoMediaId',
] as const;
export type GroupPart = (typeof GROUP_PARTS)[number];

/** The parts only Dinas officials and admins change. */
export const OFFICIAL_PARTS: readonly GroupPart[] = ['slug', 'status', 'regionCode'];

export function emptyGroupValues(): GroupFormValues {
  return {
    name: '',
    slug: '',
    status: 'active',
    regionCode: '',
    address: '',
    decreeNumber: '',
    decreeDate: '',
    decreeIssuer: '',
    foundedOn: '',
    chairName: '',
    secretaryName: '',
    treasurerName: '',
    memberCount: '',
    registryNumber: '',
    focusAreas: [],
    email: '',
    phone: '',
    website: '',
    social: [],
    logoMediaId: null,
  };
}

export function valuesOfGroup(group: GroupAdminView): GroupFormValues {
  return {
    name: group.name,
    slug: group.slug,
    status: group.status,
    regionCode: group.regionCode,
    address: group.address ?? '',
    decreeNumber: group.decree?.number ?? '',
    decreeDate: group.decree?.date ?? '',
    decreeIssuer: group.decree?.issuer ?? '',
    foundedOn: group.foundedOn ?? '',
    chairName: group.chairName ?? '',
    secretaryName: group.secretaryName ?? '',
    treasurerName: group.treasurerName ?? '',
    memberCount: String(group.memberCount),
    registryNumber: group.registryNumber ?? '',
    focusAreas: [...group.focusAreas],
    email: group.contact.email ?? '',
    phone: group.contact.phone ?? '',
    website: group.contact.website ?? '',
    social: group.social.map((s) => ({ ...s })),
    logoMediaId: group.logoMediaId,
  };
}

const text = (value: string) => value.trim() || null;

/** Every part as the API takes it (`memberCount` absent when left empty). */
function partsOf(values: GroupFormValues): Record<GroupPart, unknown> {
  const decree = [values.decreeNumber, values.decreeDate, values.decreeIssuer].some((v) => v.trim())
    ? { number: values.decreeNumber.trim(), date: values.decreeDate, issuer: values.decreeIssuer.trim() }
    : null;
  const count = values.memberCount.trim();
  return {
    name: values.name.trim(),
    slug: values.slug.trim() || undefined,
    status: values.status,
    regionCode: values.regionCode || undefined,
    address: text(values.address),
    decree,
    foundedOn: values.foundedOn || null,
    chairName: text(values.chairName),
    secretaryName: text(values.secretaryName),
    treasurerName: text(values.treasurerName),
    memberCount: count === '' ? undefined : Number(count),
    registryNumber: text(values.registryNumber),
    focusAreas: [...values.focusAreas].sort(),
    contact: { email: text(values.email), phone: text(values.phone), website: text(values.website) },
    social: values.social.filter((s) => s.url.trim()).map((s) => ({ network: s.network, url: s.url.trim() })),
    logoMediaId: values.logoMediaId,
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A new group from the form (officials only register groups). */
export function groupInputOf(values: GroupFormValues): GroupInput {
  const parts = partsOf(values);
  const input: Record<string, unknown> = {};
  for (const part of GROUP_PARTS) if (parts[part] !== undefined) input[part] = parts[part];
  return input as unknown as GroupInput;
}

/** The change from `base` to `values`: only the parts that differ, and only those the person may change. */
export function groupUpdateOf(base: GroupFormValues, values: GroupFormValues, official: boolean): GroupUpdate {
  const before = partsOf(base);
  const after = partsOf(values);
  const update: Record<string, unknown> = {};
  for (const part of GROUP_PARTS) {
    if (!official && OFFICIAL_PARTS.includes(part)) continue;
    if (after[part] !== undefined && !same(before[part], after[part])) update[part] = after[part];
  }
  return update as GroupUpdate;
}

/** The parts that differ between two versions of a group. */
export function changedGroupParts(before: GroupAdminView, after: GroupAdminView): GroupPart[] {
  const a = partsOf(valuesOfGroup(before));
  const b = partsOf(valuesOfGroup(after));
  return GROUP_PARTS.filter((part) => !same(a[part], b[part]));
}
