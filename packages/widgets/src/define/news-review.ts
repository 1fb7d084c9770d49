// Registers <kim-news-review>; a second copy of the bundle on the same page leaves the first registration alone.
import { KimNewsReview } from '../console/news-review/news-review.js';

if (!customElements.get('kim-news-review')) customElements.define('kim-news-review', KimNewsReview);

declare global {
  interface HTMLElementTagNameMap {
    'kim-news-review': KimNewsReview;
  }
}
