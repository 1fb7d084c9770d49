// The strings of <kim-news-review>, in every language (Bahasa Indonesia first).
import type { Localized } from '../../locales/types.js';

export interface NewsReviewStrings {
  title: string;
  tabs: string;
  queue: string;
  scheduled: string;
  published: string;
  /** "{count} berita menunggu tinjauan" */
  queueCount: string;
  queueEmpty: string;
  scheduledEmpty: string;
  publishedEmpty: string;
  queueOrder: string;
  /** "Halaman {page} dari {pages}" */
  pageOf: string;
  columnTitle: string;
  columnGroup: string;
  columnAuthor: string;
  columnSubmitted: string;
  columnPublished: string;
  columnScheduled: string;
  open: string;
  backToList: string;
  noAuthor: string;
  category: string;
  readingMinutes: string;
  submittedAt: string;
  publishedAt: string;
  scheduledFor: string;
  status: Record<'draft' | 'submitted' | 'returned' | 'scheduled' | 'published' | 'unpublished', string>;
  actions: string;
  publishNow: string;
  schedule: string;
  scheduleSubmit: string;
  /** "Tanggal dan waktu terbit ({zone})" */
  scheduleLabel: string;
  /** "Waktu {zone} ({name}), zona wilayah berita ini." */
  scheduleHint: string;
  scheduleInPast: string;
  returnToAuthor: string;
  returnSubmit: string;
  returnNoteLabel: string;
  returnNoteHint: string;
  unpublish: string;
  unpublishSubmit: string;
  unpublishReasonLabel: string;
  unpublishReasonHint: string;
  correct: string;
  correctHint: string;
  noteTooLong: string;
  /** Announcements after a step: "{title}" is the article. */
  didPublish: string;
  didSchedule: string;
  didReturn: string;
  didUnpublish: string;
  conflictTitle: string;
  conflictText: string;
  conflictFields: string;
  conflictNone: string;
  conflictReload: string;
  field: Record<'title' | 'summary' | 'body' | 'status' | 'category' | 'image' | 'tags' | 'publishedAt', string>;
  yours: string;
  theirs: string;
  lastReviewNote: string;
}

