// Registers <kim-sign-in>; a second copy of the bundle on the same page leaves the first registration alone.
import { KimSignIn } from '../console/sign-in/sign-in.js';

if (!customElements.get('kim-sign-in')) customElements.define('kim-sign-in', KimSignIn);

declare global {
  interface HTMLElementTagNameMap {
    'kim-sign-in': KimSignIn;
  }
}
