// Dates as Indonesians read them ("27 November 2026", "3 hari yang lalu"), and times with their zone ("27 November 2026
// pukul 09.30 WIB"), through Intl. A date or time belongs to a place: it is shown in the zone of the region it is about
// (WIB, WITA or WIT, by province), not in the zone of whoever reads it.
import { timeZoneOfRegion } from '@kim-kit/sdk';

const DAY = 86_400_000;
const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * DAY],
  ['month', 30 * DAY],
  ['week', 7 * DAY],
  ['day', DAY],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

// Formatters are costly to build and a feed formats hundreds of dates.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

function cachedDateFormat(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let f = dateFormats.get(key);
  if (!f) {
    f = make();
    dateFormats.set(key, f);
  }
  return f;
}

/**
 * A calendar date in long form, `27 November 2026` (id), `November 27, 2026` (en): the date it was in the zone of
 * `regionCode`'s province, or in the reader's zone when no region is given or known.
 */
export function formatDate(date: Date | string, locale: string, regionCode?: string): string {
  const zone = regionCode ? timeZoneOfRegion(regionCode)?.ianaName : undefined;
  return cachedDateFormat(
    `d|${locale}|${zone ?? ''}`,
    () => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: zone }),
  ).format(new Date(date));
}

/**
 * A date and time with its zone, in the zone of `regionCode`'s province: `27 November 2026 pukul 09.30 WIB` (id),
 * `November 27, 2026 at 9:30 AM WITA` (en). Where the region is unknown, the reader's own zone, still labelled.
 */
export function formatDateTime(date: Date | string, locale: string, regionCode?: string): string {
  const zone = regionCode ? timeZoneOfRegion(regionCode) : undefined;
  const when = new Date(date);
  if (zone) {
    const f = cachedDateFormat(
      `t|${locale}|${zone.ianaName}`,
      () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: zone.ianaName }),
    );
    return `${f.format(when)} ${zone.abbreviation}`;
  }
  return cachedDateFormat(
    `t|${locale}|`,
    () =>
      new Intl.DateTimeFormat(locale, {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        timeZoneName: 'short',
      }),
  ).format(when);
}

/** A date relative to `now`: `3 hari yang lalu`, `kemarin`, `3 days ago`. */
export function formatRelative(date: Date | string, locale: string, now: number = Date.now()): string {
  let f = relativeFormats.get(locale);
  if (!f) {
    f = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    relativeFormats.set(locale, f);
  }
  const diff = new Date(date).getTime() - now;
  for (const [unit, ms] of units) {
    if (Math.abs(diff) >= ms) return f.format(Math.round(diff / ms), unit);
  }
  return f.format(0, 'minute');
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A whole number with the locale's grouping: `1.000` (id), `1,000` (en). */
export function formatNumber(value: number, locale: string): string {
  let f = numberFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale);
    numberFormats.set(locale, f);
  }
  return f.format(value);
}
