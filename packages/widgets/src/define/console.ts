// Registers every console tag; a second copy of the bundle on the same page leaves the first registrations alone.
// Each tag is registered here rather than by importing the other define modules (see tsup.config.ts). Except
// <kim-aspiration-intake> (and its slip), which <kim-console> loads on demand when its section opens; a page that
// shows the intake on its own imports define/aspiration-intake.js.
import { KimAccountAdmin } from '../console/account-admin/account-admin.js';
import { KimAgencyAdmin } from '../console/agency-admin/agency-admin.js';
import { KimAspirationInbox } from '../console/aspiration-inbox/aspiration-inbox.js';
import { KimAuditLog } from '../console/audit-log/audit-log.js';
import { KimConsole } from '../console/console-app/console-app.js';
import { KimGroupEditor } from '../console/group-editor/group-editor.js';
import { KimNewsEditor } from '../console/news-editor/news-editor.js';
import { KimNewsList } from '../console/news-editor/news-list.js';
import { KimNewsReview } from '../console/news-review/news-review.js';
import { KimSignIn } from '../console/sign-in/sign-in.js';
import { KimWebhookAdmin } from '../console/webhook-admin/webhook-admin.js';

if (!customElements.get('kim-sign-in')) customElements.define('kim-sign-in', KimSignIn);
if (!customElements.get('kim-account-admin')) customElements.define('kim-account-admin', KimAccountAdmin);
if (!customElements.get('kim-audit-log')) customElements.define('kim-audit-log', KimAuditLog);
if (!customElements.get('kim-console')) customElements.define('kim-console', KimConsole);
if (!customElements.get('kim-news-review')) customElements.define('kim-news-review', KimNewsReview);
if (!customElements.get('kim-group-editor')) customElements.define('kim-group-editor', KimGroupEditor);
if (!customElements.get('kim-news-editor')) customElements.define('kim-news-editor', KimNewsEditor);
if (!customElements.get('kim-news-list')) customElements.define('kim-news-list', KimNewsList);
if (!customElements.get('kim-webhook-admin')) customElements.define('kim-webhook-admin', KimWebhookAdmin);
if (!customElements.get('kim-aspiration-inbox')) customElements.define('kim-aspiration-inbox', KimAspirationInbox);
if (!customElements.get('kim-agency-admin')) customElements.define('kim-agency-admin', KimAgencyAdmin);
