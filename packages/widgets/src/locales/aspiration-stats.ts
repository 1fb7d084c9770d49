// Strings of `<kim-aspiration-stats>`, in every language. A file of its own, so a widget bundles only what it shows.
import type { Localized } from './types.js';

export interface AspirationStatsStrings {
  /** The heading, with the region's name. */
  label: (region: string) => string;
  /** The period, when one is set: "1 Januari 2026 sampai 30 November 2026". */
  period: (from: string | null, to: string | null) => string;
  total: string;
  firstResponse: string;
  resolution: string;
  /** The share of first answers given within the deadline. */
  onTime: string;
  /** "82% (41 dari 50 laporan)". */
  onTimeValue: (percent: string, onTime: string, count: string) => string;
  /** "2,5 hari (dari 14 laporan)". */
  days: (days: string, count: string) => string;
  noneYet: string;
  byStatus: string;
  byKind: string;
  byCategory: string;
  byDistrict: string;
  /** Column headings of every table. */
  item: string;
  count: string;
  share: string;
  empty: string;
  loading: string;
  /** "Diperbarui {time}": the figures may be up to a minute old. */
  updated: (time: string) => string;
  /** Names of the tables' first column per dimension. */
  status: string;
  kind: string;
  category: string;
  district: string;
  /** Where the figures come from: counts include confidential reports, and no personal data is shown. */
  note: string;
}

export const aspirationStats: Localized<AspirationStatsStrings> = {
  id: {
    label: (region) => `Statistik laporan warga ${region}`,
    period: (from, to) =>
      from && to ? `Periode ${from} sampai ${to}` : from ? `Sejak ${from}` : to ? `Sampai ${to}` : 'Sepanjang waktu',
    total: 'Jumlah laporan',
    firstResponse: 'Median waktu hingga tanggapan pertama',
    resolution: 'Median waktu hingga selesai',
    onTime: 'Ditanggapi dalam tenggat',
    onTimeValue: (percent, onTime, count) => `${percent} (${onTime} dari ${count} laporan)`,
    days: (days, count) => `${days} hari (dari ${count} laporan)`,
    noneYet: 'Belum ada',
    byStatus: 'Menurut status',
    byKind: 'Menurut jenis',
    byCategory: 'Menurut kategori',
    byDistrict: 'Menurut kecamatan',
    item: 'Uraian',
    count: 'Jumlah',
    share: 'Persentase',
    empty: 'Belum ada laporan pada periode ini.',
    loading: 'Memuat statistik...',
    updated: (time) => `Diperbarui ${time}`,
    status: 'Status',
    kind: 'Jenis',
    category: 'Kategori',
    district: 'Kecamatan',
    note: 'Angka mencakup laporan yang bersifat rahasia dan tidak memuat data pribadi pelapor.',
  },
  en: {
    label: (region) => `Citizen report statistics, ${region}`,
    period: (from, to) =>
      from && to ? `From ${from} to ${to}` : from ? `Since ${from}` : to ? `Until ${to}` : 'All time',
    total: 'Reports',
    firstResponse: 'Median time to a first answer',
    resolution: 'Median time to resolution',
    onTime: 'Answered within the deadline',
    onTimeValue: (percent, onTime, count) => `${percent} (${onTime} of ${count} reports)`,
    days: (days, count) => `${days} days (of ${count} reports)`,
    noneYet: 'None yet',
    byStatus: 'By status',
    byKind: 'By kind',
    byCategory: 'By category',
    byDistrict: 'By district',
    item: 'Item',
    count: 'Count',
    share: 'Share',
    empty: 'No reports in this period yet.',
    loading: 'Loading statistics...',
    updated: (time) => `Updated ${time}`,
    status: 'Status',
    kind: 'Kind',
    category: 'Category',
    district: 'District',
    note: 'Counts include confidential reports and show no personal data of reporters.',
  },
};
