// Calendar days as officials and citizens mean them: a day in a region's own zone (WIB, WITA or WIT), as UTC bounds.

/**
 * The first instant of `date` (`YYYY-MM-DD`) at `utcOffset` (`+07:00` for WIB), `days` later, as an ISO time: the
 * bounds of "submitted from/to" day filters.
 */
export function startOfDay(date: string, utcOffset = '+07:00', days = 0): string {
  return new Date(Date.parse(`${date}T00:00:00${utcOffset}`) + days * 86_400_000).toISOString();
}
