// Language choice shared by every widget: English for `en` and its variants, Bahasa Indonesia for everything else.
import type { Localized } from './types.js';

/** Whether `lang` asks for English (`en`, `en-GB`...). */
export function isEnglish(lang: string | null | undefined): boolean {
  return !!lang?.toLowerCase().startsWith('en');
}

/** The strings of `localized` for `lang`. */
export function stringsFor<T>(localized: Localized<T>, lang: string | null | undefined): T {
  return isEnglish(lang) ? localized.en : localized.id;
}
