// An agency as officials see it.
import type { Agency } from '@kim-kit/sdk/schemas';
import type { AgencyRecord } from '../storage/storage.js';

export function presentAgency(record: AgencyRecord): Agency {
  return {
    id: record.id,
    regionCode: record.regionCode,
    name: record.name,
    shortName: record.shortName,
    email: record.email,
    phone: record.phone,
    status: record.archivedAt === null ? 'active' : 'archived',
    archivedAt: record.archivedAt,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    version: record.version,
  };
}
