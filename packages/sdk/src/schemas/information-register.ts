// The public register of information requests (daftar permohonan informasi): what anyone may read of them.
import * as z from 'zod/mini';
import { AspirationStatus } from './aspiration.js';
import { RegionCode, Timestamp } from './common.js';
import { RefusalGround, RegisterNumber } from './information-request.js';
import { cursor, limit } from './queries.js';

/** One line of the public register of information requests: no name, contact or purpose. */
export const InformationRegisterEntry = z
  .object({
    registerNumber: RegisterNumber,
    regionCode: RegionCode,
    submittedAt: Timestamp,
    /** Absent when the request is confidential. */
    informationRequested: z.optional(z.string()),
    status: AspirationStatus,
    dueAt: z.nullable(Timestamp),
    extended: z.boolean(),
    outcome: z.nullable(z.enum(['resolved', 'rejected'])),
    ground: z.nullable(RefusalGround),
    decidedAt: z.nullable(Timestamp),
    objected: z.boolean(),
  })
  .check(z.meta({ id: 'InformationRegisterEntry' }));
export type InformationRegisterEntry = z.infer<typeof InformationRegisterEntry>;

/** `GET /v1/information-requests?region=`: a region (any level), newest first. */
export const InformationRegisterQuery = z
  .strictObject({ region: RegionCode, limit, cursor })
  .check(z.meta({ id: 'InformationRegisterQuery' }));
export type InformationRegisterQuery = z.output<typeof InformationRegisterQuery>;
