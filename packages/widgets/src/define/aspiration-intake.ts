// Registers <kim-aspiration-intake>; a second copy of the bundle on the same page leaves the first registration alone.
import { KimAspirationIntake } from '../console/aspiration-intake/aspiration-intake.js';

if (!customElements.get('kim-aspiration-intake')) customElements.define('kim-aspiration-intake', KimAspirationIntake);

declare global {
  interface HTMLElementTagNameMap {
    'kim-aspiration-intake': KimAspirationIntake;
    'kim-intake-slip': import('../console/aspiration-intake/intake-slip.js').KimIntakeSlip;
  }
}
