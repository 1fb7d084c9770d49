// Public statistics of a region's aspirations (issue 15, transparency): counts and response times, no personal data.
import * as z from 'zod/mini';
import { AspirationKind, AspirationStatus } from './aspiration.js';
import { CategoryRef } from './category.js';
import { CalendarDate, RegionCode, RegionRef, Timestamp } from './common.js';

/** What `/v1/stats/aspirations` and the open-data exports take: a region (any level) and optional submission days. */
export const AspirationStatsQuery = z.strictObject({
  /** The region: a province, regency/city, district or village code; aspirations in it or below it count. */
  region: RegionCode,
  /** First submission day counted, in the region's time zone (WIB, WITA or WIT). */
  from: z.optional(CalendarDate),
  /** Last submission day counted, in the region's time zone. */
  to: z.optional(CalendarDate),
});
export type AspirationStatsQuery = z.infer<typeof AspirationStatsQuery>;

const Count = z.int().check(z.nonnegative());

/** Days from submission to an event, over the aspirations that reached it. */
export const DurationSummary = z
  .object({
    /** How many aspirations reached the event. */
    count: Count,
    /** The median in days (one decimal), `null` when none did. */
    medianDays: z.nullable(z.number()),
  })
  .check(z.meta({ id: 'DurationSummary' }));
export type DurationSummary = z.infer<typeof DurationSummary>;

/**
 * Of the aspirations whose first answer was due (answered, or past the due date unanswered), how many were answered
 * by it: the due date is the kind's response target in working days of the region (see working-days.ts).
 */
export const OnTimeSummary = z
  .object({
    /** Answered, or unanswered past the due date. */
    count: Count,
    /** Answered on or before the due date. */
    onTime: Count,
    /** `onTime / count`, from 0 to 1; `null` when `count` is 0. */
    share: z.nullable(z.number().check(z.gte(0), z.lte(1))),
  })
  .check(z.meta({ id: 'OnTimeSummary' }));
export type OnTimeSummary = z.infer<typeof OnTimeSummary>;

export const AspirationStats = z
  .object({
    region: RegionRef,
    from: z.nullable(CalendarDate),
    to: z.nullable(CalendarDate),
    /** When these figures were computed; they may be up to a minute old. */
    generatedAt: Timestamp,
    total: Count,
    /** Every status, zeros included, in the lifecycle's order. */
    byStatus: z.array(z.object({ status: AspirationStatus, count: Count })),
    /** Every kind, zeros included. */
    byKind: z.array(z.object({ kind: AspirationKind, count: Count })),
    /** Categories with at least one aspiration, most first. */
    byCategory: z.array(z.object({ category: CategoryRef, count: Count })),
    /** Districts (kecamatan) with at least one aspiration, most first. */
    byDistrict: z.array(z.object({ district: RegionRef, count: Count })),
    /** From submission to the first status change by an official (verified, rejected, ...). */
    firstResponse: DurationSummary,
    /** From submission to "resolved". */
    resolution: DurationSummary,
    /** The share of first answers given within the kind's response deadline. */
    answeredOnTime: OnTimeSummary,
  })
  .check(z.meta({ id: 'AspirationStats' }));
export type AspirationStats = z.infer<typeof AspirationStats>;

/**
 * One aspiration in the open-data export: what happened when, where (village), of which kind and category; no
 * title, text or reporter. Confidential aspirations are counted in the statistics but not listed here.
 */
export const OpenAspirationRecord = z
  .object({
    id: z.string(),
    kind: AspirationKind,
    status: AspirationStatus,
    categoryId: z.string(),
    category: z.string(),
    regionCode: RegionCode,
    districtCode: RegionCode,
    submittedOn: CalendarDate,
    firstResponseOn: z.nullable(CalendarDate),
    resolvedOn: z.nullable(CalendarDate),
  })
  .check(z.meta({ id: 'OpenAspirationRecord' }));
export type OpenAspirationRecord = z.infer<typeof OpenAspirationRecord>;

/** The open-data columns, in the CSV's order. */
export const OPEN_ASPIRATION_COLUMNS = [
  'id',
  'kind',
  'status',
  'categoryId',
  'category',
  'regionCode',
  'districtCode',
  'submittedOn',
  'firstResponseOn',
  'resolvedOn',
] as const satisfies readonly (keyof OpenAspirationRecord)[];
