// How an aspiration names the KIM that recorded it: kept apart from aspiration-intake.ts, which the public
// tracking schema must not import (that file builds on the submission schema).
import * as z from 'zod/mini';
import { Id } from './common.js';

/** The KIM named on an aspiration recorded through it. */
export const IntakeGroup = z.object({ id: Id, name: z.string() }).check(z.meta({ id: 'IntakeGroup' }));
export type IntakeGroup = z.infer<typeof IntakeGroup>;

/** What the tracker shows of it: only which KIM took it. */
export const PublicAspirationIntake = z
  .object({ channel: z.literal('kim'), group: IntakeGroup })
  .check(z.meta({ id: 'PublicAspirationIntake' }));
export type PublicAspirationIntake = z.infer<typeof PublicAspirationIntake>;
