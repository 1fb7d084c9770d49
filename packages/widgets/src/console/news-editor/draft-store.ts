// The news editor's local copy of what the person is typing: in localStorage, so it outlives a reload, a closed tab
// and a dropped connection, keyed by person and article (or `new`), written a moment after the typing stops.

/** The article fields the editor edits. */
export interface ArticleDraft {
  groupId: string;
  categoryId: string;
  title: string;
  /** Empty: the server derives the summary from the body. */
  summary: string;
  body: string;
  image: DraftImage | null;
}

/** The cover image: the uploaded media, its required alternative text, and what the preview shows. */
export interface DraftImage {
  mediaId: string;
  alt: string;
  url: string;
  width: number;
  height: number;
}

export interface StoredDraft {
  draft: ArticleDraft;
  /** The article's version the draft started from (`null` for a new article). */
  baseVersion: number | null;
  /** When it was written, ISO 8601. */
  savedAt: string;
}

const PREFIX = 'kim-news-draft:';

function defaultStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function isDraft(value: unknown): value is StoredDraft {
  const stored = value as StoredDraft | null;
  const draft = stored?.draft;
  return (
    typeof stored === 'object' &&
    stored !== null &&
    typeof stored.savedAt === 'string' &&
    typeof draft === 'object' &&
    draft !== null &&
    ['groupId', 'categoryId', 'title', 'summary', 'body'].every(
      (key) => typeof (draft as unknown as Record<string, unknown>)[key] === 'string',
    )
  );
}

/** One article's local draft for one person. */
export class DraftStore {
  readonly key: string;
  readonly #storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  readonly #delay: number;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #pending: StoredDraft | undefined;

  /**
   * @param scope who and where (the API's base URL and the person's id), so that one person's drafts never open for
   *   another on a shared computer.
   * @param articleId the article, or `undefined` for a new one.
   */
  constructor(
    scope: string,
    articleId: string | undefined,
    options: { storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null; delay?: number } = {},
  ) {
    this.key = `${PREFIX}${scope}:${articleId ?? 'new'}`;
    this.#storage = options.storage === undefined ? defaultStorage() : options.storage;
    this.#delay = options.delay ?? 400;
  }

  read(): StoredDraft | undefined {
    try {
      const text = this.#storage?.getItem(this.key);
      const value: unknown = text ? JSON.parse(text) : undefined;
      return isDraft(value) ? value : undefined;
    } catch {
      return undefined;
    }
  }

  /** Writes `draft` after `delay` ms without a newer one. */
  write(draft: ArticleDraft, baseVersion: number | null): void {
    this.#pending = { draft, baseVersion, savedAt: new Date().toISOString() };
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.flush(), this.#delay);
  }

  /** Writes a waiting draft now (before the page goes away). */
  flush(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const pending = this.#pending;
    this.#pending = undefined;
    if (!pending) return;
    try {
      this.#storage?.setItem(this.key, JSON.stringify(pending));
    } catch {
      // Storage full or blocked: the draft still lives in the page.
    }
  }

  /** Forgets the draft (after the server kept it, or when the person discards it). */
  clear(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#pending = undefined;
    try {
      this.#storage?.removeItem(this.key);
    } catch {
      // Nothing to do.
    }
  }
}
