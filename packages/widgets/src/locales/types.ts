// The shape every locale file fills; the compiler catches a missing string in any language.
import type { AspirationKind, AspirationStatus, FocusArea } from '@kim-kit/sdk';

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
  /** The page's configuration cannot work (no API, or not a KIM API): said to whoever builds the page. */
  errorConfig: string;
  /** What the site builder should do about {@link errorConfig}. */
  errorConfigHint: string;
  /** Screen-reader-only label of an external link opening in a new tab. */
  opensInNewTab: string;
  /** Visually hidden before every error message ("Galat:"), so that it is read as one. */
  errorPrefix: string;
  /** Focus area names, for filters and badges. */
  focusAreas: Record<FocusArea, string>;
}

/** Strings of `<kim-news-feed>`. */
export interface NewsFeedStrings {
  label: string;
  empty: string;
  back: string;
  originalArticle: string;
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
}

/** The fields of the aspiration form, named by their dotted path in the contract's AspirationInput. */
export type AspirationFormField =
  | 'kind'
  | 'title'
  | 'body'
  | 'categoryId'
  | 'regionCode'
  | 'reporter.name'
  | 'reporter.email'
  | 'reporter.phone'
  | 'consent'
  | 'website';

/**
 * Error messages of the aspiration form, written as GOV.UK does: each names its field and says what to do. Fields
 * and problems without a sentence of their own fall back to `invalid` and `rejected`, which take the field's name.
 */
export interface AspirationFormErrors {
  kind: { required: string; choice: string };
  title: { required: string; tooShort: (min: number) => string; tooLong: (max: number) => string };
  body: { required: string; tooShort: (min: number) => string; tooLong: (max: number) => string };
  categoryId: { required: string; choice: string };
  regionCode: { required: string; choice: string };
  name: { tooLong: (max: number) => string };
  email: { format: string };
  phone: { format: string };
  consent: { required: string };
  /** Each field as it is named inside a sentence ("judul", "alamat surel"). */
  fieldNames: Record<AspirationFormField, string>;
  /** Any other problem with a field. */
  invalid: (field: string) => string;
  /** The server refused the value. */
  rejected: (field: string) => string;
  /** The server refused the submission as a whole. */
  form: string;
}

/** Strings of `<kim-aspiration-form>`. */
export interface AspirationFormStrings {
  /** Accessible name and heading of the form. */
  label: string;
  intro: string;
  /** Marks the optional fields; required ones carry no marker. */
  optional: string;
  kindLegend: string;
  /** One line under each kind. */
  kindHints: Record<AspirationKind, string>;
  title: string;
  titleHint: string;
  body: string;
  bodyHint: string;
  /** Character counter of a text field: "120 dari 5.000 karakter (minimal 30)". */
  counter: (used: number, min: number, max: number) => string;
  /** The bounds of a text field, read with it by screen readers (the live count is announced as typing pauses). */
  counterHint: (min: number, max: number) => string;
  category: string;
  chooseCategory: string;
  placeLegend: string;
  placeHint: string;
  district: string;
  chooseDistrict: string;
  village: string;
  chooseVillage: string;
  chooseDistrictFirst: string;
  /** The placeholder option while a list of choices loads. */
  loadingOptions: string;
  /** When choices could not load: shown next to the field, with the retry button. */
  optionsFailed: string;
  reporterLegend: string;
  reporterHint: string;
  name: string;
  email: string;
  phone: string;
  phoneHint: string;
  notify: string;
  notifyHint: string;
  privacyLegend: string;
  anonymous: string;
  anonymousHint: string;
  confidential: string;
  confidentialHint: string;
  consent: string;
  consentHint: string;
  privacyLink: string;
  /** Label of the hidden anti-spam field, read only by bots. */
  honeypot: string;
  submit: string;
  /** The submit button while sending. */
  sending: string;
  /** Announced politely when sending starts. */
  sendingAnnouncement: string;
  /** Heading of the error summary. */
  errorSummary: (count: number) => string;
  errors: AspirationFormErrors;
  /** Sending failed for a reason a retry of the same request cannot fix. */
  sendFailed: string;
  /** Heading of the waiting panel: "Menunggu koneksi...". */
  queuedTitle: string;
  queuedBody: string;
  /** Announced politely when a submission goes to the outbox. */
  queuedAnnouncement: string;
  /** The retry button of the waiting panel. */
  sendNow: string;
  /** Heading of the panel shown after a successful send; the tracker's hint refers to it by this name. */
  receiptTitle: string;
  receiptThanks: string;
  /** Announced politely when a waiting submission went out by itself (connection back, page opened again). */
  sentAnnouncement: (code: string) => string;
  trackingCode: string;
  copy: string;
  /** Announced after copying. */
  copied: string;
  /** Announced when the clipboard refused: the code is selected for a manual copy. */
  copyFailed: string;
  howToTrack: string;
  /** The receipt's follow-up secret: its label, its copy button and what it is for (shown once). */
  followUpSecret: string;
  copySecret: string;
  secretCopied: string;
  keepSecret: string;
  another: string;
}

/** Strings of `<kim-aspiration-status>`. */
export interface AspirationStatusStrings {
  /** Accessible name and heading of the widget. */
  label: string;
  code: string;
  codeHint: string;
  track: string;
  emptyCode: string;
  invalidCode: string;
  loading: string;
  /** An unknown tracking code. */
  notFound: (code: string) => string;
  statuses: Record<AspirationStatus, string>;
  /** One line on what each status means for the citizen. */
  statusHints: Record<AspirationStatus, string>;
  kind: string;
  category: string;
  title: string;
  submittedAt: string;
  /** Before the KIM that recorded the report for a resident: "Dicatat oleh" KIM Bacang. */
  recordedBy: string;
  currentStatus: string;
  /** "Diteruskan ke Dinas PUPR": the agency an aspiration is with. */
  forwardedTo: (agency: string) => string;
  /** The label of an agency's answer in the timeline. */
  agencyResponse: (agency: string) => string;
  /** The labels of an official's question and of the reporter's follow-ups in the timeline. */
  /** History entries that are not status changes: follow-ups, and an information request's legal course. */
  followUpKinds: Record<
    | 'question'
    | 'reporter_information'
    | 'reporter_answer'
    | 'rating'
    | 'reopened'
    | 'extension'
    | 'objection'
    | 'objection_answer',
    string
  >;
  /** The label of the due date of the stage it waits for. */
  dueAt: string;
  timeline: string;
  /** Screen-reader text of a step that has not happened yet. */
  upcoming: string;
  /** Shown instead of the content of a confidential aspiration. */
  confidential: string;
}

/** One set of strings in each supported language. */
export interface Localized<T> {
  id: T;
  en: T;
}

/** Every user-facing string of the widgets in one language. */
export interface Translations {
  /** BCP 47 tag used for `Intl` formatting. */
  locale: string;
  common: CommonStrings;
  newsFeed: NewsFeedStrings;
  groupDirectory: GroupDirectoryStrings;
  /** Names of the kinds of report (aspirasi, pengaduan, permohonan informasi). */
  aspirationKinds: Record<AspirationKind, string>;
  aspirationForm: AspirationFormStrings;
  aspirationStatus: AspirationStatusStrings;
}
