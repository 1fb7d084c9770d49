// Public API of @kim-kit/sdk. Anything not exported here is internal.
export { createKimClient, type KimClient } from './client.js';
export {
  type ComposedClient,
  composeKimClient,
  createKimTransport,
  type KimTransport,
  type ResourceFactory,
} from './compose.js';
export {
  isKimApiError,
  isKimAuthError,
  isKimConflictError,
  isKimError,
  isKimForbiddenError,
  isKimNetworkError,
  isKimNotFoundError,
  isKimPreconditionFailedError,
  isKimRateLimitError,
  isKimResponseError,
  isKimTimeoutError,
  isKimValidationError,
} from './errors/guards.js';
export { KimApiError, type KimApiErrorInit } from './errors/kim-api-error.js';
export { KimAuthError } from './errors/kim-auth-error.js';
export { KimConflictError } from './errors/kim-conflict-error.js';
export { KimError } from './errors/kim-error.js';
export { KimForbiddenError } from './errors/kim-forbidden-error.js';
export { KimNetworkError } from './errors/kim-network-error.js';
export { KimNotFoundError } from './errors/kim-not-found-error.js';
export { KimPreconditionFailedError } from './errors/kim-precondition-failed-error.js';
export { KimRateLimitError } from './errors/kim-rate-limit-error.js';
export { KimResponseError, type ResponseIssue } from './errors/kim-response-error.js';
export { KimTimeoutError } from './errors/kim-timeout-error.js';
export { KimValidationError } from './errors/kim-validation-error.js';
export type {
  FetchLike,
  KimClientOptions,
  KimHooks,
  RequestOptions,
  RetryOptions,
  SubmitOptions,
  TokenOption,
  UploadOptions,
  UploadProgress,
  WriteOptions,
} from './options.js';
export type { ListPromise } from './pagination.js';
export { type KimPublicClient, publicResources } from './public-resources.js';
export type { Call, CallResult, HttpMethod, RawBody, Send } from './request.js';
export { type AdminResource, adminResource } from './resources/admin.js';
export {
  type AdminAgenciesResource,
  type AdminAgencyListParams,
  adminAgenciesResource,
} from './resources/admin-agencies.js';
export {
  type AdminAspirationIntakesResource,
  adminAspirationIntakesResource,
} from './resources/admin-aspiration-intakes.js';
export {
  type AdminAspirationFilters,
  type AdminAspirationListParams,
  type AdminAspirationsResource,
  adminAspirationsResource,
} from './resources/admin-aspirations.js';
export { type AdminAuditResource, type AuditListParams, adminAuditResource } from './resources/admin-audit.js';
export { type AdminCategoriesResource, adminCategoriesResource } from './resources/admin-categories.js';
export { type AdminGroupListParams, type AdminGroupsResource, adminGroupsResource } from './resources/admin-groups.js';
export {
  type AdminInformationRequestsResource,
  adminInformationRequestsResource,
} from './resources/admin-information-requests.js';
export { type AdminMediaResource, adminMediaResource } from './resources/admin-media.js';
export type { UploadSource } from './resources/admin-media-body.js';
export {
  type AdminNewsListParams,
  type AdminNewsResource,
  adminNewsResource,
  type DeleteOptions,
  type NewsPublishParams,
} from './resources/admin-news.js';
export { type AdminTokenListParams, type AdminTokensResource, adminTokensResource } from './resources/admin-tokens.js';
export { type AdminUserListParams, type AdminUsersResource, adminUsersResource } from './resources/admin-users.js';
export {
  type AdminWebhookListParams,
  type AdminWebhooksResource,
  adminWebhooksResource,
} from './resources/admin-webhooks.js';
export { attachmentTypeOf, checkAttachment, fileIdempotencyKey } from './resources/aspiration-files.js';
export {
  type AspirationsResource,
  aspirationsResource,
  type SubmitAspirationOptions,
  type UploadAttachmentOptions,
} from './resources/aspirations.js';
export { type AuthResource, authResource } from './resources/auth.js';
export { type OwnTokenListParams, type OwnTokensResource, ownTokensResource } from './resources/auth-tokens.js';
export { type CategoriesResource, categoriesResource } from './resources/categories.js';
export { type FollowUpsResource, followUpsResource } from './resources/follow-ups.js';
export { type GroupListParams, type GroupsResource, groupsResource } from './resources/groups.js';
export {
  type InformationRegisterParams,
  type InformationRequestsResource,
  informationRequestsResource,
} from './resources/information-requests.js';
export { type NewsListParams, type NewsResource, newsResource } from './resources/news.js';
export { type RegionListParams, type RegionsResource, regionsResource } from './resources/regions.js';
export { type StatsResource, statsResource } from './resources/stats.js';
export * from './schemas/index.js';
