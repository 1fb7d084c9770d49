// Which language a response's human-readable text is in: the client's Accept-Language among the ones the API speaks
// (id, en), Indonesian when it names neither.
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '@kim-kit/sdk/schemas';

/**
 * The best language for an `Accept-Language` header (RFC 9110 §12.5.4): the supported one with the highest weight,
 * the first listed on a tie; `*` stands for the default. `id` when the header is absent or names no supported one.
 *
 * @example preferredLanguage('en-GB,en;q=0.9,id;q=0.8') // 'en'
 */
export function preferredLanguage(header: string | null | undefined): Language {
  let best: Language = DEFAULT_LANGUAGE;
  let bestWeight = 0;
  for (const part of (header ?? '').split(',').slice(0, 20)) {
    const [range = '', ...params] = part.trim().split(';');
    const tag = range.trim().toLowerCase();
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (!tag || !(weight > 0) || weight <= bestWeight) continue;
    const primary = tag.split('-')[0];
    const language =
      tag === '*' ? DEFAULT_LANGUAGE : LANGUAGES.find((l) => l === primary || (l === 'id' && primary === 'in'));
    if (language) {
      best = language;
      bestWeight = weight;
    }
  }
  return best;
}
