// An information request's receipt carries its register number, a replayed one too.
import type { AspirationInputParsed } from '@kim-kit/sdk/schemas';
import type { Storage, StoredAspiration } from '../storage/storage.js';

/** The stored submission with its register number: a replay reads the number the first submission took. */
export async function withRegisterNumber(
  storage: Storage,
  input: AspirationInputParsed,
  stored: StoredAspiration,
): Promise<StoredAspiration> {
  if (input.kind !== 'information_request' || stored.registerNumber !== undefined) return stored;
  const request = await storage.informationRequests.get(stored.id);
  return request ? { ...stored, registerNumber: request.registerNumber } : stored;
}
