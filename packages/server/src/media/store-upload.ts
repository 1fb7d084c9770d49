// An accepted upload made durable: its variants' bytes into the media store, then its row (with its audit entry).
import type { MediaRecord, Storage, WriteContext } from '../storage/storage.js';
import type { MediaStore } from './media-store.js';
import type { ProcessedImage } from './process-image.js';

export interface UploadOwner {
  id: string;
  /** The group the image is for, when the uploader named one; its village scopes the audit entry. */
  groupId: string | null;
  regionCode: string | null;
  uploadedBy: string | null;
}

/**
 * Stores the bytes first: a row never names files that are not there (files without a row are harmless, and the
 * same upload again finds them already stored).
 */
export async function storeUpload(
  storage: Storage,
  store: MediaStore,
  ctx: WriteContext,
  image: ProcessedImage,
  owner: UploadOwner,
): Promise<MediaRecord> {
  await store.put(image.variants.map((v) => ({ name: v.fileName, contentType: v.contentType, bytes: v.bytes })));
  return storage.createMedia(ctx, {
    id: owner.id,
    sourceHash: image.sourceHash,
    sourceFormat: image.sourceFormat,
    width: image.width,
    height: image.height,
    variants: image.variants.map((v) => ({
      name: v.fileName,
      format: v.format,
      width: v.width,
      height: v.height,
      bytes: v.bytes.byteLength,
    })),
    groupId: owner.groupId,
    regionCode: owner.regionCode,
    uploadedBy: owner.uploadedBy,
    createdAt: ctx.at,
  });
}