export const newsReview: Localized<NewsReviewStrings> = {
  id: {
    title: 'Tinjauan berita',
    tabs: 'Daftar berita',
    queue: 'Menunggu tinjauan',
    scheduled: 'Terjadwal',
    published: 'Terbit',
    queueCount: '{count} berita menunggu tinjauan',
    queueEmpty: 'Tidak ada berita yang menunggu tinjauan.',
    scheduledEmpty: 'Tidak ada berita terjadwal.',
    publishedEmpty: 'Belum ada berita yang terbit.',
    queueOrder: 'Diurutkan dari yang paling lama menunggu.',
    pageOf: 'Halaman {page} dari {pages}',
    columnTitle: 'Judul',
    columnGroup: 'KIM',
    columnAuthor: 'Penulis',
    columnSubmitted: 'Diajukan',
    columnPublished: 'Terbit',
    columnScheduled: 'Jadwal terbit',
    open: 'Baca',
    backToList: 'Kembali ke daftar',
    noAuthor: 'Tidak diketahui',
    category: 'Kategori',
    readingMinutes: '{n} menit membaca',
    submittedAt: 'Diajukan',
    publishedAt: 'Terbit',
    scheduledFor: 'Dijadwalkan terbit',
    status: {
      draft: 'Draf',
      submitted: 'Menunggu tinjauan',
      returned: 'Dikembalikan',
      scheduled: 'Terjadwal',
      published: 'Terbit',
      unpublished: 'Ditarik',
    },
    actions: 'Tindakan',
    publishNow: 'Terbitkan sekarang',
    schedule: 'Jadwalkan',
    scheduleSubmit: 'Simpan jadwal',
    scheduleLabel: 'Tanggal dan waktu terbit ({zone})',
    scheduleHint: 'Dalam {zone} ({name}), zona waktu wilayah berita ini.',
    scheduleInPast: 'Pilih waktu yang akan datang, atau gunakan “Terbitkan sekarang”.',
    returnToAuthor: 'Kembalikan ke penulis',
    returnSubmit: 'Kembalikan dengan catatan',
    returnNoteLabel: 'Catatan untuk penulis',
    returnNoteHint: 'Jelaskan apa yang perlu diperbaiki. Catatan ini dibaca oleh operator KIM.',
    unpublish: 'Tarik dari publikasi',
    unpublishSubmit: 'Tarik berita',
    unpublishReasonLabel: 'Alasan penarikan',
    unpublishReasonHint:
      'Alasan ini dicatat dan dibaca oleh operator KIM. Alamat berita akan menjawab “sudah dihapus”.',
    correct: 'Koreksi berita',
    correctHint: 'Membuka penyunting; tanggal terbit tetap, waktu pembaruan berubah.',
    noteTooLong: 'Paling banyak {max} karakter.',
    didPublish: '“{title}” telah terbit.',
    didSchedule: '“{title}” dijadwalkan terbit {when}.',
    didReturn: '“{title}” dikembalikan ke penulis.',
    didUnpublish: '“{title}” telah ditarik.',
    conflictTitle: 'Berita ini telah diubah',
    conflictText:
      'Orang lain mengubah berita ini setelah Anda membukanya, sehingga tindakan Anda belum dilakukan. Muat versi terbaru, periksa, lalu ulangi.',
    conflictFields: 'Yang berubah:',
    conflictNone: 'Hanya nomor versinya yang berubah.',
    conflictReload: 'Muat versi terbaru',
    field: {
      title: 'Judul',
      summary: 'Ringkasan',
      body: 'Isi',
      status: 'Status',
      category: 'Kategori',
      image: 'Gambar',
      tags: 'Tag',
      publishedAt: 'Waktu terbit',
    },
    yours: 'Versi Anda',
    theirs: 'Versi terbaru',
    lastReviewNote: 'Catatan peninjau terakhir',
  },
  en: {
    title: 'News review',
    tabs: 'Article lists',
    queue: 'Awaiting review',
    scheduled: 'Scheduled',
    published: 'Published',
    queueCount: '{count} articles awaiting review',
    queueEmpty: 'No articles are awaiting review.',
    scheduledEmpty: 'No articles are scheduled.',
    publishedEmpty: 'No articles have been published yet.',
    queueOrder: 'Oldest submissions first.',
    pageOf: 'Page {page} of {pages}',
    columnTitle: 'Title',
    columnGroup: 'KIM',
    columnAuthor: 'Author',
    columnSubmitted: 'Submitted',
    columnPublished: 'Published',
    columnScheduled: 'Scheduled for',
    open: 'Read',
    backToList: 'Back to the list',
    noAuthor: 'Unknown',
    category: 'Category',
    readingMinutes: '{n} min read',
    submittedAt: 'Submitted',
    publishedAt: 'Published',
    scheduledFor: 'Scheduled for',
    status: {
      draft: 'Draft',
      submitted: 'Awaiting review',
      returned: 'Sent back',
      scheduled: 'Scheduled',
      published: 'Published',
      unpublished: 'Unpublished',
    },
    actions: 'Actions',
    publishNow: 'Publish now',
    schedule: 'Schedule',
    scheduleSubmit: 'Save schedule',
    scheduleLabel: 'Publication date and time ({zone})',
    scheduleHint: 'In {zone} ({name}), the time zone of this article’s region.',
    scheduleInPast: 'Choose a time in the future, or use “Publish now”.',
    returnToAuthor: 'Send back to the author',
    returnSubmit: 'Send back with the note',
    returnNoteLabel: 'Note to the author',
    returnNoteHint: 'Say what needs to change. The KIM operators read this note.',
    unpublish: 'Unpublish',
    unpublishSubmit: 'Unpublish the article',
    unpublishReasonLabel: 'Reason for unpublishing',
    unpublishReasonHint:
      'The reason is recorded and the KIM operators read it. The article’s address will answer “gone”.',
    correct: 'Correct the article',
    correctHint: 'Opens the editor; the publication date stays, the update time moves.',
    noteTooLong: 'At most {max} characters.',
    didPublish: '“{title}” has been published.',
    didSchedule: '“{title}” is scheduled for {when}.',
    didReturn: '“{title}” was sent back to the author.',
    didUnpublish: '“{title}” has been unpublished.',
    conflictTitle: 'This article has changed',
    conflictText:
      'Someone else changed this article after you opened it, so your action was not taken. Load the latest version, check it, and try again.',
    conflictFields: 'What changed:',
    conflictNone: 'Only its version number changed.',
    conflictReload: 'Load the latest version',
    field: {
      title: 'Title',
      summary: 'Summary',
      body: 'Body',
      status: 'Status',
      category: 'Category',
      image: 'Image',
      tags: 'Tags',
      publishedAt: 'Publication time',
    },
    yours: 'Your version',
    theirs: 'Latest version',
    lastReviewNote: 'Last reviewer’s note',
  },
};
