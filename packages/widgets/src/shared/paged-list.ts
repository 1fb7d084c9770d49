// The pages of a cursor-paginated list, for the widgets that show one (the news feed, the group directory): the first
// page whenever its arguments change, the next one on "load more", the items so far, and `kim-load` once a page is on
// screen.
import type { Page } from '@kim-kit/sdk';
import { initialState, type StatusRenderer, Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import { KimLoadEvent } from '../events/kim-load.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode };

export interface PagedListOptions<T, A extends readonly unknown[]> {
  /** The arguments of the list (client, filters, page size); when one changes, the list reloads from its first page. */
  args: () => A;
  /** Loads the first page (`more` empty) or the page after a cursor (`more` is `{ cursor }`). */
  load: (args: A, more: { cursor?: string }, signal: AbortSignal) => Promise<Page<T>>;
  /** A selector for the list's focusable entries: after "load more", focus moves to the first new one. */
  entries: string;
  /** Runs before the first page loads again (for example, to close what was open). */
  onReload?: () => void;
}

/** A reactive controller: its host re-renders when a page arrives. */
export class PagedList<T, A extends readonly unknown[]> {
  /** The items of every page loaded so far. */
  items: T[] = [];
  /** The cursor of the next page, or `null` on the last one. */
  nextCursor: string | null = null;

  readonly #host: Host;
  readonly #first: Task<A, Page<T>>;
  readonly #more: Task<readonly [string], Page<T>>;

  constructor(host: Host, options: PagedListOptions<T, A>) {
    this.#host = host;
    this.#first = new Task<A, Page<T>>(host, {
      task: async (args, { signal }) => {
        options.onReload?.();
        this.#more.abort();
        const page = await options.load(args, {}, signal);
        this.#show(page.data, page.nextCursor);
        return page;
      },
      args: options.args,
    });
    this.#more = new Task<readonly [string], Page<T>>(host, {
      autoRun: false,
      task: async ([cursor], { signal }) => {
        let page: Page<T>;
        try {
          page = await options.load(options.args(), { cursor }, signal);
        } catch (error) {
          // Aborted because an argument changed: the list reloads from its first page, nothing to show here.
          if (signal.aborted) return initialState;
          throw error;
        }
        const firstNew = this.items.length;
        this.#show([...this.items, ...page.data], page.nextCursor);
        await host.updateComplete;
        // Keyboard and screen-reader users continue where the new entries start.
        host.renderRoot.querySelectorAll<HTMLElement>(options.entries)[firstNew]?.focus();
        return page;
      },
    });
  }

  /** Takes a page's items, and fires `kim-load` with their count once they are rendered. */
  #show(items: T[], nextCursor: string | null): void {
    this.items = items;
    this.nextCursor = nextCursor;
    this.#host.requestUpdate();
    const count = items.length;
    this.#host.updateComplete.then(() => this.#host.dispatchEvent(new KimLoadEvent(count)));
  }

  /** Whether the first page is shown (not loading, not failed). */
  get loaded(): boolean {
    return this.#first.status === TaskStatus.COMPLETE;
  }

  /** What the "load more" control shows (see `loadMoreView`). */
  get more() {
    const status = this.#more.status;
    return {
      error: this.#more.error,
      failed: status === TaskStatus.ERROR,
      hasMore: Boolean(this.nextCursor),
      loading: status === TaskStatus.PENDING,
    };
  }

  /** Renders the state of the first page: initial, pending, error or complete. */
  render(renderers: StatusRenderer<Page<T>>) {
    return this.#first.render(renderers);
  }

  /** Loads the first page again. */
  reload(): void {
    this.#first.run();
  }

  /** Loads the next page, unless there is none or it is already on its way. */
  loadMore(): void {
    if (this.nextCursor && this.#more.status !== TaskStatus.PENDING) this.#more.run([this.nextCursor]);
  }
}
