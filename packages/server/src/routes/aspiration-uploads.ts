// POST /v1/aspiration-uploads: a citizen's file, before the submission that names it (multipart/form-data, one
// `file` part). With an Idempotency-Key a retry answers the same upload; unclaimed uploads expire after 24 hours.
// GET /v1/aspirations/:trackingCode/attachments/:attachmentId: a file an official made public.
import { createHash } from 'node:crypto';
import { ATTACHMENT_LIMITS, normalizeTrackingCode } from '@kim-kit/sdk/schemas';
import type { Context, Hono } from 'hono';
import { attachmentFile, cleanFileName } from '../aspirations/attachment-file.js';
import { randomCrockford } from '../aspirations/tracking-code.js';
import type { AppEnv } from '../http/app-env.js';
import { NO_STORE, sendJson } from '../http/json-response.js';
import { HttpProblem } from '../http/problem.js';
import { rateLimit } from '../http/rate-limit.js';
import { readBody } from '../http/read-body.js';
import { attachmentResponse } from './attachment-response.js';
import { idempotencyKeyOf } from './idempotency-key.js';
import type { RouteDeps } from './route-deps.js';

/** Upload ids: a prefix and 26 Crockford characters (130 random bits): knowing one is what lets a submission claim it. */
export const newUploadId = () => `upl_${randomCrockford(26).toLowerCase()}`;

/** A form's boundaries and part headers, and room to read a file somewhat over the limit so the refusal can name it. */
const READ_LIMIT = 2 * ATTACHMENT_LIMITS.bytes;

const badForm = (detail: { id: string; en: string }) => new HttpProblem(400, 'bad_request', { detail });

const REFUSALS = {
  empty: { status: 422, code: 'media_rejected' },
  too_large: { status: 413, code: 'payload_too_large' },
  unsupported_type: { status: 415, code: 'unsupported_media_type' },
  type_mismatch: { status: 422, code: 'media_rejected' },
  damaged: { status: 422, code: 'media_rejected' },
} as const;

async function filePart(c: Context<AppEnv>): Promise<{ bytes: Uint8Array; name: string; type: string | null }> {
  const contentType = c.req.header('content-type') ?? '';
  if (contentType.split(';')[0]?.trim().toLowerCase() !== 'multipart/form-data') {
    throw new HttpProblem(415, 'unsupported_media_type', {
      detail: {
        id: 'Kirim berkas sebagai multipart/form-data dengan satu bagian bernama "file"',
        en: 'Send the file as multipart/form-data with one part named "file"',
      },
    });
  }
  const body = await readBody(c, READ_LIMIT);
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(body), { headers: { 'Content-Type': contentType } }).formData();
  } catch {
    throw badForm({ id: 'Formulir multipart tidak dapat dibaca', en: 'The multipart form cannot be read' });
  }
  const files = form.getAll('file');
  const file = files[0];
  if (files.length !== 1 || !(file instanceof Blob)) {
    throw badForm({
      id: 'Kirim tepat satu berkas dalam bagian bernama "file"',
      en: 'Send exactly one file in a part named "file"',
    });
  }
  const name = file instanceof File ? file.name : null;
  return { bytes: new Uint8Array(await file.arrayBuffer()), name: cleanFileName(name), type: file.type || null };
}

export function aspirationUploadRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  app.post('/v1/aspiration-uploads', rateLimit(deps.limiter, deps.clientIp), async (c) => {
    const key = idempotencyKeyOf(c);
    const upload = await filePart(c);
    const checked = await attachmentFile(upload.bytes, upload.name, upload.type);
    if (!checked.ok) {
      const { status, code } = REFUSALS[checked.reason];
      throw new HttpProblem(status, code, { detail: checked.detail });
    }
    const now = new Date();
    const requestHash = createHash('sha256').update(upload.bytes).update(`\n${upload.name}`).digest('base64url');
    const result = await deps.storage.createUpload({
      id: newUploadId(),
      idempotency: key === undefined ? null : { key, requestHash },
      fileName: upload.name,
      contentType: checked.file.contentType,
      size: checked.file.bytes.byteLength,
      width: checked.file.width,
      height: checked.file.height,
      bytes: checked.file.bytes,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + ATTACHMENT_LIMITS.unclaimedHours * 3600_000).toISOString(),
    });
    if (result.outcome === 'conflict') {
      throw new HttpProblem(422, 'idempotency_conflict', {
        detail: {
          id: 'Idempotency-Key ini sudah dipakai untuk berkas lain; gunakan kunci baru',
          en: 'This Idempotency-Key was already used with another file; use a new key',
        },
      });
    }
    const replayed = result.outcome === 'replayed';
    return sendJson(
      c,
      result.upload,
      NO_STORE,
      replayed ? 200 : 201,
      replayed ? { 'Idempotent-Replayed': 'true' } : {},
    );
  });

  app.get('/v1/aspirations/:trackingCode/attachments/:attachmentId', async (c) => {
    const code = normalizeTrackingCode(c.req.param('trackingCode'));
    const record = code ? await deps.storage.getAspirationByTrackingCode(code) : undefined;
    const attachment = record?.confidential
      ? undefined
      : record?.attachments.find((a) => a.public && a.id === c.req.param('attachmentId'));
    const file = record && attachment ? await deps.storage.getAttachmentFile(record.id, attachment.id) : undefined;
    if (!file?.attachment.public) throw new HttpProblem(404, 'not_found', { detail: 'No such public attachment' });
    return attachmentResponse(file, 'public, max-age=300');
  });
}
