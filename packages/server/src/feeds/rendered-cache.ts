// Rendered feeds and sitemaps, kept until the catalog changes: readers poll them far more often than news changes.
import type { Rendered } from '../http/conditional-get.js';

/** A small LRU of rendered documents keyed by URL, each valid for one catalog version. */
export class RenderedCache {
  readonly #entries = new Map<string, Rendered & { version: string }>();
  readonly #capacity: number;

  constructor(capacity = 200) {
    this.#capacity = capacity;
  }

  get(key: string, version: string): Rendered | undefined {
    const entry = this.#entries.get(key);
    if (!entry || entry.version !== version) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry;
  }

  set(key: string, version: string, rendered: Rendered): void {
    this.#entries.delete(key);
    if (this.#entries.size >= this.#capacity) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
    this.#entries.set(key, { ...rendered, version });
  }
}
