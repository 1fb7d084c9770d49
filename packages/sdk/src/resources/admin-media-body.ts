// What an upload sends: the file's media type (given, the Blob's, or read from its first bytes), checked against
// what the server accepts before a byte leaves the device, and a body that counts its bytes as fetch reads it.
import { KimApiError } from '../errors/kim-api-error.js';
import type { UploadProgress } from '../options.js';
import { MEDIA_LIMITS, MEDIA_TYPES } from '../schemas/media.js';

/**
 * An image to upload: a `File` or `Blob` (browsers, and Node's `fs.openAsBlob`), bytes (`Uint8Array`, Node's
 * `Buffer`, `ArrayBuffer`), or a stream (a web `ReadableStream`, or anything async-iterable over bytes such as
 * Node's `fs.createReadStream`).
 */
export type UploadSource =
  | Blob
  | ArrayBuffer
  | ArrayBufferView
  | ReadableStream<Uint8Array>
  | AsyncIterable<Uint8Array>;

/** An upload ready to send: a body that can be sent again (`Blob`, bytes), or a stream, which cannot. */
export type PreparedUpload =
  | { type: string; size: number; source: Blob | Uint8Array; stream?: undefined }
  | { type: string; size?: undefined; source?: undefined; stream: ReadableStream<Uint8Array> };

const CALL = 'POST /v1/admin/media';
/** Slices of a counted body: small enough for a smooth progress bar, large enough not to cost anything. */
const CHUNK_BYTES = 64 * 1024;

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

/** The media type the first bytes of a JPEG, PNG or WebP image announce, or `undefined`. */
export function sniffImageType(head: Uint8Array): string | undefined {
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  if (ascii(head, 0, 8) === '\x89PNG\r\n\x1a\n') return 'image/png';
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return 'image/webp';
  return undefined;
}

/** The error the server would answer, given before anything is sent. */
const refusal = (status: 413 | 415, code: string, title: string, detail: string) =>
  new KimApiError({ status, code, title, detail: `${detail} Nothing was sent.`, call: CALL });

function toStream(source: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>): ReadableStream<Uint8Array> {
  if (source instanceof ReadableStream) return source;
  const iterator = source[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    async cancel(reason) {
      await iterator.return?.(reason);
    },
  });
}

/**
 * Finds the media type and size of `source` and refuses, as the server would, what it will not take: more than
 * `MEDIA_LIMITS.bytes` (413 `payload_too_large`) or a type other than `MEDIA_TYPES` (415 `unsupported_media_type`).
 * A stream's size is not known before it is sent: the server checks it.
 */
export async function prepareUpload(source: UploadSource, contentType?: string): Promise<PreparedUpload> {
  let prepared: PreparedUpload;
  if (source instanceof Blob) {
    const given = contentType ?? (MEDIA_TYPES.includes(source.type as never) ? source.type : undefined);
    const type = given ?? sniffImageType(new Uint8Array(await source.slice(0, 12).arrayBuffer())) ?? source.type;
    prepared = { type, size: source.size, source };
  } else if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) {
    const bytes =
      source instanceof ArrayBuffer
        ? new Uint8Array(source)
        : new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
    prepared = { type: contentType ?? sniffImageType(bytes) ?? '', size: bytes.byteLength, source: bytes };
  } else if (source && (source instanceof ReadableStream || Symbol.asyncIterator in source)) {
    if (!contentType) {
      throw new TypeError(`${CALL}: give the \`contentType\` of a stream, e.g. { contentType: 'image/jpeg' }`);
    }
    prepared = { type: contentType, stream: toStream(source) };
  } else {
    throw new TypeError(
      `${CALL}: expected a File, Blob, bytes or a stream, got ${Object.prototype.toString.call(source)}`,
    );
  }

  const type = prepared.type.split(';')[0]!.trim().toLowerCase();
  if (!MEDIA_TYPES.includes(type as never)) {
    throw refusal(
      415,
      'unsupported_media_type',
      'Unsupported Media Type',
      `Only JPEG, PNG and WebP images are accepted; this file is ${type ? `'${type}'` : 'of an unknown type'}.`,
    );
  }
  if (prepared.size !== undefined && prepared.size > MEDIA_LIMITS.bytes) {
    throw refusal(
      413,
      'payload_too_large',
      'Content Too Large',
      `The file has ${prepared.size} bytes; at most ${MEDIA_LIMITS.bytes} (8 MB) are accepted.`,
    );
  }
  return { ...prepared, type };
}

/**
 * The body of a counted upload: `source` in slices, each reported when fetch reads it. Nothing is read ahead, so
 * what is reported is what fetch has taken.
 */
export function countedBody(
  source: Blob | Uint8Array,
  report: (progress: UploadProgress) => void,
): ReadableStream<Uint8Array> {
  const totalBytes = source instanceof Blob ? source.size : source.byteLength;
  let transferredBytes = 0;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const end = Math.min(transferredBytes + CHUNK_BYTES, totalBytes);
        const chunk =
          source instanceof Blob
            ? new Uint8Array(await source.slice(transferredBytes, end).arrayBuffer())
            : source.subarray(transferredBytes, end);
        transferredBytes = end;
        controller.enqueue(chunk);
        report({ percent: totalBytes === 0 ? 1 : transferredBytes / totalBytes, transferredBytes, totalBytes });
        if (transferredBytes >= totalBytes) controller.close();
      },
    },
    { highWaterMark: 0 },
  );
}

/** A stream of unknown length, counted as fetch reads it; `percent` reaches 1 at its end. */
export function countedStream(
  stream: ReadableStream<Uint8Array>,
  report: (progress: UploadProgress) => void,
): ReadableStream<Uint8Array> {
  let transferredBytes = 0;
  return stream.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        controller.enqueue(chunk);
        transferredBytes += chunk.byteLength;
        report({ percent: 0, transferredBytes, totalBytes: transferredBytes });
      },
      flush() {
        report({ percent: 1, transferredBytes, totalBytes: transferredBytes });
      },
    }),
  );
}

let streamsRequests: boolean | undefined;

/**
 * Whether this platform's fetch sends a stream as a request body (`duplex: 'half'`): Node and Chromium do; Firefox
 * and Safari do not. The same test as ky's.
 */
export function supportsRequestStreams(): boolean {
  if (streamsRequests === undefined) {
    let duplexRead = false;
    try {
      const request = new Request('https://example.invalid', {
        method: 'POST',
        body: new ReadableStream(),
        get duplex() {
          duplexRead = true;
          return 'half';
        },
      } as RequestInit);
      // A platform that does not know stream bodies sends the stream's text, typed as text/plain.
      streamsRequests = duplexRead && !request.headers.has('content-type');
    } catch {
      streamsRequests = false;
    }
  }
  return streamsRequests;
}
