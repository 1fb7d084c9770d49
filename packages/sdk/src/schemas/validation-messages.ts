// Validation messages in Indonesian and English, given per parse: a library must never change zod's global
// configuration (`z.config`), which belongs to the application.
import type * as z from 'zod/mini';
import { DEFAULT_LANGUAGE, type Language, type LocalizedText, resolveLanguage } from './language.js';
import type { FieldError } from './problem.js';

type RawIssue = z.core.$ZodRawIssue;

// Messages of the contract's own checks (a region code, consent...), keyed by the check or schema that raises them.
const ruleMessages = new WeakMap<object, LocalizedText>();

/**
 * Gives a check or schema of the contract its message in every language. Internal: the schemas are built with it,
 * and {@link validationErrorMap} reads it. The check keeps no message of its own, because zod puts a check's own
 * message before the error map of a parse, which could then not translate it.
 */
export function withMessage<T extends object>(target: T, message: LocalizedText): T {
  ruleMessages.set(target, message);
  return target;
}

/** The wording of zod's issues, one per language. */
interface Wording {
  required: string;
  type: (expected: string) => string;
  value: (values: string) => string;
  /** Text shorter or longer than allowed. */
  short: (n: number) => string;
  long: (n: number) => string;
  /** A number below or above the bounds. */
  least: (n: number) => string;
  most: (n: number) => string;
  /** A list with too few or too many items. */
  fewer: (n: number) => string;
  more: (n: number) => string;
  formats: Record<string, string>;
  format: string;
  multiple: (n: number) => string;
  invalid: string;
}

// The SDK's own wording rather than zod's locales: it reads as a form would say it ("Terlalu pendek: minimal 10
// karakter" rather than "Terlalu kecil: diharapkan string memiliki >=10 karakter"), and it weighs about a third of the
// two zod locales in the browser bundle.
const wordings: Record<Language, Wording> = {
  id: {
    required: 'Wajib diisi',
    type: (expected) =>
      `Harus berupa ${({ string: 'teks', number: 'angka', boolean: 'ya atau tidak', array: 'daftar', object: 'objek' } as Record<string, string>)[expected] ?? expected}`,
    value: (values) => `Pilih salah satu: ${values}`,
    short: (n) => `Terlalu pendek: minimal ${n} karakter`,
    long: (n) => `Terlalu panjang: maksimal ${n} karakter`,
    least: (n) => `Minimal ${n}`,
    most: (n) => `Maksimal ${n}`,
    fewer: (n) => `Minimal ${n} butir`,
    more: (n) => `Maksimal ${n} butir`,
    formats: {
      email: 'Alamat email tidak valid, contoh: nama@contoh.id',
      url: 'Alamat web tidak valid, contoh: https://contoh.go.id',
    },
    format: 'Format tidak valid',
    multiple: (n) => `Harus kelipatan ${n}`,
    invalid: 'Isian tidak valid',
  },
  en: {
    required: 'Required',
    type: (expected) =>
      `Expected ${({ string: 'text', boolean: 'yes or no', array: 'a list' } as Record<string, string>)[expected] ?? `a ${expected}`}`,
    value: (values) => `Choose one of: ${values}`,
    short: (n) => `Too short: at least ${n} characters`,
    long: (n) => `Too long: at most ${n} characters`,
    least: (n) => `Must be at least ${n}`,
    most: (n) => `Must be at most ${n}`,
    fewer: (n) => `At least ${n} items`,
    more: (n) => `At most ${n} items`,
    formats: {
      email: 'Invalid email address, e.g. name@example.id',
      url: 'Invalid web address, e.g. https://example.go.id',
    },
    format: 'Invalid format',
    multiple: (n) => `Must be a multiple of ${n}`,
    invalid: 'Invalid input',
  },
};

/** The message of an issue in one wording. */
function word(issue: RawIssue, w: Wording): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? w.required : w.type(issue.expected);
    case 'invalid_value':
      return issue.values.length === 1 && issue.input === undefined
        ? w.required
        : w.value(issue.values.map((v) => String(v)).join(', '));
    case 'too_small': {
      const n = least(issue);
      if (issue.origin === 'string') return n <= 1 ? w.required : w.short(n);
      if (issue.origin === 'array' || issue.origin === 'set') return w.fewer(n);
      return w.least(n);
    }
    case 'too_big': {
      const n = most(issue);
      if (issue.origin === 'string') return w.long(n);
      if (issue.origin === 'array' || issue.origin === 'set') return w.more(n);
      return w.most(n);
    }
    case 'invalid_format':
      return w.formats[issue.format] ?? w.format;
    case 'not_multiple_of':
      return w.multiple(Number(issue.divisor));
    default:
      return w.invalid;
  }
}

/** The smallest allowed size of a `too_small` issue (`> 9` is `>= 10`). */
function least(issue: RawIssue & { minimum: number | bigint; inclusive?: boolean }): number {
  return Number(issue.minimum) + (issue.inclusive === false ? 1 : 0);
}

/** The largest allowed size of a `too_big` issue. */
function most(issue: RawIssue & { maximum: number | bigint; inclusive?: boolean }): number {
  return Number(issue.maximum) - (issue.inclusive === false ? 1 : 0);
}

const maps = new Map<Language, z.core.$ZodErrorMap>();

/**
 * An error map giving every validation message in `lang`: pass it as the `error` option of `parse` or `safeParse`.
 * It changes nothing global, so it works beside any `z.config()` of the application.
 *
 * @param lang `id` (Bahasa Indonesia, the default) or `en`
 * @example
 * import { AspirationInput, toFieldErrors, validationErrorMap } from '@kim-kit/sdk/schemas';
 *
 * const result = AspirationInput.safeParse(formData, { error: validationErrorMap('id') });
 * if (!result.success) for (const { path, message } of toFieldErrors(result.error, 'id')) show(path, message);
 * // title: 'Terlalu pendek: minimal 10 karakter', reporter.email: 'Alamat email tidak valid, ...'
 */
export function validationErrorMap(lang: Language = DEFAULT_LANGUAGE): z.core.$ZodErrorMap {
  const language = resolveLanguage(lang);
  let map = maps.get(language);
  if (!map) {
    const wording = wordings[language];
    map = (issue) => {
      const rule = (issue.inst && ruleMessages.get(issue.inst)) ?? (issue.schema && ruleMessages.get(issue.schema));
      return rule?.[language] ?? word(issue, wording);
    };
    maps.set(language, map);
  }
  return map;
}

const unknownField: Record<Language, (key: string) => string> = {
  id: (key) => `Isian "${key}" tidak dikenal`,
  en: (key) => `Unknown field "${key}"`,
};

/**
 * One `{ path, message }` per problem of a failed parse, with dotted paths (`reporter.email`), the shape of the API's
 * `Problem.errors`. An unknown key becomes an error on that key's own path.
 *
 * @param error the `error` of a failed `safeParse` (or anything with its `issues`)
 * @param lang language of the messages this function writes itself (unknown keys); parse with
 *   {@link validationErrorMap} of the same language for the rest
 */
export function toFieldErrors(
  error: { readonly issues: readonly z.core.$ZodIssue[] },
  lang: Language = DEFAULT_LANGUAGE,
): FieldError[] {
  const errors: FieldError[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        errors.push({
          path: [...issue.path, key].map(String).join('.'),
          message: unknownField[resolveLanguage(lang)](key),
        });
      }
    } else {
      errors.push({ path: issue.path.map(String).join('.'), message: issue.message });
    }
  }
  return errors;
}
