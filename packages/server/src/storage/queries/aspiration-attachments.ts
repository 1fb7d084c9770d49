// Aspirations' files: uploads before the submission, the claim by the submission, reading them, making one public.
import type { Kysely, Transaction } from 'kysely';
import {
  AttachmentClaimError,
  type AttachmentFile,
  type AttachmentRecord,
  type CreateUploadResult,
  type NewUpload,
  type UploadRecord,
  type WriteContext,
} from '../storage.js';
import type { Tables } from '../tables.js';
import { appendAudit } from './audit.js';

type Db = Kysely<Tables> | Transaction<Tables>;

const RECORD_COLUMNS = [
  'id',
  'aspiration_id',
  'file_name',
  'content_type',
  'size',
  'width',
  'height',
  'public',
  'created_at',
] as const;

type AttachmentRow = Pick<
  Tables['aspiration_attachments'],
  'id' | 'file_name' | 'content_type' | 'size' | 'width' | 'height' | 'created_at'
> & { public: boolean | number; aspiration_id: string | null };

function toAttachment(row: AttachmentRow): AttachmentRecord {
  return {
    id: row.id,
    fileName: row.file_name,
    contentType: row.content_type,
    size: Number(row.size),
    width: row.width === null ? null : Number(row.width),
    height: row.height === null ? null : Number(row.height),
    public: Boolean(row.public),
    createdAt: row.created_at,
  };
}

const toUpload = (row: {
  id: string;
  file_name: string;
  content_type: string;
  size: number;
  expires_at: string;
}): UploadRecord => ({
  id: row.id,
  fileName: row.file_name,
  contentType: row.content_type,
  size: Number(row.size),
  expiresAt: row.expires_at,
});

/** The attachments of the given aspirations, in the order of each submission. */
export async function attachmentsOf(db: Db, ids: readonly string[]): Promise<Map<string, AttachmentRecord[]>> {
  const byId = new Map<string, AttachmentRecord[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return byId;
  const rows = await db
    .selectFrom('aspiration_attachments')
    .select(RECORD_COLUMNS)
    .where('aspiration_id', 'in', ids)
    .orderBy('aspiration_id')
    .orderBy('position')
    .execute();
  for (const row of rows) if (row.aspiration_id !== null) byId.get(row.aspiration_id)?.push(toAttachment(row));
  return byId;
}

/**
 * Stores an upload, or finds the one stored earlier under the same key. Unclaimed uploads past their expiry go
 * first, in the same transaction: no job is needed to keep the table small.
 */
export async function createUpload(trx: Db, upload: NewUpload): Promise<CreateUploadResult> {
  await trx
    .deleteFrom('aspiration_attachments')
    .where('aspiration_id', 'is', null)
    .where('expires_at', '<', upload.createdAt)
    .execute();
  if (upload.idempotency) {
    const earlier = await trx
      .selectFrom('aspiration_attachments')
      .select(['id', 'file_name', 'content_type', 'size', 'expires_at', 'request_hash'])
      .where('idempotency_key', '=', upload.idempotency.key)
      .executeTakeFirst();
    if (earlier) {
      if (earlier.request_hash !== upload.idempotency.requestHash) return { outcome: 'conflict' };
      return { outcome: 'replayed', upload: toUpload(earlier) };
    }
  }
  await trx
    .insertInto('aspiration_attachments')
    .values({
      id: upload.id,
      aspiration_id: null,
      position: null,
      idempotency_key: upload.idempotency?.key ?? null,
      request_hash: upload.idempotency?.requestHash ?? '',
      file_name: upload.fileName,
      content_type: upload.contentType,
      size: upload.size,
      width: upload.width,
      height: upload.height,
      created_at: upload.createdAt,
      expires_at: upload.expiresAt,
      bytes: upload.bytes,
    })
    .execute();
  return {
    outcome: 'created',
    upload: {
      id: upload.id,
      fileName: upload.fileName,
      contentType: upload.contentType,
      size: upload.size,
      expiresAt: upload.expiresAt,
    },
  };
}

/**
 * Gives the uploads to a new aspiration, in order, inside the submission's transaction. Throws
 * {@link AttachmentClaimError} for the first that is missing, claimed already or expired, so the transaction (and
 * with it the aspiration) is rolled back.
 */
export async function claimUploads(
  trx: Db,
  aspirationId: string,
  uploadIds: readonly string[],
  at: string,
): Promise<void> {
  for (const [position, id] of uploadIds.entries()) {
    const claimed = await trx
      .updateTable('aspiration_attachments')
      .set({ aspiration_id: aspirationId, position })
      .where('id', '=', id)
      .where('aspiration_id', 'is', null)
      .where('expires_at', '>', at)
      .returning('id')
      .executeTakeFirst();
    if (!claimed) throw new AttachmentClaimError(id);
  }
}

export async function getAttachmentFile(
  db: Db,
  aspirationId: string,
  attachmentId: string,
): Promise<AttachmentFile | undefined> {
  const row = await db
    .selectFrom('aspiration_attachments')
    .select([...RECORD_COLUMNS, 'bytes'])
    .where('id', '=', attachmentId)
    .where('aspiration_id', '=', aspirationId)
    .executeTakeFirst();
  if (!row) return undefined;
  return { attachment: toAttachment(row), bytes: Buffer.from(row.bytes) };
}

export async function setAttachmentPublic(
  trx: Transaction<Tables> | Kysely<Tables>,
  ctx: WriteContext,
  aspirationId: string,
  attachmentId: string,
  isPublic: boolean,
  bool: (value: boolean) => boolean | number,
): Promise<AttachmentRecord | undefined> {
  const row = await trx
    .updateTable('aspiration_attachments')
    .set({ public: bool(isPublic) })
    .where('id', '=', attachmentId)
    .where('aspiration_id', '=', aspirationId)
    .returning(RECORD_COLUMNS)
    .executeTakeFirst();
  if (!row) return undefined;
  const aspiration = await trx
    .selectFrom('aspirations')
    .select(['tracking_code', 'region_code'])
    .where('id', '=', aspirationId)
    .executeTakeFirstOrThrow();
  await appendAudit(trx, ctx, {
    action: 'aspiration.attachment_visibility',
    target: { type: 'aspiration', id: aspirationId, label: aspiration.tracking_code },
    changes: ['attachments.public'],
    regionCode: aspiration.region_code,
  });
  return toAttachment(row);
}
