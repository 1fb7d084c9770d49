// The strings of <kim-account-admin>, in every language (Bahasa Indonesia first).
import type { Role, UserStatus } from '@kim-kit/sdk';
import type { Localized } from '../../locales/types.js';

export interface AccountAdminStrings {
  title: string;
  peopleTitle: string;
  forbidden: string;
  loadMore: string;
  empty: string;
  search: string;
  statusFilter: string;
  anyStatus: string;
  columns: { name: string; email: string; roles: string; status: string; lastSignIn: string; actions: string };
  never: string;
  you: string;
  roles: Record<Role, string>;
  statuses: Record<UserStatus, string>;
  /** `{role}` in `{scope}`. */
  roleIn: string;
  invite: string;
  inviteTitle: string;
  email: string;
  name: string;
  role: string;
  province: string;
  regency: string;
  wholeProvince: string;
  choose: string;
  group: string;
  noGroups: string;
  sendInvite: string;
  sending: string;
  emailInvalid: string;
  linkTitle: string;
  /** Said beside a one-time link or secret. */
  linkOnce: string;
  linkEmailed: string;
  linkLabel: string;
  copy: string;
  copied: string;
  copyFailed: string;
  /** `{time}`: the expiry with its zone label. */
  validUntil: string;
  done: string;
  edit: string;
  editTitle: string;
  saved: string;
  multipleRoles: string;
  disable: string;
  enable: string;
  confirmDisable: string;
  confirmDisableHint: string;
  confirmEnable: string;
  disabled: string;
  enabled: string;
  resendInvite: string;
  resetLink: string;
  resetTitle: string;
  invited: string;
  stale: string;
  tokensTitle: string;
  ownTokens: string;
  allTokens: string;
  tokensEmpty: string;
  tokenColumns: {
    name: string;
    owner: string;
    role: string;
    prefix: string;
    expires: string;
    lastUsed: string;
    actions: string;
  };
  issueToken: string;
  tokenName: string;
  tokenDays: string;
  /** `{min}`, `{max}`. */
  tokenDaysHint: string;
  tokenRole: string;
  issue: string;
  secretTitle: string;
  secretWarning: string;
  secretLabel: string;
  revoke: string;
  confirmRevoke: string;
  confirmRevokeHint: string;
  revoked: string;
  ended: string;
  showEnded: string;
}

