// The administrator's side, through the SDK with the admin token: what the city's back office would call.
import {
  ASPIRATION_TRANSITIONS,
  type AspirationAdminView,
  type AspirationStatus,
  createKimClient,
  type KimClient,
} from '@kim-kit/sdk';
import { e2e } from './hooks.js';

export function adminClient(): KimClient {
  const { server } = e2e();
  return createKimClient({ baseUrl: server.baseUrl, token: server.adminToken });
}

/** Every aspiration on the server, all pages. */
export async function allAspirations(): Promise<AspirationAdminView[]> {
  const found: AspirationAdminView[] = [];
  for await (const item of adminClient().admin.aspirations.list({ limit: 100 })) found.push(item);
  return found;
}

/** The aspirations with this title, once at least one has arrived (polls up to 15 s). */
export async function arrivedTitled(title: string): Promise<AspirationAdminView[]> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const found = (await allAspirations()).filter((a) => a.title === title);
    if (found.length > 0) return found;
    if (Date.now() > deadline) throw new Error(`no aspiration titled "${title}" arrived within 15 s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The shortest chain of allowed transitions from one status to another (the lifecycle has no shortcuts). */
export function lifecyclePath(from: AspirationStatus, to: AspirationStatus): AspirationStatus[] {
  const queue: AspirationStatus[][] = [[from]];
  const seen = new Set<AspirationStatus>([from]);
  while (queue.length > 0) {
    const path = queue.shift()!;
    const last = path[path.length - 1]!;
    if (last === to) return path.slice(1);
    for (const next of ASPIRATION_TRANSITIONS[last]) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push([...path, next]);
      }
    }
  }
  throw new Error(`no transition path from ${from} to ${to}`);
}

/** The id of the active agency of a regency or city (`PP.KK`) whose name is `name`. */
export async function agencyNamed(regionCode: string, name: string): Promise<string> {
  const { data } = await adminClient().admin.agencies.list({ region: regionCode.slice(0, 5), status: 'active' });
  const agency = data.find((a) => a.name === name);
  if (!agency) throw new Error(`no active agency named ${name} in ${regionCode.slice(0, 5)}`);
  return agency.id;
}

/**
 * Walks an aspiration through the lifecycle to `status`; `note` goes on the final step. Forwarding names the agency
 * (the contract requires one): Dinas Pekerjaan Umum dan Penataan Ruang unless told otherwise.
 */
export async function advanceTo(
  id: string,
  status: AspirationStatus,
  note: string,
  agency = 'Dinas Pekerjaan Umum dan Penataan Ruang',
): Promise<AspirationAdminView> {
  const client = adminClient();
  let current = await client.admin.aspirations.get(id);
  const steps = lifecyclePath(current.status, status);
  for (const [i, step] of steps.entries()) {
    const agencyId = step === 'forwarded' ? await agencyNamed(current.regionCode, agency) : undefined;
    current = await client.admin.aspirations.setStatus(
      id,
      { status: step, note: i === steps.length - 1 ? note : null, ...(agencyId && { agencyId }) },
      { version: current.version },
    );
  }
  return current;
}
