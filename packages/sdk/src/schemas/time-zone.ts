// Indonesia's three time zones and which province keeps which. Indonesians write a time with its zone
// ("pukul 09.30 WIB"); a time shown without one is read in the reader's own zone, which is wrong across the country.

/** One of Indonesia's time zones: its abbreviation, its IANA name (for `Intl`) and its offset from UTC. */
export interface IndonesianTimeZone {
  /** As Indonesians write it after a time: `WIB`, `WITA` or `WIT`. */
  abbreviation: 'WIB' | 'WITA' | 'WIT';
  /** The IANA zone, for `Intl.DateTimeFormat`'s `timeZone`. */
  ianaName: 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura';
  /** Offset from UTC; none of the three keeps summer time. */
  utcOffset: '+07:00' | '+08:00' | '+09:00';
}

/** Waktu Indonesia Barat, Tengah and Timur. */
export const INDONESIAN_TIME_ZONES = {
  WIB: { abbreviation: 'WIB', ianaName: 'Asia/Jakarta', utcOffset: '+07:00' },
  WITA: { abbreviation: 'WITA', ianaName: 'Asia/Makassar', utcOffset: '+08:00' },
  WIT: { abbreviation: 'WIT', ianaName: 'Asia/Jayapura', utcOffset: '+09:00' },
} as const satisfies Record<string, IndonesianTimeZone>;

const ZONE_PROVINCES: Record<keyof typeof INDONESIAN_TIME_ZONES, readonly string[]> = {
  // Sumatra, Bangka Belitung, Riau Islands, Java, West and Central Kalimantan.
  WIB: ['11', '12', '13', '14', '15', '16', '17', '18', '19', '21', '31', '32', '33', '34', '35', '36', '61', '62'],
  // Bali, Nusa Tenggara, South, East and North Kalimantan, Sulawesi.
  WITA: ['51', '52', '53', '63', '64', '65', '71', '72', '73', '74', '75', '76'],
  // Maluku and Papua.
  WIT: ['81', '82', '91', '92', '93', '94', '95', '96'],
};

const BY_PROVINCE = new Map<string, IndonesianTimeZone>(
  Object.entries(ZONE_PROVINCES).flatMap(([zone, provinces]) =>
    provinces.map((province) => [province, INDONESIAN_TIME_ZONES[zone as keyof typeof INDONESIAN_TIME_ZONES]]),
  ),
);

/**
 * The time zone of the province a Kemendagri region code lies in (any level: `19`, `19.71`, `19.71.01.1004`), or
 * `undefined` for a code whose first two digits name no province of the current list (Kepmendagri 2025).
 * @example timeZoneOfRegion('19.71.01.1004') // { abbreviation: 'WIB', ianaName: 'Asia/Jakarta', utcOffset: '+07:00' }
 */
export function timeZoneOfRegion(code: string): IndonesianTimeZone | undefined {
  const province = /^(\d{2})(?:\.|$)/.exec(code.trim())?.[1];
  return province ? BY_PROVINCE.get(province) : undefined;
}
