import { KimNetworkError, KimPreconditionFailedError, KimValidationError } from '@kim-kit/sdk';
import { expect } from '@open-wc/testing';
import { consoleCommon } from '../locales/common.js';
import { problemsOf } from './problems.js';

const t = consoleCommon.id;

describe('problemsOf', () => {
  it('maps a validation problem to its fields, keyed by path, and needs no general message then', () => {
    const error = new KimValidationError({
      status: 422,
      code: 'validation_failed',
      title: 'Unprocessable',
      requestId: 'req_1',
      fieldErrors: [
        { path: 'title', message: 'Judul wajib diisi.' },
        { path: 'reporter.email', message: 'Surel tidak sah.' },
        { path: 'title', message: 'second message for the same field' },
      ],
    });
    const problems = problemsOf(error, t);
    expect(problems.kind).to.equal('validation');
    expect(problems.fields).to.deep.equal({ title: 'Judul wajib diisi.', 'reporter.email': 'Surel tidak sah.' });
    expect(problems.message).to.equal('');
    expect(problems.requestId).to.equal('req_1');
  });

  it('tells a dropped connection, a conflict, a throttle and a refusal apart, in the person’s language', () => {
    expect(problemsOf(new KimNetworkError('offline'), t)).to.include({ kind: 'network', message: t.errorNetwork });
    const conflict = new KimPreconditionFailedError({ status: 412, code: 'precondition_failed', title: 'Changed' });
    expect(problemsOf(conflict, t).kind).to.equal('conflict');
    expect(problemsOf({ status: 429, retryAfter: 12.2 }, consoleCommon.en).message).to.contain('13 seconds');
    expect(problemsOf({ status: 403 }, t)).to.include({ kind: 'forbidden', message: t.errorForbidden });
    expect(problemsOf({ status: 401 }, t).kind).to.equal('expired');
    expect(problemsOf(new Error('boom'), t)).to.include({ kind: 'other', message: t.errorGeneric });
  });
});
