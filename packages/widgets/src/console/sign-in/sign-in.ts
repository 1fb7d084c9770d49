// <kim-sign-in>: signing in, signing out, and accepting an invitation (setting a password). One message for an
// unknown email and a wrong password, so the form never tells whether an account exists; the throttle's wait is
// shown; what the person typed stays on every error, and the password is never stored.
import type { InvitationPreview, Membership } from '@kim-kit/sdk';
import { PASSWORD_LIMITS } from '@kim-kit/sdk';
import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { stringsFor } from '../../locales/language.js';
import { fieldStyles } from '../../shared/field-styles.js';
import { formatDateTime } from '../../shared/format.js';
import { baseStyles, buttonStyles, visuallyHidden } from '../../shared/styles.js';
import { session as sessionStrings } from '../locales/session.js';
import { type SignInStrings, signIn as signInStrings } from '../locales/sign-in.js';
import { KimConsoleElement } from '../shared/console-element.js';
import type { KimSessionExpiredEvent } from '../shared/session.js';

type Field = 'email' | 'password' | 'confirm';

interface ApiFailure {
  status?: number;
  code?: string;
  retryAfter?: number;
  fieldErrors?: { path: string; message: string }[];
}

/** The error of a failed call, in the person's words. */
function failureMessage(t: SignInStrings, error: unknown): string {
  const failure = (error ?? {}) as ApiFailure;
  if (failure.status === 401) return t.invalidCredentials;
  if (failure.status === 403 && failure.code === 'account_disabled') return t.accountDisabled;
  if (failure.status === 429) return t.throttled.replace('{wait}', waitText(t, failure.retryAfter ?? 60));
  if (failure.status === undefined) return t.network;
  return t.generic;
}

function waitText(t: SignInStrings, seconds: number): string {
  return seconds < 90
    ? t.seconds.replace('{n}', String(Math.max(1, Math.ceil(seconds))))
    : t.minutes.replace('{n}', String(Math.ceil(seconds / 60)));
}

function roleText(t: SignInStrings, membership: Membership): string {
  const role = t.roles[membership.role] ?? membership.role;
  if (membership.role === 'dinas') return `${role}, ${membership.region.name}`;
  if (membership.role === 'kim') return `${role}, ${membership.group.name}`;
  return role;
}

/** DKI Jakarta: a national (admin) invitation's time is told in the capital's zone, WIB. */
const NATIONAL_REGION = '31';

/**
 * The region whose zone (WIB, WITA or WIT) an invitation's expiry is told in: that of its first regional membership
 * (a Dinas region, a KIM group's village), else the capital's.
 */
