// The officials' view of one aspiration, as every route of the officials' API answers it (read, status change,
// agency response, question, the legal steps of an information request, and a 412's current record): one shape,
// so the console never loses what it showed (an information request's register facts) after an action.
import type { Context } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { can } from '../policy/policy.js';
import type { Principal } from '../policy/principal.js';
import { presentAdmin } from '../present/aspiration.js';
import type { AspirationRecord } from '../storage/storage.js';
import { informationRequestOf } from './information-request-view.js';
import type { RouteDeps } from './route-deps.js';

/** The reporter for those who may see them; files and the position for officials in scope; a request's details. */
export async function officialView(
  c: Context<AppEnv>,
  deps: Pick<RouteDeps, 'storage' | 'deadlines' | 'publicUrl'>,
  principal: Principal,
  record: AspirationRecord,
) {
  const view = presentAdmin(
    record,
    can(principal, 'aspiration.read_reporter', record),
    can(principal, 'aspiration.change_status', record) ? { baseUrl: deps.publicUrl(c) } : undefined,
  );
  const request = await informationRequestOf(deps, record, 'official');
  return request ? { ...view, informationRequest: request } : view;
}
