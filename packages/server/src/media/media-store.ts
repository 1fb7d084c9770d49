// Where the bytes of uploaded images live. Several server processes must serve the same files (issue 14), so the
// default store is the database every process shares, not a local folder; another store (object storage) only has
// to implement this interface.
import type { MediaFile, Storage } from '../storage/storage.js';

export interface MediaStore {
  /** Stores files by name; a name already stored is kept (names are hashes of the bytes). */
  put(files: readonly MediaFile[]): Promise<void>;
  get(name: string): Promise<MediaFile | undefined>;
}

/** The media store in the `media_files` table of the server's database (SQLite blob or PostgreSQL bytea). */
export function databaseMediaStore(storage: Storage): MediaStore {
  return {
    put: (files) => storage.putMediaFiles(files),
    get: (name) => storage.getMediaFile(name),
  };
}
