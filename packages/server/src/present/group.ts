import type { KimGroup } from '@kim-kit/sdk/schemas';
import type { GroupRecord } from '../storage/storage.js';
import { presentImage } from './urls.js';

/** A stored group as the contract's public `KimGroup`. */
export function presentGroup(group: GroupRecord, base: string): KimGroup {
  return { ...group, logo: presentImage(group.logo, base) };
}
