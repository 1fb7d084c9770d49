// POST /v1/admin/aspiration-intakes: a KIM operator records an aspiration for a resident without internet.
import { AspirationIntakeInput } from '@kim-kit/sdk/schemas';
import type { Hono } from 'hono';
import { DecoyReceipts } from '../aspirations/decoy-receipts.js';
import { recordIntake } from '../aspirations/record-intake.js';
import { ReferenceChecker } from '../aspirations/reference-checker.js';
import type { AppEnv } from '../http/app-env.js';
import { authorize, requirePrincipal } from '../http/authorize.js';
import { NO_STORE, sendJson } from '../http/json-response.js';
import { preferredLanguage } from '../http/language.js';
import { HttpProblem } from '../http/problem.js';
import { readJson } from '../http/read-json.js';
import { parseWith } from '../http/validate.js';
import { idempotencyKeyOf } from './idempotency-key.js';
import type { RouteDeps } from './route-deps.js';

/** 422 on `groupId`: the KIM cannot take aspirations. */
function groupUnavailable(detail: { id: string; en: string }): HttpProblem {
  return new HttpProblem(422, 'validation_failed', {
    detail,
    errors: (lang) => [{ path: 'groupId', message: detail[lang] }],
  });
}

export function aspirationIntakeRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  const references = new ReferenceChecker(deps.storage);
  // Operators never fill the honeypot; the submission path asks for a decoy store all the same.
  const decoys = new DecoyReceipts();

  app.post('/v1/admin/aspiration-intakes', async (c) => {
    requirePrincipal(c);
    const key = idempotencyKeyOf(c);
    const input = parseWith(AspirationIntakeInput, await readJson(c, deps.bodyLimit), {
      status: 422,
      detail: { id: 'Laporan warga belum lengkap atau tidak valid', en: 'The recorded aspiration is not valid' },
    });
    const found = await deps.storage.findPublicGroup(input.groupId);
    if (!found || found.state === 'moved') {
      throw groupUnavailable({ id: 'KIM tidak ditemukan', en: 'No KIM with this id' });
    }
    if (found.state === 'archived') {
      throw groupUnavailable({ id: 'KIM ini sudah diarsipkan', en: 'This KIM is archived' });
    }
    const { group } = found;
    const principal = authorize(c, 'aspiration.intake', { groupId: group.id, regionCode: group.regionCode });
    if (group.status !== 'active') {
      throw groupUnavailable({ id: 'KIM ini tidak aktif', en: 'This KIM is inactive' });
    }
    const actor = c.get('actor') ?? { type: 'public', id: null, name: null };
    const { receipt, replayed } = await recordIntake(
      deps.storage,
      references,
      decoys,
      { ...input, groupId: group.id },
      key,
      {
        actor,
        userId: actor.type === 'user' || actor.type === 'token' ? principal.userId : null,
        requestId: c.get('requestId') ?? null,
        clientAddress: c.get('clientAddress') ?? null,
      },
      deps.deadlines,
      preferredLanguage(c.req.header('accept-language')),
    );
    const headers: Record<string, string> = { Location: `/v1/admin/aspirations/${receipt.id}` };
    if (replayed) headers['Idempotent-Replayed'] = 'true';
    return sendJson(c, receipt, NO_STORE, replayed ? 200 : 201, headers);
  });
}
