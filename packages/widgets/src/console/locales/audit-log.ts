// The strings of <kim-audit-log>, in every language (Bahasa Indonesia first): the actions the server records, in words.
import type { AuditActor, AuditTargetType } from '@kim-kit/sdk';
import type { Localized } from '../../locales/types.js';

export interface AuditLogStrings {
  title: string;
  filters: string;
  actor: string;
  anyActor: string;
  action: string;
  anyAction: string;
  targetType: string;
  anyTargetType: string;
  from: string;
  to: string;
  /** `{zone}`: WIB, WITA or WIT. */
  dateHint: string;
  dateOrder: string;
  empty: string;
  loadMore: string;
  columns: { at: string; actor: string; action: string; target: string; details: string };
  details: string;
  actionCode: string;
  changes: string;
  noChanges: string;
  region: string;
  requestId: string;
  clientAddress: string;
  targetId: string;
  tokenId: string;
  /** Who acted, when it was not a signed-in person by name. */
  actors: Record<AuditActor['type'], string>;
  /** "{name} (token API)". */
  viaToken: string;
  targetTypes: Record<AuditTargetType, string>;
  /** Known actions in words; an unknown one is shown as its code. */
  actions: Record<string, string>;
  /** "{count} entri dimuat." */
  loaded: string;
}

