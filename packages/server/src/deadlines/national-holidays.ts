// Indonesia's national holidays (hari libur nasional) and collective leave days (cuti bersama), on which the civil
// service does not work, as the yearly joint decree of the Ministers of Religious Affairs, Manpower and PANRB
// (SKB 3 Menteri) sets them. The decree is published in September or October for the next year, and sometimes
// revised; when a new one comes out, add its year here (a Dinas that cannot wait puts the days in its holiday
// override file: see docs/running.md).
//
// Why a data file and not a holiday library: the `date-holidays` package computes Islamic holidays from the
// calendar, which can be a day off the government's decision (taken after the sighting, by Keputusan Menteri
// Agama), and it has no cuti bersama; a deadline under UU 14/2008 counts the days the office is actually closed.

export interface NationalDayOff {
  /** `YYYY-MM-DD`. */
  date: string;
  /** `holiday`: hari libur nasional; `collective_leave`: cuti bersama. */
  type: 'holiday' | 'collective_leave';
  /** As the decree names it. */
  name: string;
}

export interface NationalCalendarYear {
  year: number;
  /** The decree the days come from. */
  source: string;
  days: readonly NationalDayOff[];
}

const h = (date: string, name: string): NationalDayOff => ({ date, type: 'holiday', name });
const c = (date: string, name: string): NationalDayOff => ({ date, type: 'collective_leave', name });

export const NATIONAL_CALENDAR: readonly NationalCalendarYear[] = [
  {
    year: 2025,
    source:
      'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB Nomor 1017 Tahun 2024, Nomor 2 Tahun 2024, ' +
      'Nomor 2 Tahun 2024 tentang Hari Libur Nasional dan Cuti Bersama Tahun 2025 (14 Oktober 2024)',
    days: [
      h('2025-01-01', 'Tahun Baru 2025 Masehi'),
      h('2025-01-27', 'Isra Mikraj Nabi Muhammad SAW'),
      c('2025-01-28', 'Cuti bersama Tahun Baru Imlek'),
      h('2025-01-29', 'Tahun Baru Imlek 2576 Kongzili'),
      c('2025-03-28', 'Cuti bersama Hari Suci Nyepi'),
      h('2025-03-29', 'Hari Suci Nyepi (Tahun Baru Saka 1947)'),
      h('2025-03-31', 'Idulfitri 1446 Hijriah'),
      h('2025-04-01', 'Idulfitri 1446 Hijriah'),
      c('2025-04-02', 'Cuti bersama Idulfitri'),
      c('2025-04-03', 'Cuti bersama Idulfitri'),
      c('2025-04-04', 'Cuti bersama Idulfitri'),
      c('2025-04-07', 'Cuti bersama Idulfitri'),
      h('2025-04-18', 'Wafat Yesus Kristus'),
      h('2025-04-20', 'Kebangkitan Yesus Kristus (Paskah)'),
      h('2025-05-01', 'Hari Buruh Internasional'),
      h('2025-05-12', 'Hari Raya Waisak 2569 BE'),
      c('2025-05-13', 'Cuti bersama Hari Raya Waisak'),
      h('2025-05-29', 'Kenaikan Yesus Kristus'),
      c('2025-05-30', 'Cuti bersama Kenaikan Yesus Kristus'),
      h('2025-06-01', 'Hari Lahir Pancasila'),
      h('2025-06-06', 'Iduladha 1446 Hijriah'),
      c('2025-06-09', 'Cuti bersama Iduladha'),
      h('2025-06-27', 'Tahun Baru Islam 1447 Hijriah'),
      h('2025-08-17', 'Proklamasi Kemerdekaan'),
      h('2025-09-05', 'Maulid Nabi Muhammad SAW'),
      h('2025-12-25', 'Kelahiran Yesus Kristus'),
      c('2025-12-26', 'Cuti bersama Kelahiran Yesus Kristus'),
    ],
  },
  {
    year: 2026,
    source:
      'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB Nomor 1497 Tahun 2025, Nomor 2 Tahun 2025, ' +
      'Nomor 5 Tahun 2025 tentang Hari Libur Nasional dan Cuti Bersama Tahun 2026 (19 September 2025)',
    days: [
      h('2026-01-01', 'Tahun Baru 2026 Masehi'),
      h('2026-01-16', 'Isra Mikraj Nabi Muhammad SAW'),
      c('2026-02-16', 'Cuti bersama Tahun Baru Imlek'),
      h('2026-02-17', 'Tahun Baru Imlek 2577 Kongzili'),
      c('2026-03-18', 'Cuti bersama Hari Suci Nyepi'),
      h('2026-03-19', 'Hari Suci Nyepi (Tahun Baru Saka 1948)'),
      c('2026-03-20', 'Cuti bersama Idulfitri'),
      h('2026-03-21', 'Idulfitri 1447 Hijriah'),
      h('2026-03-22', 'Idulfitri 1447 Hijriah'),
      c('2026-03-23', 'Cuti bersama Idulfitri'),
      c('2026-03-24', 'Cuti bersama Idulfitri'),
      h('2026-04-03', 'Wafat Yesus Kristus'),
      h('2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)'),
      h('2026-05-01', 'Hari Buruh Internasional'),
      h('2026-05-14', 'Kenaikan Yesus Kristus'),
      c('2026-05-15', 'Cuti bersama Kenaikan Yesus Kristus'),
      h('2026-05-27', 'Iduladha 1447 Hijriah'),
      c('2026-05-28', 'Cuti bersama Iduladha'),
      h('2026-05-31', 'Hari Raya Waisak 2570 BE'),
      h('2026-06-01', 'Hari Lahir Pancasila'),
      h('2026-06-16', 'Tahun Baru Islam 1448 Hijriah'),
      h('2026-08-17', 'Proklamasi Kemerdekaan'),
      h('2026-08-25', 'Maulid Nabi Muhammad SAW'),
      c('2026-12-24', 'Cuti bersama Kelahiran Yesus Kristus'),
      h('2026-12-25', 'Kelahiran Yesus Kristus'),
    ],
  },
];
