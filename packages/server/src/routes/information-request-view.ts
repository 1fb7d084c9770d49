// The information-request part of an aspiration's view, read beside the aspiration.
import type { InformationRequestView } from '@kim-kit/sdk/schemas';
import { presentInformationRequest } from '../present/information-request.js';
import type { AspirationRecord } from '../storage/storage.js';
import type { RouteDeps } from './route-deps.js';

/** `undefined` for other kinds (no read at all). */
export async function informationRequestOf(
  deps: Pick<RouteDeps, 'storage' | 'deadlines'>,
  record: AspirationRecord,
  audience: 'public' | 'official',
): Promise<InformationRequestView | undefined> {
  if (record.kind !== 'information_request') return undefined;
  const request = await deps.storage.informationRequests.get(record.id);
  return request && presentInformationRequest(record, request, audience, deps.deadlines.calendar.isDayOff);
}
