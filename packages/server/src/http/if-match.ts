// Optimistic concurrency: a write on a record names the version it changes (`If-Match: "<version>"`); a stale one is
// refused with the record as it is now.
import type { Context } from 'hono';
import type { AppEnv } from './app-env.js';
import { HttpProblem } from './problem.js';

/** The ETag of a record's version: `"3"`. */
export const versionEtag = (version: number) => `"${version}"`;

const IF_MATCH = /^\s*(?:W\/)?"(\d{1,9})"\s*$/;

/** The version `If-Match` names; 428 when it is absent, 400 when it is not one version in quotes. */
export function expectedVersion(c: Context<AppEnv>): number {
  const header = c.req.header('if-match');
  if (header === undefined) {
    throw new HttpProblem(428, 'precondition_required', {
      detail: {
        id: 'Sertakan If-Match: "<versi>" dari ETag data yang Anda ubah',
        en: 'Send If-Match: "<version>" with the ETag of the record you change',
      },
    });
  }
  const match = IF_MATCH.exec(header);
  if (!match) {
    throw new HttpProblem(400, 'bad_request', {
      detail: {
        id: 'If-Match harus berupa satu ETag versi, misalnya "3"',
        en: 'If-Match must be one version ETag, such as "3"',
      },
    });
  }
  return Number(match[1]);
}

/** 412 with the record as it is now (`current`) and its ETag. */
export function preconditionFailed(current: unknown, version: number): HttpProblem {
  return new HttpProblem(412, 'precondition_failed', {
    detail: {
      id: `Data telah diubah orang lain sejak Anda membukanya (sekarang versi ${version})`,
      en: `Someone else changed this since you opened it (now version ${version})`,
    },
    headers: { ETag: versionEtag(version) },
    current,
  });
}
