import {
  KimApiError,
  KimAuthError,
  KimNetworkError,
  KimRateLimitError,
  KimResponseError,
  KimTimeoutError,
  KimValidationError,
} from '@kim-kit/sdk';
import { expect } from '@open-wc/testing';
import { classifySubmissionFailure, fieldErrorsOf } from './submission-failure.js';

const api = (status: number, code = 'x') => ({ status, code, title: 'T' });

describe('classifySubmissionFailure', () => {
  it('queues what may pass: offline, timeout, 5xx, 408 and 429', () => {
    expect(classifySubmissionFailure(new KimNetworkError('offline'))).to.equal('queue');
    expect(classifySubmissionFailure(new KimTimeoutError('slow', 30000))).to.equal('queue');
    expect(classifySubmissionFailure(new KimApiError(api(503)))).to.equal('queue');
    expect(classifySubmissionFailure(new KimApiError(api(408)))).to.equal('queue');
    expect(classifySubmissionFailure(new KimRateLimitError({ ...api(429), retryAfter: 5 }))).to.equal('queue');
    expect(classifySubmissionFailure(new TypeError('Failed to fetch'))).to.equal('queue');
  });

  it('sends 400 and 422 back to the fields', () => {
    expect(classifySubmissionFailure(new KimValidationError(api(422, 'validation_failed')))).to.equal('fields');
  });

  it('refuses what a retry cannot fix', () => {
    expect(classifySubmissionFailure(new KimApiError(api(409, 'idempotency_conflict')))).to.equal('refused');
    expect(classifySubmissionFailure(new KimAuthError(api(403)))).to.equal('refused');
    expect(classifySubmissionFailure(new KimResponseError('bad body', { issues: [], status: 201 }))).to.equal(
      'refused',
    );
    expect(classifySubmissionFailure(new Error('bug'))).to.equal('refused');
  });

  it('recognises look-alike errors by name', () => {
    const fake = Object.assign(new Error('x'), { name: 'KimNetworkError' });
    expect(classifySubmissionFailure(fake)).to.equal('queue');
    const fake5xx = Object.assign(new Error('x'), { name: 'KimApiError', status: 502 });
    expect(classifySubmissionFailure(fake5xx)).to.equal('queue');
  });

  it('reads field errors defensively', () => {
    const errors = [{ path: 'title', message: 'm' }];
    expect(fieldErrorsOf(new KimValidationError({ ...api(422), fieldErrors: errors }))).to.deep.equal(errors);
    expect(fieldErrorsOf(new Error('x'))).to.deep.equal([]);
    expect(fieldErrorsOf(undefined)).to.deep.equal([]);
  });
});
