// Registers <kim-aspiration-stats> and exports its class; a second copy of the bundle on the same page leaves the
// first registration alone. Not in the package root or kim-widgets.js: a statistics page is a page of its own, and
// the pages that embed the four citizen widgets should not carry it.
import { KimAspirationStats } from '../aspiration-stats/aspiration-stats.js';

export { KimAspirationStats };

if (!customElements.get('kim-aspiration-stats')) customElements.define('kim-aspiration-stats', KimAspirationStats);

declare global {
  interface HTMLElementTagNameMap {
    'kim-aspiration-stats': KimAspirationStats;
  }
}
