// The languages the API and the contract speak. Indonesian is the default, as for every kim-kit user interface.

export const LANGUAGES = ['id', 'en'] as const;
/** `id` (Bahasa Indonesia) or `en` (English). */
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'id';

/** A text in each language the API speaks. */
export type LocalizedText = Readonly<Record<Language, string>>;

/**
 * The language of a BCP 47 tag: `en`, `en-GB` give `en`; `id`, `id-ID` and the old code `in` give `id`; anything
 * else, or nothing, the default `id`.
 */
export function resolveLanguage(tag: string | null | undefined): Language {
  const primary = typeof tag === 'string' ? tag.trim().toLowerCase().split(/[-_]/)[0] : undefined;
  return primary === 'en' ? 'en' : DEFAULT_LANGUAGE;
}
