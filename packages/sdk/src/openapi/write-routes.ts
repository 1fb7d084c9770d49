// The write side of the API (issue 12) as the OpenAPI document describes it: accounts, the officials' and operators'
// routes. Internal: not exported by the package.
import * as z from 'zod/mini';
import { ApiToken, User } from '../schemas/account.js';
import {
  AdminAgencyListQuery,
  AdminAspirationListQuery,
  AdminGroupListQuery,
  AdminNewsListQuery,
  AdminTokenListQuery,
  AdminUserListQuery,
  AuditListQuery,
} from '../schemas/admin-queries.js';
import { Agency } from '../schemas/agency.js';
import { AspirationAdminView } from '../schemas/aspiration-admin.js';
import { AuditEntry } from '../schemas/audit.js';
import { GroupAdminView } from '../schemas/group-admin.js';
import { MediaUploadQuery } from '../schemas/media.js';
import { NewsAdminView } from '../schemas/news-admin.js';
import { cursor, limit } from '../schemas/queries.js';
import type { PathParam, Route } from './routes.js';
import { WEBHOOK_ROUTES } from './webhook-routes.js';

const idParam = (what: string, example: string): PathParam => ({
  name: 'id',
  description: `Id of the ${what}.`,
  schema: { type: 'string', minLength: 1, maxLength: 64 },
  example,
});

/** Errors of every call with a bearer token. */
const AUTH = [401, 429];
/** Errors of every JSON body. */
const BODY = [400, 413, 415, 422];

interface RecordRoutes {
  /** Path of the collection, e.g. `/v1/admin/news`. */
  base: string;
  tag: string;
  /** The record's component name. */
  view: string;
  param: PathParam;
}

/** `POST {base}/{id}/{action}`: a workflow step at the version in `If-Match`, answered by the record. */
function step(
  { base, tag, view, param }: RecordRoutes,
  action: string,
  operationId: string,
  summary: string,
  description: string,
  extra: Partial<Route> = {},
): Route {
  return {
    method: 'post',
    path: `${base}/{id}/${action}`,
    operationId,
    tag,
    summary,
    description,
    pathParams: [param],
    success: { status: 200, schema: view, description: 'The record after the step.', version: true },
    errors: [...AUTH, 400, 403, 404, 409],
    auth: true,
    ifMatch: { header: 'required', current: view },
    ...extra,
  };
}

/** `GET {base}/{id}` with its version as ETag, and `PATCH {base}/{id}` at the version in `If-Match`. */
function getAndPatch(record: RecordRoutes, names: [get: string, patch: string], patchBody: string, what: string) {
  const { base, tag, view, param } = record;
  return [
    {
      method: 'get',
      path: `${base}/{id}`,
      operationId: names[0],
      tag,
      summary: `Get a ${what}`,
      description: `One ${what}, with its \`version\` (also the \`ETag\`, to send back in \`If-Match\`).`,
      pathParams: [param],
      success: { status: 200, schema: view, description: `The ${what}.`, version: true },
      errors: [...AUTH, 403, 404],
      auth: true,
    },
    {
      method: 'patch',
      path: `${base}/{id}`,
      operationId: names[1],
      tag,
      summary: `Change a ${what}`,
      description: `Changes the fields sent; absent fields stay. Needs \`If-Match\` with the version that was read.`,
      pathParams: [param],
      body: patchBody,
      success: { status: 200, schema: view, description: `The ${what} after the change.`, version: true },
      errors: [...AUTH, ...BODY, 403, 404, 409],
      auth: true,
      ifMatch: { header: 'required', current: view },
    },
  ] satisfies Route[];
}

const GROUPS: RecordRoutes = {
  base: '/v1/admin/groups',
  tag: 'admin-groups',
  view: 'GroupAdminView',
  param: idParam('group', 'grp_01J9Z'),
};
const CATEGORIES: RecordRoutes = {
  base: '/v1/admin/categories',
  tag: 'admin-categories',
  view: 'CategoryAdminView',
  param: idParam('category', 'kesehatan'),
};
const NEWS: RecordRoutes = {
  base: '/v1/admin/news',
  tag: 'admin-news',
  view: 'NewsAdminView',
  param: idParam('article', 'news_01J9Z'),
};
const USERS: RecordRoutes = {
  base: '/v1/admin/users',
  tag: 'admin-users',
  view: 'User',
  param: idParam('person', 'usr_01J9Z'),
};
const AGENCIES: RecordRoutes = {
  base: '/v1/admin/agencies',
  tag: 'admin-agencies',
  view: 'Agency',
  param: idParam('agency', 'agc_pupr'),
};
const ASPIRATIONS: RecordRoutes = {
  base: '/v1/admin/aspirations',
  tag: 'admin-aspirations',
  view: 'AspirationAdminView',
  param: idParam('aspiration', 'asp_01J9Z'),
};

