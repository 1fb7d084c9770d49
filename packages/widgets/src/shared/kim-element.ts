// The widget base with every string of every widget at hand, as `t`.
import { translationsFor } from '../locales/index.js';
import type { Translations } from '../locales/types.js';
import { KimElementBase } from './kim-element-base.js';

export type { KimTheme } from './kim-element-base.js';

/**
 * A {@link KimElementBase} whose `t` holds all translations of the effective language. Convenient, but it bundles
 * the strings of every widget; a widget that ships alone can extend `KimElementBase` and use `strings()` instead.
 */
export abstract class KimElement extends KimElementBase {
  /** The strings for the effective language. */
  protected get t(): Translations {
    return translationsFor(this.locale);
  }
}
