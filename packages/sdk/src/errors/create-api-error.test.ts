import { expect } from 'chai';
import { createApiError } from './create-api-error.js';
import { KimApiError } from './kim-api-error.js';
import { KimAuthError } from './kim-auth-error.js';
import { KimConflictError } from './kim-conflict-error.js';
import { KimForbiddenError } from './kim-forbidden-error.js';
import { KimNotFoundError } from './kim-not-found-error.js';
import { KimPreconditionFailedError } from './kim-precondition-failed-error.js';
import { KimRateLimitError } from './kim-rate-limit-error.js';
import { KimValidationError } from './kim-validation-error.js';

const problemBody = (status: number, extra: Record<string, unknown> = {}) => ({
  type: 'https://kim.example.go.id/problems/x',
  title: 'Something',
  status,
  code: 'bad_request',
  ...extra,
});
const respond = (status: number, headers: Record<string, string> = {}) =>
  new Response(null, { status, headers: { 'content-type': 'application/problem+json', ...headers } });

describe('createApiError', () => {
  const cases: Array<[number, new (...args: never[]) => KimApiError]> = [
    [400, KimValidationError],
    [422, KimValidationError],
    [401, KimAuthError],
    [403, KimForbiddenError],
    [404, KimNotFoundError],
    [429, KimRateLimitError],
    [409, KimConflictError],
    [412, KimPreconditionFailedError],
    [428, KimApiError],
    [500, KimApiError],
    [503, KimApiError],
  ];
  for (const [status, type] of cases) {
    it(`maps ${status} to ${type.name}`, () => {
      const error = createApiError(respond(status), problemBody(status));
      expect(error).to.be.instanceOf(type);
      expect(error.name).to.equal(type.name);
      expect(error.status).to.equal(status);
    });
  }

  it('copies every field of the problem body', () => {
    const body = problemBody(422, {
      title: 'Isian tidak valid',
      detail: 'Periksa kembali isian Anda',
      code: 'validation_failed',
      requestId: 'req-42',
      instance: '/v1/aspirations',
      errors: [{ path: 'reporter.email', message: 'Invalid email' }],
    });
    const error = createApiError(respond(422), body, 'POST /v1/aspirations');
    expect(error.code).to.equal('validation_failed');
    expect(error.title).to.equal('Isian tidak valid');
    expect(error.detail).to.equal('Periksa kembali isian Anda');
    expect(error.requestId).to.equal('req-42');
    expect(error.fieldErrors).to.deep.equal([{ path: 'reporter.email', message: 'Invalid email' }]);
    expect(error.problem).to.deep.equal(body);
    expect(error.message).to.equal('Isian tidak valid: Periksa kembali isian Anda (422, POST /v1/aspirations)');
  });

  it('keeps extension members of the problem', () => {
    const error = createApiError(respond(409), problemBody(409, { currentStatus: 'resolved' }));
    expect(error.problem).to.have.property('currentStatus', 'resolved');
  });

  it('a 403 is a KimAuthError too, and a 412 a KimConflictError too', () => {
    expect(createApiError(respond(403), problemBody(403))).to.be.instanceOf(KimAuthError);
    const stale = createApiError(respond(412), problemBody(412, { code: 'precondition_failed' }));
    expect(stale).to.be.instanceOf(KimConflictError);
    expect(stale.code).to.equal('precondition_failed');
    expect(createApiError(respond(412), undefined).title).to.equal('Precondition Failed');
  });

  it('takes the request id from X-Request-Id when the body has none', () => {
    const error = createApiError(respond(404, { 'x-request-id': 'hdr-1' }), problemBody(404));
    expect(error.requestId).to.equal('hdr-1');
  });

  it('reads Retry-After seconds into retryAfter on a 429', () => {
    const error = createApiError(respond(429, { 'retry-after': '30' }), problemBody(429)) as KimRateLimitError;
    expect(error.retryAfter).to.equal(30);
  });

  it('reads Retry-After on any status, e.g. a 503', () => {
    expect(createApiError(respond(503, { 'retry-after': '120' }), problemBody(503)).retryAfter).to.equal(120);
  });

  it('leaves retryAfter undefined without Retry-After', () => {
    const error = createApiError(respond(429), problemBody(429)) as KimRateLimitError;
    expect(error.retryAfter).to.equal(undefined);
  });

  it('titles an HTML error page after the status', () => {
    const html = '<html><body><h1>502 Bad Gateway</h1></body></html>';
    const response = new Response(null, { status: 502, headers: { 'content-type': 'text/html; charset=utf-8' } });
    const error = createApiError(response, html);
    expect(error).to.be.instanceOf(KimApiError);
    expect(error.title).to.equal('Bad Gateway');
    expect(error.code).to.equal('bad_gateway');
    expect(error.detail).to.contain('text/html');
    expect(error.problem).to.equal(undefined);
    expect(error.fieldErrors).to.deep.equal([]);
  });

  it('handles an unreadable body (truncated JSON arrives as undefined)', () => {
    const error = createApiError(respond(500), undefined);
    expect(error.title).to.equal('Internal Server Error');
    expect(error.code).to.equal('internal_error');
    expect(error.detail).to.contain('empty or unreadable');
  });

  it('handles JSON that is not a problem document', () => {
    const error = createApiError(respond(404), { error: 'nope' });
    expect(error).to.be.instanceOf(KimNotFoundError);
    expect(error.title).to.equal('Not Found');
    expect(error.code).to.equal('not_found');
    expect(error.problem).to.equal(undefined);
  });

  it('falls back to the status text, then to the number, for unusual statuses', () => {
    const teapot = new Response(null, { status: 418, statusText: "I'm a teapot" });
    expect(createApiError(teapot, undefined).title).to.equal("I'm a teapot");
    const bare = createApiError(new Response(null, { status: 599 }), undefined);
    expect(bare.title).to.equal('HTTP 599');
    expect(bare.code).to.equal('server_error');
  });
});