/** An aspiration's file, by the id its upload had. */
const ATTACHMENT_PARAM: PathParam = {
  name: 'attachmentId',
  description: 'The attachment id (the id of its upload).',
  schema: { type: 'string' },
  example: 'upl_3k9m2x7qp4h8d6w1c5n0r2t9va',
};

const PagingQuery = z.strictObject({ limit, cursor });
const { limit: _limit, cursor: _cursor, sort: _sort, ...filters } = AdminAspirationListQuery.shape;
const AspirationExportQuery = z.strictObject(filters);

const AUTH_ROUTES: Route[] = [
  {
    method: 'post',
    path: '/v1/auth/sign-in',
    operationId: 'signIn',
    tag: 'auth',
    summary: 'Sign in',
    description:
      'Signs in with email and password and answers a new session, whose `token` (`kims_…`) is sent as ' +
      '`Authorization: Bearer` from then on. A wrong email or password answers 401 `invalid_credentials`, the same ' +
      'for both; a disabled account 403 `account_disabled`; too many failures for the account or the client ' +
      'address 429 `rate_limited`. Sessions end after 12 hours unused or 7 days at most.',
    body: 'SignInInput',
    success: { status: 200, schema: 'Session', description: 'Signed in.' },
    errors: [...BODY, 401, 403, 429],
  },
  {
    method: 'post',
    path: '/v1/auth/sign-out',
    operationId: 'signOut',
    tag: 'auth',
    summary: 'Sign out',
    description: 'Ends the session of the bearer token.',
    success: { status: 204, description: 'Signed out.' },
    errors: [...AUTH],
    auth: true,
  },
  {
    method: 'post',
    path: '/v1/auth/sign-out-everywhere',
    operationId: 'signOutEverywhere',
    tag: 'auth',
    summary: 'Sign out everywhere',
    description: 'Ends every session of the signed-in person, this one included (a lost phone). API tokens stay.',
    success: { status: 204, description: 'Every session ended.' },
    errors: [...AUTH],
    auth: true,
  },
  {
    method: 'get',
    path: '/v1/auth/me',
    operationId: 'getMe',
    tag: 'auth',
    summary: 'The signed-in person',
    description: 'Who the bearer token belongs to, their memberships (roles and scopes) and `capabilities`.',
    success: { status: 200, schema: 'Me', description: 'The signed-in person.' },
    errors: [...AUTH],
    auth: true,
  },
  {
    method: 'post',
    path: '/v1/auth/password',
    operationId: 'changePassword',
    tag: 'auth',
    summary: 'Change password',
    description:
      'Changes the password (at least 12 characters, not a common one); the other sessions of the person end. ' +
      'A wrong current password answers 422.',
    body: 'ChangePasswordInput',
    success: { status: 204, description: 'Changed.' },
    errors: [...AUTH, ...BODY],
    auth: true,
  },
  {
    method: 'post',
    path: '/v1/auth/invitations/preview',
    operationId: 'previewInvitation',
    tag: 'auth',
    summary: 'Preview an invitation',
    description:
      'What an invitation or password-reset link (`kimi_…`, from `…/console/#/undangan/<secret>`) is for, before ' +
      'the person sets a password. An unknown link answers 404, a used or expired one 410; both `invitation_invalid`.',
    body: 'InvitationToken',
    success: { status: 200, schema: 'InvitationPreview', description: 'The invitation.' },
    errors: [...BODY, 404, 410, 429],
  },
  {
    method: 'post',
    path: '/v1/auth/invitations/accept',
    operationId: 'acceptInvitation',
    tag: 'auth',
    summary: 'Accept an invitation',
    description: 'Sets the password, uses the link up and signs the person in.',
    body: 'AcceptInvitationInput',
    success: { status: 200, schema: 'Session', description: 'Signed in.' },
    errors: [...BODY, 404, 410, 429],
  },
  {
    method: 'get',
    path: '/v1/auth/tokens',
    operationId: 'listOwnTokens',
    tag: 'auth',
    summary: "List one's API tokens",
    description: 'The personal API tokens of the signed-in person, never their secrets.',
    query: PagingQuery,
    success: { status: 200, page: ApiToken, description: 'A page of tokens.' },
    errors: [...AUTH, 400],
    auth: true,
  },
  {
    method: 'post',
    path: '/v1/auth/tokens',
    operationId: 'createOwnToken',
    tag: 'auth',
    summary: 'Create an API token',
    description:
      'A personal API token (`kimp_…`) for an integration, with one of the roles the person holds and an expiry ' +
      'of 1 to 365 days. Its `secret` is in this answer only.',
    body: 'ApiTokenInput',
    success: { status: 201, schema: 'CreatedApiToken', description: 'Created; the secret is shown once.' },
    errors: [...AUTH, ...BODY, 403],
    auth: true,
  },
  {
    method: 'delete',
    path: '/v1/auth/tokens/{id}',
    operationId: 'revokeOwnToken',
    tag: 'auth',
    summary: 'Revoke an API token',
    description: 'Revokes one of the signed-in person’s tokens.',
    pathParams: [idParam('token', 'tok_01J9Z')],
    success: { status: 204, description: 'Revoked.' },
    errors: [...AUTH, 404],
    auth: true,
  },
];

