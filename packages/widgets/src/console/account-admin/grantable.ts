// Which roles and scopes the signed-in person may grant, as the choices of the invite and change-role forms: admins
// any role anywhere; Dinas officials officials and operators inside their region, never admins (api-12.md). The
// server's policy decides; this only keeps choices off the form that the server would refuse.
import type { GroupAdminView, Me, Membership, MembershipInput, Role } from '@kim-kit/sdk';
import type { ConsoleClient } from '../shared/session.js';

export interface RegionChoice {
  code: string;
  name: string;
}

/** The codes of the regions a Dinas official works in. */
const dinasScopes = (me: Me) => me.memberships.flatMap((m) => (m.role === 'dinas' ? [m.region] : []));

export const isAdmin = (me: Me): boolean => me.memberships.some((m) => m.role === 'admin');

/** The roles the person may give someone else. */
export function grantableRoles(me: Me): Role[] {
  if (isAdmin(me)) return ['admin', 'dinas', 'kim'];
  return dinasScopes(me).length ? ['dinas', 'kim'] : [];
}

/** Whether the person may grant (or change, or take away) `membership` (the policy's `mayGrant`). */
export function mayGrant(me: Me, membership: Membership): boolean {
  if (isAdmin(me)) return true;
  const within = (code: string) => dinasScopes(me).some((s) => code === s.code || code.startsWith(`${s.code}.`));
  if (membership.role === 'dinas') return within(membership.region.code);
  if (membership.role === 'kim') return within(membership.group.regionCode);
  return false;
}

/** The region whose time zone the person's times are shown in: their first scope, or Jakarta (WIB) for admins. */
export function homeRegion(me: Me | undefined): string {
  for (const m of me?.memberships ?? []) {
    if (m.role === 'dinas') return m.region.code;
    if (m.role === 'kim') return m.group.regionCode;
  }
  return '31';
}

/** The region a granted membership lives in, for the time zone of its invitation's expiry. */
export function regionOfInput(membership: MembershipInput | undefined, groups: readonly GroupAdminView[]) {
  if (membership?.role === 'dinas') return membership.regionCode;
  if (membership?.role === 'kim') return groups.find((g) => g.id === membership.groupId)?.regionCode;
  return undefined;
}

/** The provinces a Dinas scope can be chosen in. */
export async function provinceChoices(client: ConsoleClient, me: Me): Promise<RegionChoice[]> {
  if (isAdmin(me))
    return (await client.regions.list().toArray({ limit: 100 })).map(({ code, name }) => ({ code, name }));
  const provinces = [...new Set(dinasScopes(me).map((s) => s.code.slice(0, 2)))];
  return Promise.all(
    provinces.map(async (code) => {
      const own = dinasScopes(me).find((s) => s.code === code);
      return own ? { code, name: own.name } : { code, name: (await client.regions.get(code)).name };
    }),
  );
}

/** The regencies and cities of `province` the person may appoint officials in. */
export async function regencyChoices(client: ConsoleClient, me: Me, province: string): Promise<RegionChoice[]> {
  const all = await client.regions.list({ parent: province }).toArray({ limit: 200 });
  const scopes = dinasScopes(me);
  return all
    .filter((r) => isAdmin(me) || scopes.some((s) => s.code === province || s.code === r.code))
    .map(({ code, name }) => ({ code, name }));
}

/** Whether an official may be appointed for the whole of `province`. */
export const mayGrantProvince = (me: Me, province: string): boolean =>
  isAdmin(me) || dinasScopes(me).some((s) => s.code === province);

/** The groups operators can be appointed to (the server lists only those in the person's scope). */
export async function groupChoices(client: ConsoleClient): Promise<GroupAdminView[]> {
  return client.admin.groups.list({ limit: 100 }).toArray({ limit: 500 });
}
