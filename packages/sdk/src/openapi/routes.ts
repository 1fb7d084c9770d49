// Every endpoint of the KIM data API, as the OpenAPI document describes it. Internal: not exported by the package.
import type * as z from 'zod/mini';
import { AspirationStatsQuery } from '../schemas/aspiration-stats.js';
import { Category } from '../schemas/category.js';
import { NEWS_FEED_SIZE, NewsFeedQuery } from '../schemas/feed.js';
import { KimGroup } from '../schemas/group.js';
import { InformationRegisterEntry, InformationRegisterQuery } from '../schemas/information-register.js';
import { NewsSummary } from '../schemas/news.js';
import { GroupListQuery, NewsListQuery, RegionListQuery } from '../schemas/queries.js';
import { Region } from '../schemas/region.js';
import { WRITE_ROUTES } from './write-routes.js';

export interface PathParam {
  name: string;
  description: string;
  /** A component schema name, or an inline JSON Schema. */
  schema: string | Record<string, unknown>;
  example: string;
}

/** The tracking code of a reporter's route (follow-ups, rating, reopening, objection, public files). */
const TRACKING_CODE: PathParam = {
  name: 'trackingCode',
  description: 'The tracking code from the receipt, as typed (any case, spaces or dashes).',
  schema: { type: 'string' },
  example: '7K3M9QX2PD',
};

export interface Route {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI path template, e.g. `/v1/news/{idOrSlug}`. */
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  description: string;
  pathParams?: PathParam[];
  /** Query schema from `schemas/queries.ts`. */
  query?: z.ZodMiniObject;
  /**
   * Component name of the JSON request body, `upload`: an image as the raw body or one multipart `file` part, or
   * `attachment`: a citizen's photo or PDF as one multipart `file` part.
   */
  body?: string;
  /** The JSON request body may be left out (e.g. publishing now). */
  optionalBody?: boolean;
  /**
   * Success status and what it carries: a component name, a page of a registered schema, inline JSON Schema, or
   * nothing (204).
   */
  success: {
    status: 200 | 201 | 204;
    schema?: string;
    page?: z.ZodMiniType;
    json?: Record<string, unknown>;
    /** The media type, when not `application/json` (feeds, the sitemap). */
    media?: string;
    description: string;
    /** Answers the record's version as `ETag` (`"<version>"`), for `If-Match`. */
    version?: boolean;
    /** Answers `Content-Disposition` (a download). */
    download?: boolean;
  };
  /** Error statuses beyond the ones every route has (429, 500). */
  errors: number[];
  /** Needs `Authorization: Bearer` (a session, a personal API token, or the bootstrap admin token). */
  auth?: boolean;
  /**
   * Writes a record at the version in `If-Match`: `required` (428 without it) or `optional`; a stale version
   * answers 412 with the record as it is now (`current`, of the component `current` names).
   */
  ifMatch?: { header: 'required' | 'optional'; current: string };
  /** Sends Idempotency-Key. */
  idempotent?: boolean;
  /** GET with ETag and 304. */
  conditional?: boolean;
  /** Also Last-Modified and If-Modified-Since. */
  lastModified?: boolean;
}

/** What each query parameter means, for the document. */
export const QUERY_DESCRIPTIONS: Record<string, string> = {
  parent: 'Code of the parent region: lists its children. Without it, the provinces are listed.',
  level: 'Only regions of this level.',
  region: 'Region code prefix: records of that region and of every region inside it (e.g. `19.71`).',
  q: 'Full-text search.',
  focus: 'Only groups with this focus area.',
  group: 'Only articles of this group (id or slug).',
  category: 'Only articles of this category (its id).',
  status: 'Only records in this status.',
  kind: 'Only aspirations of this kind.',
  submittedFrom: 'Submitted on or after this day (`YYYY-MM-DD`, in the time zone of the region).',
  submittedTo: 'Submitted on or before this day (`YYYY-MM-DD`).',
  sort: 'Order of the list.',
  role: 'Only people holding this role.',
  owner: 'Only the tokens of this person (their id).',
  all: '`true` lists revoked and expired tokens too.',
  actor: 'Only entries by this person (their id).',
  targetType: 'Only entries about this kind of record.',
  targetId: 'Only entries about this record (its id).',
  action: 'Only entries of this action, e.g. `news.publish`, or of every action on a kind, e.g. `news`.',
  from: 'From this moment (ISO 8601, inclusive).',
  to: 'Until this moment (ISO 8601, exclusive).',
  limit: 'Page size.',
  cursor: 'Opaque cursor from the `nextCursor` of the previous page.',
};

