// Registers <kim-audit-log>; a second copy of the bundle on the same page leaves the first registration alone.
import { KimAuditLog } from '../console/audit-log/audit-log.js';

if (!customElements.get('kim-audit-log')) customElements.define('kim-audit-log', KimAuditLog);

declare global {
  interface HTMLElementTagNameMap {
    'kim-audit-log': KimAuditLog;
  }
}
