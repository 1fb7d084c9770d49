// Officials and a citizen's files: GET /v1/admin/aspirations/:id/attachments/:attachmentId streams one (officials in
// scope only: admins and Dinas officials of the region; a KIM operator or another region's official gets 404), and
// POST .../visibility shows it on the public tracker or hides it again (audited).
import { AttachmentVisibilityChange } from '@kim-kit/sdk/schemas';
import type { Context, Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { authorize, notFound, requirePrincipal, writeContext } from '../http/authorize.js';
import { NO_STORE, sendJson } from '../http/json-response.js';
import { readJson } from '../http/read-json.js';
import { parseWith } from '../http/validate.js';
import { adminAttachmentPath } from '../present/aspiration.js';
import { attachmentResponse } from './attachment-response.js';
import type { RouteDeps } from './route-deps.js';

const ATTACHMENT = { id: 'lampiran', en: 'attachment' };

export function adminAttachmentRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  /** The aspiration, if the person is an official in its scope; 404 otherwise (its existence must not leak). */
  const inScope = async (c: Context<AppEnv>) => {
    requirePrincipal(c);
    const record = await deps.storage.getAspiration(c.req.param('id') ?? '');
    if (!record) throw notFound(ATTACHMENT);
    // `aspiration.change_status` is the officials' rule (admins, Dinas in scope); operators read no files.
    authorize(c, 'aspiration.read', record, ATTACHMENT);
    authorize(c, 'aspiration.change_status', record, ATTACHMENT);
    return record;
  };

  app.get('/v1/admin/aspirations/:id/attachments/:attachmentId', async (c) => {
    const record = await inScope(c);
    const file = await deps.storage.getAttachmentFile(record.id, c.req.param('attachmentId'));
    if (!file) throw notFound(ATTACHMENT);
    return attachmentResponse(file, 'private, no-store');
  });

  app.post('/v1/admin/aspirations/:id/attachments/:attachmentId/visibility', async (c) => {
    const body = await readJson(c, deps.bodyLimit);
    const change = parseWith(AttachmentVisibilityChange, body, {
      status: 422,
      detail: { id: 'Perubahan visibilitas tidak valid', en: 'The visibility change is not valid' },
    });
    const record = await inScope(c);
    const changed = await deps.storage.setAttachmentPublic(
      writeContext(c),
      record.id,
      c.req.param('attachmentId'),
      change.public,
    );
    if (!changed) throw notFound(ATTACHMENT);
    return sendJson(
      c,
      {
        id: changed.id,
        fileName: changed.fileName,
        contentType: changed.contentType,
        size: changed.size,
        width: changed.width,
        height: changed.height,
        public: changed.public,
        url: `${deps.publicUrl(c)}${adminAttachmentPath(record.id, changed.id)}`,
      },
      NO_STORE,
    );
  });
}
