// The one place a `lang` becomes a language: English for `en` and its variants, Bahasa Indonesia for everything else.
import type { Localized } from './types.js';

/** The languages the widgets speak. */
export type Language = keyof Localized<unknown>;

/** The language of the content the API serves: KIM news, group names, notes. */
export const CONTENT_LANGUAGE = 'id';

/** The language a BCP 47 tag asks for; unsupported ones (`jv`, `su`, `ms`...) get Bahasa Indonesia. */
export function languageOf(tag: string | null | undefined): Language {
  return tag
    ?.trim()
    .toLowerCase()
    .match(/^en(-|$)/)
    ? 'en'
    : 'id';
}

/**
 * The tag for `Intl` and for the `lang` of the widget's text: `id-ID` for Bahasa Indonesia (also when a language the
 * widgets do not speak was asked for, so dates never come out in a third language), the English tag as given
 * (`en`, `en-GB`) for English.
 */
export function localeOf(tag: string | null | undefined): string {
  if (languageOf(tag) === 'id') return 'id-ID';
  try {
    return Intl.getCanonicalLocales(tag!.trim())[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** The strings of `localized` for `tag`. */
export function stringsFor<T>(localized: Localized<T>, tag: string | null | undefined): T {
  return localized[languageOf(tag)];
}
