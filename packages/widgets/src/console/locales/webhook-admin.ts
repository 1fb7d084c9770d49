// The strings of <kim-webhook-admin>, in every language (Bahasa Indonesia first).
import type { WebhookEvent } from '@kim-kit/sdk';
import type { Localized } from '../../locales/types.js';

export interface WebhookAdminStrings {
  title: string;
  intro: string;
  create: string;
  empty: string;
  loadMore: string;
  columns: { url: string; region: string; events: string; status: string; actions: string };
  active: string;
  paused: string;
  events: Record<WebhookEvent, string>;
  createTitle: string;
  editTitle: string;
  url: string;
  urlHint: string;
  region: string;
  regionHint: string;
  eventsLegend: string;
  description: string;
  activeLabel: string;
  submitCreate: string;
  sending: string;
  secretTitle: string;
  secretLabel: string;
  secretOnce: string;
  copy: string;
  copied: string;
  copyFailed: string;
  done: string;
  edit: string;
  disable: string;
  enable: string;
  rotate: string;
  remove: string;
  log: string;
  logTitle: string;
  logEmpty: string;
  logColumns: { at: string; event: string; attempt: string; code: string; outcome: string; actions: string };
  deliveryStatus: { pending: string; sent: string; failed: string };
  noAnswer: string;
  replay: string;
  replayed: string;
  confirmRotate: string;
  confirmRotateHint: string;
  confirmRemove: string;
  confirmRemoveHint: string;
  created: string;
  saved: string;
  removed: string;
  stale: string;
}

export const webhookAdmin: Localized<WebhookAdminStrings> = {
  id: {
    title: 'Integrasi (webhook)',
    intro:
      'Sistem lain (misalnya jembatan ke SP4N-LAPOR!) menerima peristiwa aspirasi di wilayah Anda, ditandatangani dengan rahasia langganan.',
    create: 'Tambah langganan',
    empty: 'Belum ada langganan webhook.',
    loadMore: 'Muat lebih banyak',
    columns: { url: 'Alamat', region: 'Wilayah', events: 'Peristiwa', status: 'Status', actions: 'Tindakan' },
    active: 'Aktif',
    paused: 'Nonaktif',
    events: {
      'aspiration.received': 'Aspirasi masuk',
      'aspiration.status': 'Status berubah',
      'aspiration.overdue': 'Melewati tenggat',
    },
    createTitle: 'Langganan webhook baru',
    editTitle: 'Ubah langganan {url}',
    url: 'Alamat penerima (URL)',
    urlHint: 'Harus https://. http:// hanya untuk localhost.',
    region: 'Kode wilayah',
    regionHint: 'Peristiwa aspirasi di wilayah ini dan di dalamnya, misalnya 19.71.',
    eventsLegend: 'Peristiwa yang dikirim',
    description: 'Keterangan (opsional)',
    activeLabel: 'Aktif (kirim peristiwa)',
    submitCreate: 'Buat langganan',
    sending: 'Mengirim…',
    secretTitle: 'Rahasia penandatanganan',
    secretLabel: 'Rahasia',
    secretOnce: 'Rahasia ini hanya ditampilkan sekali. Simpan sekarang di sistem penerima.',
    copy: 'Salin rahasia',
    copied: 'Rahasia tersalin.',
    copyFailed: 'Tidak dapat menyalin otomatis; rahasia sudah dipilih, salin secara manual.',
    done: 'Selesai',
    edit: 'Ubah',
    disable: 'Nonaktifkan',
    enable: 'Aktifkan',
    rotate: 'Ganti rahasia',
    remove: 'Hapus',
    log: 'Log pengiriman',
    logTitle: 'Log pengiriman {url}',
    logEmpty: 'Belum ada pengiriman.',
    logColumns: {
      at: 'Waktu',
      event: 'Peristiwa',
      attempt: 'Percobaan',
      code: 'Kode respons',
      outcome: 'Hasil',
      actions: 'Tindakan',
    },
    deliveryStatus: { pending: 'Menunggu ulang', sent: 'Terkirim', failed: 'Gagal' },
    noAnswer: 'Tanpa jawaban',
    replay: 'Kirim ulang',
    replayed: 'Pengiriman dijadwalkan ulang.',
    confirmRotate: 'Ganti rahasia {url}?',
    confirmRotateHint: 'Rahasia lama langsung tidak berlaku; penerima harus memakai rahasia baru.',
    confirmRemove: 'Hapus langganan {url}?',
    confirmRemoveHint: 'Log pengirimannya ikut terhapus dan pengiriman yang tertunda dibatalkan.',
    created: 'Langganan dibuat.',
    saved: 'Langganan disimpan.',
    removed: 'Langganan dihapus.',
    stale: 'Langganan ini diubah orang lain. Data terbaru sudah dimuat; periksa lalu coba lagi.',
  },
  en: {
    title: 'Integrations (webhooks)',
    intro:
      "Other systems (such as a bridge to SP4N-LAPOR!) receive the aspiration events of your region, signed with the subscription's secret.",
    create: 'Add subscription',
    empty: 'No webhook subscriptions yet.',
    loadMore: 'Load more',
    columns: { url: 'Address', region: 'Region', events: 'Events', status: 'Status', actions: 'Actions' },
    active: 'Active',
    paused: 'Disabled',
    events: {
      'aspiration.received': 'Aspiration received',
      'aspiration.status': 'Status changed',
      'aspiration.overdue': 'Past its due date',
    },
    createTitle: 'New webhook subscription',
    editTitle: 'Change subscription {url}',
    url: 'Receiver address (URL)',
    urlHint: 'Must be https://. http:// only for localhost.',
    region: 'Region code',
    regionHint: 'Aspiration events in this region and inside it, for example 19.71.',
    eventsLegend: 'Events sent',
    description: 'Description (optional)',
    activeLabel: 'Active (send events)',
    submitCreate: 'Create subscription',
    sending: 'Sending…',
    secretTitle: 'Signing secret',
    secretLabel: 'Secret',
    secretOnce: 'This secret is shown only once. Store it in the receiving system now.',
    copy: 'Copy secret',
    copied: 'Secret copied.',
    copyFailed: 'Could not copy automatically; the secret is selected, copy it by hand.',
    done: 'Done',
    edit: 'Edit',
    disable: 'Disable',
    enable: 'Enable',
    rotate: 'Rotate secret',
    remove: 'Delete',
    log: 'Delivery log',
    logTitle: 'Delivery log of {url}',
    logEmpty: 'No deliveries yet.',
    logColumns: {
      at: 'Time',
      event: 'Event',
      attempt: 'Attempt',
      code: 'Response code',
      outcome: 'Outcome',
      actions: 'Actions',
    },
    deliveryStatus: { pending: 'Retry due', sent: 'Delivered', failed: 'Failed' },
    noAnswer: 'No answer',
    replay: 'Send again',
    replayed: 'The delivery will be sent again.',
    confirmRotate: 'Rotate the secret of {url}?',
    confirmRotateHint: 'The old secret stops working at once; the receiver must use the new one.',
    confirmRemove: 'Delete subscription {url}?',
    confirmRemoveHint: 'Its delivery log is deleted too, and pending deliveries are dropped.',
    created: 'Subscription created.',
    saved: 'Subscription saved.',
    removed: 'Subscription deleted.',
    stale: 'Someone else changed this subscription. The latest version is loaded; check it and try again.',
  },
};