export const ROUTES: Route[] = [
  {
    method: 'get',
    path: '/v1/regions',
    operationId: 'listRegions',
    tag: 'regions',
    summary: 'List regions',
    description: 'The children of a region (Kemendagri list), or the provinces when no parent is given.',
    query: RegionListQuery,
    success: { status: 200, page: Region, description: 'A page of regions.' },
    errors: [400, 404],
    conditional: true,
  },
  {
    method: 'get',
    path: '/v1/regions/{code}',
    operationId: 'getRegion',
    tag: 'regions',
    summary: 'Get a region',
    description: 'One region by its Kemendagri code.',
    pathParams: [{ name: 'code', description: 'Kemendagri region code.', schema: 'RegionCode', example: '19.71' }],
    success: { status: 200, schema: 'Region', description: 'The region.' },
    errors: [400, 404],
    conditional: true,
  },
  {
    method: 'get',
    path: '/v1/groups',
    operationId: 'listGroups',
    tag: 'groups',
    summary: 'List KIM groups',
    description: 'KIM groups, filtered by region prefix, full-text query and focus area.',
    query: GroupListQuery,
    success: { status: 200, page: KimGroup, description: 'A page of groups.' },
    errors: [400],
    conditional: true,
  },
  {
    method: 'get',
    path: '/v1/groups/{idOrSlug}',
    operationId: 'getGroup',
    tag: 'groups',
    summary: 'Get a KIM group',
    description:
      'One group by id or slug. An old slug answers 301 to the new URL; an archived group answers 410 `gone`.',
    pathParams: [
      { name: 'idOrSlug', description: 'Id or slug of the group.', schema: { type: 'string' }, example: 'kim-bacang' },
    ],
    success: { status: 200, schema: 'KimGroup', description: 'The group.' },
    errors: [404, 410],
    conditional: true,
  },
  {
    method: 'get',
    path: '/v1/news',
    operationId: 'listNews',
    tag: 'news',
    summary: 'List news',
    description: 'Article summaries, newest first.',
    query: NewsListQuery,
    success: { status: 200, page: NewsSummary, description: 'A page of article summaries.' },
    errors: [400],
    conditional: true,
  },
  {
    method: 'get',
    path: '/v1/news/{idOrSlug}',
    operationId: 'getNewsArticle',
    tag: 'news',
    summary: 'Get a news article',
    description:
      'A whole published article. Its `body` is HTML sanitized by the server on an allow-list. An unpublished or ' +
      'deleted article answers 410 `gone`; one not yet published answers 404.',
    pathParams: [
      {
        name: 'idOrSlug',
        description: 'Id or slug of the article.',
        schema: { type: 'string' },
        example: 'posyandu-bacang-november',
      },
    ],
    success: { status: 200, schema: 'NewsArticle', description: 'The article.' },
    errors: [404, 410],
    conditional: true,
  },
  {
    method: 'get',
    path: '/v1/categories',
    operationId: 'listCategories',
    tag: 'categories',
    summary: 'List categories',
    description: 'Every category of news and aspirations.',
    success: { status: 200, page: Category, description: 'The categories.' },
    errors: [400],
    conditional: true,
  },
  {
    method: 'post',
    path: '/v1/aspirations',
    operationId: 'submitAspiration',
    tag: 'aspirations',
    summary: 'Submit an aspiration',
    description:
      'Records an aspiration, complaint or information request. With an `Idempotency-Key`, a repeated request ' +
      'answers 200 with the first receipt instead of recording it again.',
    body: 'AspirationInput',
    success: { status: 201, schema: 'AspirationReceipt', description: 'Recorded; the receipt has the tracking code.' },
    errors: [400, 409, 413, 415, 422],
    idempotent: true,
  },
  {
    method: 'get',
    path: '/v1/aspirations/{trackingCode}',
    operationId: 'trackAspiration',
    tag: 'aspirations',
    summary: 'Track an aspiration',
    description: 'The public view of an aspiration. Confidential ones show status and history only.',
    pathParams: [
      {
        name: 'trackingCode',
        description:
          'The tracking code from the receipt. Read as people type it: any case, with spaces or dashes, O for 0 and ' +
          'I or L for 1 (`7k3m9-qx2pd` finds `7K3M9QX2PD`).',
        schema: { type: 'string' },
        example: '7K3M9QX2PD',
      },
    ],
    success: { status: 200, schema: 'AspirationTracking', description: 'The public status and history.' },
    errors: [400, 404, 429],
  },
  {
    method: 'post',
    path: '/v1/aspirations/{trackingCode}/follow-ups',
    operationId: 'addAspirationFollowUp',
    tag: 'aspirations',
    summary: 'Add information or answer a question (reporter)',
    description:
      'With the tracking code and the follow-up secret from the receipt, the reporter adds information (`kind: ' +
      "'information'`) or answers an official's question (`kind: 'answer'`) while the aspiration is open. Officials " +
      'read the text; the tracker shows only that it was added. A wrong secret or an unknown code answers the same ' +
      '403; repeated failures 429. 409 once the aspiration is resolved or rejected.',
    pathParams: [TRACKING_CODE],
    body: 'FollowUpInput',
    success: { status: 201, schema: 'FollowUpResult', description: 'Added to the history.' },
    errors: [400, 403, 409, 413, 415, 422, 429],
  },
  {
    method: 'post',
    path: '/v1/aspirations/{trackingCode}/rating',
    operationId: 'rateAspiration',
    tag: 'aspirations',
    summary: 'Rate the answer (reporter)',
    description:
      'Once the aspiration is resolved, the reporter rates the answer 1-5 with an optional comment (for officials), ' +
      'once per answer (again after a reopening). 409 when not resolved or rated already; 403 as for follow-ups.',
    pathParams: [TRACKING_CODE],
    body: 'RatingInput',
    success: { status: 201, schema: 'FollowUpResult', description: 'Rated.' },
    errors: [400, 403, 409, 413, 415, 422, 429],
  },
  {
    method: 'post',
    path: '/v1/aspirations/{trackingCode}/reopen',
    operationId: 'reopenAspiration',
    tag: 'aspirations',
    summary: 'Reopen a resolved aspiration (reporter)',
    description:
      'Within 10 working days after it was resolved (the tracker shows `reopenUntil`), the reporter reopens the ' +
      'aspiration with a reason (for officials): it goes back to `in_progress` with a new due date and a history ' +
      'entry of kind `reopened`. 409 outside the window; 403 as for follow-ups.',
    pathParams: [TRACKING_CODE],
    body: 'ReopenInput',
    success: { status: 201, schema: 'FollowUpResult', description: 'Reopened.' },
    errors: [400, 403, 409, 413, 415, 422, 429],
  },
  {
    method: 'post',
    path: '/v1/aspirations/{trackingCode}/objection',
    operationId: 'objectToInformationRequest',
    tag: 'aspirations',
    summary: 'Object to an information request (keberatan)',
    description:
      'The requester objects with the tracking code and the follow-up secret of the receipt, within 30 working ' +
      'days after the answer, the refusal or the missed deadline (UU 14/2008 art. 35-36), once, giving a reason of ' +
      'Pasal 35 ayat (1) and a text. The objection gets its own deadline of 30 working days. 403 for a wrong secret ' +
      'or an unknown code alike; 409 `invalid_transition` outside the window, for other kinds or when it was ' +
      'objected to already.',
    pathParams: [TRACKING_CODE],
    body: 'InformationObjectionInput',
    success: { status: 201, schema: 'AspirationTracking', description: 'The tracking view with the objection.' },
    errors: [400, 403, 409, 413, 415, 422, 429],
  },
  {
    method: 'post',
    path: '/v1/aspiration-uploads',
    operationId: 'uploadAspirationAttachment',
    tag: 'aspirations',
    summary: 'Upload a file for an aspiration',
    description:
      'A photo (JPEG, PNG, WebP: re-encoded, with EXIF and GPS removed and the orientation applied) or a PDF ' +
      '(checked by its bytes), at most 5 MB, before the submission: name the answer’s `id` in ' +
      '`AspirationInput.attachments` (at most 3) within 24 hours, after which an unclaimed upload is deleted. A file ' +
      'whose bytes are not what its name or type says answers 415 or 422 naming the file. With an ' +
      '`Idempotency-Key`, a repeated upload answers 200 with the first one. Files stay private to the officials in ' +
      'scope until one of them makes a file public.',
    body: 'attachment',
    success: { status: 201, schema: 'AspirationUpload', description: 'Stored until a submission names it.' },
    errors: [400, 413, 415, 422],
    idempotent: true,
  },
  {
    method: 'get',
    path: '/v1/aspirations/{trackingCode}/attachments/{attachmentId}',
    operationId: 'getPublicAspirationAttachment',
    tag: 'aspirations',
    summary: 'Get a public attachment',
    description:
      'A file an official made public, as `AspirationTracking.attachments[].url` links it (not for confidential ' +
      'aspirations). Images inline, PDFs as a download; `X-Content-Type-Options: nosniff`.',
    pathParams: [
      TRACKING_CODE,
      {
        name: 'attachmentId',
        description: 'The attachment id.',
        schema: { type: 'string' },
        example: 'upl_3k9m2x7qp4h8d6w1c5n0r2t9va',
      },
    ],
    success: {
      status: 200,
      media: 'application/octet-stream',
      json: { type: 'string', contentMediaType: 'application/octet-stream' },
      description: 'The file, with its own Content-Type (image/jpeg, image/png, image/webp or application/pdf).',
      download: true,
    },
    errors: [404],
  },
  {
    method: 'get',
    path: '/v1/stats/aspirations',
    operationId: 'getAspirationStats',
    tag: 'statistics',
    summary: 'Statistics of a region’s aspirations',
    description:
      'Counts by status, kind, category and district, the median days to a first answer and to resolution, and the share answered within the deadline, of ' +
      'the aspirations submitted in a region (any level; `from`/`to` are submission days in the region’s time ' +
      'zone). Confidential aspirations are counted. No personal data. Figures may be up to a minute old.',
    query: AspirationStatsQuery,
    success: { status: 200, schema: 'AspirationStats', description: 'The figures.' },
    errors: [400, 404],
  },
  {
    method: 'get',
    path: '/v1/information-requests',
    operationId: 'listInformationRegister',
    tag: 'aspirations',
    summary: 'The public register of information requests',
    description:
      'The daftar permohonan informasi of a region (any level) under UU 14/2008, newest first: register number, ' +
      'date, the information requested (left out for confidential requests), status, due date, whether it was ' +
      'extended or objected to, and the outcome with the legal ground of a refusal. No name, contact or purpose.',
    query: InformationRegisterQuery,
    success: { status: 200, page: InformationRegisterEntry, description: 'A page of the register.' },
    errors: [400],
  },
  ...(['csv', 'json'] as const).map(
    (format): Route => ({
      method: 'get',
      path: `/v1/open-data/aspirations.${format}`,
      operationId: format === 'csv' ? 'exportOpenAspirationsCsv' : 'exportOpenAspirationsJson',
      tag: 'statistics',
      summary: `Open data: a region’s aspirations as ${format.toUpperCase()}`,
      description:
        'One row per aspiration submitted in the region (and between `from` and `to`): id, kind, status, category, ' +
        'village and district codes, and the days it was submitted, first answered and resolved. No title, text or ' +
        'reporter; confidential aspirations are left out. ' +
        (format === 'csv' ? 'UTF-8 with a BOM, comma-separated, a header row.' : 'A JSON array.'),
      query: AspirationStatsQuery,
      success:
        format === 'csv'
          ? {
              status: 200,
              media: 'text/csv',
              json: { type: 'string', description: 'CSV, one aspiration per row.' },
              description: 'The CSV file.',
              download: true,
            }
          : {
              status: 200,
              json: { type: 'array', items: { $ref: '#/components/schemas/OpenAspirationRecord' } },
              description: 'The records.',
              download: true,
            },
      errors: [400, 404],
    }),
  ),
  ...WRITE_ROUTES,
  ...(['rss', 'atom', 'json'] as const).map(
    (format): Route => ({
      method: 'get',
      path: `/v1/feeds/news.${format}`,
      operationId: { rss: 'getNewsFeedRss', atom: 'getNewsFeedAtom', json: 'getNewsJsonFeed' }[format],
      tag: 'feeds',
      summary: { rss: 'News as RSS 2.0', atom: 'News as Atom', json: 'News as JSON Feed 1.1' }[format],
      description:
        `The ${NEWS_FEED_SIZE} newest published articles, optionally of one region (prefix), group or category, ` +
        'with their sanitized bodies. For feed readers and other sites; ask again with `If-None-Match` or ' +
        '`If-Modified-Since` for a `304`.',
      query: NewsFeedQuery,
      success: {
        status: 200,
        media: { rss: 'application/rss+xml', atom: 'application/atom+xml', json: 'application/feed+json' }[format],
        ...(format === 'json'
          ? { schema: 'JsonFeed' }
          : { json: { type: 'string', description: `An ${format === 'rss' ? 'RSS 2.0' : 'Atom 1.0'} document.` } }),
        description: 'The feed.',
      },
      errors: [400, 404],
      conditional: true,
      lastModified: true,
    }),
  ),
  {
    method: 'get',
    path: '/sitemap.xml',
    operationId: 'getSitemap',
    tag: 'feeds',
    summary: 'Sitemap of article pages',
    description: 'Every published article page (`/berita/{slug}`) with its last change, for search engines.',
    success: {
      status: 200,
      media: 'application/xml',
      json: { type: 'string', description: 'A sitemap (sitemaps.org 0.9).' },
      description: 'The sitemap.',
    },
    errors: [400],
    conditional: true,
    lastModified: true,
  },
  {
    method: 'get',
    path: '/openapi.json',
    operationId: 'getOpenApiDocument',
    tag: 'meta',
    summary: 'This document',
    description: 'The OpenAPI 3.1 description of the API.',
    success: { status: 200, json: { type: 'object' }, description: 'The OpenAPI document.' },
    errors: [],
  },
  {
    method: 'get',
    path: '/healthz',
    operationId: 'getHealth',
    tag: 'meta',
    summary: 'Health check',
    description: 'Answers 200 while the server and its storage work.',
    success: {
      status: 200,
      json: {
        type: 'object',
        properties: { status: { type: 'string', const: 'ok' } },
        required: ['status'],
      },
      description: 'The server is healthy.',
    },
    errors: [503],
  },
];
