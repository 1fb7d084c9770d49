// The KIM data contract: one source for types, runtime validation and the OpenAPI document, and the home of every
// domain rule the server, the widgets and integrators share (tracking codes, region codes, statuses, messages).
export { isDinasScope, isValidMembership, type Membership, PASSWORD_LIMITS, ROLES, type Role } from './account.js';
export {
  ASPIRATION_KINDS,
  ASPIRATION_LIMITS,
  ASPIRATION_STATUSES,
  ASPIRATION_TRANSITIONS,
  AspirationAdminView,
  AspirationHistoryEntry,
  AspirationInput,
  type AspirationInputParsed,
  AspirationKind,
  AspirationReceipt,
  AspirationStatus,
  AspirationStatusChange,
  AspirationTracking,
  PhoneNumber,
  Reporter,
} from './aspiration.js';
export { CATEGORY_SCOPES, Category, CategoryRef } from './category.js';
export { CalendarDate, HttpUrl, Id, Image, RegionCode, RegionRef, Slug, Timestamp, VillageCode } from './common.js';
export { NEWS_FEED_SIZE, NewsFeedQuery } from './feed.js';
export {
  Decree,
  FOCUS_AREAS,
  FocusArea,
  GroupContact,
  GroupRef,
  KimGroup,
  SOCIAL_NETWORKS,
  SocialLink,
} from './group.js';
export { newIdempotencyKey } from './idempotency-key.js';
export { DEFAULT_LANGUAGE, LANGUAGES, type Language, type LocalizedText, resolveLanguage } from './language.js';
export { NEWS_STATES, NewsArticle, NewsState, NewsSummary } from './news.js';
export { Page } from './page.js';
export { FieldError, PROBLEM_CODES, Problem, type ProblemCode } from './problem.js';
export {
  AdminAspirationListQuery,
  DEFAULT_PAGE_SIZE,
  GroupListQuery,
  MAX_PAGE_SIZE,
  NewsListQuery,
  RegionListQuery,
} from './queries.js';
export { REGION_KINDS, REGION_LEVELS, Region, RegionKind, RegionLevel } from './region.js';
export {
  parentRegionCode,
  REGION_CODE_PATTERN,
  regionKindOf,
  regionLevelOf,
  VILLAGE_CODE_PATTERN,
} from './region-code.js';
export { INDONESIAN_TIME_ZONES, type IndonesianTimeZone, timeZoneOfRegion } from './time-zone.js';
export {
  formatTrackingCode,
  normalizeTrackingCode,
  TRACKING_CODE_ALPHABET,
  TRACKING_CODE_LENGTH,
  TrackingCode,
} from './tracking-code.js';
export { toFieldErrors, validationErrorMap } from './validation-messages.js';
