// Reads a JSON request body: right media type, within the size limit, well-formed.
import { HttpProblem } from './problem.js';

/** Accepts application/json and any `+json` type, with parameters such as charset. */
const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/** Reads and parses the body of `request`, refusing anything over `limit` bytes. */
export async function readJson(request: Request, limit: number): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  if (!JSON_TYPE.test(type)) {
    throw new HttpProblem(415, 'unsupported_media_type', {
      detail: `Send the body as application/json${type ? `, not ${type.split(';')[0]}` : ''}`,
    });
  }
  const tooLarge = () =>
    new HttpProblem(413, 'payload_too_large', { detail: `The body must not exceed ${limit} bytes` });
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > limit) throw tooLarge();

  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => {});
        throw tooLarge();
      }
      chunks.push(value);
    }
  }
  if (size === 0) throw new HttpProblem(400, 'invalid_json', { detail: 'The request body is empty' });

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
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
