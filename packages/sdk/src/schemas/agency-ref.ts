// How an aspiration names the agency it was forwarded to (kept apart from agency.ts, which imports aspiration.ts).
import * as z from 'zod/mini';
import { Id } from './common.js';

/** What the public tracker and history entries name: "Diteruskan ke Dinas PUPR". */
export const AgencyRef = z
  .object({ id: Id, name: z.string(), shortName: z.string() })
  .check(z.meta({ id: 'AgencyRef' }));
export type AgencyRef = z.infer<typeof AgencyRef>;
