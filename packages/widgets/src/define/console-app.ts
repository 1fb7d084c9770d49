// Registers <kim-console> (and <kim-sign-in>, which it shows); a second copy of the bundle leaves them alone.
import { KimConsole } from '../console/console-app/console-app.js';

if (!customElements.get('kim-console')) customElements.define('kim-console', KimConsole);

declare global {
  interface HTMLElementTagNameMap {
    'kim-console': KimConsole;
  }
}
