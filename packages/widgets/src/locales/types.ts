// The shape every locale file fills; the compiler catches a missing string in any language.
import type { FocusArea } from '@kim-kit/sdk';

/** Strings every widget shares. */
export interface CommonStrings {
  loading: string;
  retry: string;
  loadMore: string;
  loadingMore: string;
  /** Human message for a failed request, chosen by the kind of failure. */
  errorNetwork: string;
  errorNotFound: string;
  errorRateLimited: string;
  errorGeneric: string;
  /** Screen-reader-only label of an external link opening in a new tab. */
  opensInNewTab: string;
  /** Focus area names, for filters and badges. */
  focusAreas: Record<FocusArea, string>;
}

/** Strings of `<kim-news-feed>`. */
export interface NewsFeedStrings {
  label: string;
  empty: string;
  back: string;
  readMore: string;
  originalArticle: string;
  /** "Published in {category} by {group}". */
  byline: (group: string, category: string) => string;
  loadingArticle: string;
}

/** Strings of `<kim-group-directory>`. */
export interface GroupDirectoryStrings {
  label: string;
  search: string;
  searchPlaceholder: string;
  district: string;
  allDistricts: string;
  focus: string;
  allFocusAreas: string;
  /** Announced politely after every search: "12 KIM ditemukan". */
  found: (count: number, more: boolean) => string;
  empty: string;
  chair: string;
  membersLabel: string;
  /** `formatted` is `count` with the locale's digit grouping. */
  members: (count: number, formatted: string) => string;
  email: string;
  phone: string;
  website: string;
  social: string;
  select: (name: string) => string;
}

/** Strings of `<kim-aspiration-form>`; filled by its owner. */
// biome-ignore lint/suspicious/noEmptyInterface: filled in by the aspiration form's author
export interface AspirationFormStrings {}

/** Strings of `<kim-aspiration-status>`; filled by its owner. */
// biome-ignore lint/suspicious/noEmptyInterface: filled in by the aspiration status's author
export interface AspirationStatusStrings {}

/** Every user-facing string of the widgets in one language. */
export interface Translations {
  /** BCP 47 tag used for `Intl` formatting. */
  locale: string;
  common: CommonStrings;
  newsFeed: NewsFeedStrings;
  groupDirectory: GroupDirectoryStrings;
  aspirationForm: AspirationFormStrings;
  aspirationStatus: AspirationStatusStrings;
}
