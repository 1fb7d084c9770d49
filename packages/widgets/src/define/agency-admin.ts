// Registers <kim-agency-admin>; a second copy of the bundle on the same page leaves the first registration alone.
import { KimAgencyAdmin } from '../console/agency-admin/agency-admin.js';

if (!customElements.get('kim-agency-admin')) customElements.define('kim-agency-admin', KimAgencyAdmin);

declare global {
  interface HTMLElementTagNameMap {
    'kim-agency-admin': KimAgencyAdmin;
  }
}
