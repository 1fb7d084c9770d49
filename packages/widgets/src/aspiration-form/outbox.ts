// Submissions waiting to reach the server, each with the Idempotency-Key it was first sent with.
import type { AspirationInput } from '@kim-kit/sdk';
import { readJson, removeItem, storageOrMemory, writeJson } from './browser-storage.js';

/** One submission not yet acknowledged by the server. */
export interface OutboxEntry {
  /** Sent as the Idempotency-Key header on every attempt, so retries never create a second aspiration. */
  idempotencyKey: string;
  /** Exactly what was first sent: a replay must carry the same body as the original. */
  input: AspirationInput;
  /** When the citizen pressed send (ISO timestamp). */
  queuedAt: string;
  /** How many files wait with it in IndexedDB (outbox-files.ts), under the same key. */
  files?: number;
}

/**
 * A small persistent queue in localStorage, keyed by scope (which API, which region). It holds the reporter's contact
 * details as typed, because a replay has to send the same body; an entry is removed as soon as a receipt arrives
 * or the server refuses it for good.
 */
export class Outbox {
  readonly #key: string;
  readonly #storage: Storage;

  /** `storage` defaults to localStorage, or to page memory where Web Storage is unavailable. */
  constructor(scope: string, storage: Storage = storageOrMemory('localStorage')) {
    this.#key = `kim-kit:aspiration-outbox:v1:${scope}`;
    this.#storage = storage;
  }

  /** Waiting entries, oldest first. Malformed records are skipped. */
  list(): OutboxEntry[] {
    const stored = readJson(this.#storage, this.#key);
    return Array.isArray(stored) ? stored.filter(isEntry) : [];
  }

  /** Adds an entry, or replaces the one with the same key. Returns false when it could not be stored. */
  put(entry: OutboxEntry): boolean {
    const others = this.list().filter((e) => e.idempotencyKey !== entry.idempotencyKey);
    return writeJson(this.#storage, this.#key, [...others, entry]);
  }

  /** Takes every entry of `other` (the outbox of another scope) and empties it. */
  moveFrom(other: Outbox): void {
    const entries = other.list();
    if (entries.length === 0) return;
    for (const entry of entries) this.put(entry);
    for (const entry of entries) other.remove(entry.idempotencyKey);
  }

  /** Removes the entry with this key, if any. */
  remove(idempotencyKey: string): void {
    const rest = this.list().filter((e) => e.idempotencyKey !== idempotencyKey);
    if (rest.length === 0) removeItem(this.#storage, this.#key);
    else writeJson(this.#storage, this.#key, rest);
  }
}

function isEntry(value: unknown): value is OutboxEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.idempotencyKey === 'string' &&
    entry.idempotencyKey.length > 0 &&
    typeof entry.queuedAt === 'string' &&
    typeof entry.input === 'object' &&
    entry.input !== null
  );
}
