// Registers <kim-account-admin>; a second copy of the bundle on the same page leaves the first registration alone.
import { KimAccountAdmin } from '../console/account-admin/account-admin.js';

if (!customElements.get('kim-account-admin')) customElements.define('kim-account-admin', KimAccountAdmin);

declare global {
  interface HTMLElementTagNameMap {
    'kim-account-admin': KimAccountAdmin;
  }
}
