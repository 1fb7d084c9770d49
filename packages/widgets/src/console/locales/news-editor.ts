// The strings of <kim-news-editor> and <kim-news-list>, in every language (Bahasa Indonesia first).
import type { NewsStatus } from '@kim-kit/sdk';
import type { Localized } from '../../locales/types.js';
import type { RichTextCommand } from '../news-editor/rich-text-rules.js';

export interface NewsEditorStrings {
  newTitle: string;
  editTitle: string;
  loading: string;
  loadFailed: string;
  notFound: string;
  retry: string;
  forbidden: string;
  status: string;
  statuses: Record<NewsStatus, string>;
  group: string;
  category: string;
  choose: string;
  title: string;
  titleHint: string;
  summary: string;
  summaryHint: string;
  body: string;
  bodyHint: string;
  toolbar: string;
  /** While the editor library downloads. */
  editorLoading: string;
  /** The editor library could not be downloaded; the other fields and the draft stay. */
  editorFailed: string;
  commands: Record<RichTextCommand | 'link', string>;
  shortcuts: string;
  link: string;
  linkApply: string;
  linkRemove: string;
  linkInvalid: string;
  cover: string;
  coverHint: string;
  coverChoose: string;
  coverRemove: string;
  uploading: string;
  uploaded: string;
  uploadFailed: string;
  uploadTooLarge: string;
  uploadType: string;
  alt: string;
  altHint: string;
  save: string;
  saving: string;
  saved: string;
  submit: string;
  submitting: string;
  submitted: string;
  preview: string;
  edit: string;
  previewNote: string;
  /** `{time}` is when the draft was last written on this device. */
  draftRestored: string;
  discardDraft: string;
  draftDiscarded: string;
  savedLocally: string;
  offline: string;
  errorSummary: string;
  generic: string;
  required: string;
  titleLength: string;
  altRequired: string;
  reviewNote: string;
  /** `{name}` and `{time}`. */
  reviewNoteBy: string;
  readOnly: string;
  /** `{elements}`: the element names the editor cannot show. */
  unsupported: string;
  conflictTitle: string;
  conflictHint: string;
  yours: string;
  theirs: string;
  /** `{name}` and `{time}`. */
  theirsBy: string;
  keepMine: string;
  takeTheirs: string;
  noSummary: string;
  noImage: string;
  listTitle: string;
  listEmpty: string;
  newArticle: string;
  updated: string;
}

