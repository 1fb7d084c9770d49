// Registers <kim-aspiration-status>; a second copy of the bundle on the same page leaves the first registration alone.
import { KimAspirationStatus } from '../aspiration-status/aspiration-status.js';

if (!customElements.get('kim-aspiration-status')) customElements.define('kim-aspiration-status', KimAspirationStatus);

declare global {
  interface HTMLElementTagNameMap {
    'kim-aspiration-status': KimAspirationStatus;
  }
}
