// A fake `fetch` for tests: answers from a handler and records every request it saw.

/** A request as the fake saw it, body already read. */
export interface RecordedRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: string;
  signal: AbortSignal;
  /** When the request arrived (`performance.now()`). */
  at: number;
}

/** What a handler may answer: a response, or an error to throw like a failing network. */
export type FakeAnswer = Response | Error | Promise<Response | Error>;
export type FakeHandler = (request: RecordedRequest, index: number) => FakeAnswer;

export interface FakeFetch {
  (input: Request, init?: RequestInit): Promise<Response>;
  /** Every request received, in order. */
  readonly calls: RecordedRequest[];
}

/** A fetch that answers with `handler`; an Error answer is thrown. */
export function createFakeFetch(handler: FakeHandler): FakeFetch {
  const calls: RecordedRequest[] = [];
  const fake = async (input: Request) => {
    const recorded: RecordedRequest = {
      method: input.method,
      url: new URL(input.url),
      headers: new Headers(input.headers),
      body: await input.clone().text(),
      signal: input.signal,
      at: performance.now(),
    };
    calls.push(recorded);
    input.signal.throwIfAborted();
    const answer = await handler(recorded, calls.length - 1);
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return Object.assign(fake, { calls });
}

/** Answers the n-th request with the n-th answer; the last answer repeats. */
export function sequence(...answers: Array<FakeAnswer | FakeHandler>): FakeHandler {
  return (request, index) => {
    const answer = answers[Math.min(index, answers.length - 1)];
    if (answer === undefined) throw new Error('sequence() needs at least one answer');
    return typeof answer === 'function' ? answer(request, index) : answer;
  };
}

/** A JSON response. */
export function json(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  if (!headers.has('content-type')) headers.set('content-type', 'application/json');
  if (!headers.has('x-request-id')) headers.set('x-request-id', 'req-test-1');
  return new Response(JSON.stringify(body), { status: 200, ...init, headers });
}

/** An RFC 9457 problem response. */
export function problem(status: number, fields: Record<string, unknown> = {}, headers: HeadersInit = {}): Response {
  const body = { type: 'about:blank', title: `Problem ${status}`, status, code: 'internal_error', ...fields };
  return json(body, {
    status,
    headers: { 'content-type': 'application/problem+json', 'x-request-id': 'req-problem-1', ...headers },
  });
}

/** A raw response, for garbage bodies (HTML error pages, truncated JSON). */
export function raw(body: string, status: number, contentType: string, headers: HeadersInit = {}): Response {
  return new Response(body, { status, headers: { 'content-type': contentType, ...headers } });
}

/** The error a browser or Node throws when the network fails. */
export function networkFailure(): TypeError {
  return new TypeError('Failed to fetch');
}

/** A response that never comes: settles only when the request is aborted, rejecting like fetch does. */
export function never(request: RecordedRequest): Promise<Response> {
  return new Promise((_resolve, reject) => {
    request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true });
  });
}
