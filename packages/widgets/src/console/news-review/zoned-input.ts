// A publication time typed in an `<input type="datetime-local">` means wall-clock time in the article's region
// (WIB, WITA or WIT), not in the zone of the official's laptop. These convert between that wall-clock value and an
// instant; none of Indonesia's zones keeps summer time, so a fixed offset is exact.
import type { IndonesianTimeZone } from '@kim-kit/sdk';

const OFFSET = /^([+-])(\d{2}):(\d{2})$/;

function offsetMinutes(zone: IndonesianTimeZone): number {
  const [, sign, hours, minutes] = OFFSET.exec(zone.utcOffset)!;
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
}

/** The instant of a `datetime-local` value (`2026-12-05T08:00`) read in `zone`, or `undefined` when malformed. */
export function instantOfLocalInput(value: string, zone: IndonesianTimeZone): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?$/.test(value)) return undefined;
  const seconds = value.length === 16 ? ':00' : '';
  const instant = new Date(`${value}${seconds}${zone.utcOffset}`);
  return Number.isNaN(instant.getTime()) ? undefined : instant;
}

/** The `datetime-local` value (minutes) of an instant in `zone`. */
export function localInputOf(instant: Date | string, zone: IndonesianTimeZone): string {
  const shifted = new Date(new Date(instant).getTime() + offsetMinutes(zone) * 60_000);
  return shifted.toISOString().slice(0, 16);
}
