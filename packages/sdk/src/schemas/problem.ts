import * as z from 'zod/mini';

/** Machine-readable problem codes the API uses in `Problem.code`. */
export const PROBLEM_CODES = [
  'bad_request',
  'invalid_json',
  'validation_failed',
  'unauthorized',
  'invalid_credentials',
  'invitation_invalid',
  'account_disabled',
  'forbidden',
  'not_found',
  'method_not_allowed',
  'conflict',
  'precondition_failed',
  'precondition_required',
  'gone',
  'idempotency_conflict',
  'invalid_transition',
  'payload_too_large',
  'unsupported_media_type',
  'media_rejected',
  'rate_limited',
  'internal_error',
  'storage_unavailable',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export const FieldError = z
  .object({
    /** Dotted path of the field, e.g. `reporter.email`; empty for the whole body. */
    path: z.string(),
    message: z.string(),
  })
  .check(z.meta({ id: 'FieldError' }));
export type FieldError = z.infer<typeof FieldError>;

/** An RFC 9457 problem detail, served as `application/problem+json`. */
export const Problem = z
  .looseObject({
    type: z.string(),
    title: z.string(),
    status: z.number().check(z.int()),
    detail: z.optional(z.string()),
    instance: z.optional(z.string()),
    code: z.string(),
    requestId: z.optional(z.string()),
    errors: z.optional(z.array(FieldError)),
  })
  .check(z.meta({ id: 'Problem', description: 'RFC 9457 problem details.' }));
export type Problem = z.infer<typeof Problem>;
