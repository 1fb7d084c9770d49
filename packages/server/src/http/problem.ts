// RFC 9457 problem details: the only shape an error ever leaves the server in. Titles, and the details and field
// errors that have them in both languages, follow the request's Accept-Language (id by default, en).
import {
  DEFAULT_LANGUAGE,
  type FieldError,
  type Language,
  type LocalizedText,
  type Problem,
  type ProblemCode,
} from '@kim-kit/sdk/schemas';

const TITLES: Record<ProblemCode, LocalizedText> = {
  bad_request: { id: 'Permintaan tidak valid', en: 'Bad request' },
  invalid_json: { id: 'Isi permintaan bukan JSON yang valid', en: 'Malformed JSON body' },
  validation_failed: { id: 'Isian tidak valid', en: 'Validation failed' },
  unauthorized: { id: 'Autentikasi diperlukan', en: 'Authentication required' },
  invalid_credentials: { id: 'Email atau kata sandi salah', en: 'Wrong email or password' },
  invitation_invalid: {
    id: 'Tautan undangan tidak berlaku lagi',
    en: 'The invitation link is no longer valid',
  },
  account_disabled: { id: 'Akun dinonaktifkan', en: 'Account disabled' },
  forbidden: { id: 'Akses ditolak', en: 'Forbidden' },
  not_found: { id: 'Tidak ditemukan', en: 'Not found' },
  method_not_allowed: { id: 'Metode tidak diizinkan', en: 'Method not allowed' },
  conflict: { id: 'Konflik dengan data yang ada', en: 'Conflict' },
  precondition_failed: {
    id: 'Data telah diubah orang lain sejak Anda membukanya',
    en: 'Someone else changed this since you opened it',
  },
  precondition_required: {
    id: 'Sertakan versi yang Anda ubah (If-Match)',
    en: 'Send the version you are changing (If-Match)',
  },
  gone: { id: 'Tidak tersedia lagi', en: 'Gone' },
  idempotency_conflict: {
    id: 'Idempotency-Key sudah dipakai untuk permintaan lain',
    en: 'Idempotency key reused with a different request',
  },
  invalid_transition: { id: 'Perubahan status tidak diizinkan', en: 'Status change not allowed' },
  payload_too_large: { id: 'Isi permintaan terlalu besar', en: 'Payload too large' },
  unsupported_media_type: { id: 'Jenis media tidak didukung', en: 'Unsupported media type' },
  media_rejected: { id: 'Berkas tidak dapat diterima', en: 'File refused' },
  rate_limited: { id: 'Terlalu banyak permintaan', en: 'Too many requests' },
  internal_error: { id: 'Terjadi kesalahan pada server', en: 'Internal server error' },
  storage_unavailable: { id: 'Penyimpanan data tidak tersedia', en: 'Storage unavailable' },
};

/** The media type of every error body. */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Field errors, or how to word them in a language (validation errors are worded when the response is made). */
export type ProblemErrors = FieldError[] | ((lang: Language) => FieldError[]);

export interface ProblemInit {
  /** A detail in one language (English), or in each language the API speaks. */
  detail?: string | LocalizedText;
  errors?: ProblemErrors;
  /** Extra response headers (Allow, Retry-After, WWW-Authenticate...). */
  headers?: Record<string, string>;
  /** Extension members of the body (RFC 9457 section 3.2), e.g. `current` of a 412; never the standard ones. */
  extensions?: Record<string, unknown>;
}

const inLanguage = (text: string | LocalizedText, lang: Language) => (typeof text === 'string' ? text : text[lang]);

/** Thrown anywhere in a request; the error handler turns it into a problem response. */
export class HttpProblem extends Error {
  override name = 'HttpProblem';
  readonly status: number;
  readonly code: ProblemCode;
  readonly detail: string | LocalizedText | undefined;
  readonly errors: ProblemErrors | undefined;
  readonly headers: Record<string, string>;
  readonly extensions: Record<string, unknown>;

  constructor(status: number, code: ProblemCode, init: ProblemInit = {}) {
    super(inLanguage(init.detail ?? TITLES[code], 'en'));
    this.status = status;
    this.code = code;
    this.detail = init.detail;
    this.errors = init.errors;
    this.headers = init.headers ?? {};
    this.extensions = init.extensions ?? {};
  }
}

/** The problem's `type`: a path on this server that documents the code. */
export const problemType = (code: ProblemCode) => `/problems/${code}`;

export const problemTitle = (code: ProblemCode, lang: Language = DEFAULT_LANGUAGE) => TITLES[code][lang];

/** The body of a problem response, in `lang`. */
export function problemBody(
  problem: HttpProblem,
  instance: string,
  requestId: string,
  lang: Language = DEFAULT_LANGUAGE,
): Problem {
  const body: Problem = {
    ...problem.extensions,
    type: problemType(problem.code),
    title: TITLES[problem.code][lang],
    status: problem.status,
    code: problem.code,
    instance,
    requestId,
  };
  if (problem.detail !== undefined) body.detail = inLanguage(problem.detail, lang);
  if (problem.errors !== undefined) {
    body.errors = typeof problem.errors === 'function' ? problem.errors(lang) : problem.errors;
  }
  return body;
}

/** A complete problem response in `lang`. Errors are never cached. */
export function problemResponse(
  problem: HttpProblem,
  instance: string,
  requestId: string,
  lang: Language = DEFAULT_LANGUAGE,
): Response {
  const headers = new Headers(problem.headers);
  headers.set('Content-Type', PROBLEM_CONTENT_TYPE);
  headers.set('Cache-Control', 'no-store');
  headers.set('Content-Language', lang);
  headers.append('Vary', 'Accept-Language');
  return new Response(JSON.stringify(problemBody(problem, instance, requestId, lang)), {
    status: problem.status,
    headers,
  });
}

/** Every problem code with its English title, for the documentation pages. */
export const PROBLEM_TITLES: Readonly<Record<ProblemCode, string>> = Object.fromEntries(
  Object.entries(TITLES).map(([code, title]) => [code, title.en]),
) as Record<ProblemCode, string>;
