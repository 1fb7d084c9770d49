// A due date in the inbox's list: the day it ends on, in the zone of the report's region, with the zone named
// ("3 Desember 2026, WIB"). Due dates end at 23:59:59 local time, so the time of day would only add noise here; the
// record shows the full time.
import { timeZoneOfRegion } from '@kim-kit/sdk';
import { formatDate } from '../../shared/format.js';

export function formatDueDate(dueAt: string, locale: string, regionCode: string): string {
  const zone = timeZoneOfRegion(regionCode);
  const day = formatDate(dueAt, locale, regionCode);
  return zone ? `${day}, ${zone.abbreviation}` : day;
}
