// Optimistic concurrency, the same on both engines: a write names the version it read, and the UPDATE itself checks
// it (`WHERE id = ? AND version = ?`), so of two writers of one version exactly one wins, in any number of processes.
import type { AuditEvent, VersionedWrite } from '../storage.js';

export interface VersionedStep<R extends { version: number }> {
  /** Reads the record inside the write's transaction. */
  read(): Promise<R | undefined>;
  /** False when the record's state does not allow the change (a workflow step from the wrong status). */
  allowed?(current: R): boolean;
  /**
   * Writes the change with `version + 1` under `WHERE id = ? AND version = ?`; resolves with the audit entry, or
   * `null` when no row matched (another writer came first).
   */
  write(current: R): Promise<AuditEvent | null>;
  /** Reads the record after the write, when `read` no longer finds it (a soft deletion). */
  readBack?(): Promise<R | undefined>;
}

export interface VersionedOutcome<R> {
  result: VersionedWrite<R>;
  /** Present when something was written. */
  audit: AuditEvent | null;
}

/**
 * Reads, checks and writes; the read only chooses the answer (not found, stale, not allowed), the conditional
 * UPDATE decides. A writer that loses the race between its read and its write gets `stale` with the winner's record.
 */
export async function versionedWrite<R extends { version: number }>(
  version: number,
  step: VersionedStep<R>,
): Promise<VersionedOutcome<R>> {
  const current = await step.read();
  if (!current) return { result: { outcome: 'not_found' }, audit: null };
  if (current.version !== version) return { result: { outcome: 'stale', current }, audit: null };
  if (step.allowed && !step.allowed(current))
    return { result: { outcome: 'invalid_transition', current }, audit: null };
  const audit = await step.write(current);
  const after = await (step.readBack ?? step.read)();
  if (!after) return { result: { outcome: 'not_found' }, audit: null };
  if (!audit) return { result: { outcome: 'stale', current: after }, audit: null };
  return { result: { outcome: 'written', record: after }, audit };
}

/** JSON with object keys sorted, so two values compare equal whatever order their keys were written in. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/** The names of the fields of `patch` whose values differ from `before`'s. */
export function changedFields<T extends object>(before: T, patch: Partial<T>): string[] {
  return Object.entries(patch)
    .filter(([key, value]) => value !== undefined && stableJson(value) !== stableJson(before[key as keyof T]))
    .map(([key]) => key);
}
