// Builds the OpenAPI 3.1 document from the zod schemas (components) and the route table (paths).
import * as z from 'zod/mini';
// Loads every schema, so that each one with an id is in the global registry the components come from.
import '../schemas/index.js';
// And the formats it documents beside the contract (JSON Feed).
import './json-feed.js';
import { ATTACHMENT_TYPES } from '../schemas/aspiration-attachment.js';
import { LANGUAGES } from '../schemas/language.js';
import { Page } from '../schemas/page.js';
import { PROBLEM_CODES } from '../schemas/problem.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../schemas/queries.js';
import { QUERY_DESCRIPTIONS, ROUTES, type Route } from './routes.js';

type Json = Record<string, unknown>;

const ref = (name: string, kind = 'schemas') => ({ $ref: `#/components/${kind}/${name}` });
const uri = (id: string) => `#/components/schemas/${id}`;

/** A JSON Schema of one zod schema whose references to registered schemas point at the components. */
function jsonSchema(schema: z.ZodMiniType, io: 'input' | 'output'): Json {
  const { $schema: _, $defs: __, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io }) as Json;
  return JSON.parse(JSON.stringify(rest).replaceAll('"#/$defs/', '"#/components/schemas/'));
}

// Request and response bodies as they travel: objects stay open to new fields, defaults make fields optional.
function componentSchemas(): Record<string, Json> {
  const { schemas: registered } = z.toJSONSchema(z.globalRegistry, { target: 'draft-2020-12', io: 'input', uri });
  const out: Record<string, Json> = {};
  for (const [name, schema] of Object.entries(registered).sort(([a], [b]) => a.localeCompare(b))) {
    const { $schema: _, $id: __, ...rest } = schema as Json;
    out[name] = rest;
  }
  for (const route of ROUTES) {
    const item = route.success.page;
    if (!item) continue;
    out[pageName(item)] = {
      ...jsonSchema(Page(item), 'input'),
      description: `One page of ${idOf(item)} items; pass \`nextCursor\` back as \`cursor\` for the next page.`,
    };
  }
  return out;
}

function idOf(schema: z.ZodMiniType): string {
  const id = z.globalRegistry.get(schema)?.id;
  if (!id) throw new Error('A paged schema needs an id (z.meta({ id }))');
  return id;
}

const pageName = (item: z.ZodMiniType) => `${idOf(item)}Page`;

const STATUS: Record<number, [name: string, description: string, example: string]> = {
  400: ['BadRequest', 'The request is malformed: a bad query parameter, path parameter or header.', 'bad_request'],
  401: [
    'Unauthorized',
    'No credentials, or invalid or expired ones (`unauthorized`); at sign-in a wrong email or password ' +
      '(`invalid_credentials`).',
    'unauthorized',
  ],
  403: [
    'Forbidden',
    'The person is known but may not do this (`forbidden`), or the account is disabled (`account_disabled`).',
    'forbidden',
  ],
  404: ['NotFound', 'No such record.', 'not_found'],
  409: [
    'Conflict',
    'A conflict: an Idempotency-Key reused with another body, a status change not allowed (`invalid_transition`), ' +
      'or a value that must be unique (`conflict`).',
    'conflict',
  ],
  410: [
    'Gone',
    'It existed and is no more: an archived group, an unpublished or deleted article (`gone`), a used or expired ' +
      'invitation link (`invitation_invalid`).',
    'gone',
  ],
  413: ['PayloadTooLarge', 'The body is too large.', 'payload_too_large'],
  415: [
    'UnsupportedMediaType',
    'The body is not of an accepted media type (`application/json`; for uploads JPEG, PNG or WebP).',
    'unsupported_media_type',
  ],
  422: [
    'ValidationFailed',
    'The body is not valid; `errors` lists the fields (`validation_failed`). An upload that is not the image it ' +
      'claims to be: `media_rejected`.',
    'validation_failed',
  ],
  428: [
    'PreconditionRequired',
    'This write needs `If-Match` with the version (ETag) of the record as it was read.',
    'precondition_required',
  ],
  429: ['RateLimited', 'Too many requests; wait `Retry-After` seconds.', 'rate_limited'],
  500: ['InternalError', 'An unexpected server error.', 'internal_error'],
  503: ['ServiceUnavailable', 'The storage is unavailable.', 'storage_unavailable'],
};

