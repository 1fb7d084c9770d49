// Picks the translations for a BCP 47 tag; anything not English falls back to Bahasa Indonesia.
import { en } from './en.js';
import { id } from './id.js';
import { isEnglish } from './strings-for.js';
import type { Translations } from './types.js';

/** Translations for `lang` (`en`, `en-GB`... get English; everything else Bahasa Indonesia). */
export function translationsFor(lang: string | null | undefined): Translations {
  return isEnglish(lang) ? en : id;
}
