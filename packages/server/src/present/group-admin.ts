import type { GroupAdminView } from '@kim-kit/sdk/schemas';
import type { GroupAdminRecord } from '../storage/storage.js';
import { presentGroup } from './group.js';

/** A group as its operators and officials see it: the contract's `GroupAdminView`. */
export function presentGroupAdmin(group: GroupAdminRecord, base: string): GroupAdminView {
  return {
    ...presentGroup(group, base),
    secretaryName: group.secretaryName,
    treasurerName: group.treasurerName,
    registryNumber: group.registryNumber,
    logoMediaId: group.logoMediaId,
    previousSlugs: group.previousSlugs,
    archivedAt: group.archivedAt,
    createdAt: group.createdAt,
    version: group.version,
  };
}