function problemResponse(status: number): Json {
  const [, description, code] = STATUS[status] ?? ['', 'Error', 'internal_error'];
  const headers: Json = {
    'X-Request-Id': ref('XRequestId', 'headers'),
    'Content-Language': ref('ContentLanguage', 'headers'),
  };
  if (status === 429) {
    headers['Retry-After'] = ref('RetryAfter', 'headers');
    Object.assign(headers, {
      'RateLimit-Limit': ref('RateLimitLimit', 'headers'),
      'RateLimit-Remaining': ref('RateLimitRemaining', 'headers'),
      'RateLimit-Reset': ref('RateLimitReset', 'headers'),
    });
  }
  if (status === 401) headers['WWW-Authenticate'] = ref('WwwAuthenticate', 'headers');
  return {
    description,
    headers,
    content: {
      'application/problem+json': {
        schema: ref('Problem'),
        example: {
          type: `/problems/${code}`,
          title: description.split(/[;:.]/)[0],
          status,
          code,
          requestId: 'f3b1c2d4',
        },
      },
    },
  };
}

/** 412: the record changed since the version in `If-Match`; the problem carries it as it is now. */
function preconditionFailed(current: string): Json {
  return {
    description:
      'The record changed since the version in `If-Match` (`precondition_failed`): `current` is the record as it ' +
      'is now, to show beside the edited one.',
    headers: { 'X-Request-Id': ref('XRequestId', 'headers'), 'Content-Language': ref('ContentLanguage', 'headers') },
    content: {
      'application/problem+json': {
        schema: {
          allOf: [ref('Problem'), { type: 'object', properties: { current: ref(current) }, required: ['current'] }],
        },
      },
    },
  };
}

const UPLOAD_TYPES = ['image/jpeg', 'image/png', 'image/webp'];

/** An image as the raw body, or as the one `file` part of a form. */
const uploadBody: Json = {
  required: true,
  description: 'The image, at most 8 MB: the raw bytes with their media type, or a form with one `file` part.',
  content: {
    ...Object.fromEntries(UPLOAD_TYPES.map((type) => [type, { schema: { type: 'string', contentMediaType: type } }])),
    'multipart/form-data': {
      schema: {
        type: 'object',
        properties: { file: { type: 'string', contentMediaType: 'application/octet-stream' } },
        required: ['file'],
      },
      encoding: { file: { contentType: UPLOAD_TYPES.join(', ') } },
    },
  },
};

/** A citizen's file for an aspiration, as the one `file` part of a form (its name is kept). */
const attachmentBody: Json = {
  required: true,
  description:
    'One file of at most 5 MB: a JPEG, PNG or WebP photo (re-encoded without its metadata) or a PDF, as the one ' +
    '`file` part of a form, with its file name.',
  content: {
    'multipart/form-data': {
      schema: {
        type: 'object',
        properties: { file: { type: 'string', contentMediaType: 'application/octet-stream' } },
        required: ['file'],
      },
      encoding: { file: { contentType: Object.keys(ATTACHMENT_TYPES).join(', ') } },
    },
  },
};

function requestBody(route: Route): Json {
  if (!route.body) return {};
  if (route.body === 'upload') return { requestBody: uploadBody };
  if (route.body === 'attachment') return { requestBody: attachmentBody };
  return {
    requestBody: {
      required: !route.optionalBody,
      content: { 'application/json': { schema: ref(route.body) } },
    },
  };
}

function header(description: string, schema: Json): Json {
  return { description, schema };
}

