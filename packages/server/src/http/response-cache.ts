// Serialized responses of catalog GETs, valid while the catalog's version stays the same.
import type { PreparedJson } from './json-response.js';

interface Entry {
  version: string;
  prepared: PreparedJson;
}

/**
 * A small LRU of prepared JSON bodies keyed by URL. Catalog data (regions, groups, news) changes only when someone
 * seeds or imports, so most list and detail requests can skip the database and the serializer entirely. An entry is
 * the prepared body itself, so the compressed copies `sendPrepared` adds to it stay with it: compression too is paid
 * once per catalog version.
 */
export class ResponseCache {
  readonly #entries = new Map<string, Entry>();
  readonly #capacity: number;
  /** Bodies larger than this are not kept, so a few huge pages cannot crowd out the rest. */
  readonly #maxBodyLength: number;

  constructor(capacity = 500, maxBodyLength = 512 * 1024) {
    this.#capacity = capacity;
    this.#maxBodyLength = maxBodyLength;
  }

  get(key: string, version: string): PreparedJson | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.version !== version) {
      this.#entries.delete(key);
      return undefined;
    }
    // Re-insert to mark as recently used.
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.prepared;
  }

  set(key: string, version: string, prepared: PreparedJson): void {
    if (prepared.body.length > this.#maxBodyLength) return;
    this.#entries.delete(key);
    if (this.#entries.size >= this.#capacity) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
    this.#entries.set(key, { version, prepared });
  }

  get size(): number {
    return this.#entries.size;
  }
}
