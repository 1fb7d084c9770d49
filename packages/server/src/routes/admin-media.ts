// POST /v1/admin/media: an image upload, as the raw body (Content-Type image/jpeg|png|webp) or as a browser form's
// multipart/form-data with one `file` part. Re-encoded (media/process-image.ts), stored in the media store, audited.
import { MEDIA_LIMITS } from '@kim-kit/sdk/schemas';
import type { Context, Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { authorize, requirePrincipal, writeContext } from '../http/authorize.js';
import { NO_STORE, sendJson } from '../http/json-response.js';
import { HttpProblem } from '../http/problem.js';
import { readBody } from '../http/read-body.js';
import { newId } from '../ids.js';
import { REFUSAL_MESSAGES, REFUSAL_PROBLEMS } from '../media/image-refusal.js';
import { processImage } from '../media/process-image.js';
import { storeUpload } from '../media/store-upload.js';
import { presentMedia } from '../present/media.js';
import type { RouteDeps } from './route-deps.js';

/** A form's boundaries and part headers around the largest accepted file. */
const MULTIPART_OVERHEAD = 64 * 1024;

interface Upload {
  bytes: Uint8Array;
  /** The media type the client declared for the file. */
  declaredType: string | null;
}

const badForm = (detail: { id: string; en: string }) => new HttpProblem(400, 'bad_request', { detail });

/** The one `file` part of a form. */
async function filePart(bytes: Buffer, contentType: string): Promise<Upload> {
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(bytes), { headers: { 'Content-Type': contentType } }).formData();
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
  return { bytes: new Uint8Array(await file.arrayBuffer()), declaredType: file.type || null };
}

async function readUpload(c: Context<AppEnv>): Promise<Upload> {
  const contentType = c.req.header('content-type') ?? '';
  const mediaType = contentType.split(';')[0]!.trim().toLowerCase();
  if (mediaType === 'multipart/form-data') {
    return filePart(await readBody(c, MEDIA_LIMITS.bytes + MULTIPART_OVERHEAD), contentType);
  }
  if (mediaType === '') {
    throw new HttpProblem(415, 'unsupported_media_type', {
      detail: {
        id: 'Sebutkan jenis berkas: Content-Type image/jpeg, image/png atau image/webp',
        en: 'Declare the file type: Content-Type image/jpeg, image/png or image/webp',
      },
    });
  }
  return { bytes: await readBody(c, MEDIA_LIMITS.bytes), declaredType: mediaType };
}

export function adminMediaRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  app.post('/v1/admin/media', async (c) => {
    const principal = requirePrincipal(c);
    // An upload for a group's news or logo names it, so the group's operators and officials may upload for it.
    const groupId = new URL(c.req.url).searchParams.get('group');
    const group = groupId ? await deps.storage.getAdminGroup(groupId) : undefined;
    if (groupId && !group) throw new HttpProblem(422, 'validation_failed', { detail: 'No KIM group with this id' });
    authorize(c, 'media.upload', group ? { groupId: group.id, regionCode: group.regionCode } : {});

    const upload = await readUpload(c);
    const started = performance.now();
    const processed = await processImage(upload.bytes, upload.declaredType);
    if (!processed.ok) {
      const { status, code } = REFUSAL_PROBLEMS[processed.reason];
      const message = REFUSAL_MESSAGES[processed.reason];
      throw new HttpProblem(status, code, {
        detail: { id: message.id, en: `${message.en} ${processed.detail}.` },
      });
    }
    const media = await storeUpload(deps.storage, deps.mediaStore, writeContext(c), processed.image, {
      id: newId('med'),
      groupId: group?.id ?? null,
      regionCode: group?.regionCode ?? null,
      uploadedBy: principal.userId === 'bootstrap' ? null : principal.userId,
    });
    const ms = Math.round(performance.now() - started);
    return sendJson(c, presentMedia(media, deps.publicUrl(c)), NO_STORE, 201, { 'Server-Timing': `image;dur=${ms}` });
  });
}
