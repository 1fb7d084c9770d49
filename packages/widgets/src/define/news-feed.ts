// Registers <kim-news-feed>; a second copy of the bundle on the same page leaves the first registration alone.
import { KimNewsFeed } from '../news-feed/news-feed.js';

if (!customElements.get('kim-news-feed')) customElements.define('kim-news-feed', KimNewsFeed);

declare global {
  interface HTMLElementTagNameMap {
    'kim-news-feed': KimNewsFeed;
  }
}
