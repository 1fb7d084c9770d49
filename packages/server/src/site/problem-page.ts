// Documentation of each problem `type` (`/problems/:code`), so the URI in every error body resolves.
import { PROBLEM_CODES, type ProblemCode } from '@kim-kit/sdk/schemas';
import { PROBLEM_TITLES } from '../http/problem.js';
import { escapeHtml, htmlPage } from './html.js';

const EXPLANATIONS: Record<ProblemCode, string> = {
  bad_request: 'The request is malformed in a way not tied to one field (for example the Idempotency-Key header).',
  invalid_json: 'The body is empty, not UTF-8, or not valid JSON.',
  validation_failed: 'One or more fields or query parameters are invalid; see `errors` for each path and message.',
  unauthorized: 'This route needs `Authorization: Bearer <token>`: a session, an API token or the bootstrap token.',
  invalid_credentials: 'The email or the password is wrong (the answer never says which).',
  invitation_invalid: 'The invitation or password-reset link was used already, has expired, or was replaced.',
  account_disabled: 'The account was disabled by an administrator.',
  forbidden: 'The credentials do not allow this action.',
  not_found: 'No such route, or no record with this id, slug or code.',
  method_not_allowed: 'The route exists but not with this method; see the `Allow` header.',
  conflict: 'The request conflicts with stored data.',
  precondition_failed:
    'The record changed since the version sent in `If-Match`; `current` holds the record as it is now.',
  precondition_required: 'Changing this record needs `If-Match` with the version (ETag) it was read at.',
  gone: 'The record existed and was deleted, unpublished or archived.',
  idempotency_conflict: 'The Idempotency-Key was already used with a different body. Use a new key for a new request.',
  invalid_transition: 'The aspiration cannot move from its current status to the requested one.',
  payload_too_large: 'The body is larger than the server accepts.',
  unsupported_media_type: 'Send bodies as `application/json` (uploads: JPEG, PNG or WebP).',
  media_rejected: 'The upload is not an image the server accepts (its content, size or dimensions); see `detail`.',
  rate_limited: 'Too many requests from this client; wait for the seconds in `Retry-After`.',
  internal_error: 'The server failed unexpectedly. Quote the `requestId` when reporting it.',
  storage_unavailable: 'The database cannot answer right now; retry later.',
};

export const isProblemCode = (code: string): code is ProblemCode => (PROBLEM_CODES as readonly string[]).includes(code);

export function problemPage(code: ProblemCode): string {
  return htmlPage(
    PROBLEM_TITLES[code],
    `<h1><code>${code}</code>: ${escapeHtml(PROBLEM_TITLES[code])}</h1>
<p lang="en">${escapeHtml(EXPLANATIONS[code])}</p>
<p><a href="/">KIM data API</a></p>`,
    'en',
  );
}