export const auditLog: Localized<AuditLogStrings> = {
  id: {
    title: 'Log audit',
    filters: 'Saring log',
    actor: 'Pelaku',
    anyActor: 'Semua pelaku',
    action: 'Tindakan',
    anyAction: 'Semua tindakan',
    targetType: 'Jenis data',
    anyTargetType: 'Semua jenis',
    from: 'Dari tanggal',
    to: 'Sampai tanggal',
    dateHint: 'Tanggal menurut {zone}.',
    dateOrder: 'Tanggal akhir tidak boleh sebelum tanggal awal.',
    empty: 'Tidak ada catatan yang sesuai.',
    loadMore: 'Muat lebih banyak',
    columns: { at: 'Waktu', actor: 'Pelaku', action: 'Tindakan', target: 'Data', details: 'Rincian' },
    details: 'Rincian',
    actionCode: 'Kode tindakan',
    changes: 'Kolom yang berubah',
    noChanges: 'Tidak ada',
    region: 'Kode wilayah',
    requestId: 'Kode permintaan',
    clientAddress: 'Alamat klien',
    targetId: 'ID data',
    tokenId: 'ID token',
    actors: {
      user: 'Pengguna',
      token: 'Token API',
      bootstrap: 'Token admin awal (server)',
      system: 'Sistem (terjadwal)',
      public: 'Publik (warga)',
    },
    viaToken: '{name} (melalui token API)',
    targetTypes: {
      user: 'Akun',
      session: 'Sesi',
      token: 'Token API',
      invitation: 'Undangan',
      group: 'KIM',
      category: 'Kategori',
      news: 'Berita',
      media: 'Media',
      aspiration: 'Aspirasi',
      agency: 'Perangkat daerah',
      webhook: 'Webhook',
    },
    actions: {
      'user.invite': 'Mengundang pengguna',
      'user.create': 'Membuat akun',
      'user.update': 'Mengubah akun',
      'user.disable': 'Menonaktifkan akun',
      'user.enable': 'Mengaktifkan kembali akun',
      'user.invitation': 'Mengirim ulang undangan',
      'user.password_reset': 'Membuat tautan atur ulang kata sandi',
      'user.accept_invitation': 'Menerima undangan',
      'user.reset_password': 'Mengatur ulang kata sandi',
      'user.change_password': 'Mengganti kata sandi',
      'user.sign_in': 'Masuk',
      'user.sign_out': 'Keluar',
      'user.sign_out_everywhere': 'Keluar dari semua perangkat',
      'token.create': 'Membuat token API',
      'token.revoke': 'Mencabut token API',
      'news.create': 'Membuat draf berita',
      'news.update': 'Mengubah draf berita',
      'news.correct': 'Mengoreksi berita terbit',
      'news.submit': 'Mengajukan berita untuk ditinjau',
      'news.publish': 'Menerbitkan berita',
      'news.schedule': 'Menjadwalkan berita',
      'news.return': 'Mengembalikan berita dengan catatan',
      'news.unpublish': 'Menarik berita',
      'news.delete': 'Menghapus berita',
      'group.create': 'Mendaftarkan KIM',
      'group.update': 'Mengubah data KIM',
      'group.archive': 'Mengarsipkan KIM',
      'group.restore': 'Memulihkan KIM',
      'category.create': 'Membuat kategori',
      'category.update': 'Mengubah kategori',
      'category.retire': 'Menonaktifkan kategori',
      'category.restore': 'Memulihkan kategori',
      'category.order': 'Mengubah urutan kategori',
      'media.upload': 'Mengunggah gambar',
      'aspiration.submit': 'Mengirim aspirasi',
      'aspiration.status': 'Mengubah status aspirasi',
      'aspiration.export': 'Mengekspor aspirasi (CSV)',
    },
    loaded: '{count} catatan dimuat.',
  },
  en: {
    title: 'Audit log',
    filters: 'Filter the log',
    actor: 'Actor',
    anyActor: 'Anyone',
    action: 'Action',
    anyAction: 'Any action',
    targetType: 'Record type',
    anyTargetType: 'Any type',
    from: 'From date',
    to: 'To date',
    dateHint: 'Dates in {zone}.',
    dateOrder: 'The end date cannot be before the start date.',
    empty: 'No entries match.',
    loadMore: 'Load more',
    columns: { at: 'Time', actor: 'Actor', action: 'Action', target: 'Record', details: 'Details' },
    details: 'Details',
    actionCode: 'Action code',
    changes: 'Changed fields',
    noChanges: 'None',
    region: 'Region code',
    requestId: 'Request id',
    clientAddress: 'Client address',
    targetId: 'Record id',
    tokenId: 'Token id',
    actors: {
      user: 'Person',
      token: 'API token',
      bootstrap: 'Bootstrap admin token (server)',
      system: 'System (scheduled)',
      public: 'Public (a citizen)',
    },
    viaToken: '{name} (through an API token)',
    targetTypes: {
      user: 'Account',
      session: 'Session',
      token: 'API token',
      invitation: 'Invitation',
      group: 'KIM',
      category: 'Category',
      news: 'News',
      media: 'Media',
      aspiration: 'Aspiration',
      agency: 'Agency',
      webhook: 'Webhook',
    },
    actions: {
      'user.invite': 'Invited a person',
      'user.create': 'Created an account',
      'user.update': 'Changed an account',
      'user.disable': 'Disabled an account',
      'user.enable': 'Enabled an account again',
      'user.invitation': 'Sent an invitation again',
      'user.password_reset': 'Made a password reset link',
      'user.accept_invitation': 'Accepted an invitation',
      'user.reset_password': 'Reset their password',
      'user.change_password': 'Changed their password',
      'user.sign_in': 'Signed in',
      'user.sign_out': 'Signed out',
      'user.sign_out_everywhere': 'Signed out everywhere',
      'token.create': 'Created an API token',
      'token.revoke': 'Revoked an API token',
      'news.create': 'Created a news draft',
      'news.update': 'Edited a news draft',
      'news.correct': 'Corrected a published article',
      'news.submit': 'Submitted an article for review',
      'news.publish': 'Published an article',
      'news.schedule': 'Scheduled an article',
      'news.return': 'Sent an article back with a note',
      'news.unpublish': 'Unpublished an article',
      'news.delete': 'Deleted an article',
      'group.create': 'Registered a KIM',
      'group.update': 'Edited a KIM',
      'group.archive': 'Archived a KIM',
      'group.restore': 'Restored a KIM',
      'category.create': 'Created a category',
      'category.update': 'Edited a category',
      'category.retire': 'Retired a category',
      'category.restore': 'Restored a category',
      'category.order': 'Reordered the categories',
      'media.upload': 'Uploaded an image',
      'aspiration.submit': 'Submitted an aspiration',
      'aspiration.status': 'Changed the status of an aspiration',
      'aspiration.export': 'Exported aspirations (CSV)',
    },
    loaded: '{count} entries loaded.',
  },
};
