// Validation messages in Indonesian and English, given per parse: a library must never change zod's global
// configuration (`z.config`), which belongs to the application.
import { en as zodEnglish, id as zodIndonesian } from 'zod/locales';
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

const zodLocales: Record<Language, z.core.$ZodErrorMap> = {
  id: zodIndonesian().localeError,
  en: zodEnglish().localeError,
};

/** Readable wording for the issues a form meets most; everything else takes zod's own locale. */
const common: Record<Language, (issue: RawIssue) => string | undefined> = {
  id: (issue) => {
    switch (issue.code) {
      case 'invalid_type':
        return issue.input === undefined ? 'Wajib diisi' : undefined;
      case 'too_small':
        if (issue.origin === 'string')
          return least(issue) <= 1 ? 'Wajib diisi' : `Terlalu pendek: minimal ${least(issue)} karakter`;
        if (issue.origin === 'number') return `Minimal ${least(issue)}`;
        return undefined;
      case 'too_big':
        if (issue.origin === 'string') return `Terlalu panjang: maksimal ${most(issue)} karakter`;
        if (issue.origin === 'number') return `Maksimal ${most(issue)}`;
        return undefined;
      case 'invalid_format':
        if (issue.format === 'email') return 'Alamat email tidak valid, contoh: nama@contoh.id';
        if (issue.format === 'url') return 'Alamat web tidak valid, contoh: https://contoh.go.id';
        return undefined;
      default:
        return undefined;
    }
  },
  en: (issue) => {
    switch (issue.code) {
      case 'invalid_type':
        return issue.input === undefined ? 'Required' : undefined;
      case 'too_small':
        if (issue.origin === 'string')
          return least(issue) <= 1 ? 'Required' : `Too short: at least ${least(issue)} characters`;
        if (issue.origin === 'number') return `Must be at least ${least(issue)}`;
        return undefined;
      case 'too_big':
        if (issue.origin === 'string') return `Too long: at most ${most(issue)} characters`;
        if (issue.origin === 'number') return `Must be at most ${most(issue)}`;
        return undefined;
      case 'invalid_format':
        if (issue.format === 'email') return 'Invalid email address, e.g. name@example.id';
        if (issue.format === 'url') return 'Invalid web address, e.g. https://example.go.id';
        return undefined;
      default:
        return undefined;
    }
  },
};

/** The smallest allowed size of a `too_small` issue (`> 9` is `>= 10`). */
function least(issue: RawIssue): number {
  const { minimum, inclusive } = issue as { minimum: number | bigint; inclusive?: boolean };
  return Number(minimum) + (inclusive === false ? 1 : 0);
}

/** The largest allowed size of a `too_big` issue. */
function most(issue: RawIssue): number {
  const { maximum, inclusive } = issue as { maximum: number | bigint; inclusive?: boolean };
  return Number(maximum) - (inclusive === false ? 1 : 0);
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
    const wording = common[language];
    const fallback = zodLocales[language];
    map = (issue) => {
      const rule = (issue.inst && ruleMessages.get(issue.inst)) ?? (issue.schema && ruleMessages.get(issue.schema));
      return rule?.[language] ?? wording(issue) ?? fallback(issue);
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
