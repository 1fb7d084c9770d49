// Optimistic concurrency on the wire: `ETag: "<version>"` on a record, `If-Match: "<version>"` on every change.
import type { Context } from 'hono';
import type { AppEnv } from './app-env.js';
import { HttpProblem } from './problem.js';

/** The ETag of a record at `version`. */
export const versionTag = (version: number) => `"${version}"`;

/**
 * The version a change was made against, from `If-Match`. Absent: 428 (a change without it could overwrite someone
 * else's silently). Not one strong `"<version>"`: 400 (`*`, lists and weak tags say nothing about which version).
 */
export function requiredVersion(c: Context<AppEnv>): number {
  const header = c.req.header('if-match');
  if (header === undefined || header.trim() === '') {
    throw new HttpProblem(428, 'precondition_required', {
      detail: {
        id: 'Sertakan versi yang Anda ubah: If-Match: "<versi>" (ETag saat data dibaca)',
        en: 'Send the version you are changing: If-Match: "<version>" (the ETag you read)',
      },
    });
  }
  const match = /^"([1-9][0-9]{0,8})"$/.exec(header.trim());
  if (!match) {
    throw new HttpProblem(400, 'bad_request', {
      detail: {
        id: 'If-Match harus berisi satu versi dalam tanda kutip, misalnya "3"',
        en: 'If-Match must hold one quoted version, such as "3"',
      },
    });
  }
  return Number(match[1]);
}

/** 412 with the record as it is now, so the editor can show both versions side by side. */
export function staleVersion(current: unknown, version: number): HttpProblem {
  return new HttpProblem(412, 'precondition_failed', {
    detail: {
      id: 'Data ini telah diubah orang lain sejak Anda membacanya; bandingkan dengan versi terbaru (current)',
      en: 'Someone changed this record since you read it; compare with the current version (current)',
    },
    headers: { ETag: versionTag(version) },
    extensions: { current },
  });
}
