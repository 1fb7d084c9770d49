// Story annotations that point a story's widgets at a mocked API with its own behaviour.
import type { RequestHandler } from 'msw';
import { type KimApiOptions, mockApi } from './kim-api.js';

/** Spread into a story: its `apiBase` arg and the `beforeEach` that installs the API's handlers. */
export function withMockApi(options: KimApiOptions & { name: string }) {
  const api = mockApi(options);
  return {
    args: { apiBase: api.base },
    beforeEach({ msw }: { msw: { use(...handlers: RequestHandler[]): void } }) {
      msw.use(...api.handlers);
    },
  };
}
