// Web Storage that may be missing: disabled cookies, sandboxed iframes and full quotas all throw.

/** The named storage if the page may use it, else null. */
export function browserStorage(name: 'localStorage' | 'sessionStorage'): Storage | null {
  try {
    const storage = globalThis[name];
    return storage ?? null;
  } catch {
    return null;
  }
}

/** Reads and parses one JSON item; anything unreadable counts as absent. */
export function readJson(storage: Storage | null, key: string): unknown {
  if (!storage) return undefined;
  try {
    const text = storage.getItem(key);
    return text === null ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Writes one JSON item; returns false when the storage refused it (quota, privacy mode). */
export function writeJson(storage: Storage | null, key: string, value: unknown): boolean {
  if (!storage) return false;
  try {
    storage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/** Removes one item, ignoring a storage that refuses. */
export function removeItem(storage: Storage | null, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Nothing to clean up in a storage we cannot touch.
  }
}

/** A Storage kept in memory for the life of the page: the fallback when Web Storage is unavailable. */
export class MemoryStorage implements Storage {
  readonly #items = new Map<string, string>();

  get length(): number {
    return this.#items.size;
  }

  clear(): void {
    this.#items.clear();
  }

  getItem(key: string): string | null {
    return this.#items.get(key) ?? null;
  }

  key(index: number): string | null {
    return [...this.#items.keys()][index] ?? null;
  }

  removeItem(key: string): void {
    this.#items.delete(key);
  }

  setItem(key: string, value: string): void {
    this.#items.set(key, String(value));
  }
}

let pageMemory: MemoryStorage | undefined;

/** The named storage, or one in-memory store shared by every widget on the page when it is unavailable. */
export function storageOrMemory(name: 'localStorage' | 'sessionStorage'): Storage {
  const storage = browserStorage(name);
  if (storage) return storage;
  pageMemory ??= new MemoryStorage();
  return pageMemory;
}
