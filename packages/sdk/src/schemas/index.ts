// The KIM data contract: one source for types, runtime validation and the OpenAPI document, and the home of every
// domain rule the server, the widgets and integrators share (tracking codes, region codes, statuses, messages).
export {
  ACCOUNT_LIMITS,
  AcceptInvitationInput,
  ApiToken,
  ApiTokenInput,
  CAPABILITIES,
  Capability,
  ChangePasswordInput,
  CreatedApiToken,
  DinasScopeCode,
  InvitationLink,
  InvitationPreview,
  InvitationToken,
  InvitedUser,
  InviteUserInput,
  isDinasScope,
  Me,
  Membership,
  MembershipInput,
  PASSWORD_LIMITS,
  ROLES,
  Role,
  Session,
  SignInInput,
  USER_STATUSES,
  User,
  UserRef,
  UserStatus,
  UserUpdate,
} from './account.js';
export {
  AdminAgencyListQuery,
  AdminAspirationListQuery,
  AdminGroupListQuery,
  AdminNewsListQuery,
  AdminTokenListQuery,
  AdminUserListQuery,
  AuditListQuery,
} from './admin-queries.js';
export {
  AGENCY_LIMITS,
  AGENCY_STATUSES,
  Agency,
  AgencyInput,
  AgencyRef,
  AgencyRegionCode,
  AgencyResponseInput,
  AgencyStatus,
  AgencyUpdate,
} from './agency.js';
export {
  ASPIRATION_HISTORY_KINDS,
  ASPIRATION_KINDS,
  ASPIRATION_LIMITS,
  ASPIRATION_STATUSES,
  ASPIRATION_TRANSITIONS,
  AspirationHistoryEntry,
  AspirationHistoryKind,
  AspirationKind,
  AspirationReceipt,
  AspirationStatus,
  AspirationTracking,
} from './aspiration.js';
export {
  AspirationAdminHistoryEntry,
  AspirationAdminView,
  AspirationBulkResult,
  AspirationBulkStatusChange,
  AspirationStatusChange,
} from './aspiration-admin.js';
export {
  AspirationLocation,
  AspirationLocationInput,
  AspirationUpload,
  ATTACHMENT_LIMITS,
  ATTACHMENT_TYPES,
  type AttachmentType,
  GeoPosition,
  isAttachmentType,
  mapUrl,
  PublicAttachment,
  UploadId,
} from './aspiration-attachment.js';
export { AspirationAttachment, AttachmentVisibilityChange } from './aspiration-attachment-admin.js';
export { AspirationInput, type AspirationInputParsed, PhoneNumber, Reporter } from './aspiration-input.js';
export {
  AspirationIntake,
  AspirationIntakeInput,
  type AspirationIntakeInputParsed,
  AspirationIntakeReceipt,
  VERBAL_CONSENT_STATEMENT,
} from './aspiration-intake.js';
export { IntakeGroup, PublicAspirationIntake } from './aspiration-intake-ref.js';
export {
  canChangeStatus,
  DECISION_ONLY_STATUSES,
  statusChangesFrom,
  statusesLeadingTo,
} from './aspiration-lifecycle.js';
export {
  AspirationStats,
  AspirationStatsQuery,
  DurationSummary,
  OPEN_ASPIRATION_COLUMNS,
  OpenAspirationRecord,
} from './aspiration-stats.js';
export {
  AUDIT_ACTOR_TYPES,
  AUDIT_TARGET_TYPES,
  AuditActor,
  AuditEntry,
  AuditTargetType,
} from './audit.js';
export { CATEGORY_SCOPES, Category, CategoryRef } from './category.js';
export { CategoryAdminView, CategoryInput, CategoryOrder, CategoryUpdate } from './category-admin.js';
export {
  CalendarDate,
  HttpUrl,
  Id,
  Image,
  ImageVariant,
  RegionCode,
  RegionRef,
  Slug,
  Timestamp,
  VillageCode,
} from './common.js';
export { NEWS_FEED_SIZE, NewsFeedQuery } from './feed.js';
export {
  FOLLOW_UP_KINDS,
  FOLLOW_UP_LIMITS,
  FollowUpInput,
  FollowUpKind,
  FollowUpResult,
  QuestionInput,
  RatingInput,
  REOPEN_WINDOW_WORKING_DAYS,
  REOPENED_STATUS,
  ReopenInput,
} from './follow-up.js';
export {
  FOLLOW_UP_SECRET_LENGTH,
  FollowUpSecret,
  FollowUpSecretInput,
  formatFollowUpSecret,
  normalizeFollowUpSecret,
} from './follow-up-secret.js';
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
export { GROUP_LIMITS, GroupAdminView, GroupInput, GroupUpdate } from './group-admin.js';
export { newIdempotencyKey } from './idempotency-key.js';
export { InformationObjectionInput } from './information-objection.js';
export { InformationRegisterEntry, InformationRegisterQuery } from './information-register.js';
export {
  formatRegisterNumber,
  INFORMATION_DELIVERIES,
  INFORMATION_DELIVERY_LABELS,
  INFORMATION_FORMAT_LABELS,
  INFORMATION_FORMATS,
  INFORMATION_REQUEST_LIMITS,
  InformationDelivery,
  InformationFormat,
  InformationObjection,
  InformationRequestDecision,
  InformationRequestExtension,
  InformationRequestView,
  OBJECTION_REASON_LABELS,
  OBJECTION_REASONS,
  ObjectionReason,
  REFUSAL_GROUND_LABELS,
  REFUSAL_GROUNDS,
  RefusalGround,
  RegisterNumber,
  registerRegionOf,
} from './information-request.js';
export {
  InformationObjectionAnswerInput,
  InformationRequestDecisionInput,
  InformationRequestExtensionInput,
} from './information-request-admin.js';
export { InformationRequestInput } from './information-request-input.js';
export { DEFAULT_LANGUAGE, LANGUAGES, type Language, type LocalizedText, resolveLanguage } from './language.js';
export { MEDIA_LIMITS, MEDIA_TYPES, Media, MediaUploadQuery } from './media.js';
export { NewsArticle, NewsSummary } from './news.js';
export {
  NEWS_LIMITS,
  NEWS_STATUSES,
  NEWS_TRANSITIONS,
  type NewsAction,
  NewsAdminView,
  NewsImage,
  NewsImageInput,
  NewsInput,
  NewsNoteInput,
  NewsPublishInput,
  NewsReviewNote,
  NewsStatus,
  NewsUpdate,
} from './news-admin.js';
export { Page } from './page.js';
export { FieldError, PROBLEM_CODES, Problem, type ProblemCode } from './problem.js';
export {
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
export {
  isWebhookUrl,
  WEBHOOK_DELIVERY_STATUSES,
  WEBHOOK_EVENTS,
  WEBHOOK_LIMITS,
  WebhookDeliveryAttempt,
  WebhookEvent,
  WebhookListQuery,
  WebhookSubscription,
  WebhookSubscriptionInput,
  WebhookSubscriptionUpdate,
  WebhookSubscriptionWithSecret,
  WebhookUrl,
} from './webhook.js';
export {
  addWorkingDays,
  calendarDayAt,
  type DayOffTest,
  DEADLINE_STAGES,
  DEFAULT_DEADLINE_TARGETS,
  type DeadlineStage,
  type DeadlineTargets,
  deadlineStageOf,
  dueAt,
  isWeekend,
  isWorkingDay,
  workingDaysBetween,
} from './working-days.js';
