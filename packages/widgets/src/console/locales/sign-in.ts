// The strings of <kim-sign-in>, in every language (Bahasa Indonesia first).
import type { Localized } from '../../locales/types.js';

export interface SignInStrings {
  title: string;
  email: string;
  password: string;
  showPassword: string;
  submit: string;
  submitting: string;
  /** One message for an unknown email and a wrong password: no account enumeration. */
  invalidCredentials: string;
  accountDisabled: string;
  /** `{wait}` is a human duration ("2 menit"). */
  throttled: string;
  network: string;
  generic: string;
  errorSummary: string;
  required: string;
  emailInvalid: string;
  signedInAs: string;
  signOut: string;
  signedOut: string;
  invitationTitle: string;
  invitationLoading: string;
  invitationFor: string;
  invitationRole: string;
  invitationExpires: string;
  invitationInvalid: string;
  newPassword: string;
  confirmPassword: string;
  passwordRules: string;
  /** `{min}` and `{max}`: the policy's lengths. */
  passwordLength: string;
  passwordCommon: string;
  passwordMismatch: string;
  acceptSubmit: string;
  roles: Record<string, string>;
  seconds: string;
  minutes: string;
}

export const signIn: Localized<SignInStrings> = {
  id: {
    title: 'Masuk ke Konsol KIM',
    email: 'Alamat email',
    password: 'Kata sandi',
    showPassword: 'Tampilkan kata sandi',
    submit: 'Masuk',
    submitting: 'Sedang masuk...',
    invalidCredentials: 'Alamat email atau kata sandi tidak cocok.',
    accountDisabled: 'Akun ini dinonaktifkan. Hubungi admin Dinas Kominfo.',
    throttled: 'Terlalu banyak percobaan masuk. Coba lagi dalam {wait}.',
    network: 'Tidak dapat terhubung. Periksa koneksi internet Anda.',
    generic: 'Maaf, permintaan tidak dapat diproses saat ini. Coba lagi.',
    errorSummary: 'Ada masalah',
    required: 'Wajib diisi.',
    emailInvalid: 'Masukkan alamat email yang benar, misalnya nama@contoh.go.id.',
    signedInAs: 'Masuk sebagai',
    signOut: 'Keluar',
    signedOut: 'Anda telah keluar.',
    invitationTitle: 'Terima undangan',
    invitationLoading: 'Memuat undangan...',
    invitationFor: 'Undangan untuk',
    invitationRole: 'Peran',
    invitationExpires: 'Berlaku sampai',
    invitationInvalid: 'Tautan undangan ini sudah digunakan atau kedaluwarsa. Minta undangan baru kepada admin.',
    newPassword: 'Kata sandi baru',
    confirmPassword: 'Ulangi kata sandi',
    passwordRules: 'Aturan kata sandi:',
    passwordLength: 'panjang {min} sampai {max} karakter',
    passwordCommon: 'bukan kata sandi yang umum atau mudah ditebak',
    passwordMismatch: 'Kedua kata sandi tidak sama.',
    acceptSubmit: 'Simpan kata sandi dan masuk',
    roles: { admin: 'Admin', dinas: 'Petugas Dinas', kim: 'Operator KIM' },
    seconds: '{n} detik',
    minutes: '{n} menit',
  },
  en: {
    title: 'Sign in to the KIM Console',
    email: 'Email address',
    password: 'Password',
    showPassword: 'Show password',
    submit: 'Sign in',
    submitting: 'Signing in...',
    invalidCredentials: 'The email address or password is not correct.',
    accountDisabled: 'This account is disabled. Contact the Dinas Kominfo admin.',
    throttled: 'Too many sign-in attempts. Try again in {wait}.',
    network: 'Cannot connect. Check your internet connection.',
    generic: 'Sorry, the request cannot be processed right now. Try again.',
    errorSummary: 'There is a problem',
    required: 'Required.',
    emailInvalid: 'Enter a valid email address, like name@example.go.id.',
    signedInAs: 'Signed in as',
    signOut: 'Sign out',
    signedOut: 'You have signed out.',
    invitationTitle: 'Accept invitation',
    invitationLoading: 'Loading the invitation...',
    invitationFor: 'Invitation for',
    invitationRole: 'Role',
    invitationExpires: 'Valid until',
    invitationInvalid: 'This invitation link has been used or has expired. Ask the admin for a new invitation.',
    newPassword: 'New password',
    confirmPassword: 'Repeat password',
    passwordRules: 'Password rules:',
    passwordLength: '{min} to {max} characters long',
    passwordCommon: 'not a common or easily guessed password',
    passwordMismatch: 'The two passwords are not the same.',
    acceptSubmit: 'Save password and sign in',
    roles: { admin: 'Admin', dinas: 'Dinas official', kim: 'KIM operator' },
    seconds: '{n} seconds',
    minutes: '{n} minutes',
  },
};
