// The files of submissions waiting in the outbox, kept as Blobs in IndexedDB (Web Storage holds text only) under the
// submission's Idempotency-Key until the server has them; in page memory where IndexedDB is unavailable.

/** A file as the outbox keeps it: the Blob with its name (a `File` does not survive every IndexedDB). */
export interface StoredFile {
  name: string;
  type: string;
  blob: Blob;
}

const DATABASE = 'kim-kit-aspiration-files';
const STORE = 'files';

const memory = new Map<string, StoredFile[]>();

let opening: Promise<IDBDatabase | null> | undefined;

/** The database, or null where IndexedDB is missing or refused (private modes, sandboxed frames). */
function database(): Promise<IDBDatabase | null> {
  opening ??= new Promise((resolve) => {
    try {
      const request = indexedDB.open(DATABASE, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => resolve(null);
      request.onblocked = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
  return opening;
}

function run<T>(db: IDBDatabase, mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    const transaction = db.transaction(STORE, mode);
    const request = work(transaction.objectStore(STORE));
    transaction.oncomplete = () => resolve(request.result as T);
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error);
  });
}

/** Keeps the files of the submission sent under `key`. Returns false when they live in page memory only. */
export async function putOutboxFiles(key: string, files: readonly File[]): Promise<boolean> {
  const stored = files.map((file) => ({ name: file.name, type: file.type, blob: file.slice(0, file.size, file.type) }));
  const db = await database();
  if (db) {
    try {
      await run(db, 'readwrite', (store) => store.put(stored, key));
      return true;
    } catch {
      // A full quota: the files stay with the page.
    }
  }
  memory.set(key, stored);
  return false;
}

/** The files of the submission sent under `key`, as Files; none when it had none (or they were lost). */
export async function outboxFiles(key: string): Promise<File[]> {
  let stored = memory.get(key);
  const db = stored ? null : await database();
  if (db) {
    try {
      stored = await run<StoredFile[] | undefined>(db, 'readonly', (store) => store.get(key));
    } catch {
      stored = undefined;
    }
  }
  return (stored ?? []).map((f) => new File([f.blob], f.name, { type: f.type }));
}

/** Forgets the files of the submission sent under `key` (delivered, or refused for good). */
export async function removeOutboxFiles(key: string): Promise<void> {
  memory.delete(key);
  const db = await database();
  if (!db) return;
  try {
    await run(db, 'readwrite', (store) => store.delete(key));
  } catch {
    // Nothing more to do: a later put under a new key does not meet these.
  }
}
