// SQLite's submission fast path for an information request: the register number and the details, written inside the
// batch's IMMEDIATE transaction (so the counter cannot be read by another writer in between).
import { formatRegisterNumber } from '@kim-kit/sdk/schemas';
import type Database from 'better-sqlite3';
import { NEXT_SEQUENCE_SQL, registerPeriodOf } from '../queries/information-requests.js';
import type { NewAspiration } from '../storage.js';

/** Prepares the statements once; the function stores one submission's request and returns its register number. */
export function informationRequestWriter(raw: Database.Database) {
  const next = raw.prepare<[string, number], { last: number }>(NEXT_SEQUENCE_SQL);
  const insert = raw.prepare(
    `INSERT INTO information_requests (aspiration_id, register_number, purpose, information_requested, format,
       delivery) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  return (input: NewAspiration): string | undefined => {
    const details = input.informationRequest;
    if (!details) return undefined;
    const { region, year } = registerPeriodOf(input.regionCode, input.submittedAt);
    const row = next.get(region, year);
    if (!row) throw new Error('The register sequence was not returned');
    const registerNumber = formatRegisterNumber(region, year, row.last);
    insert.run(
      input.id,
      registerNumber,
      details.purpose,
      details.informationRequested,
      details.format,
      details.delivery,
    );
    return registerNumber;
  };
}
