import type { NewsSummary } from '@kim-kit/sdk';

/**
 * Fired when the reader picks a news item. Cancelable: call `preventDefault()` to handle the navigation yourself
 * (otherwise the feed follows the article's URL, or opens it inline with `reader`).
 */
export class KimNewsSelectEvent extends Event {
  /** The chosen article as listed. */
  readonly article: NewsSummary;

  constructor(article: NewsSummary) {
    super('kim-news-select', { bubbles: true, composed: true, cancelable: true });
    this.article = article;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kim-news-select': KimNewsSelectEvent;
  }
}
