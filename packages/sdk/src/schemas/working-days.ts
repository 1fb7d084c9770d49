// Working days and the deadlines counted in them: the one place the server, the widgets and integrators get them
// from. A working day is a Monday to Friday that is neither a national holiday nor a cuti bersama day (nor a
// regional holiday the Dinas adds); which days those are is data the caller passes in (the server's holiday file).
import type { AspirationKind, AspirationStatus } from './aspiration.js';
import { timeZoneOfRegion } from './time-zone.js';

/** Tells whether a calendar day (`YYYY-MM-DD`) is a day off besides Saturday and Sunday. */
export type DayOffTest = (date: string) => boolean;

const DAY_MS = 86_400_000;

const parseDay = (date: string) => Date.parse(`${date}T00:00:00Z`);
const formatDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Saturday or Sunday (the civil service works Monday to Friday: Perpres 21/2023 on working days). */
export function isWeekend(date: string): boolean {
  const day = new Date(parseDay(date)).getUTCDay();
  return day === 0 || day === 6;
}

/** Whether a calendar day is a working day. */
export const isWorkingDay = (date: string, isDayOff: DayOffTest): boolean => !isWeekend(date) && !isDayOff(date);

/**
 * The working day that is `days` working days after `from`, not counting `from` itself: a period "sejak diterimanya
 * permintaan" (UU 14/2008 art. 22(7)) starts on the next working day, whatever day the request came in.
 * @example addWorkingDays('2026-03-13', 1, () => false) // '2026-03-16' (a Friday, then Monday)
 */
export function addWorkingDays(from: string, days: number, isDayOff: DayOffTest): string {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`Working days must be a whole number >= 0: ${days}`);
  let ms = parseDay(from);
  if (Number.isNaN(ms)) throw new RangeError(`Not a calendar date: ${from}`);
  for (let left = days; left > 0; ) {
    ms += DAY_MS;
    if (isWorkingDay(formatDay(ms), isDayOff)) left--;
  }
  return formatDay(ms);
}

/** The working days from the day after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: string, to: string, isDayOff: DayOffTest): number {
  let count = 0;
  for (let ms = parseDay(from) + DAY_MS; ms <= parseDay(to); ms += DAY_MS) {
    if (isWorkingDay(formatDay(ms), isDayOff)) count++;
  }
  return count;
}

/** The calendar day an instant falls on in a zone given by its UTC offset (`+07:00`). */
export function calendarDayAt(instant: string, utcOffset: string): string {
  const sign = utcOffset.startsWith('-') ? -1 : 1;
  const [hours = 0, minutes = 0] = utcOffset.slice(1).split(':').map(Number);
  return formatDay(Date.parse(instant) + sign * (hours * 60 + minutes) * 60_000);
}

/**
 * When a period of `days` working days that starts at `start` ends: the last moment (23:59:59 local time) of its
 * last working day, in the time zone of the aspiration's region (WIB when the region names none).
 * @example dueAt('2026-03-13T03:00:00Z', 1, '19.71.01.1004', () => false) // '2026-03-16T16:59:59.000Z'
 */
export function dueAt(start: string, days: number, regionCode: string, isDayOff: DayOffTest): string {
  const offset = timeZoneOfRegion(regionCode)?.utcOffset ?? '+07:00';
  const day = addWorkingDays(calendarDayAt(start, offset), days, isDayOff);
  return new Date(Date.parse(`${day}T23:59:59${offset}`)).toISOString();
}

/** The stages a deadline is counted for. */
export const DEADLINE_STAGES = ['response', 'resolution'] as const;
export type DeadlineStage = (typeof DEADLINE_STAGES)[number];

/** Working days per kind and stage. `extension` applies to information requests only (UU 14/2008 art. 22(8)). */
export type DeadlineTargets = Readonly<
  Record<AspirationKind, Readonly<Record<DeadlineStage, number>> & { readonly extension?: number }>
>;

/**
 * The default targets, in working days, and where they come from:
 * - information requests: a written answer within 10 working days of receipt, extendable once by at most 7 working
 *   days (UU 14/2008 on Keterbukaan Informasi Publik, art. 22(7) and (8)); the period runs from receipt to the
 *   answer (`response`), whatever steps come between, so `resolution` is never counted for them;
 * - complaints: a first response (the report is verified, then handled or forwarded) within 3 working days and a
 *   resolution within 14 working days, following the practice of SP4N-LAPOR! (Perpres 76/2013 on public-service
 *   complaints; PermenPANRB 62/2018, the national complaint-handling guideline). These two figures are this
 *   project's reading of that practice, not a quoted article: a Dinas should check them against its own rules;
 * - aspirations (suggestions): the same as complaints; no regulation binds them.
 * A Dinas overrides any of these in the server's configuration (docs/running.md).
 */
export const DEFAULT_DEADLINE_TARGETS: DeadlineTargets = {
  information_request: { response: 10, resolution: 10, extension: 7 },
  complaint: { response: 3, resolution: 14 },
  aspiration: { response: 3, resolution: 14 },
};

/**
 * The stage an aspiration in `status` is waiting for, or `undefined` when it is finished (resolved, rejected): a
 * new aspiration awaits its first response (verification); a verified, forwarded or in-progress one awaits its
 * resolution, whose period starts at the first response. An information request has one period, counted from
 * receipt until the written answer or refusal (UU 14/2008 art. 22(7)): verifying or forwarding it does not start a
 * new one, so it stays in `response` until it is decided (an extension moves that due date; see `extension`).
 */
export function deadlineStageOf(status: AspirationStatus, kind?: AspirationKind): DeadlineStage | undefined {
  if (status === 'resolved' || status === 'rejected') return undefined;
  if (status === 'received' || kind === 'information_request') return 'response';
  return 'resolution';
}
