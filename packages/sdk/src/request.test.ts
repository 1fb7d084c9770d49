import { expect } from 'chai';
import {
  isKimApiError,
  isKimAuthError,
  isKimNetworkError,
  isKimNotFoundError,
  isKimRateLimitError,
  isKimResponseError,
  isKimValidationError,
} from './errors/guards.js';
import type { KimApiError } from './errors/kim-api-error.js';
import type { KimRateLimitError } from './errors/kim-rate-limit-error.js';
import type { KimResponseError } from './errors/kim-response-error.js';
import { json, networkFailure, problem, raw } from './test-utils/fake-fetch.js';
import { aspirationInput, newsSummary, page, region } from './test-utils/fixtures.js';
import { rejection } from './test-utils/rejection.js';
import { setup } from './test-utils/setup.js';

const noRetry = { retry: false as const };

describe('responses and errors', () => {
  describe('HTTP errors', () => {
    it('404 problem -> KimNotFoundError with every problem field', async () => {
      const { client } = setup(
        () =>
          problem(404, {
            title: 'Berita tidak ditemukan',
            detail: 'No article with slug x',
            code: 'not_found',
            requestId: 'req-404',
            instance: '/v1/news/x',
          }),
        noRetry,
      );
      const error = (await rejection(client.news.get('x'))) as KimApiError;
      expect(isKimNotFoundError(error)).to.equal(true);
      expect(error.status).to.equal(404);
      expect(error.code).to.equal('not_found');
      expect(error.title).to.equal('Berita tidak ditemukan');
      expect(error.detail).to.equal('No article with slug x');
      expect(error.requestId).to.equal('req-404');
      expect(error.problem?.instance).to.equal('/v1/news/x');
      expect(error.message).to.contain('GET /v1/news/x');
    });

    it('422 problem -> KimValidationError with fieldErrors', async () => {
      const errors = [
        { path: 'reporter.email', message: 'Invalid email' },
        { path: 'title', message: 'Too short' },
      ];
      const { client } = setup(() => problem(422, { code: 'validation_failed', errors }));
      const error = (await rejection(client.aspirations.submit(aspirationInput))) as KimApiError;
      expect(isKimValidationError(error)).to.equal(true);
      expect(error.fieldErrors).to.deep.equal(errors);
    });

    it('400 -> KimValidationError', async () => {
      const { client } = setup(() => problem(400, { code: 'bad_request' }));
      expect(isKimValidationError(await rejection(client.groups.list({ limit: 1000 })))).to.equal(true);
    });

    it('401 and 403 -> KimAuthError', async () => {
      for (const status of [401, 403]) {
        const { client } = setup(() => problem(status, { code: status === 401 ? 'unauthorized' : 'forbidden' }));
        const error = (await rejection(client.admin.aspirations.list())) as KimApiError;
        expect(isKimAuthError(error), String(status)).to.equal(true);
        expect(error.status).to.equal(status);
      }
    });

    it('429 -> KimRateLimitError with retryAfter, once retries are used up', async () => {
      const { client, fake } = setup(() => problem(429, { code: 'rate_limited' }, { 'retry-after': '0' }));
      const error = (await rejection(client.news.list())) as KimRateLimitError;
      expect(isKimRateLimitError(error)).to.equal(true);
      expect(error.retryAfter).to.equal(0);
      expect(fake.calls).to.have.length(3);
    });

    it('500 problem -> KimApiError', async () => {
      const { client } = setup(() => problem(500, { code: 'internal_error', title: 'Internal error' }), noRetry);
      const error = (await rejection(client.categories.list())) as KimApiError;
      expect(isKimApiError(error)).to.equal(true);
      expect(error.name).to.equal('KimApiError');
      expect(error.code).to.equal('internal_error');
    });

    it('an HTML 502 page -> KimApiError titled Bad Gateway, request id from the header', async () => {
      const html = '<!doctype html><html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>';
      const { client } = setup(() => raw(html, 502, 'text/html', { 'x-request-id': 'edge-7' }), noRetry);
      const error = (await rejection(client.news.list())) as KimApiError;
      expect(isKimApiError(error)).to.equal(true);
      expect(error.status).to.equal(502);
      expect(error.title).to.equal('Bad Gateway');
      expect(error.requestId).to.equal('edge-7');
      expect(error.problem).to.equal(undefined);
    });

    it('a truncated problem body -> KimApiError, not a SyntaxError', async () => {
      const { client } = setup(
        () => raw('{"type":"about:blank","title":"Not fou', 404, 'application/problem+json'),
        noRetry,
      );
      const error = (await rejection(client.news.get('x'))) as KimApiError;
      expect(isKimNotFoundError(error)).to.equal(true);
      expect(error.title).to.equal('Not Found');
      expect(error.code).to.equal('not_found');
    });

    it('an empty error body -> KimApiError', async () => {
      const { client } = setup(() => new Response(null, { status: 503 }), noRetry);
      const error = (await rejection(client.regions.get('19'))) as KimApiError;
      expect(error.status).to.equal(503);
      expect(error.title).to.equal('Service Unavailable');
    });
  });

  describe('success bodies', () => {
    it('HTML with status 200 -> KimResponseError saying it is not JSON', async () => {
      const { client } = setup(() =>
        raw('<html><body>Welcome</body></html>', 200, 'text/html', { 'x-request-id': 'r1' }),
      );
      const error = (await rejection(client.news.list())) as KimResponseError;
      expect(isKimResponseError(error)).to.equal(true);
      expect(error.message).to.contain('not JSON (text/html)');
      expect(error.path).to.equal('');
      expect(error.status).to.equal(200);
      expect(error.requestId).to.equal('r1');
      expect(error.cause).to.be.instanceOf(SyntaxError);
    });

    it('truncated JSON with status 200 -> KimResponseError', async () => {
      const { client } = setup(() => raw('{"data":[{"id":"n1","ti', 200, 'application/json'));
      const error = await rejection(client.news.list());
      expect(isKimResponseError(error)).to.equal(true);
    });

    it('an empty 200 body -> KimResponseError', async () => {
      const { client } = setup(() => raw('', 200, 'application/json'));
      const error = (await rejection(client.regions.get('19'))) as KimResponseError;
      expect(isKimResponseError(error)).to.equal(true);
      expect(error.message).to.contain('empty body');
    });

    it('a body that breaks the schema -> KimResponseError naming the path', async () => {
      const broken = page([newsSummary, newsSummary, { ...newsSummary, publishedAt: 12345 }]);
      const { client } = setup(() => json(broken));
      const error = (await rejection(client.news.list())) as KimResponseError;
      expect(isKimResponseError(error)).to.equal(true);
      expect(error.path).to.equal('data.2.publishedAt');
      expect(error.issues[0]).to.deep.equal({ path: 'data.2.publishedAt', message: 'expected string' });
      expect(error.message).to.contain('data.2.publishedAt');
    });

    it('names the path of a wrong enum value and of a missing field', async () => {
      const { client } = setup(() => json({ ...region, level: 'planet' }));
      const wrongEnum = (await rejection(client.regions.get('19.71'))) as KimResponseError;
      expect(wrongEnum.path).to.equal('level');
      expect(wrongEnum.issues[0]?.message).to.contain('"province"');

      const { name: _, ...nameless } = region;
      const { client: second } = setup(() => json(nameless));
      expect(((await rejection(second.regions.get('19.71'))) as KimResponseError).path).to.equal('name');
    });

    it('a schema error is not retried', async () => {
      const { client, fake } = setup(() => json({ nope: true }));
      await rejection(client.regions.get('19'));
      expect(fake.calls).to.have.length(1);
    });

    it('validate: false returns the body as sent', async () => {
      const odd = { ...region, level: 'planet', extra: 1 };
      const { client } = setup(() => json(odd), { validate: false });
      expect(await client.regions.get('19.71')).to.deep.equal(odd);
    });

    it('validate: false still refuses a body that is not JSON', async () => {
      const { client } = setup(() => raw('<html>', 200, 'text/html'), { validate: false });
      expect(isKimResponseError(await rejection(client.regions.get('19.71')))).to.equal(true);
    });

    it('applies schema defaults and drops unknown fields', async () => {
      const { client } = setup(() => json({ ...region, surprise: true }));
      expect(await client.regions.get('19.71')).to.deep.equal(region);
    });
  });

  describe('network errors', () => {
    it('a failing fetch -> KimNetworkError with the cause', async () => {
      const failure = networkFailure();
      const { client } = setup(() => failure, noRetry);
      const error = (await rejection(client.regions.get('19'))) as Error;
      expect(isKimNetworkError(error)).to.equal(true);
      expect(error.cause).to.equal(failure);
      expect(error.message).to.contain('https://kim.example.test/api/v1/regions/19');
    });

    it('names the cause Node hides behind "fetch failed"', async () => {
      const failure = new TypeError('fetch failed', {
        cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }),
      });
      const { client } = setup(() => failure, noRetry);
      expect(((await rejection(client.regions.get('19'))) as Error).message).to.contain('fetch failed (ECONNREFUSED)');
    });

    it('any error thrown by fetch (not only the known messages) -> KimNetworkError', async () => {
      const { client } = setup(() => new Error('socket hang up'), noRetry);
      expect(isKimNetworkError(await rejection(client.regions.get('19')))).to.equal(true);
    });
  });
});