export const accountAdmin: Localized<AccountAdminStrings> = {
  id: {
    title: 'Akun dan token',
    peopleTitle: 'Pengguna',
    forbidden: 'Peran Anda tidak mengizinkan pengelolaan akun.',
    loadMore: 'Muat lebih banyak',
    empty: 'Belum ada pengguna yang sesuai.',
    search: 'Cari nama atau email',
    statusFilter: 'Status',
    anyStatus: 'Semua status',
    columns: {
      name: 'Nama',
      email: 'Email',
      roles: 'Peran dan cakupan',
      status: 'Status',
      lastSignIn: 'Terakhir masuk',
      actions: 'Tindakan',
    },
    never: 'Belum pernah',
    you: '(Anda)',
    roles: { admin: 'Admin', dinas: 'Petugas Dinas', kim: 'Operator KIM' },
    statuses: { invited: 'Diundang', active: 'Aktif', disabled: 'Nonaktif' },
    roleIn: '{role}, {scope}',
    invite: 'Undang pengguna',
    inviteTitle: 'Undang pengguna baru',
    email: 'Alamat email',
    name: 'Nama lengkap',
    role: 'Peran',
    province: 'Provinsi',
    regency: 'Kabupaten/kota',
    wholeProvince: 'Seluruh provinsi',
    choose: 'Pilih...',
    group: 'Kelompok KIM',
    noGroups: 'Tidak ada KIM dalam cakupan Anda.',
    sendInvite: 'Buat undangan',
    sending: 'Sedang menyimpan...',
    emailInvalid: 'Masukkan alamat email yang benar, misalnya nama@contoh.go.id.',
    linkTitle: 'Tautan undangan',
    linkOnce:
      'Tautan ini hanya ditampilkan sekali. Salin dan berikan kepada yang bersangkutan melalui saluran yang aman.',
    linkEmailed: 'Tautan ini juga telah dikirim ke alamat email tersebut.',
    linkLabel: 'Tautan (sekali pakai)',
    copy: 'Salin',
    copied: 'Tersalin ke papan klip.',
    copyFailed: 'Tidak dapat menyalin otomatis: pilih teksnya lalu salin secara manual.',
    validUntil: 'Berlaku sampai {time}.',
    done: 'Selesai',
    edit: 'Ubah peran',
    editTitle: 'Ubah peran {name}',
    saved: 'Perubahan disimpan.',
    multipleRoles: 'Orang ini memiliki beberapa peran; menyimpan akan menggantinya dengan satu peran di bawah ini.',
    disable: 'Nonaktifkan',
    enable: 'Aktifkan kembali',
    confirmDisable: 'Nonaktifkan akun {name}?',
    confirmDisableHint: 'Semua sesi dan token API orang ini akan diakhiri. Akun dapat diaktifkan kembali.',
    confirmEnable: 'Aktifkan kembali akun {name}?',
    disabled: 'Akun {name} dinonaktifkan.',
    enabled: 'Akun {name} diaktifkan kembali.',
    resendInvite: 'Kirim ulang undangan',
    resetLink: 'Tautan atur ulang kata sandi',
    resetTitle: 'Tautan baru untuk {name}',
    invited: 'Undangan untuk {name} dibuat.',
    stale: 'Akun ini baru saja diubah orang lain. Data terbaru telah dimuat; periksa lalu coba lagi.',
    tokensTitle: 'Token API',
    ownTokens: 'Token saya',
    allTokens: 'Token semua pengguna dalam cakupan Anda',
    tokensEmpty: 'Belum ada token aktif.',
    tokenColumns: {
      name: 'Nama',
      owner: 'Pemilik',
      role: 'Bertindak sebagai',
      prefix: 'Awalan',
      expires: 'Kedaluwarsa',
      lastUsed: 'Terakhir dipakai',
      actions: 'Tindakan',
    },
    issueToken: 'Buat token API',
    tokenName: 'Nama token (untuk apa)',
    tokenDays: 'Masa berlaku (hari)',
    tokenDaysHint: 'Antara {min} dan {max} hari.',
    tokenRole: 'Bertindak sebagai peran',
    issue: 'Buat token',
    secretTitle: 'Token baru: {name}',
    secretWarning:
      'Rahasia token ini hanya ditampilkan sekali. Simpan di tempat penyimpanan rahasia aplikasi Anda, jangan di kode atau log. Siapa pun yang memegangnya dapat bertindak atas nama Anda.',
    secretLabel: 'Rahasia token',
    revoke: 'Cabut',
    confirmRevoke: 'Cabut token {name}?',
    confirmRevokeHint: 'Aplikasi yang memakai token ini tidak dapat lagi mengakses API.',
    revoked: 'Token {name} dicabut.',
    ended: 'Berakhir',
    showEnded: 'Tampilkan juga token yang dicabut atau kedaluwarsa',
  },
  en: {
    title: 'Accounts and tokens',
    peopleTitle: 'People',
    forbidden: 'Your role does not allow managing accounts.',
    loadMore: 'Load more',
    empty: 'No people match.',
    search: 'Search name or email',
    statusFilter: 'Status',
    anyStatus: 'Any status',
    columns: {
      name: 'Name',
      email: 'Email',
      roles: 'Role and scope',
      status: 'Status',
      lastSignIn: 'Last sign-in',
      actions: 'Actions',
    },
    never: 'Never',
    you: '(you)',
    roles: { admin: 'Admin', dinas: 'Dinas official', kim: 'KIM operator' },
    statuses: { invited: 'Invited', active: 'Active', disabled: 'Disabled' },
    roleIn: '{role}, {scope}',
    invite: 'Invite someone',
    inviteTitle: 'Invite a new person',
    email: 'Email address',
    name: 'Full name',
    role: 'Role',
    province: 'Province',
    regency: 'Regency/city',
    wholeProvince: 'The whole province',
    choose: 'Choose...',
    group: 'KIM group',
    noGroups: 'There is no KIM in your scope.',
    sendInvite: 'Create invitation',
    sending: 'Saving...',
    emailInvalid: 'Enter a valid email address, like name@example.go.id.',
    linkTitle: 'Invitation link',
    linkOnce: 'This link is shown only once. Copy it and give it to the person through a safe channel.',
    linkEmailed: 'The link has also been sent to that email address.',
    linkLabel: 'Link (single use)',
    copy: 'Copy',
    copied: 'Copied to the clipboard.',
    copyFailed: 'Could not copy automatically: select the text and copy it by hand.',
    validUntil: 'Valid until {time}.',
    done: 'Done',
    edit: 'Change role',
    editTitle: 'Change the role of {name}',
    saved: 'Changes saved.',
    multipleRoles: 'This person holds several roles; saving replaces them with the one role below.',
    disable: 'Disable',
    enable: 'Enable again',
    confirmDisable: 'Disable the account of {name}?',
    confirmDisableHint: 'Every session and API token of this person ends. The account can be enabled again.',
    confirmEnable: 'Enable the account of {name} again?',
    disabled: 'The account of {name} is disabled.',
    enabled: 'The account of {name} is enabled again.',
    resendInvite: 'Resend invitation',
    resetLink: 'Password reset link',
    resetTitle: 'A new link for {name}',
    invited: 'Invitation for {name} created.',
    stale: 'Someone else has just changed this account. The latest data is loaded; check it and try again.',
    tokensTitle: 'API tokens',
    ownTokens: 'My tokens',
    allTokens: 'Tokens of everyone in your scope',
    tokensEmpty: 'No active tokens yet.',
    tokenColumns: {
      name: 'Name',
      owner: 'Owner',
      role: 'Acts as',
      prefix: 'Prefix',
      expires: 'Expires',
      lastUsed: 'Last used',
      actions: 'Actions',
    },
    issueToken: 'Create an API token',
    tokenName: 'Token name (what it is for)',
    tokenDays: 'Valid for (days)',
    tokenDaysHint: 'Between {min} and {max} days.',
    tokenRole: 'Acts with the role',
    issue: 'Create token',
    secretTitle: 'New token: {name}',
    secretWarning:
      "This token's secret is shown only once. Keep it in your application's secret store, never in code or logs. Whoever holds it can act on your behalf.",
    secretLabel: 'Token secret',
    revoke: 'Revoke',
    confirmRevoke: 'Revoke the token {name}?',
    confirmRevokeHint: 'Applications using this token can no longer reach the API.',
    revoked: 'The token {name} is revoked.',
    ended: 'Ended',
    showEnded: 'Also show revoked or expired tokens',
  },
};
