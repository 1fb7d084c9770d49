// Absolute URLs for stored paths, built from the server's public base URL.
import type { Image } from '@kim-kit/sdk/schemas';
import type { StoredImage } from '../storage/storage.js';

/**
 * A path that can follow a base URL without changing its host: one leading slash, then no second one, no backslash
 * (browsers read it as a slash), no whitespace or control characters. `@127.0.0.1:9213/x` would turn
 * `https://kim.example` into a URL of another host; `//evil.example/x` into a protocol-relative one.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses
const SAFE_PATH = /^\/(?![/\\])[^\s\\\u0000-\u001f\u007f]*$/;

export const isSafePath = (path: string) => SAFE_PATH.test(path);

/** Joins a base URL (`https://kim.example`, maybe with a path) and an absolute path (`/media/x.svg`). */
export function absoluteUrl(base: string, path: string): string {
  if (!isSafePath(path)) throw new TypeError(`Not an absolute path on this server: ${JSON.stringify(path)}`);
  return `${base.replace(/\/+$/, '')}${path}`;
}

/** The image with an absolute URL; a stored path that is not a safe path on this server leaves no image. */
export function presentImage(image: StoredImage | null, base: string): Image | null {
  if (!image || !isSafePath(image.path)) return null;
  return { url: absoluteUrl(base, image.path), alt: image.alt, width: image.width, height: image.height };
}

/** The canonical page of an article on the demo site. */
export const articlePath = (slug: string) => `/berita/${encodeURIComponent(slug)}`;