function operation(route: Route): Json {
  const parameters: Json[] = [];
  for (const param of route.pathParams ?? []) {
    parameters.push({
      name: param.name,
      in: 'path',
      required: true,
      description: param.description,
      schema: typeof param.schema === 'string' ? ref(param.schema) : param.schema,
      example: param.example,
    });
  }
  if (route.query) {
    const properties = (jsonSchema(route.query, 'output').properties ?? {}) as Record<string, Json>;
    for (const [name, schema] of Object.entries(properties)) {
      if (name === 'limit' || name === 'cursor') {
        parameters.push(ref(name === 'limit' ? 'Limit' : 'Cursor', 'parameters'));
        continue;
      }
      parameters.push({ name, in: 'query', required: false, description: QUERY_DESCRIPTIONS[name], schema });
    }
  }
  if (route.conditional) parameters.push(ref('IfNoneMatch', 'parameters'));
  if (route.lastModified) parameters.push(ref('IfModifiedSince', 'parameters'));
  if (route.idempotent) parameters.push(ref('IdempotencyKey', 'parameters'));
  if (route.ifMatch)
    parameters.push(ref(route.ifMatch.header === 'required' ? 'IfMatch' : 'IfMatchOptional', 'parameters'));

  const successSchema = route.success.page
    ? ref(pageName(route.success.page))
    : route.success.schema
      ? ref(route.success.schema)
      : route.success.json;
  const successHeaders: Json = { 'X-Request-Id': ref('XRequestId', 'headers') };
  if (route.conditional) successHeaders.ETag = ref('ETag', 'headers');
  if (route.lastModified) successHeaders['Last-Modified'] = ref('LastModified', 'headers');
  // An upload has no URL of its own: a submission names it by id.
  if (route.idempotent && route.body !== 'attachment') successHeaders.Location = ref('Location', 'headers');
  if (route.success.version) successHeaders.ETag = ref('VersionETag', 'headers');
  if (route.success.download) successHeaders['Content-Disposition'] = ref('ContentDisposition', 'headers');
  if (route.auth) successHeaders['Cache-Control'] = ref('NoStore', 'headers');
  const responses: Json = {
    [route.success.status]: {
      description: route.success.description,
      headers: successHeaders,
      ...(route.success.status === 204
        ? {}
        : { content: { [route.success.media ?? 'application/json']: { schema: successSchema } } }),
    },
  };
  if (route.idempotent) {
    responses[200] = {
      description: 'A repeated request with the same `Idempotency-Key` and body: the receipt of the first one.',
      headers: { ...successHeaders, 'Idempotent-Replayed': ref('IdempotentReplayed', 'headers') },
      content: { 'application/json': { schema: successSchema } },
    };
  }
  if (route.conditional) responses[304] = ref('NotModified', 'responses');
  const errors = [
    ...route.errors,
    ...(route.idempotent ? [429] : []),
    ...(route.ifMatch?.header === 'required' ? [428] : []),
    500,
  ];
  for (const status of [...new Set(errors)].sort()) {
    responses[status] = ref(STATUS[status]?.[0] ?? 'InternalError', 'responses');
  }
  if (route.ifMatch) responses[412] = preconditionFailed(route.ifMatch.current);

  return {
    operationId: route.operationId,
    tags: [route.tag],
    summary: route.summary,
    description: route.description,
    security: route.auth ? [{ bearerAuth: [] }] : [],
    ...(parameters.length > 0 ? { parameters } : {}),
    ...requestBody(route),
    responses: Object.fromEntries(Object.entries(responses).sort(([a], [b]) => a.localeCompare(b))),
  };
}

