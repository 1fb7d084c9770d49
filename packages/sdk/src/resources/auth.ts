import type { RequestOptions } from '../options.js';
import type { Send } from '../request.js';
import {
  type AcceptInvitationInput,
  type ChangePasswordInput,
  InvitationPreview,
  Me,
  Session,
  type SignInInput,
} from '../schemas/account.js';
import { NoContent } from './admin-calls.js';
import { type OwnTokensResource, ownTokensResource } from './auth-tokens.js';

/**
 * Signing in and out, the signed-in person, invitations, and one's own API tokens.
 *
 * The session's `token` is a bearer secret: give the client a `token` function that returns it, so every call
 * after `signIn` carries it (see the README, "Signing in").
 */
export interface AuthResource {
  /**
   * Signs in with email and password and resolves with a new session: its `token` (shown once), its expiry and the
   * person (`user`, with `capabilities`). Never sends the client's current token, and never retried.
   * A wrong email or password rejects with `KimAuthError` (`code: 'invalid_credentials'`, the same for both),
   * a disabled account with `KimForbiddenError` (`account_disabled`), too many failures with `KimRateLimitError`
   * (`retryAfter` seconds).
   * @example
   * let session;
   * const kim = createKimClient({ baseUrl, token: () => session?.token });
   * session = await kim.auth.signIn({ email: 'petugas@pangkalpinangkota.go.id', password });
   */
  signIn(input: SignInInput, options?: RequestOptions): Promise<Session>;
  /**
   * Ends this session on the server. Forget the token afterwards, whatever the outcome.
   * @example await kim.auth.signOut().finally(() => (session = undefined));
   */
  signOut(options?: RequestOptions): Promise<void>;
  /** Ends every session of the signed-in person, on every device (this one included). */
  signOutEverywhere(options?: RequestOptions): Promise<void>;
  /**
   * Who is signed in, with their roles and what they may do (`capabilities`): a console builds its navigation from
   * these. Rejects with `KimAuthError` when the session has ended.
   * @example const { name, capabilities } = await kim.auth.me();
   */
  me(options?: RequestOptions): Promise<Me>;
  /**
   * Changes the signed-in person's password; their other sessions end, this one stays. A wrong current password
   * rejects with `KimValidationError`, a new password that is too short or too common too (see `fieldErrors`).
   * @example await kim.auth.changePassword({ currentPassword, newPassword });
   */
  changePassword(input: ChangePasswordInput, options?: RequestOptions): Promise<void>;
  /**
   * What an invitation link is for (email, name, roles, expiry), to show before the person sets a password. The
   * secret is the last part of the link (`…/console/#/undangan/<secret>`). A used or expired link rejects with
   * `code: 'invitation_invalid'`.
   * @example const preview = await kim.auth.previewInvitation(secretFromLink);
   */
  previewInvitation(secret: string, options?: RequestOptions): Promise<InvitationPreview>;
  /**
   * Accepts an invitation (or a password reset link): sets the password, uses the link up, and signs the person in.
   * @example session = await kim.auth.acceptInvitation({ token: secretFromLink, password });
   */
  acceptInvitation(input: AcceptInvitationInput, options?: RequestOptions): Promise<Session>;
  /** The signed-in person's personal API tokens, for integrations. */
  readonly tokens: OwnTokensResource;
}

export function authResource(send: Send): AuthResource {
  const path = (...segments: string[]) => ['v1', 'auth', ...segments];
  return Object.freeze({
    signIn: (input, options) => send({ method: 'POST', path: path('sign-in'), json: input, schema: Session }, options),
    signOut: (options) => send({ method: 'POST', path: path('sign-out'), schema: NoContent, auth: true }, options),
    signOutEverywhere: (options) =>
      send({ method: 'POST', path: path('sign-out-everywhere'), schema: NoContent, auth: true }, options),
    me: (options) => send({ method: 'GET', path: path('me'), schema: Me, auth: true }, options),
    changePassword: (input, options) =>
      send({ method: 'POST', path: path('password'), json: input, schema: NoContent, auth: true }, options),
    previewInvitation: (secret, options) =>
      send(
        { method: 'POST', path: path('invitations', 'preview'), json: { token: secret }, schema: InvitationPreview },
        options,
      ),
    acceptInvitation: (input, options) =>
      send({ method: 'POST', path: path('invitations', 'accept'), json: input, schema: Session }, options),
    tokens: ownTokensResource(send),
  } satisfies AuthResource);
}
