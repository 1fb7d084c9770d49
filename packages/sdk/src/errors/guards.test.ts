import { expect } from 'chai';
import {
  isKimApiError,
  isKimAuthError,
  isKimError,
  isKimNetworkError,
  isKimNotFoundError,
  isKimRateLimitError,
  isKimResponseError,
  isKimTimeoutError,
  isKimValidationError,
} from './guards.js';
import { KimApiError } from './kim-api-error.js';
import { KimAuthError } from './kim-auth-error.js';
import { KimError } from './kim-error.js';
import { KimNetworkError } from './kim-network-error.js';
import { KimNotFoundError } from './kim-not-found-error.js';
import { KimRateLimitError } from './kim-rate-limit-error.js';
import { KimResponseError } from './kim-response-error.js';
import { KimTimeoutError } from './kim-timeout-error.js';
import { KimValidationError } from './kim-validation-error.js';

const init = { status: 400, code: 'x', title: 'X' };
const samples = {
  KimError: new KimError('base'),
  KimApiError: new KimApiError(init),
  KimNotFoundError: new KimNotFoundError({ ...init, status: 404 }),
  KimValidationError: new KimValidationError(init),
  KimRateLimitError: new KimRateLimitError({ ...init, status: 429, retryAfter: 5 }),
  KimAuthError: new KimAuthError({ ...init, status: 401 }),
  KimNetworkError: new KimNetworkError('offline'),
  KimTimeoutError: new KimTimeoutError('slow', 100),
  KimResponseError: new KimResponseError('bad body', { issues: [], status: 200 }),
};
type Name = keyof typeof samples;

const guards: Record<Name, (value: unknown) => boolean> = {
  KimError: isKimError,
  KimApiError: isKimApiError,
  KimNotFoundError: isKimNotFoundError,
  KimValidationError: isKimValidationError,
  KimRateLimitError: isKimRateLimitError,
  KimAuthError: isKimAuthError,
  KimNetworkError: isKimNetworkError,
  KimTimeoutError: isKimTimeoutError,
  KimResponseError: isKimResponseError,
};

// Which guards accept an error of each class.
const expected: Record<Name, Name[]> = {
  KimError: ['KimError'],
  KimApiError: ['KimError', 'KimApiError'],
  KimNotFoundError: ['KimError', 'KimApiError', 'KimNotFoundError'],
  KimValidationError: ['KimError', 'KimApiError', 'KimValidationError'],
  KimRateLimitError: ['KimError', 'KimApiError', 'KimRateLimitError'],
  KimAuthError: ['KimError', 'KimApiError', 'KimAuthError'],
  KimNetworkError: ['KimError', 'KimNetworkError'],
  KimTimeoutError: ['KimError', 'KimTimeoutError'],
  KimResponseError: ['KimError', 'KimResponseError'],
};

/** What an error from another realm or another copy of the SDK looks like: same brand and name, other class. */
function foreign(name: Name): Error {
  const error = new Error('from another copy');
  error.name = name;
  Object.defineProperty(error, Symbol.for('@kim-kit/sdk/KimError'), { value: true });
  return error;
}

describe('error classes and type guards', () => {
  for (const [name, error] of Object.entries(samples) as Array<[Name, Error]>) {
    it(`${name} is named after its class and is an Error`, () => {
      expect(error.name).to.equal(name);
      expect(error).to.be.instanceOf(Error);
      expect(error).to.be.instanceOf(KimError);
    });

    it(`the guards recognise ${name}, here and from another realm`, () => {
      for (const [guardName, guard] of Object.entries(guards) as Array<[Name, (v: unknown) => boolean]>) {
        const want = expected[name].includes(guardName);
        expect(guard(error), `${guardName}(${name})`).to.equal(want);
        expect(guard(foreign(name)), `${guardName}(foreign ${name})`).to.equal(want);
      }
    });
  }

  it('no guard accepts other errors or values', () => {
    const abort = new DOMException('The operation was aborted.', 'AbortError');
    const lookalike = Object.assign(new Error('x'), { name: 'KimNotFoundError', status: 404 });
    for (const value of [new TypeError('x'), abort, lookalike, null, undefined, 'KimError', { name: 'KimError' }]) {
      for (const [guardName, guard] of Object.entries(guards)) {
        expect(guard(value), `${guardName}(${String(value)})`).to.equal(false);
      }
    }
  });

  it('keeps a cause', () => {
    const cause = new TypeError('Failed to fetch');
    expect(new KimNetworkError('offline', { cause }).cause).to.equal(cause);
  });

  it('KimRateLimitError carries retryAfter and KimTimeoutError its budget', () => {
    expect(samples.KimRateLimitError.retryAfter).to.equal(5);
    expect(samples.KimTimeoutError.timeoutMs).to.equal(100);
  });
});
