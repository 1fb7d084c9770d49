import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { OPENAPI_FILE, serializeOpenApi } from '../scripts/generate-openapi.js';

// biome-ignore lint/suspicious/noExplicitAny: walking a JSON document
type Json = Record<string, any>;

const committed = readFileSync(OPENAPI_FILE, 'utf8');
const doc: Json = JSON.parse(committed);

/** Follows a local `$ref` such as `#/components/schemas/Region`. */
function resolve(pointer: string): unknown {
  return pointer
    .slice(2)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<unknown>((node, key) => (node as Json | undefined)?.[key], doc);
}

function* refs(node: unknown): Generator<string> {
  if (Array.isArray(node)) for (const item of node) yield* refs(item);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') yield value;
      else yield* refs(value);
    }
  }
}

const deref = (node: Json): Json => (node.$ref ? (resolve(node.$ref) as Json) : node);

describe('openapi.json', () => {
  it('is what scripts/generate-openapi.ts writes from the current schemas (run `pnpm openapi` when this fails)', () => {
    expect(
      committed === serializeOpenApi(),
      'openapi.json is stale: run `pnpm --filter @kim-kit/sdk openapi`',
    ).to.equal(true);
  });

  it('is OpenAPI 3.1', () => {
    expect(doc.openapi).to.equal('3.1.0');
  });

  it('describes every endpoint of the API', () => {
    const operations = Object.entries(doc.paths as Json).flatMap(([path, item]) =>
      Object.keys(item as Json).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations.sort()).to.deep.equal(
      [
        'GET /v1/regions',
        'GET /v1/stats/aspirations',
        'GET /v1/open-data/aspirations.csv',
        'GET /v1/open-data/aspirations.json',
        'GET /v1/regions/{code}',
        'GET /v1/groups',
        'GET /v1/information-requests',
        'GET /v1/groups/{idOrSlug}',
        'GET /v1/news',
        'GET /v1/news/{idOrSlug}',
        'GET /v1/categories',
        'POST /v1/aspirations',
        'GET /v1/admin/webhooks',
        'POST /v1/admin/webhooks',
        'GET /v1/admin/webhooks/{id}',
        'PATCH /v1/admin/webhooks/{id}',
        'DELETE /v1/admin/webhooks/{id}',
        'POST /v1/admin/webhooks/{id}/rotate-secret',
        'GET /v1/admin/webhooks/{id}/deliveries',
        'POST /v1/admin/webhooks/{id}/deliveries/{deliveryId}/replay',
        'POST /v1/aspirations/{trackingCode}/objection',
        'GET /v1/aspirations/{trackingCode}',
        'POST /v1/aspirations/{trackingCode}/follow-ups',
        'POST /v1/aspirations/{trackingCode}/rating',
        'POST /v1/aspirations/{trackingCode}/reopen',
        'POST /v1/auth/sign-in',
        'POST /v1/auth/sign-out',
        'POST /v1/auth/sign-out-everywhere',
        'GET /v1/auth/me',
        'POST /v1/auth/password',
        'POST /v1/auth/invitations/preview',
        'POST /v1/auth/invitations/accept',
        'GET /v1/auth/tokens',
        'POST /v1/auth/tokens',
        'DELETE /v1/auth/tokens/{id}',
        'GET /v1/admin/users',
        'POST /v1/admin/users',
        'GET /v1/admin/users/{id}',
        'PATCH /v1/admin/users/{id}',
        'POST /v1/admin/users/{id}/invitation',
        'POST /v1/aspiration-uploads',
        'GET /v1/aspirations/{trackingCode}/attachments/{attachmentId}',
        'GET /v1/admin/aspirations/{id}/attachments/{attachmentId}',
        'POST /v1/admin/aspirations/{id}/attachments/{attachmentId}/visibility',
        'POST /v1/admin/aspirations/{id}/information-request/decision',
        'POST /v1/admin/aspirations/{id}/information-request/extension',
        'POST /v1/admin/aspirations/{id}/information-request/objection-answer',
        'GET /v1/admin/tokens',
        'DELETE /v1/admin/tokens/{id}',
        'GET /v1/admin/audit',
        'GET /v1/admin/groups',
        'POST /v1/admin/groups',
        'GET /v1/admin/groups/{id}',
        'PATCH /v1/admin/groups/{id}',
        'POST /v1/admin/groups/{id}/archive',
        'POST /v1/admin/groups/{id}/restore',
        'GET /v1/admin/categories',
        'POST /v1/admin/categories',
        'PUT /v1/admin/categories/order',
        'PATCH /v1/admin/categories/{id}',
        'POST /v1/admin/categories/{id}/retire',
        'POST /v1/admin/categories/{id}/restore',
        'GET /v1/admin/news',
        'POST /v1/admin/news',
        'GET /v1/admin/news/{id}',
        'PATCH /v1/admin/news/{id}',
        'DELETE /v1/admin/news/{id}',
        'POST /v1/admin/news/{id}/submit',
        'POST /v1/admin/news/{id}/publish',
        'POST /v1/admin/news/{id}/return',
        'POST /v1/admin/news/{id}/unpublish',
        'POST /v1/admin/media',
        'GET /v1/admin/aspirations',
        'GET /v1/admin/aspirations/{id}',
        'POST /v1/admin/aspirations/{id}/status',
        'POST /v1/admin/aspirations/status',
        'GET /v1/admin/aspirations/export.csv',
        'POST /v1/admin/aspirations/{id}/agency-responses',
        'POST /v1/admin/aspirations/{id}/questions',
        'GET /v1/admin/agencies',
        'POST /v1/admin/agencies',
        'GET /v1/admin/agencies/{id}',
        'PATCH /v1/admin/agencies/{id}',
        'POST /v1/admin/agencies/{id}/archive',
        'POST /v1/admin/agencies/{id}/restore',
        'POST /v1/admin/aspiration-intakes',
        'GET /v1/feeds/news.rss',
        'GET /v1/feeds/news.atom',
        'GET /v1/feeds/news.json',
        'GET /sitemap.xml',
        'GET /openapi.json',
        'GET /healthz',
      ].sort(),
    );
  });

  it('describes the feeds with their media types, filters and both validators', () => {
    const media = (path: string) => Object.keys(doc.paths[path].get.responses['200'].content);
    expect(media('/v1/feeds/news.rss')).to.deep.equal(['application/rss+xml']);
    expect(media('/v1/feeds/news.atom')).to.deep.equal(['application/atom+xml']);
    expect(media('/v1/feeds/news.json')).to.deep.equal(['application/feed+json']);
    expect(media('/sitemap.xml')).to.deep.equal(['application/xml']);
    expect(doc.paths['/v1/feeds/news.json'].get.responses['200'].content['application/feed+json'].schema).to.deep.equal(
      {
        $ref: '#/components/schemas/JsonFeed',
      },
    );
    const feed = doc.paths['/v1/feeds/news.rss'].get;
    expect(feed.parameters.map((p: Json) => deref(p).name)).to.deep.equal([
      'region',
      'group',
      'category',
      'If-None-Match',
      'If-Modified-Since',
    ]);
    expect(feed.responses['200'].headers).to.include.keys('ETag', 'Last-Modified');
    expect(feed.responses).to.include.keys('304', '400', '404');
  });

  it('limits the reporter email to 254 characters', () => {
    expect(doc.components.schemas.Reporter.properties.email).to.deep.include({ maxLength: 254 });
  });

  it('has a component for every schema with an id', () => {
    for (const name of ['Region', 'KimGroup', 'NewsSummary', 'NewsArticle', 'Category', 'AspirationInput', 'Problem']) {
      expect(doc.components.schemas, name).to.have.property(name);
    }
  });

  it('resolves every $ref', () => {
    const broken = [...refs(doc)].filter((pointer) => resolve(pointer) === undefined);
    expect(broken).to.deep.equal([]);
  });

  it('lists the query parameters of GET /v1/news', () => {
    const names = (doc.paths['/v1/news'].get.parameters as Json[]).map((param) => deref(param).name);
    expect(names).to.include.members(['region', 'group', 'category', 'q', 'limit', 'cursor', 'If-None-Match']);
    const limit = deref(doc.paths['/v1/news'].get.parameters.find((p: Json) => deref(p).name === 'limit'));
    expect(limit.schema).to.deep.include({ type: 'integer', minimum: 1, maximum: 100, default: 20 });
  });

  it('protects the admin and account endpoints with a bearer token, and only them', () => {
    expect(doc.components.securitySchemes.bearerAuth).to.deep.include({ type: 'http', scheme: 'bearer' });
    const open = ['/v1/auth/sign-in', '/v1/auth/invitations/preview', '/v1/auth/invitations/accept'];
    for (const [path, item] of Object.entries(doc.paths as Json)) {
      for (const operation of Object.values(item as Json)) {
        const bearer = (path.startsWith('/v1/admin/') || path.startsWith('/v1/auth/')) && !open.includes(path);
        expect(operation.security, path).to.deep.equal(bearer ? [{ bearerAuth: [] }] : []);
        if (bearer) expect(operation.responses, path).to.include.keys('401');
      }
    }
  });

  it('every change to a record needs If-Match, answers 428 without it and 412 with the current record', () => {
    const writes = Object.entries(doc.paths as Json).flatMap(([path, item]) =>
      Object.entries(item as Json)
        .filter(([method]) => method === 'patch' || (method === 'post' && /\/\{id\}\/[a-z-]+$/.test(path)))
        .filter(() => !path.endsWith('/invitation'))
        .map(([method, operation]) => ({ name: `${method} ${path}`, path, operation: operation as Json })),
    );
    // users 1, groups 3, categories 3, news 5, aspirations 3 (status, agency responses, questions), agencies 3,
    // webhooks 2
    expect(writes.length).to.equal(20);
    const views: Record<string, string> = {
      groups: 'GroupAdminView',
      categories: 'CategoryAdminView',
      news: 'NewsAdminView',
      users: 'User',
      aspirations: 'AspirationAdminView',
      webhooks: 'WebhookSubscription',
      agencies: 'Agency',
    };
    for (const { name, path, operation } of writes) {
      const ifMatch = operation.parameters.map(deref).find((p: Json) => p.name === 'If-Match');
      expect(ifMatch, name).to.deep.include({ in: 'header', required: true });
      expect(operation.responses, name).to.include.keys('412', '428');
      const view = views[path.split('/')[3]!];
      const schema = operation.responses['412'].content['application/problem+json'].schema;
      expect(schema.allOf[0], name).to.deep.equal({ $ref: '#/components/schemas/Problem' });
      expect(schema.allOf[1].properties.current, name).to.deep.equal({ $ref: `#/components/schemas/${view}` });
      expect((operation.responses['200'] ?? operation.responses['201']).headers, name).to.include.keys('ETag');
    }
    const remove = doc.paths['/v1/admin/news/{id}'].delete;
    expect(remove.parameters.map(deref).find((p: Json) => p.name === 'If-Match')).to.deep.include({ required: false });
    expect(remove.responses).to.include.keys('204', '412');
    expect(remove.responses).not.to.have.property('428');
  });

  it('answers the version as ETag when one record is read', () => {
    for (const path of ['groups', 'news', 'users', 'aspirations'].map((name) => `/v1/admin/${name}/{id}`)) {
      expect(doc.paths[path].get.responses['200'].headers, path).to.include.keys('ETag');
    }
  });

  it('takes an upload as a raw JPEG, PNG or WebP body or as a form with one file part', () => {
    const upload = doc.paths['/v1/admin/media'].post;
    expect(Object.keys(upload.requestBody.content)).to.deep.equal([
      'image/jpeg',
      'image/png',
      'image/webp',
      'multipart/form-data',
    ]);
    expect(upload.requestBody.content['multipart/form-data'].schema.required).to.deep.equal(['file']);
    expect(upload.responses).to.include.keys('201', '413', '415', '422');
  });

  it('exports aspirations as CSV with the inbox filters, without paging', () => {
    const csv = doc.paths['/v1/admin/aspirations/export.csv'].get;
    expect(Object.keys(csv.responses['200'].content)).to.deep.equal(['text/csv']);
    expect(csv.responses['200'].headers).to.include.keys('Content-Disposition');
    const names = csv.parameters.map((p: Json) => deref(p).name);
    expect(names).to.include.members(['status', 'kind', 'region', 'submittedFrom', 'submittedTo', 'q']);
    expect(names).not.to.include.members(['limit']);
    expect(names).not.to.include('cursor');
  });

  it('answers 204 without a body, and lists every problem code', () => {
    for (const path of ['/v1/auth/sign-out', '/v1/auth/sign-out-everywhere', '/v1/auth/password']) {
      const ok = doc.paths[path].post.responses['204'];
      expect(ok, path).to.have.property('description');
      expect(ok, path).not.to.have.property('content');
    }
    for (const code of ['precondition_failed', 'precondition_required', 'invalid_credentials', 'media_rejected']) {
      expect(doc.info.description).to.contain(`\`${code}\``);
    }
  });

  it('takes an Idempotency-Key on POST /v1/aspirations and answers 201, or 200 on replay', () => {
    const submit = doc.paths['/v1/aspirations'].post;
    expect(submit.parameters.map((param: Json) => deref(param).name)).to.include('Idempotency-Key');
    expect(submit.requestBody.content['application/json'].schema).to.deep.equal({
      $ref: '#/components/schemas/AspirationInput',
    });
    expect(submit.responses).to.include.keys('200', '201', '422', '429');
  });

  it('describes every error as application/problem+json', () => {
    for (const [path, item] of Object.entries(doc.paths as Json)) {
      for (const operation of Object.values(item as Json)) {
        for (const [status, response] of Object.entries(operation.responses as Json)) {
          if (Number(status) < 400) continue;
          const content = deref(response as Json).content;
          expect(Object.keys(content), `${path} ${status}`).to.deep.equal(['application/problem+json']);
          const { schema } = content['application/problem+json'];
          expect(status === '412' ? schema.allOf[0] : schema).to.deep.equal({ $ref: '#/components/schemas/Problem' });
        }
      }
    }
  });

  it('sends Retry-After with a 429', () => {
    expect(doc.components.responses.RateLimited.headers).to.have.property('Retry-After');
  });
});