export const newsEditor: Localized<NewsEditorStrings> = {
  id: {
    newTitle: 'Tulis berita baru',
    editTitle: 'Sunting berita',
    loading: 'Memuat berita…',
    loadFailed: 'Berita tidak dapat dimuat. Periksa koneksi Anda, lalu coba lagi.',
    notFound: 'Berita ini tidak ditemukan atau sudah dihapus.',
    retry: 'Coba lagi',
    forbidden: 'Peran Anda tidak mengizinkan menulis berita.',
    status: 'Status',
    statuses: {
      draft: 'Draf',
      submitted: 'Menunggu tinjauan',
      returned: 'Dikembalikan',
      scheduled: 'Terjadwal',
      published: 'Terbit',
      unpublished: 'Ditarik',
    },
    group: 'KIM',
    category: 'Kategori',
    choose: 'Pilih…',
    title: 'Judul',
    titleHint: '5 sampai 200 karakter.',
    summary: 'Ringkasan (tidak wajib)',
    summaryHint: 'Paling banyak 300 karakter. Jika dikosongkan, ringkasan diambil dari isi berita.',
    body: 'Isi berita',
    bodyHint: 'Gunakan tombol format atau pintasan papan ketik di bawah.',
    toolbar: 'Format isi berita',
    editorLoading: 'Memuat penyunting isi berita…',
    editorFailed:
      'Penyunting isi berita tidak dapat dimuat. Periksa sambungan internet, lalu coba lagi. Isian lain dan draf Anda tetap tersimpan.',
    commands: {
      bold: 'Tebal',
      italic: 'Miring',
      heading2: 'Subjudul',
      heading3: 'Subjudul tingkat 2',
      heading4: 'Subjudul tingkat 3',
      bulletList: 'Daftar berbutir',
      orderedList: 'Daftar bernomor',
      blockquote: 'Kutipan',
      undo: 'Urungkan',
      redo: 'Ulangi',
      link: 'Tautan',
    },
    shortcuts: 'Pintasan papan ketik',
    link: 'Alamat tautan',
    linkApply: 'Pasang tautan',
    linkRemove: 'Hapus tautan',
    linkInvalid: 'Masukkan alamat lengkap yang diawali https://, mailto: atau tel:.',
    cover: 'Foto utama',
    coverHint: 'JPEG, PNG atau WebP, paling besar 8 MB.',
    coverChoose: 'Pilih foto',
    coverRemove: 'Hapus foto',
    uploading: 'Mengunggah foto…',
    uploaded: 'Foto terunggah.',
    uploadFailed: 'Foto tidak dapat diunggah. Periksa koneksi Anda, lalu coba lagi.',
    uploadTooLarge: 'Foto terlalu besar (paling besar 8 MB).',
    uploadType: 'Hanya foto JPEG, PNG atau WebP yang dapat diunggah.',
    alt: 'Teks alternatif foto',
    altHint: 'Jelaskan isi foto bagi pembaca yang tidak dapat melihatnya, misalnya "Kader posyandu menimbang balita".',
    save: 'Simpan draf',
    saving: 'Menyimpan…',
    saved: 'Draf tersimpan di server.',
    submit: 'Kirim untuk ditinjau',
    submitting: 'Mengirim…',
    submitted: 'Berita dikirim untuk ditinjau.',
    preview: 'Pratinjau',
    edit: 'Kembali menyunting',
    previewNote: 'Beginilah berita ini tampil bagi pembaca.',
    draftRestored: 'Draf dipulihkan dari perangkat ini ({time}).',
    discardDraft: 'Buang draf',
    draftDiscarded: 'Draf di perangkat ini dibuang.',
    savedLocally: 'Tersimpan di perangkat ini',
    offline:
      'Tidak dapat terhubung ke server. Draf Anda tetap tersimpan di perangkat ini; simpan lagi setelah koneksi kembali.',
    errorSummary: 'Ada masalah',
    generic: 'Terjadi kesalahan di server. Draf Anda tetap tersimpan di perangkat ini; coba lagi nanti.',
    required: 'Wajib diisi.',
    titleLength: 'Judul harus 5 sampai 200 karakter.',
    altRequired: 'Teks alternatif foto wajib diisi.',
    reviewNote: 'Catatan peninjau',
    reviewNoteBy: 'Dari {name}, {time}',
    readOnly: 'Berita dengan status ini tidak dapat disunting oleh peran Anda.',
    unsupported:
      'Isi berita ini memuat unsur yang belum dapat ditampilkan penyunting ({elements}). Unsur itu tetap tersimpan selama isi berita tidak diubah; jika isi diubah, unsur itu hilang.',
    conflictTitle: 'Berita ini telah diubah orang lain',
    conflictHint:
      'Sementara Anda menyunting, orang lain menyimpan versi baru. Bandingkan kedua versi, lalu pilih yang disimpan.',
    yours: 'Versi Anda',
    theirs: 'Versi di server',
    theirsBy: 'Disimpan {time}',
    keepMine: 'Simpan versi saya',
    takeTheirs: 'Pakai versi server',
    noSummary: '(ringkasan diambil dari isi)',
    noImage: 'Tanpa foto utama',
    listTitle: 'Berita saya',
    listEmpty: 'Belum ada berita. Tulis berita pertama Anda.',
    newArticle: 'Tulis berita baru',
    updated: 'Diperbarui',
  },
  en: {
    newTitle: 'Write a news article',
    editTitle: 'Edit news article',
    loading: 'Loading the article…',
    loadFailed: 'The article could not be loaded. Check your connection, then try again.',
    notFound: 'This article does not exist or was deleted.',
    retry: 'Try again',
    forbidden: 'Your role does not allow writing news.',
    status: 'Status',
    statuses: {
      draft: 'Draft',
      submitted: 'Awaiting review',
      returned: 'Returned',
      scheduled: 'Scheduled',
      published: 'Published',
      unpublished: 'Taken down',
    },
    group: 'KIM',
    category: 'Category',
    choose: 'Choose…',
    title: 'Title',
    titleHint: '5 to 200 characters.',
    summary: 'Summary (optional)',
    summaryHint: 'At most 300 characters. Left empty, the summary is taken from the body.',
    body: 'Body',
    bodyHint: 'Use the formatting buttons or the keyboard shortcuts below.',
    toolbar: 'Body formatting',
    editorLoading: 'Loading the body editor…',
    editorFailed:
      'The body editor could not be loaded. Check the internet connection, then try again. The other fields and your draft are kept.',
    commands: {
      bold: 'Bold',
      italic: 'Italic',
      heading2: 'Subheading',
      heading3: 'Subheading level 2',
      heading4: 'Subheading level 3',
      bulletList: 'Bulleted list',
      orderedList: 'Numbered list',
      blockquote: 'Quote',
      undo: 'Undo',
      redo: 'Redo',
      link: 'Link',
    },
    shortcuts: 'Keyboard shortcuts',
    link: 'Link address',
    linkApply: 'Set link',
    linkRemove: 'Remove link',
    linkInvalid: 'Enter a full address starting with https://, mailto: or tel:.',
    cover: 'Cover photo',
    coverHint: 'JPEG, PNG or WebP, at most 8 MB.',
    coverChoose: 'Choose a photo',
    coverRemove: 'Remove photo',
    uploading: 'Uploading the photo…',
    uploaded: 'Photo uploaded.',
    uploadFailed: 'The photo could not be uploaded. Check your connection, then try again.',
    uploadTooLarge: 'The photo is too large (at most 8 MB).',
    uploadType: 'Only JPEG, PNG or WebP photos can be uploaded.',
    alt: 'Photo alternative text',
    altHint: 'Describe the photo for readers who cannot see it, e.g. "Health volunteers weighing toddlers".',
    save: 'Save draft',
    saving: 'Saving…',
    saved: 'Draft saved on the server.',
    submit: 'Submit for review',
    submitting: 'Submitting…',
    submitted: 'Article submitted for review.',
    preview: 'Preview',
    edit: 'Back to editing',
    previewNote: 'This is how readers will see the article.',
    draftRestored: 'Draft restored from this device ({time}).',
    discardDraft: 'Discard draft',
    draftDiscarded: 'The draft on this device was discarded.',
    savedLocally: 'Saved on this device',
    offline: 'The server cannot be reached. Your draft is kept on this device; save again when you are back online.',
    errorSummary: 'There is a problem',
    generic: 'Something went wrong on the server. Your draft is kept on this device; try again later.',
    required: 'Required.',
    titleLength: 'The title must be 5 to 200 characters.',
    altRequired: 'The photo needs alternative text.',
    reviewNote: "Reviewer's note",
    reviewNoteBy: 'From {name}, {time}',
    readOnly: 'Your role cannot edit an article in this status.',
    unsupported:
      'This body holds elements the editor cannot show ({elements}). They are kept while the body is not changed; changing the body removes them.',
    conflictTitle: 'Someone else changed this article',
    conflictHint: 'While you were editing, someone saved a new version. Compare both, then choose which to keep.',
    yours: 'Your version',
    theirs: 'Version on the server',
    theirsBy: 'Saved {time}',
    keepMine: 'Keep my version',
    takeTheirs: 'Take the server version',
    noSummary: '(summary taken from the body)',
    noImage: 'No cover photo',
    listTitle: 'My articles',
    listEmpty: 'No articles yet. Write your first one.',
    newArticle: 'Write a news article',
    updated: 'Updated',
  },
};
