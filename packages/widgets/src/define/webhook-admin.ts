// Registers <kim-webhook-admin>; a second copy of the bundle on the same page leaves the first registration alone.
import { KimWebhookAdmin } from '../console/webhook-admin/webhook-admin.js';

if (!customElements.get('kim-webhook-admin')) customElements.define('kim-webhook-admin', KimWebhookAdmin);

declare global {
  interface HTMLElementTagNameMap {
    'kim-webhook-admin': KimWebhookAdmin;
  }
}
