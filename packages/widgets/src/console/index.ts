// @kim-kit/widgets/console: the console's element classes and session, with no side effects. Register the tags
// through `define/console.js` (all of them) or `define/<tag>.js`; pages without a build step load cdn/kim-console.js.

export { KimAccountAdmin, membershipText } from './account-admin/account-admin.js';
export { KimAgencyAdmin } from './agency-admin/agency-admin.js';
export {
  inboxHash,
  inboxRouteOf,
  KimAspirationInbox,
} from './aspiration-inbox/aspiration-inbox.js';
export { formatInboxQuery, type InboxQuery, inboxApiParams, parseInboxQuery } from './aspiration-inbox/inbox-query.js';
export { type IntakeGroupChoice, KimAspirationIntake } from './aspiration-intake/aspiration-intake.js';
export { KimIntakeSlip, type SlipPaper } from './aspiration-intake/intake-slip.js';
export { actionText, actorText, KimAuditLog } from './audit-log/audit-log.js';
export { type ConsoleSection, KimConsole, SECTIONS } from './console-app/console-app.js';
export { type ConsoleRoute, routeOf } from './console-app/routes.js';
export { KimGroupEditor, NEW_GROUP } from './group-editor/group-editor.js';
export { type AccountAdminStrings, accountAdmin as accountAdminStrings } from './locales/account-admin.js';
export { type AgencyAdminStrings, agencyAdmin as agencyAdminStrings } from './locales/agency-admin.js';
export { type AspirationInboxStrings, aspirationInbox as aspirationInboxStrings } from './locales/aspiration-inbox.js';
export {
  type AspirationIntakeStrings,
  aspirationIntake as aspirationIntakeStrings,
} from './locales/aspiration-intake.js';
export { type AuditLogStrings, auditLog as auditLogStrings } from './locales/audit-log.js';
export { type ConsoleCommonStrings, consoleCommon } from './locales/common.js';
export { type GroupEditorStrings, groupEditor as groupEditorStrings } from './locales/group-editor.js';
export { type NewsEditorStrings, newsEditor as newsEditorStrings } from './locales/news-editor.js';
export { type NewsReviewStrings, newsReview as newsReviewStrings } from './locales/news-review.js';
export { type SessionStrings, session as sessionStrings } from './locales/session.js';
export { type SignInStrings, signIn as signInStrings } from './locales/sign-in.js';
export { type WebhookAdminStrings, webhookAdmin as webhookAdminStrings } from './locales/webhook-admin.js';
export { type ArticleDraft, type DraftImage, DraftStore, type StoredDraft } from './news-editor/draft-store.js';
export { KimNewsEditor } from './news-editor/news-editor.js';
export { KimNewsList } from './news-editor/news-list.js';
export { KimNewsReview, type ReviewTab } from './news-review/news-review.js';
export { KimConsoleElement } from './shared/console-element.js';
export { type Problems, problemsOf } from './shared/problems.js';
export {
  type ConsoleClient,
  KimSession,
  KimSessionExpiredEvent,
  type KimSessionOptions,
  SESSION_CHANGE,
  type SessionState,
} from './shared/session.js';
export { KimSignIn } from './sign-in/sign-in.js';
export { KimWebhookAdmin } from './webhook-admin/webhook-admin.js';
