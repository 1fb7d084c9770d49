import { isKimNetworkError } from '../errors/guards.js';
import type { UploadOptions, UploadProgress } from '../options.js';
import type { RawBody, Send } from '../request.js';
import { Media } from '../schemas/media.js';
import {
  countedBody,
  countedStream,
  prepareUpload,
  supportsRequestStreams,
  type UploadSource,
} from './admin-media-body.js';

/** Uploading images for news and group logos. */
export interface AdminMediaResource {
  /**
   * Uploads a JPEG, PNG or WebP image (at most 8 MB and 40 megapixels). The server re-encodes it without its
   * metadata (EXIF, GPS) into WebP and JPEG at several widths; refer to it by `id` in news (`image.mediaId`) and
   * groups (`logoMediaId`), and use `variants` for `srcset`.
   *
   * A file that is too large or of another type rejects at once, before anything is sent, with the error the
   * server would answer (`KimApiError` 413 `payload_too_large`, 415 `unsupported_media_type`); a file the server
   * cannot read as the image it claims to be rejects with `code: 'media_rejected'`. Never retried.
   *
   * @example
   * // In a browser, from <input type="file" accept="image/jpeg,image/png,image/webp">:
   * const media = await kim.admin.media.upload(input.files[0], {
   *   onUploadProgress: ({ percent }) => (progress.value = percent),
   * });
   * @example
   * // In Node: a file read from disk as it is sent, or bytes.
   * const media = await kim.admin.media.upload(await fs.openAsBlob('foto.jpg', { type: 'image/jpeg' }));
   * const again = await kim.admin.media.upload(await fs.readFile('foto.jpg'));
   */
  upload(file: UploadSource, options?: UploadOptions): Promise<Media>;
}

/** Calls `callback`, reporting what it throws as an uncaught error instead of failing the upload. */
const guarded =
  (callback: (progress: UploadProgress) => void) =>
  (progress: UploadProgress): void => {
    try {
      callback(progress);
    } catch (error) {
      queueMicrotask(() => {
        throw error;
      });
    }
  };

export function adminMediaResource(send: Send): AdminMediaResource {
  const path = ['v1', 'admin', 'media'];
  // Chromium streams a request body only over HTTP/2 or HTTP/3: set once a plain resend succeeded where a counted
  // upload failed without an answer.
  let countingRefused = false;

  return Object.freeze({
    upload: async (file, { contentType, onUploadProgress, groupId, ...options } = {}) => {
      const prepared = await prepareUpload(file, contentType);
      const post = (body: RawBody) =>
        send(
          {
            method: 'POST',
            path,
            query: { group: groupId },
            body,
            headers: { 'content-type': prepared.type },
            schema: Media,
            auth: true,
          },
          options,
        );
      if (!onUploadProgress) return post(prepared.source ?? prepared.stream);
      const report = guarded(onUploadProgress);
      if (prepared.stream) return post(countedStream(prepared.stream, report));

      const { source, size } = prepared;
      const plain = async () => {
        const media = await post(source);
        report({ percent: 1, transferredBytes: size, totalBytes: size });
        return media;
      };
      if (countingRefused || !supportsRequestStreams()) return plain();
      try {
        return await post(countedBody(source, report));
      } catch (error) {
        // No answer came. Chromium refuses a streamed body on an HTTP/1.1 connection before sending it; a real
        // network failure fails again, and at worst the server keeps the same image twice, unreferenced.
        if (!isKimNetworkError(error)) throw error;
        const media = await plain();
        countingRefused = true;
        return media;
      }
    },
  } satisfies AdminMediaResource);
}
