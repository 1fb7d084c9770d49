// Absolute URLs for stored paths, built from the server's public base URL.
import type { Image } from '@kim-kit/sdk/schemas';
import type { StoredImage } from '../storage/storage.js';

/** Joins a base URL (`https://kim.example`, maybe with a path) and an absolute path (`/media/x.svg`). */
export function absoluteUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}${path}`;
}

export function presentImage(image: StoredImage | null, base: string): Image | null {
  return image && { url: absoluteUrl(base, image.path), alt: image.alt, width: image.width, height: image.height };
}

/** The canonical page of an article on the demo site. */
export const articlePath = (slug: string) => `/berita/${slug}`;
