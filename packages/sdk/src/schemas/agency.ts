// Perangkat daerah (agencies): the offices of a regency or city an aspiration is forwarded to ("Dinas PUPR"). Each
// region keeps its own registry; forwarding names one of its active agencies, and the agency's answer is a history
// entry of the aspiration.
import * as z from 'zod/mini';
import { PhoneNumber } from './aspiration-input.js';
import { Id, RegionCode, Timestamp } from './common.js';

export { AgencyRef } from './agency-ref.js';

import { withMessage } from './validation-messages.js';

export const AGENCY_LIMITS = {
  name: { min: 3, max: 150 },
  shortName: { min: 2, max: 40 },
  email: { max: 254 },
} as const;

const text = (min: number, max: number) => z.string().check(z.trim(), z.minLength(min), z.maxLength(max));

/** A regency or city code (`19.71`): agencies belong to a regency's or city's government. */
export const AgencyRegionCode = z.string().check(
  withMessage(z.regex(/^\d{2}\.\d{2}$/), {
    id: 'Masukkan kode kabupaten/kota, contoh: 19.71',
    en: 'Expected the code of a regency or city, e.g. 19.71',
  }),
  z.meta({ id: 'AgencyRegionCode', example: '19.71' }),
);

export const AGENCY_STATUSES = ['active', 'archived'] as const;
export const AgencyStatus = z.enum(AGENCY_STATUSES).check(z.meta({ id: 'AgencyStatus' }));
export type AgencyStatus = z.infer<typeof AgencyStatus>;

const contact = {
  /** The office's address for forwarded reports, if it has one. */
  email: z.optional(z.nullable(z.email().check(z.maxLength(AGENCY_LIMITS.email.max)))),
  phone: z.optional(z.nullable(PhoneNumber)),
};

export const AgencyInput = z
  .object({
    regionCode: AgencyRegionCode,
    /** The full name: "Dinas Pekerjaan Umum dan Penataan Ruang". */
    name: text(AGENCY_LIMITS.name.min, AGENCY_LIMITS.name.max),
    /** As people say it: "Dinas PUPR". */
    shortName: text(AGENCY_LIMITS.shortName.min, AGENCY_LIMITS.shortName.max),
    ...contact,
  })
  .check(z.meta({ id: 'AgencyInput' }));
export type AgencyInput = z.input<typeof AgencyInput>;

/** The region never changes: an agency of another region is another agency. */
export const AgencyUpdate = z
  .object({
    name: z.optional(text(AGENCY_LIMITS.name.min, AGENCY_LIMITS.name.max)),
    shortName: z.optional(text(AGENCY_LIMITS.shortName.min, AGENCY_LIMITS.shortName.max)),
    ...contact,
  })
  .check(z.meta({ id: 'AgencyUpdate' }));
export type AgencyUpdate = z.input<typeof AgencyUpdate>;

export const Agency = z
  .object({
    id: Id,
    regionCode: RegionCode,
    name: z.string(),
    shortName: z.string(),
    email: z.nullable(z.string()),
    phone: z.nullable(z.string()),
    /** Archived agencies are no longer offered for forwarding; what was forwarded to them keeps them. */
    status: AgencyStatus,
    archivedAt: z.nullable(Timestamp),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: z.number().check(z.int(), z.positive()),
  })
  .check(z.meta({ id: 'Agency' }));
export type Agency = z.infer<typeof Agency>;

/** An agency's answer to a forwarded aspiration, recorded by an official as a history entry. */
export const AgencyResponseInput = z
  .object({
    /** The answer, shown to the citizen on the tracker. */
    note: text(1, 1000),
    /** For officials only. */
    internalNote: z.optional(z.nullable(text(1, 2000))),
  })
  .check(z.meta({ id: 'AgencyResponseInput' }));
export type AgencyResponseInput = z.infer<typeof AgencyResponseInput>;
