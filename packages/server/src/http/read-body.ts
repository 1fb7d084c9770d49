// Reads a request body as bytes, within a size limit, telling a client that hung up from a server fault.
import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';
import type { AppEnv } from './app-env.js';
import { HttpProblem } from './problem.js';

/**
 * The client closed the connection before its whole body arrived (a phone losing signal, a tab closed mid-upload).
 * Nothing is wrong with the server: it is logged in one line, and the answer goes nowhere.
 */
export class ClientAbortedError extends Error {
  override name = 'ClientAbortedError';
  readonly received: number;

  constructor(received: number, declared: number | undefined) {
    super(
      `the client closed the connection after ${received}` +
        `${declared !== undefined && Number.isFinite(declared) ? ` of ${declared}` : ''} bytes of its body`,
    );
    this.received = received;
  }
}

type Chunks = AsyncIterable<Uint8Array>;

/** Chunks of a web ReadableStream (under `app.request()` in tests, or any other runtime). */
async function* streamChunks(body: ReadableStream<Uint8Array>): Chunks {
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
}

const ABORT_CODES = new Set(['ECONNRESET', 'ERR_STREAM_PREMATURE_CLOSE', 'ECONNABORTED', 'EPIPE']);

function isAbort(error: unknown, incoming: IncomingMessage | undefined): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return (
    (code !== undefined && ABORT_CODES.has(code)) ||
    (error as Error | null)?.message === 'aborted' ||
    incoming?.destroyed === true
  );
}

/**
 * The body's bytes, refusing anything over `limit` bytes (413) before reading it all. Under Node it reads the
 * socket's IncomingMessage directly: building a Fetch Request and its web stream costs more than the rest of a
 * small submission.
 */
export async function readBody(c: Context<AppEnv>, limit: number): Promise<Buffer> {
  const tooLarge = () =>
    new HttpProblem(413, 'payload_too_large', { detail: `The body must not exceed ${limit} bytes` });
  const declared = Number(c.req.header('content-length') ?? Number.NaN);
  if (declared > limit) throw tooLarge();

  const incoming: IncomingMessage | undefined = c.env?.incoming as IncomingMessage | undefined;
  let source: Chunks;
  // Leaving the loop early must not destroy the socket: the 413 still has to be written to it.
  if (incoming && typeof incoming.iterator === 'function') source = incoming.iterator({ destroyOnReturn: false });
  else if (c.req.raw.body) source = streamChunks(c.req.raw.body);
  else return Buffer.alloc(0);

  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of source) {
      size += chunk.byteLength;
      if (size > limit) throw tooLarge();
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof HttpProblem) throw error;
    if (isAbort(error, incoming)) throw new ClientAbortedError(size, Number.isNaN(declared) ? undefined : declared);
    throw error;
  }
  return Buffer.concat(chunks, size);
}
