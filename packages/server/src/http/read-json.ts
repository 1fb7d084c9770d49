// Reads a JSON request body: right media type, within the size limit, well-formed.
import type { Context } from 'hono';
import type { AppEnv } from './app-env.js';
import { HttpProblem } from './problem.js';
import { readBody } from './read-body.js';

/** Accepts application/json and any `+json` type, with parameters such as charset. */
const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/** Reads and parses the request body, refusing anything over `limit` bytes. */
export async function readJson(c: Context<AppEnv>, limit: number): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!JSON_TYPE.test(type)) {
    throw new HttpProblem(415, 'unsupported_media_type', {
      detail: `Send the body as application/json${type ? `, not ${type.split(';')[0]}` : ''}`,
    });
  }
  const bytes = await readBody(c, limit);
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
