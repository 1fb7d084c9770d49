// Reads a JSON request body: right media type, within the size limit, well-formed.
import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';
import type { AppEnv } from './app-env.js';
import { HttpProblem } from './problem.js';

/** Accepts application/json and any `+json` type, with parameters such as charset. */
const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/** The body's chunks, or `null` once it passes `limit` bytes (the rest is left unread). */
type Chunks = AsyncIterable<Uint8Array>;

async function collect(source: Chunks, limit: number): Promise<Buffer | null> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of source) {
    size += chunk.byteLength;
    if (size > limit) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

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

/**
 * Reads and parses the request body, refusing anything over `limit` bytes. Under Node it reads the socket's
 * IncomingMessage directly: building a Fetch Request and its web stream costs more than the rest of a submission.
 */
export async function readJson(c: Context<AppEnv>, limit: number): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!JSON_TYPE.test(type)) {
    throw new HttpProblem(415, 'unsupported_media_type', {
      detail: `Send the body as application/json${type ? `, not ${type.split(';')[0]}` : ''}`,
    });
  }
  const tooLarge = () =>
    new HttpProblem(413, 'payload_too_large', { detail: `The body must not exceed ${limit} bytes` });
  const declared = Number(c.req.header('content-length') ?? Number.NaN);
  if (declared > limit) throw tooLarge();

  const incoming: IncomingMessage | undefined = c.env?.incoming as IncomingMessage | undefined;
  let bytes: Buffer | null;
  // Leaving the loop early must not destroy the socket: the 413 still has to be written to it.
  if (incoming && typeof incoming.iterator === 'function') {
    bytes = await collect(incoming.iterator({ destroyOnReturn: false }), limit);
  } else if (c.req.raw.body) bytes = await collect(streamChunks(c.req.raw.body), limit);
  else bytes = Buffer.alloc(0);
  if (bytes === null) throw tooLarge();
  if (bytes.byteLength === 0) throw new HttpProblem(400, 'invalid_json', { detail: 'The request body is empty' });

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new HttpProblem(400, 'invalid_json', { detail: 'The body is not valid UTF-8' });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new HttpProblem(400, 'invalid_json', {
      detail: `The body is not valid JSON: ${(error as Error).message}`,
    });
  }
}
