// Absolute URLs for stored paths, built from the server's public base URL.
import type { Image, ImageVariant } from '@kim-kit/sdk/schemas';
import type { StoredImage, StoredVariant } from '../storage/storage.js';

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
  const presented: Image = {
    url: absoluteUrl(base, image.path),
    alt: image.alt,
    width: image.width,
    height: image.height,
  };
  if (image.variants && image.variants.length > 0) presented.variants = presentVariants(image.variants, base);
  return presented;
}

/** An upload's variants with absolute URLs, smallest first, for `srcset`. */
export function presentVariants(variants: readonly StoredVariant[], base: string): ImageVariant[] {
  return variants.map((v) => ({
    url: absoluteUrl(base, `/media/${v.name}`),
    format: v.format,
    width: v.width,
    height: v.height,
    bytes: v.bytes,
  }));
}

/** The canonical page of an article on the demo site. */
export const articlePath = (slug: string) => `/berita/${encodeURIComponent(slug)}`;
