// Who writes, when and from where: every write of the catalog takes one, for its audit entry.
import type { AuditActor, AuditTargetType } from '@kim-kit/sdk/schemas';

export interface WriteContext {
  /** The moment of the write (ISO): the record's times and its audit entry's. */
  at: string;
  actor: AuditActor;
  requestId: string | null;
  clientAddress: string | null;
}

/** What a write tells the audit log about itself. */
export interface AuditDraft {
  action: string;
  target: { type: AuditTargetType; id: string; label: string | null };
  /** Names of the fields that changed, never their values. */
  changes: string[];
  regionCode: string | null;
}
