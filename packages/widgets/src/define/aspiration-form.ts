// Registers <kim-aspiration-form>; a second copy of the bundle on the same page leaves the first registration alone.
import { KimAspirationForm } from '../aspiration-form/aspiration-form.js';

if (!customElements.get('kim-aspiration-form')) customElements.define('kim-aspiration-form', KimAspirationForm);

declare global {
  interface HTMLElementTagNameMap {
    'kim-aspiration-form': KimAspirationForm;
  }
}
