import type { Media } from '@kim-kit/sdk/schemas';
import { largestJpeg, mediaPath } from '../storage/queries/media.js';
import type { MediaRecord } from '../storage/storage.js';
import { absoluteUrl, presentVariants } from './urls.js';

/** An upload as the contract's `Media`: the largest JPEG as `url`, every variant for `srcset`. */
export function presentMedia(media: MediaRecord, base: string): Media {
  const largest = largestJpeg(media);
  return {
    id: media.id,
    url: absoluteUrl(base, mediaPath(largest.name)),
    width: largest.width,
    height: largest.height,
    variants: presentVariants(media.variants, base),
    createdAt: media.createdAt,
  };
}
