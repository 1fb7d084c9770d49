// cdn/kim-console.js: the console for /console/ and for intranet pages without a build step (every console tag, Lit
// and the SDK), with what only some sections need in files beside it, loaded on demand from the same origin: the
// rich-text editor, and <kim-aspiration-intake> with the public form it embeds. Public CDN files never import anything
// under src/console/.
//
// It exports what @kim-kit/widgets/console does, but the intake's classes (KimAspirationIntake, KimIntakeSlip), which
// would bring the intake back into this file; the build fails when an export of src/console/index.ts is missing here
// and not listed among the lazy ones (scripts/cdn-files.mjs, CONSOLE_LAZY_EXPORTS).
import './script-origin.js';
import '../define/console.js';

export { KimAccountAdmin, membershipText } from '../console/account-admin/account-admin.js';
export { KimAgencyAdmin } from '../console/agency-admin/agency-admin.js';
export { inboxHash, inboxRouteOf, KimAspirationInbox } from '../console/aspiration-inbox/aspiration-inbox.js';
export {
  formatInboxQuery,
  type InboxQuery,
  inboxApiParams,
  parseInboxQuery,
} from '../console/aspiration-inbox/inbox-query.js';
export { actionText, actorText, KimAuditLog } from '../console/audit-log/audit-log.js';
export { type ConsoleSection, KimConsole, SECTIONS } from '../console/console-app/console-app.js';
export { type ConsoleRoute, routeOf } from '../console/console-app/routes.js';
export { KimGroupEditor, NEW_GROUP } from '../console/group-editor/group-editor.js';
export { type AccountAdminStrings, accountAdmin as accountAdminStrings } from '../console/locales/account-admin.js';
export { type AgencyAdminStrings, agencyAdmin as agencyAdminStrings } from '../console/locales/agency-admin.js';
export {
  type AspirationInboxStrings,
  aspirationInbox as aspirationInboxStrings,
} from '../console/locales/aspiration-inbox.js';
export {
  type AspirationIntakeStrings,
  aspirationIntake as aspirationIntakeStrings,
} from '../console/locales/aspiration-intake.js';
export { type AuditLogStrings, auditLog as auditLogStrings } from '../console/locales/audit-log.js';
export { type ConsoleCommonStrings, consoleCommon } from '../console/locales/common.js';
export { type GroupEditorStrings, groupEditor as groupEditorStrings } from '../console/locales/group-editor.js';
export { type NewsEditorStrings, newsEditor as newsEditorStrings } from '../console/locales/news-editor.js';
export { type NewsReviewStrings, newsReview as newsReviewStrings } from '../console/locales/news-review.js';
export { type SessionStrings, session as sessionStrings } from '../console/locales/session.js';
export { type SignInStrings, signIn as signInStrings } from '../console/locales/sign-in.js';
export { type WebhookAdminStrings, webhookAdmin as webhookAdminStrings } from '../console/locales/webhook-admin.js';
export {
  type ArticleDraft,
  type DraftImage,
  DraftStore,
  type StoredDraft,
} from '../console/news-editor/draft-store.js';
export { KimNewsEditor } from '../console/news-editor/news-editor.js';
export { KimNewsList } from '../console/news-editor/news-list.js';
export { KimNewsReview, type ReviewTab } from '../console/news-review/news-review.js';
export { KimConsoleElement } from '../console/shared/console-element.js';
export { type Problems, problemsOf } from '../console/shared/problems.js';
export {
  type ConsoleClient,
  KimSession,
  KimSessionExpiredEvent,
  type KimSessionOptions,
  SESSION_CHANGE,
  type SessionState,
} from '../console/shared/session.js';
export { KimSignIn } from '../console/sign-in/sign-in.js';
export { KimWebhookAdmin } from '../console/webhook-admin/webhook-admin.js';
export { configure, type KimWidgetsConfig } from '../shared/config.js';
