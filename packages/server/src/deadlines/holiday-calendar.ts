// The days off a deadline skips: the national list (national-holidays.ts) plus what a Dinas adds or takes away in
// its override file (regional holidays such as a city's anniversary, a day declared off at short notice).
import { readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { NATIONAL_CALENDAR, type NationalCalendarYear } from './national-holidays.js';

const CalendarDay = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/));

/**
 * The override file, JSON:
 * `{ "holidays": [{ "date": "2026-09-17", "name": "Hari Jadi Kota Pangkal Pinang" }], "workingDays": ["2026-12-24"] }`
 * `holidays` are days off besides the national ones; `workingDays` are national days off this office works
 * (a cuti bersama it does not take).
 */
export const HolidayOverrides = z.strictObject({
  holidays: z.optional(
    z.array(z.strictObject({ date: CalendarDay, name: z.string().check(z.minLength(1), z.maxLength(200)) })),
  ),
  workingDays: z.optional(z.array(CalendarDay)),
});
export type HolidayOverrides = z.infer<typeof HolidayOverrides>;

export class HolidayCalendarError extends Error {}

export interface DayOff {
  date: string;
  name: string;
  /** `regional`: from the override file. */
  type: 'holiday' | 'collective_leave' | 'regional';
}

export class HolidayCalendar {
  readonly #days = new Map<string, DayOff>();
  readonly #years: ReadonlySet<number>;

  constructor(national: readonly NationalCalendarYear[] = NATIONAL_CALENDAR, overrides: HolidayOverrides = {}) {
    for (const year of national) for (const day of year.days) this.#days.set(day.date, day);
    for (const day of overrides.holidays ?? []) this.#days.set(day.date, { ...day, type: 'regional' });
    for (const date of overrides.workingDays ?? []) this.#days.delete(date);
    this.#years = new Set(national.map((year) => year.year));
  }

  /** Reads the override file; a missing or malformed file stops the server with the reason. */
  static fromFile(path: string, national: readonly NationalCalendarYear[] = NATIONAL_CALENDAR): HolidayCalendar {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new HolidayCalendarError(`Cannot read the holiday file ${path}: ${(error as Error).message}`);
    }
    const result = HolidayOverrides.safeParse(parsed);
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new HolidayCalendarError(
        `The holiday file ${path} is not valid at ${issue?.path.join('.') || '(top)'}: ${issue?.message}`,
      );
    }
    return new HolidayCalendar(national, result.data);
  }

  /** Whether a calendar day is a day off besides Saturday and Sunday. */
  readonly isDayOff = (date: string): boolean => this.#days.has(date);

  /** The day off on a date, with its name. */
  dayOff(date: string): DayOff | undefined {
    return this.#days.get(date);
  }

  /** Whether the national list covers a year; deadlines in other years count weekends (and regional days) only. */
  covers(year: number): boolean {
    return this.#years.has(year);
  }
}
