// Dates as Indonesians read them ("27 November 2026", "3 hari yang lalu"), through Intl.

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

/** A calendar date in long form: `27 November 2026` (id), `November 27, 2026` (en). */
export function formatDate(date: Date | string, locale: string): string {
  let f = dateFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' });
    dateFormats.set(locale, f);
  }
  return f.format(new Date(date));
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
