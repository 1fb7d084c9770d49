// Registers <kim-news-list>; a second copy of the bundle on the same page leaves the first registration alone.
import { KimNewsList } from '../console/news-editor/news-list.js';

if (!customElements.get('kim-news-list')) customElements.define('kim-news-list', KimNewsList);

declare global {
  interface HTMLElementTagNameMap {
    'kim-news-list': KimNewsList;
  }
}
