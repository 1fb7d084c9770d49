// @kim-kit/widgets/console: the console's element classes and session, with no side effects. Register the tags
// through `define/console.js` (all of them) or `define/<tag>.js`; pages without a build step load cdn/kim-console.js.

export { type ConsoleSection, KimConsole, SECTIONS } from './console-app/console-app.js';
export { type ConsoleRoute, routeOf } from './console-app/routes.js';
export { type ConsoleCommonStrings, consoleCommon } from './locales/common.js';
export { type SessionStrings, session as sessionStrings } from './locales/session.js';
export { type SignInStrings, signIn as signInStrings } from './locales/sign-in.js';
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