const ADMIN_ROUTES: Route[] = [
  {
    method: 'get',
    path: '/v1/admin/users',
    operationId: 'adminListUsers',
    tag: 'admin-users',
    summary: 'List people',
    description: 'People with their memberships; Dinas officials see those inside their scope.',
    query: AdminUserListQuery,
    success: { status: 200, page: User, description: 'A page of people.' },
    errors: [...AUTH, 400, 403],
    auth: true,
  },
  {
    method: 'post',
    path: '/v1/admin/users',
    operationId: 'adminInviteUser',
    tag: 'admin-users',
    summary: 'Invite a person',
    description:
      'Invites a person with a role and scope. The answer has the one-time link (valid 72 hours) to give them ' +
      'until mail is configured. Dinas officials invite `dinas` and `kim` members inside their scope only.',
    body: 'InviteUserInput',
    success: { status: 201, schema: 'InvitedUser', description: 'Invited.' },
    errors: [...AUTH, ...BODY, 403, 409],
    auth: true,
  },
  ...getAndPatch(USERS, ['adminGetUser', 'adminUpdateUser'], 'UserUpdate', 'person'),
  {
    method: 'post',
    path: '/v1/admin/users/{id}/invitation',
    operationId: 'adminReissueInvitation',
    tag: 'admin-users',
    summary: 'Send a new invitation or password-reset link',
    description:
      'A new one-time link for the person (a new invitation, or a password reset); the old link stops working.',
    pathParams: [USERS.param],
    success: { status: 201, schema: 'InvitationLink', description: 'The new link.' },
    errors: [...AUTH, 403, 404, 409],
    auth: true,
  },
  {
    method: 'get',
    path: '/v1/admin/tokens',
    operationId: 'adminListTokens',
    tag: 'admin-tokens',
    summary: 'List API tokens',
    description: "Everyone's API tokens (admins), or those of people inside the scope (Dinas officials).",
    query: AdminTokenListQuery,
    success: { status: 200, page: ApiToken, description: 'A page of tokens.' },
    errors: [...AUTH, 400, 403],
    auth: true,
  },
  {
    method: 'delete',
    path: '/v1/admin/tokens/{id}',
    operationId: 'adminRevokeToken',
    tag: 'admin-tokens',
    summary: 'Revoke an API token',
    description: 'Revokes anyone’s token (admins), or that of a person inside the scope (Dinas officials).',
    pathParams: [idParam('token', 'tok_01J9Z')],
    success: { status: 204, description: 'Revoked.' },
    errors: [...AUTH, 403, 404],
    auth: true,
  },
  {
    method: 'get',
    path: '/v1/admin/audit',
    operationId: 'adminListAudit',
    tag: 'admin-audit',
    summary: 'Read the audit log',
    description:
      'Who did what and when, newest first: every write, with its actor, target, changed field names, request id ' +
      'and client address. Admins read all of it; Dinas officials the entries of their scope.',
    query: AuditListQuery,
    success: { status: 200, page: AuditEntry, description: 'A page of entries.' },
    errors: [...AUTH, 400, 403],
    auth: true,
  },
  {
    method: 'get',
    path: GROUPS.base,
    operationId: 'adminListGroups',
    tag: GROUPS.tag,
    summary: 'List KIM groups (registry)',
    description: 'Groups in any status, archived too; KIM operators see their own groups only.',
    query: AdminGroupListQuery,
    success: { status: 200, page: GroupAdminView, description: 'A page of groups.' },
    errors: [...AUTH, 400, 403],
    auth: true,
  },
  {
    method: 'post',
    path: GROUPS.base,
    operationId: 'adminCreateGroup',
    tag: GROUPS.tag,
    summary: 'Register a KIM group',
    description: 'Registers a group in a village or kelurahan (admins, Dinas officials within their scope).',
    body: 'GroupInput',
    success: { status: 201, schema: GROUPS.view, description: 'Registered.', version: true },
    errors: [...AUTH, ...BODY, 403, 409],
    auth: true,
  },
  ...getAndPatch(GROUPS, ['adminGetGroup', 'adminUpdateGroup'], 'GroupUpdate', 'group'),
  step(GROUPS, 'archive', 'adminArchiveGroup', 'Archive a group', 'Takes a group out of the public lists (410).'),
  step(GROUPS, 'restore', 'adminRestoreGroup', 'Restore a group', 'Brings an archived group back.'),
  {
    method: 'get',
    path: CATEGORIES.base,
    operationId: 'adminListCategories',
    tag: CATEGORIES.tag,
    summary: 'List categories (with usage)',
    description: 'Every category, retired ones too, by position, with how many records use each.',
    success: {
      status: 200,
      json: { type: 'array', items: { $ref: '#/components/schemas/CategoryAdminView' } },
      description: 'The categories.',
    },
    errors: [...AUTH],
    auth: true,
  },
  {
    method: 'post',
    path: CATEGORIES.base,
    operationId: 'adminCreateCategory',
    tag: CATEGORIES.tag,
    summary: 'Create a category',
    description: 'A category at the end of the order (admins).',
    body: 'CategoryInput',
    success: { status: 201, schema: CATEGORIES.view, description: 'Created.', version: true },
    errors: [...AUTH, ...BODY, 403, 409],
    auth: true,
  },
  {
    method: 'put',
    path: `${CATEGORIES.base}/order`,
    operationId: 'adminOrderCategories',
    tag: CATEGORIES.tag,
    summary: 'Order the categories',
    description: 'Sets the order of the active categories (every id, first to last); answers every category.',
    body: 'CategoryOrder',
    success: {
      status: 200,
      json: { type: 'array', items: { $ref: '#/components/schemas/CategoryAdminView' } },
      description: 'The categories in their new order.',
    },
    errors: [...AUTH, ...BODY, 403],
    auth: true,
  },
  {
    method: 'patch',
    path: `${CATEGORIES.base}/{id}`,
    operationId: 'adminUpdateCategory',
    tag: CATEGORIES.tag,
    summary: 'Rename a category',
    description: 'Changes the fields sent. Needs `If-Match` with the version that was read.',
    pathParams: [CATEGORIES.param],
    body: 'CategoryUpdate',
    success: { status: 200, schema: CATEGORIES.view, description: 'The category after the change.', version: true },
    errors: [...AUTH, ...BODY, 403, 404, 409],
    auth: true,
    ifMatch: { header: 'required', current: CATEGORIES.view },
  },
  step(
    CATEGORIES,
    'retire',
    'adminRetireCategory',
    'Retire a category',
    'No longer offered for new records; records filed under it keep it.',
  ),
  step(CATEGORIES, 'restore', 'adminRestoreCategory', 'Restore a category', 'Offers a retired category again.'),
  {
    method: 'get',
    path: NEWS.base,
    operationId: 'adminListNews',
    tag: NEWS.tag,
    summary: 'List articles (any status)',
    description:
      'Articles in any status, newest first; `status=submitted` is the review queue. Operators see their own groups’.',
    query: AdminNewsListQuery,
    success: { status: 200, page: NewsAdminView, description: 'A page of articles.' },
    errors: [...AUTH, 400, 403],
    auth: true,
  },
  {
    method: 'post',
    path: NEWS.base,
    operationId: 'adminCreateNews',
    tag: NEWS.tag,
    summary: 'Create a draft',
    description:
      'A draft article. The body is sanitized on an allow-list; the summary is derived when absent; the slug is ' +
      'made unique from the title; reading time from the text.',
    body: 'NewsInput',
    success: { status: 201, schema: NEWS.view, description: 'The draft.', version: true },
    errors: [...AUTH, ...BODY, 403],
    auth: true,
  },
  ...getAndPatch(NEWS, ['adminGetNews', 'adminUpdateNews'], 'NewsUpdate', 'article'),
  step(NEWS, 'submit', 'adminSubmitNews', 'Submit for review', 'A draft (or returned article) goes to review.'),
  step(
    NEWS,
    'publish',
    'adminPublishNews',
    'Publish an article',
    'Publishes now (`publishAt` absent or past) or at `publishAt` (`scheduled`; public from then on, no further call).',
    { body: 'NewsPublishInput', optionalBody: true, errors: [...AUTH, ...BODY, 403, 404, 409] },
  ),
  step(NEWS, 'return', 'adminReturnNews', 'Send back to the authors', 'Returns a submitted article with a note.', {
    body: 'NewsNoteInput',
    errors: [...AUTH, ...BODY, 403, 404, 409],
  }),
  step(
    NEWS,
    'unpublish',
    'adminUnpublishNews',
    'Unpublish an article',
    'Takes it down with a note; its URL answers 410.',
    {
      body: 'NewsNoteInput',
      errors: [...AUTH, ...BODY, 403, 404, 409],
    },
  ),
  {
    method: 'delete',
    path: `${NEWS.base}/{id}`,
    operationId: 'adminDeleteNews',
    tag: NEWS.tag,
    summary: 'Delete an article',
    description:
      'Deletes softly: the public URL answers 410. Operators delete their drafts and returned articles; officials ' +
      'any. With `If-Match`, only at that version.',
    pathParams: [NEWS.param],
    success: { status: 204, description: 'Deleted.' },
    errors: [...AUTH, 400, 403, 404, 409],
    auth: true,
    ifMatch: { header: 'optional', current: NEWS.view },
  },
  {
    method: 'post',
    path: '/v1/admin/media',
    operationId: 'adminUploadMedia',
    tag: 'admin-media',
    summary: 'Upload an image',
    description:
      'A JPEG, PNG or WebP image of at most 8 MB and 40 megapixels, as the raw body or as the one `file` part of a ' +
      'form. It is re-encoded without its metadata into WebP and JPEG at 480, 960 and 1600 px, served from ' +
      '`/media/…` as immutable files. SVG, other types and files that are not what they claim answer 415 or 422 ' +
      '`media_rejected`. A KIM operator names the group the image is for (`group`); officials may leave it out.',
    query: MediaUploadQuery,
    body: 'upload',
    success: { status: 201, schema: 'Media', description: 'Stored; refer to it by `id`.' },
    errors: [...AUTH, 400, 403, 413, 415, 422],
    auth: true,
  },
  {
    method: 'get',
    path: ASPIRATIONS.base,
    operationId: 'adminListAspirations',
    tag: ASPIRATIONS.tag,
    summary: 'List aspirations (officials)',
    description:
      'The inbox, newest first, in the scope of the person. KIM operators see their village’s without personal data.',
    query: AdminAspirationListQuery,
    success: { status: 200, page: AspirationAdminView, description: 'A page of aspirations.' },
    errors: [...AUTH, 400, 403],
    auth: true,
  },
  {
    method: 'post',
    path: `${ASPIRATIONS.base}/status`,
    operationId: 'adminBulkSetAspirationStatus',
    tag: ASPIRATIONS.tag,
    summary: 'Change the status of many aspirations',
    description:
      'Up to 100 aspirations, each changed on its own; the answer gives each outcome. An information request is never ' +
      'made `resolved` or `rejected` here (its row answers `invalid_transition`): it ends through its decision.',
    body: 'AspirationBulkStatusChange',
    success: { status: 200, schema: 'AspirationBulkResult', description: 'The outcome per aspiration.' },
    errors: [...AUTH, ...BODY, 403],
    auth: true,
  },
  {
    method: 'get',
    path: `${ASPIRATIONS.base}/export.csv`,
    operationId: 'adminExportAspirations',
    tag: ASPIRATIONS.tag,
    summary: 'Export aspirations as CSV',
    description:
      'Every aspiration that matches the filters, as CSV (UTF-8 with BOM, columns named in Indonesian); personal ' +
      'data columns only for admins and Dinas officials. Recorded in the audit log as `aspiration.export`.',
    query: AspirationExportQuery,
    success: {
      status: 200,
      media: 'text/csv',
      json: { type: 'string', description: 'CSV, one aspiration per row.' },
      description: 'The CSV file.',
      download: true,
    },
    errors: [...AUTH, 400, 403],
    auth: true,
  },
  {
    method: 'get',
    path: `${ASPIRATIONS.base}/{id}`,
    operationId: 'adminGetAspiration',
    tag: ASPIRATIONS.tag,
    summary: 'Get an aspiration (officials)',
    description: 'One aspiration with its history, `version` (also the `ETag`) and, for officials, its reporter.',
    pathParams: [ASPIRATIONS.param],
    success: { status: 200, schema: ASPIRATIONS.view, description: 'The aspiration.', version: true },
    errors: [...AUTH, 403, 404],
    auth: true,
  },
  {
    method: 'get',
    path: `${ASPIRATIONS.base}/{id}/attachments/{attachmentId}`,
    operationId: 'adminGetAspirationAttachment',
    tag: ASPIRATIONS.tag,
    summary: 'Get an attachment (officials)',
    description:
      'A file of the aspiration, streamed with its Content-Type, a `Content-Disposition` with its name (images inline, ' +
      'PDFs as a download) and `X-Content-Type-Options: nosniff`. Admins and Dinas officials in scope only; another ' +
      'region’s official gets 404, a KIM operator 403.',
    pathParams: [ASPIRATIONS.param, ATTACHMENT_PARAM],
    success: {
      status: 200,
      media: 'application/octet-stream',
      json: { type: 'string', contentMediaType: 'application/octet-stream' },
      description: 'The file, with its own Content-Type (image/jpeg, image/png, image/webp or application/pdf).',
      download: true,
    },
    errors: [...AUTH, 403, 404],
    auth: true,
  },
  {
    method: 'post',
    path: `${ASPIRATIONS.base}/{id}/attachments/{attachmentId}/visibility`,
    operationId: 'adminSetAspirationAttachmentVisibility',
    tag: ASPIRATIONS.tag,
    summary: 'Show an attachment on the public tracker, or hide it',
    description:
      'Officials in scope decide whether a file appears on the public tracker (never for a confidential ' +
      'aspiration); recorded in the audit log as `aspiration.attachment_visibility`.',
    pathParams: [ASPIRATIONS.param, ATTACHMENT_PARAM],
    body: 'AttachmentVisibilityChange',
    success: { status: 200, schema: 'AspirationAttachment', description: 'The attachment as it is now.' },
    errors: [...AUTH, ...BODY, 403, 404],
    auth: true,
  },
  step(
    ASPIRATIONS,
    'status',
    'adminSetAspirationStatus',
    'Change the status of an aspiration',
    'Moves an aspiration along its lifecycle. A rejection needs a note; 409 `invalid_transition` for a change not ' +
      'allowed from its status, and for `resolved` or `rejected` of an information request, which ends through its ' +
      'decision (`statusChangesFrom` gives the changes allowed by kind).',
    { body: 'AspirationStatusChange', errors: [...AUTH, ...BODY, 403, 404, 409] },
  ),
  {
    ...step(
      ASPIRATIONS,
      'agency-responses',
      'adminRecordAgencyResponse',
      'Record the answer of the agency',
      'Records the answer of the agency a forwarded (or in-progress) aspiration is with, as a history entry of kind ' +
        '`agency_response` that the tracker shows; the status does not change. 409 `invalid_transition` when it is ' +
        'not with an agency.',
      { body: 'AgencyResponseInput', errors: [...AUTH, ...BODY, 403, 404, 409] },
    ),
    success: { status: 201, schema: ASPIRATIONS.view, description: 'The aspiration with the answer.', version: true },
  },
  step(
    ASPIRATIONS,
    'information-request/extension',
    'adminExtendInformationRequest',
    'Extend the deadline of an information request',
    'Once, by 1 to 7 working days (UU 14/2008 art. 22(8)), with a reason shown on the tracker and a history entry ' +
      'of kind `extension`; only while the request is open and before its deadline. 409 `invalid_transition` when ' +
      'it was extended already, is finished or past its deadline; 404 for other kinds. Audited as ' +
      '`information_request.extend`.',
    { body: 'InformationRequestExtensionInput', errors: [...AUTH, ...BODY, 403, 404, 409] },
  ),
  step(
    ASPIRATIONS,
    'information-request/objection-answer',
    'adminAnswerInformationObjection',
    'Answer the objection to an information request',
    'Records the answer of the superior of the PPID to the requester’s objection (keberatan, UU 14/2008 art. 36), ' +
      'once, as a history entry of kind `objection_answer` that the tracker shows. 409 `invalid_transition` when ' +
      'there is no objection or it was answered; 404 for other kinds. Audited as `information_request.objection_answer`.',
    { body: 'InformationObjectionAnswerInput', errors: [...AUTH, ...BODY, 403, 404, 409] },
  ),
  step(
    ASPIRATIONS,
    'information-request/decision',
    'adminDecideInformationRequest',
    'Answer or refuse an information request',
    'Ends an open information request: `resolved` with the answer, or `rejected`, a written refusal naming its ' +
      'legal ground (UU 14/2008 art. 17 a-j, or information not held). The plain status change refuses both for an ' +
      'information request. 409 `invalid_transition` when it is finished; 404 for other kinds.',
    { body: 'InformationRequestDecisionInput', errors: [...AUTH, ...BODY, 403, 404, 409] },
  ),
  {
    ...step(
      ASPIRATIONS,
      'questions',
      'adminAskReporter',
      'Ask the reporter a question',
      'Adds a history entry of kind `question` whose note (the question) the tracker shows; the reporter answers ' +
        'with the follow-up secret. 409 `invalid_transition` once the aspiration is resolved or rejected.',
      { body: 'QuestionInput', errors: [...AUTH, ...BODY, 403, 404, 409] },
    ),
    success: { status: 201, schema: ASPIRATIONS.view, description: 'The aspiration with the question.', version: true },
  },
  {
    method: 'get',
    path: AGENCIES.base,
    operationId: 'adminListAgencies',
    tag: AGENCIES.tag,
    summary: 'List perangkat daerah (agencies)',
    description:
      'The agencies of the regions the person keeps (admins: all; Dinas officials: their scope), by name; ' +
      'archived ones too unless `status` says otherwise. KIM operators: 403.',
    query: AdminAgencyListQuery,
    success: { status: 200, page: Agency, description: 'A page of agencies.' },
    errors: [...AUTH, 400, 403],
    auth: true,
  },
  {
    method: 'post',
    path: AGENCIES.base,
    operationId: 'adminCreateAgency',
    tag: AGENCIES.tag,
    summary: 'Add an agency',
    description:
      'Adds a perangkat daerah to a regency or city (admins; Dinas officials within their scope). 409 when the ' +
      'region has one with the same short name.',
    body: 'AgencyInput',
    success: { status: 201, schema: AGENCIES.view, description: 'Added.', version: true },
    errors: [...AUTH, ...BODY, 403, 409],
    auth: true,
  },
  ...getAndPatch(AGENCIES, ['adminGetAgency', 'adminUpdateAgency'], 'AgencyUpdate', 'agency'),
  step(AGENCIES, 'archive', 'adminArchiveAgency', 'Archive an agency', 'No longer offered for forwarding.'),
  step(AGENCIES, 'restore', 'adminRestoreAgency', 'Restore an agency', 'Offers an archived agency again.'),
  {
    method: 'post',
    path: '/v1/admin/aspiration-intakes',
    operationId: 'adminRecordAspirationIntake',
    tag: 'admin-aspirations',
    summary: 'Record an aspiration for a resident through a KIM',
    description:
      'A KIM operator (for their own KIM; officials for any KIM of their region) records an aspiration for a ' +
      'resident without internet. `verbalConsent` must be `true` (422 otherwise); another KIM is 403. With an ' +
      '`Idempotency-Key`, a repeated request answers 200 with the first receipt. The answer carries the contact ' +
      'as sent; afterwards only officials in scope see it. Audited with the operator as the actor.',
    body: 'AspirationIntakeInput',
    success: { status: 201, schema: 'AspirationIntakeReceipt', description: "Recorded; the slip's data." },
    errors: [...AUTH, ...BODY, 403, 409],
    auth: true,
    idempotent: true,
  },
];

export const WRITE_ROUTES: Route[] = [...AUTH_ROUTES, ...ADMIN_ROUTES, ...WEBHOOK_ROUTES];
