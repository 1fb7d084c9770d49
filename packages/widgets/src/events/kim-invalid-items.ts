import type { ResponseIssue } from '@kim-kit/sdk';

/** One item of a list page that broke the contract and was left out. */
export interface InvalidItem {
  /** Its position in the page as the server sent it. */
  index: number;
  /** Its `id`, when it had one. */
  id?: string;
  /** What is wrong with it, e.g. `{ path: 'contact.email', message: 'Invalid email address' }`. */
  issues: ResponseIssue[];
}

/**
 * Fired when a page of a list held items that break the API contract. The widget shows the valid items and leaves
 * these out; a console warning says the same.
 */
export class KimInvalidItemsEvent extends Event {
  /** The items left out. */
  readonly items: InvalidItem[];

  constructor(items: InvalidItem[]) {
    super('kim-invalid-items', { bubbles: true, composed: true });
    this.items = items;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kim-invalid-items': KimInvalidItemsEvent;
  }
}
