// Which new passwords are accepted: long enough, not common, not a run of one key, not the account's email.
import { PASSWORD_LIMITS } from '@kim-kit/sdk/schemas';
import { dictionary } from '@zxcvbn-ts/language-common';

export type PasswordProblem = 'too_short' | 'too_long' | 'common' | 'repetitive' | 'contains_email';

/** What to tell the person, in the two languages of the UI. */
export const PASSWORD_PROBLEM_MESSAGES: Readonly<Record<PasswordProblem, { id: string; en: string }>> = {
  too_short: {
    id: `Kata sandi minimal ${PASSWORD_LIMITS.min} karakter.`,
    en: `Use at least ${PASSWORD_LIMITS.min} characters.`,
  },
  too_long: {
    id: `Kata sandi maksimal ${PASSWORD_LIMITS.max} karakter.`,
    en: `Use at most ${PASSWORD_LIMITS.max} characters.`,
  },
  common: {
    id: 'Kata sandi ini terlalu umum dan mudah ditebak. Gunakan kalimat atau gabungan kata yang hanya Anda ketahui.',
    en: 'This password is too common and easy to guess. Use a phrase or words only you would think of.',
  },
  repetitive: {
    id: 'Kata sandi tidak boleh berupa karakter yang diulang atau berurutan.',
    en: 'The password must not be one character repeated or a simple sequence.',
  },
  contains_email: {
    id: 'Kata sandi tidak boleh memuat alamat email Anda.',
    en: 'The password must not contain your email address.',
  },
};

/**
 * The common-password list of zxcvbn-ts (49,233 passwords from public breach corpora), lowercased. Only a few hundred
 * are 12 characters or more, so each password is also checked with the digits and symbols around it removed:
 * "sunshine2024!" is "sunshine" with a suffix.
 */
let common: Set<string> | undefined;
const commonPasswords = () => {
  common ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
  return common;
};

/** The core of a password without the digits and symbols people add around a word to pass a rule. */
const core = (lower: string) => lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');

/** One character repeated, or a run along the alphabet or the digits ("abcdefghijkl", "987654321098"). */
function isRepetitiveOrSequential(chars: readonly string[]): boolean {
  if (new Set(chars).size <= 2) return true;
  const codes = chars.map((c) => c.codePointAt(0) ?? 0);
  const step = (codes[1] ?? 0) - (codes[0] ?? 0);
  if (Math.abs(step) !== 1) return false;
  return codes.every((code, i) => {
    if (i === 0) return true;
    const diff = code - (codes[i - 1] ?? 0);
    // Digits wrap around: ...7890123...
    return diff === step || (step === 1 && diff === -9) || (step === -1 && diff === 9);
  });
}

/**
 * The first problem with a new password, or `null` when it may be used. Length is counted in characters (code
 * points) after the same Unicode normalisation the hash uses, so an emoji counts as one.
 */
export function checkPassword(password: string, context: { email?: string } = {}): PasswordProblem | null {
  const normalized = password.normalize('NFKC');
  const chars = [...normalized];
  if (chars.length < PASSWORD_LIMITS.min) return 'too_short';
  if (chars.length > PASSWORD_LIMITS.max) return 'too_long';
  const lower = normalized.toLowerCase();
  if (isRepetitiveOrSequential([...lower])) return 'repetitive';
  const list = commonPasswords();
  const stripped = core(lower);
  if (list.has(lower) || (stripped.length >= 4 && list.has(stripped))) return 'common';
  const email = context.email?.trim().toLowerCase();
  if (email) {
    const local = email.split('@')[0] ?? '';
    if (lower.includes(email) || (local.length >= 4 && lower.includes(local))) return 'contains_email';
  }
  return null;
}
