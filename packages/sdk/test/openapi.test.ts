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
        'GET /v1/regions/{code}',
        'GET /v1/groups',
        'GET /v1/groups/{idOrSlug}',
        'GET /v1/news',
        'GET /v1/news/{idOrSlug}',
        'GET /v1/categories',
        'POST /v1/aspirations',
        'GET /v1/aspirations/{trackingCode}',
        'GET /v1/admin/aspirations',
        'GET /v1/admin/aspirations/{id}',
        'POST /v1/admin/aspirations/{id}/status',
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

  it('protects the admin endpoints with the bearer token, and only them', () => {
    expect(doc.components.securitySchemes.adminToken).to.deep.include({ type: 'http', scheme: 'bearer' });
    for (const [path, item] of Object.entries(doc.paths as Json)) {
      for (const operation of Object.values(item as Json)) {
        const expected = path.startsWith('/v1/admin/') ? [{ adminToken: [] }] : [];
        expect(operation.security, path).to.deep.equal(expected);
      }
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
          expect(content['application/problem+json'].schema).to.deep.equal({ $ref: '#/components/schemas/Problem' });
        }
      }
    }
  });

  it('sends Retry-After with a 429', () => {
    expect(doc.components.responses.RateLimited.headers).to.have.property('Retry-After');
  });
});