export function invitationRegion(memberships: readonly Membership[]): string {
  for (const m of memberships) {
    if (m.role === 'dinas') return m.region.code;
    if (m.role === 'kim') return m.group.regionCode;
  }
  return NATIONAL_REGION;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Sign-in form, signed-in view with sign-out, and the invitation flow (`invitation` set to the link's secret).
 * @fires kim-signed-in - After a sign-in or an accepted invitation; `detail.me` is the person.
 * @fires kim-signed-out - After signing out.
 * @csspart form - The form.
 * @csspart error-summary - The list of problems after a failed submit.
 */
export class KimSignIn extends KimConsoleElement {
  static override styles = [
    baseStyles,
    buttonStyles,
    fieldStyles,
    visuallyHidden,
    css`
      :host {
        display: block;
        max-width: 28rem;
      }
      form,
      .panel {
        display: grid;
        gap: 1rem;
      }
      .field {
        display: grid;
        gap: 0.25rem;
      }
      .summary {
        border: 3px solid var(--_danger);
        padding: 0.75rem 1rem;
      }
      .summary a {
        color: var(--_danger);
      }
      .check {
        display: flex;
        gap: 0.5rem;
        align-items: center;
        min-height: 1.5rem;
      }
      .check input {
        width: 1.5rem;
        height: 1.5rem;
      }
      .button {
        min-height: 2.75rem;
      }
      dl {
        display: grid;
        grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
        gap: 0.25rem 1rem;
        margin: 0;
        overflow-wrap: anywhere;
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0;
      }
      h2 {
        margin: 0;
        overflow-wrap: anywhere;
      }
    `,
  ];

  /** The secret of an invitation link (`#/undangan/<secret>`): shows the invitation instead of the sign-in form. */
  @property() invitation?: string;

  @state() private values: Record<Field, string> = { email: '', password: '', confirm: '' };
  @state() private fieldErrors: Partial<Record<Field, string>> = {};
  @state() private failure: string | undefined;
  @state() private busy = false;
  @state() private showPassword = false;
  @state() private expired = false;
  @state() private announcement = '';
  @state() private preview: InvitationPreview | 'loading' | 'invalid' | undefined;
  #previewFor: string | undefined;

  private get t(): SignInStrings {
    return stringsFor(signInStrings, this.language);
  }

  protected override sessionExpired(event: KimSessionExpiredEvent): void {
    this.expired = true;
    if (event.previous && !this.values.email) this.values = { ...this.values, email: event.previous.email };
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.invitation && this.invitation !== this.#previewFor) void this.#loadPreview(this.invitation);
  }

  override render(): TemplateResult {
    const session = this.activeSession;
    let body: TemplateResult;
    if (this.invitation) body = this.#invitationView();
    else if (session?.state === 'signed-in' && session.me) body = this.#signedInView(session.me.name, session.me.email);
    else body = this.#signInForm();
    return html`<div lang=${this.language === 'en' ? 'en' : 'id'}>
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${body}
    </div>`;
  }

  #signedInView(name: string, email: string): TemplateResult {
    const t = this.t;
    return html`<div class="panel" part="signed-in">
      <p>${t.signedInAs} <strong lang="id">${name}</strong> (${email})</p>
      <div><button type="button" class="button secondary" part="sign-out" @click=${this.#signOut}>${t.signOut}</button></div>
    </div>`;
  }

  #signInForm(): TemplateResult {
    const t = this.t;
    return html`<form part="form" novalidate aria-busy=${this.busy ? 'true' : 'false'} @submit=${this.#submitSignIn}>
      <h2 id="heading" tabindex="-1">${this.expired ? stringsFor(sessionStrings, this.language).expired : t.title}</h2>
      ${this.expired ? html`<p part="expired">${stringsFor(sessionStrings, this.language).expiredHint}</p>` : nothing}
      ${this.#summary()}
      ${this.#field('email', t.email, 'email', 'username')}
      ${this.#field('password', t.password, this.showPassword ? 'text' : 'password', 'current-password')}
      ${this.#showPasswordToggle()}
      <div>
        <button type="submit" class="button" part="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
          ${this.busy ? t.submitting : t.submit}
        </button>
      </div>
    </form>`;
  }

  #invitationView(): TemplateResult {
    const t = this.t;
    const preview = this.preview;
    if (preview === undefined || preview === 'loading') {
      return html`<div class="panel" aria-busy="true" part="invitation-loading"><h2>${t.invitationTitle}</h2><p>${t.invitationLoading}</p></div>`;
    }
    if (preview === 'invalid') {
      return html`<div class="panel" part="invitation-invalid">
        <h2>${t.invitationTitle}</h2>
        <p class="error" role="alert">${t.invitationInvalid}</p>
      </div>`;
    }
    return html`<form part="form" novalidate aria-busy=${this.busy ? 'true' : 'false'} @submit=${this.#submitInvitation}>
      <h2 id="heading" tabindex="-1">${t.invitationTitle}</h2>
      <dl part="invitation">
        <dt>${t.invitationFor}</dt>
        <dd><span lang="id">${preview.name}</span> (${preview.email})</dd>
        <dt>${t.invitationRole}</dt>
        <dd lang="id">${preview.memberships.map((m) => html`<div>${roleText(t, m)}</div>`)}</dd>
        <dt>${t.invitationExpires}</dt>
        <dd part="invitation-expires">
          <time datetime=${preview.expiresAt}>${formatDateTime(preview.expiresAt, this.locale, invitationRegion(preview.memberships))}</time>
        </dd>
      </dl>
      ${this.#summary()}
      <div id="rules" class="hint">
        <p>${t.passwordRules}</p>
        <ul>
          <li>${t.passwordLength.replace('{min}', String(PASSWORD_LIMITS.min)).replace('{max}', String(PASSWORD_LIMITS.max))}</li>
          <li>${t.passwordCommon}</li>
        </ul>
      </div>
      ${this.#field('password', t.newPassword, this.showPassword ? 'text' : 'password', 'new-password', 'rules')}
      ${this.#field('confirm', t.confirmPassword, this.showPassword ? 'text' : 'password', 'new-password')}
      ${this.#showPasswordToggle()}
      <div>
        <button type="submit" class="button" part="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
          ${this.busy ? t.submitting : t.acceptSubmit}
        </button>
      </div>
    </form>`;
  }

  #showPasswordToggle(): TemplateResult {
    return html`<label class="check">
      <input type="checkbox" .checked=${this.showPassword} @change=${(e: Event) => {
        this.showPassword = (e.target as HTMLInputElement).checked;
      }} />
      <span>${this.t.showPassword}</span>
    </label>`;
  }

  #field(field: Field, label: string, type: string, autocomplete: string, hint?: string): TemplateResult {
    const error = this.fieldErrors[field];
    const described = [hint, error ? `${field}-error` : undefined].filter(Boolean).join(' ');
    return html`<div class="field">
      <label for=${field}>${label}</label>
      ${error ? html`<p id=${`${field}-error`} class="error">${error}</p>` : nothing}
      <input
        id=${field}
        name=${field}
        type=${type}
        autocomplete=${autocomplete}
        spellcheck="false"
        autocapitalize="none"
        .value=${this.values[field]}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${described || nothing}
        @input=${(e: Event) => {
          this.values = { ...this.values, [field]: (e.target as HTMLInputElement).value };
        }}
      />
    </div>`;
  }

  #summary(): TemplateResult | typeof nothing {
    const entries = Object.entries(this.fieldErrors) as [Field, string][];
    if (!this.failure && !entries.length) return nothing;
    return html`<div class="summary" part="error-summary" role="alert" tabindex="-1" id="summary">
      <h3>${this.t.errorSummary}</h3>
      ${this.failure ? html`<p>${this.failure}</p>` : nothing}
      ${
        entries.length
          ? html`<ul>
            ${entries.map(
              ([field, message]) =>
                html`<li><a href=${`#${field}`} @click=${(e: Event) => this.#focusField(e, field)}>${message}</a></li>`,
            )}
          </ul>`
          : nothing
      }
    </div>`;
  }

  #focusField(event: Event, field: Field): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLInputElement>(`#${field}`)?.focus();
  }

  async #showProblems(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#summary')?.focus();
  }

  async #submitSignIn(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const t = this.t;
    const errors: Partial<Record<Field, string>> = {};
    const email = this.values.email.trim();
    if (!email) errors.email = `${t.email}: ${t.required}`;
    else if (!EMAIL.test(email)) errors.email = t.emailInvalid;
    if (!this.values.password) errors.password = `${t.password}: ${t.required}`;
    this.fieldErrors = errors;
    this.failure = undefined;
    if (Object.keys(errors).length) return this.#showProblems();
    const session = this.activeSession;
    if (!session) return;
    this.busy = true;
    try {
      const me = await session.signIn({ email, password: this.values.password });
      this.values = { email: '', password: '', confirm: '' };
      this.expired = false;
      this.announcement = `${t.signedInAs} ${me.name}`;
      this.dispatchEvent(new CustomEvent('kim-signed-in', { detail: { me }, bubbles: true, composed: true }));
    } catch (error) {
      // The email stays; the password too, so a throttled or offline person need not type it again.
      this.failure = failureMessage(t, error);
      await this.#showProblems();
    } finally {
      this.busy = false;
    }
  }

  async #submitInvitation(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy || !this.invitation) return;
    const t = this.t;
    const errors: Partial<Record<Field, string>> = {};
    const { password, confirm } = this.values;
    if (password.length < PASSWORD_LIMITS.min || password.length > PASSWORD_LIMITS.max) {
      errors.password = t.passwordLength
        .replace('{min}', String(PASSWORD_LIMITS.min))
        .replace('{max}', String(PASSWORD_LIMITS.max));
    }
    if (confirm !== password) errors.confirm = t.passwordMismatch;
    this.fieldErrors = errors;
    this.failure = undefined;
    if (Object.keys(errors).length) return this.#showProblems();
    const session = this.activeSession;
    if (!session) return;
    this.busy = true;
    try {
      const me = await session.acceptInvitation({ token: this.invitation, password });
      this.values = { email: '', password: '', confirm: '' };
      this.announcement = `${t.signedInAs} ${me.name}`;
      this.dispatchEvent(new CustomEvent('kim-signed-in', { detail: { me }, bubbles: true, composed: true }));
    } catch (error) {
      const failure = (error ?? {}) as ApiFailure;
      const fromServer: Partial<Record<Field, string>> = {};
      for (const { path, message } of failure.fieldErrors ?? []) if (path === 'password') fromServer.password = message;
      if (Object.keys(fromServer).length) this.fieldErrors = fromServer;
      else if (failure.code === 'invitation_invalid') this.preview = 'invalid';
      else this.failure = failureMessage(t, error);
      await this.#showProblems();
    } finally {
      this.busy = false;
    }
  }

  async #loadPreview(secret: string): Promise<void> {
    this.#previewFor = secret;
    const session = this.activeSession;
    if (!session) return;
    this.preview = 'loading';
    try {
      const preview = await session.client.auth.previewInvitation(secret);
      if (this.#previewFor === secret) this.preview = preview;
    } catch {
      if (this.#previewFor === secret) this.preview = 'invalid';
    }
  }

  async #signOut(): Promise<void> {
    await this.activeSession?.signOut();
    this.announcement = this.t.signedOut;
    this.dispatchEvent(new CustomEvent('kim-signed-out', { bubbles: true, composed: true }));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#heading')?.focus();
  }
}
