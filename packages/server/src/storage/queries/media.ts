// Uploaded images (media) and the bytes of their variants (media_files).
import type { Kysely, Selectable } from 'kysely';
import type { AuditEvent, MediaFile, MediaRecord, StoredVariant } from '../storage.js';
import { fromJson, type MediaTable, type StoredVariantJson, type Tables } from '../tables.js';

/** Variants as stored in a JSON column, read back key by key (jsonb does not keep key order). */
export function variantsFromJson(value: StoredVariantJson[] | string | null): StoredVariant[] | undefined {
  if (value === null) return undefined;
  return fromJson(value).map((v) => ({
    name: v.name,
    format: v.format,
    width: v.width,
    height: v.height,
    bytes: v.bytes,
  }));
}

export const variantsToJson = (variants: readonly StoredVariant[]) =>
  JSON.stringify(
    variants.map((v) => ({ name: v.name, format: v.format, width: v.width, height: v.height, bytes: v.bytes })),
  );

/** The largest JPEG variant: what clients that do not read `variants` get, and what `image_path` points to. */
export function largestJpeg(media: Pick<MediaRecord, 'variants'>): StoredVariant {
  const jpegs = media.variants.filter((v) => v.format === 'jpeg');
  const largest = jpegs.reduce<StoredVariant | undefined>(
    (max, v) => (!max || v.width > max.width ? v : max),
    undefined,
  );
  if (!largest) throw new Error('A media record without a JPEG variant');
  return largest;
}

/** The path `/media/<name>` serves a variant at. */
export const mediaPath = (name: string) => `/media/${name}`;

function toMedia(row: Selectable<MediaTable>): MediaRecord {
  return {
    id: row.id,
    sourceHash: row.source_hash,
    sourceFormat: row.source_format,
    width: row.width,
    height: row.height,
    variants: variantsFromJson(row.variants) ?? [],
    groupId: row.group_id,
    regionCode: row.region_code,
    uploadedBy: row.uploaded_by,
    createdAt: row.created_at,
  };
}

export async function getMedia(db: Kysely<Tables>, id: string): Promise<MediaRecord | undefined> {
  const row = await db.selectFrom('media').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toMedia(row);
}

export async function createMedia(
  trx: Kysely<Tables>,
  media: MediaRecord,
): Promise<{ result: MediaRecord; audit: AuditEvent }> {
  await trx
    .insertInto('media')
    .values({
      id: media.id,
      source_hash: media.sourceHash,
      source_format: media.sourceFormat,
      width: media.width,
      height: media.height,
      variants: variantsToJson(media.variants),
      group_id: media.groupId,
      region_code: media.regionCode,
      uploaded_by: media.uploadedBy,
      created_at: media.createdAt,
    })
    .execute();
  return {
    result: media,
    audit: {
      action: 'media.upload',
      target: { type: 'media', id: media.id, label: `${media.width}x${media.height} ${media.sourceFormat}` },
      changes: [],
      regionCode: media.regionCode,
    },
  };
}

export async function putMediaFiles(db: Kysely<Tables>, files: readonly MediaFile[], at: string): Promise<void> {
  // One row at a time: a statement of six images' bytes would be the largest thing the server ever sends at once.
  for (const file of files) {
    await db
      .insertInto('media_files')
      .values({
        name: file.name,
        content_type: file.contentType,
        size: file.bytes.byteLength,
        bytes: file.bytes,
        created_at: at,
      })
      .onConflict((oc) => oc.column('name').doNothing())
      .execute();
  }
}

export async function getMediaFile(db: Kysely<Tables>, name: string): Promise<MediaFile | undefined> {
  const row = await db
    .selectFrom('media_files')
    .select(['name', 'content_type', 'bytes'])
    .where('name', '=', name)
    .executeTakeFirst();
  return row && { name: row.name, contentType: row.content_type, bytes: row.bytes };
}
