// A list that loads page by page ("Muat lebih banyak") and remembers its failure: the people and the token tables.
import type { Page } from '@kim-kit/sdk';

export interface Paged<T> {
  phase: 'idle' | 'loading' | 'ready' | 'error';
  rows: T[];
  next: string | null;
  /** A further page is loading (the rows stay). */
  more: boolean;
  error?: unknown;
}

export const idle = <T>(): Paged<T> => ({ phase: 'idle', rows: [], next: null, more: false });

/**
 * Loads the first page (`cursor` undefined) or the next one, calling `set` with each state; a newer load of the same
 * list wins over an older one still under way (`token` changes).
 */
export async function loadPage<T>(
  current: Paged<T>,
  fetchPage: (cursor: string | undefined) => Promise<Page<T>>,
  set: (next: Paged<T>) => void,
  isCurrent: () => boolean,
  cursor?: string,
): Promise<void> {
  set(cursor ? { ...current, more: true } : { phase: 'loading', rows: [], next: null, more: false });
  try {
    const page = await fetchPage(cursor);
    if (!isCurrent()) return;
    set({
      phase: 'ready',
      rows: cursor ? [...current.rows, ...page.data] : page.data,
      next: page.nextCursor ?? null,
      more: false,
    });
  } catch (error) {
    if (!isCurrent()) return;
    set(cursor ? { ...current, more: false, error } : { phase: 'error', rows: [], next: null, more: false, error });
  }
}
