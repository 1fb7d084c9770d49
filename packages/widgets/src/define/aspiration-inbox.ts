// Registers <kim-aspiration-inbox> (and <kim-sign-in>, which it shows when embedded alone without a session); a
// second copy of the bundle on the same page leaves the first registrations alone.
import { KimAspirationInbox } from '../console/aspiration-inbox/aspiration-inbox.js';
import { KimSignIn } from '../console/sign-in/sign-in.js';

if (!customElements.get('kim-sign-in')) customElements.define('kim-sign-in', KimSignIn);
if (!customElements.get('kim-aspiration-inbox')) customElements.define('kim-aspiration-inbox', KimAspirationInbox);

declare global {
  interface HTMLElementTagNameMap {
    'kim-aspiration-inbox': KimAspirationInbox;
  }
}