/** The whole OpenAPI 3.1 document. Deterministic: the same schemas always give the same JSON. */
export function buildOpenApiDocument(): Json {
  const paths: Record<string, Json> = {};
  for (const route of ROUTES) {
    paths[route.path] = { ...(paths[route.path] ?? {}), [route.method]: operation(route) };
  }
  const usedStatuses = [
    ...new Set(
      ROUTES.flatMap((route) => [
        ...route.errors,
        500,
        ...(route.idempotent ? [429] : []),
        ...(route.ifMatch?.header === 'required' ? [428] : []),
      ]),
    ),
  ];
  const responses: Json = {
    NotModified: {
      description: 'The resource has not changed since the `If-None-Match` ETag: use the cached copy.',
      headers: {
        ETag: ref('ETag', 'headers'),
        'Last-Modified': ref('LastModified', 'headers'),
        'X-Request-Id': ref('XRequestId', 'headers'),
      },
    },
  };
  for (const status of usedStatuses.sort()) {
    const name = STATUS[status]?.[0];
    if (name) responses[name] = problemResponse(status);
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'KIM data API',
      version: '1.0.0',
      summary: 'Regions, KIM groups, news and citizen aspirations for Indonesian local government.',
      description:
        'The data API of KIM (Kelompok Informasi Masyarakat, community information groups). Region codes follow ' +
        'Kemendagri (Permendagri 58/2021). Every error is an RFC 9457 problem (`application/problem+json`) whose ' +
        '`title`, `detail` and field messages follow `Accept-Language`: Indonesian (`id`, the default) or English ' +
        '(`en`); `Content-Language` says which. ' +
        'Lists are pages: pass `nextCursor` back as `cursor`. GET responses carry an `ETag`; send it back in ' +
        '`If-None-Match` to get a `304`.\n\n' +
        'The write side (`/v1/auth`, `/v1/admin`) takes `Authorization: Bearer <secret>`: a session from sign-in ' +
        '(`kims_…`), a personal API token (`kimp_…`), or the bootstrap `KIM_ADMIN_TOKEN`. What each person may do ' +
        'follows their roles (`admin`, `dinas` within a region-code scope, `kim` for one group); a record outside ' +
        'the scope answers 404. Every editable record has a `version`: its GET answers it as `ETag`, and every ' +
        'change sends it back in `If-Match` (428 without it; 412 with the current record as `current` when someone ' +
        'else saved first). Every write is recorded in the audit log. Admin answers are `Cache-Control: no-store`.' +
        '\n\nProblem codes (`code`): ' +
        PROBLEM_CODES.map((code) => `\`${code}\``).join(', ') +
        '.\n\nGenerated from the zod schemas of `@kim-kit/sdk`.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [
      {
        url: '{origin}',
        description: 'Where the API is deployed; the reference server listens on http://localhost:8787 (`pnpm start`).',
        variables: { origin: { default: 'http://localhost:8787', description: 'Scheme, host and port of the API.' } },
      },
    ],
    tags: [
      { name: 'regions', description: 'Kemendagri administrative regions.' },
      { name: 'groups', description: 'KIM groups.' },
      { name: 'news', description: 'News published by KIM groups.' },
      { name: 'categories', description: 'Topics of news and aspirations.' },
      { name: 'aspirations', description: 'Submitting and tracking citizen aspirations.' },
      { name: 'statistics', description: 'Public statistics and open data of aspirations, without personal data.' },
      { name: 'auth', description: 'Signing in and out, the signed-in person, invitations, own API tokens.' },
      { name: 'admin-groups', description: 'The KIM registry: registering, editing and archiving groups.' },
      { name: 'admin-categories', description: 'Creating, renaming, ordering and retiring categories (admins).' },
      { name: 'admin-news', description: 'Drafting, reviewing and publishing news.' },
      { name: 'admin-media', description: 'Image uploads for news and group logos.' },
      { name: 'admin-users', description: 'People, their roles and invitations.' },
      { name: 'admin-tokens', description: "Everyone's personal API tokens." },
      { name: 'admin-audit', description: 'The audit log of every write.' },
      { name: 'admin-aspirations', description: "The officials' inbox of aspirations." },
      { name: 'admin-webhooks', description: 'Signed webhooks: subscriptions of integrations, delivery log, replay.' },
      { name: 'admin-agencies', description: 'Perangkat daerah (agencies) that aspirations are forwarded to.' },
      { name: 'feeds', description: 'RSS, Atom and JSON Feed of published news, and the sitemap of article pages.' },
      { name: 'meta', description: 'Health and this document.' },
    ],
    paths,
    components: {
      schemas: componentSchemas(),
      parameters: {
        Limit: {
          name: 'limit',
          in: 'query',
          required: false,
          description: QUERY_DESCRIPTIONS.limit,
          schema: { type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE },
        },
        Cursor: {
          name: 'cursor',
          in: 'query',
          required: false,
          description: QUERY_DESCRIPTIONS.cursor,
          schema: { type: 'string', minLength: 1, maxLength: 200 },
        },
        IfNoneMatch: {
          name: 'If-None-Match',
          in: 'header',
          required: false,
          description: 'The `ETag` of a cached copy; the answer is `304` when it is still current.',
          schema: { type: 'string' },
        },
        IfModifiedSince: {
          name: 'If-Modified-Since',
          in: 'header',
          required: false,
          description:
            'The `Last-Modified` of a cached copy; the answer is `304` when nothing newer exists. `If-None-Match` wins ' +
            'when both are sent.',
          schema: { type: 'string' },
          example: 'Fri, 27 Nov 2026 01:00:00 GMT',
        },
        IfMatch: {
          name: 'If-Match',
          in: 'header',
          required: true,
          description:
            'The `version` of the record as it was read, quoted like its `ETag`. Absent: 428; stale: 412 with the ' +
            'current record.',
          schema: { type: 'string', pattern: '^"[1-9][0-9]*"$' },
          example: '"3"',
        },
        IfMatchOptional: {
          name: 'If-Match',
          in: 'header',
          required: false,
          description: 'The `version` of the record as it was read; when sent and stale, the answer is 412.',
          schema: { type: 'string', pattern: '^"[1-9][0-9]*"$' },
          example: '"3"',
        },
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          description:
            'A unique key per submission (a UUID). Retrying with the same key and body records the aspiration once.',
          schema: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[\\x21-\\x7e]+$' },
          example: '5b0c6f1e-8f7a-4c1e-9d2b-3a4f5e6d7c8b',
        },
      },
      headers: {
        XRequestId: header('Id of this request, to quote when reporting a problem.', { type: 'string' }),
        ContentLanguage: header('Language of the human-readable text, from `Accept-Language`.', {
          type: 'string',
          enum: [...LANGUAGES],
        }),
        ETag: header('Validator of this representation, for `If-None-Match`.', { type: 'string' }),
        LastModified: header('When the newest content in it last changed (HTTP date), for `If-Modified-Since`.', {
          type: 'string',
        }),
        Location: header('Where to track the new aspiration.', { type: 'string' }),
        IdempotentReplayed: header('`true` when this is the stored answer to an earlier request.', {
          type: 'string',
          const: 'true',
        }),
        RetryAfter: header('Seconds to wait before trying again.', { type: 'integer', minimum: 0 }),
        RateLimitLimit: header('Requests allowed in the window.', { type: 'integer', minimum: 0 }),
        RateLimitRemaining: header('Requests left in the window.', { type: 'integer', minimum: 0 }),
        RateLimitReset: header('Seconds until the window resets.', { type: 'integer', minimum: 0 }),
        WwwAuthenticate: header('The authentication scheme to use: `Bearer`.', { type: 'string' }),
        VersionETag: header('The version of the record, quoted (`"3"`): send it back in `If-Match` to change it.', {
          type: 'string',
        }),
        ContentDisposition: header('A download, with its file name.', { type: 'string' }),
        NoStore: header('Answers with personal or unpublished data are never stored by caches.', {
          type: 'string',
          const: 'no-store',
        }),
      },
      responses,
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          description:
            'A session token from sign-in (`kims_…`), a personal API token (`kimp_…`), or the bootstrap ' +
            '`KIM_ADMIN_TOKEN` of the server (acts as an admin), as `Authorization: Bearer <secret>`.',
        },
      },
    },
  };
}
