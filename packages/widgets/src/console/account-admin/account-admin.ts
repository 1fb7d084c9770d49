// <kim-account-admin>: the people an admin or a Dinas official manages (invite with a one-time link, change role
// and scope, disable and enable, a new link), and API tokens (one's own: issue with a secret shown once, list,
// revoke; everyone's in scope for those who manage people). Only what the role allows is offered; the server decides.
import {
  ACCOUNT_LIMITS,
  type ApiToken,
  type GroupAdminView,
  type InvitationLink,
  type Me,
  type Membership,
  type MembershipInput,
  type Role,
  type User,
  type UserStatus,
} from '@kim-kit/sdk';
import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { stringsFor } from '../../locales/language.js';
import { fieldStyles } from '../../shared/field-styles.js';
import { formatDateTime } from '../../shared/format.js';
import { baseStyles, buttonStyles, visuallyHidden } from '../../shared/styles.js';
import { type AccountAdminStrings, accountAdmin } from '../locales/account-admin.js';
import { KimConsoleElement } from '../shared/console-element.js';
import { consoleStyles } from '../shared/console-styles.js';
import { idle, loadPage, type Paged } from '../shared/paged.js';
import { type Problems, problemsOf } from '../shared/problems.js';
import {
  errorSummaryView,
  fieldErrorView,
  forbiddenView,
  loadErrorView,
  loadingView,
  signInGate,
} from '../shared/views.js';
import {
  grantableRoles,
  groupChoices,
  homeRegion,
  mayGrant,
  mayGrantProvince,
  provinceChoices,
  type RegionChoice,
  regencyChoices,
  regionOfInput,
} from './grantable.js';
import { copyText, oneTimeSecretView } from './one-time-secret.js';

type FormField = 'email' | 'name' | 'role' | 'province' | 'regency' | 'group' | 'tokenName' | 'tokenDays' | 'tokenRole';

type Panel =
  | { kind: 'invite' }
  | { kind: 'edit'; user: User }
  | { kind: 'link'; title: string; link: InvitationLink; region: string }
  | { kind: 'token' }
  | { kind: 'secret'; name: string; secret: string; expiresAt: string };

type Confirming = { kind: 'disable' | 'enable'; user: User } | { kind: 'revoke'; token: ApiToken; own: boolean };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const EMPTY_FORM: Record<FormField, string> = {
  email: '',
  name: '',
  role: '',
  province: '',
  regency: '',
  group: '',
  tokenName: '',
  tokenDays: '90',
  tokenRole: '0',
};

/** A membership in words: "Petugas Dinas, Kota Pangkal Pinang". */
export function membershipText(t: AccountAdminStrings, m: Membership): string {
  if (m.role === 'dinas') return t.roleIn.replace('{role}', t.roles.dinas).replace('{scope}', m.region.name);
  if (m.role === 'kim') return t.roleIn.replace('{role}', t.roles.kim).replace('{scope}', m.group.name);
  return t.roles.admin;
}

/**
 * People and API tokens, for `#/akun` of the console or an intranet page.
 * @summary Invite people, change their role, disable them; issue and revoke API tokens.
 * @csspart people - The people section.
 * @csspart tokens - The API tokens section.
 * @csspart panel - The open form or one-time link.
 * @csspart error-summary - The problems of a failed form.
 */
export class KimAccountAdmin extends KimConsoleElement {
  static override styles = [
    baseStyles,
    buttonStyles,
    fieldStyles,
    visuallyHidden,
    consoleStyles,
    css`
      :host {
        display: block;
        container-type: inline-size;
      }
      .stack {
        display: grid;
        gap: 1rem;
      }
      section {
        display: grid;
        gap: 0.75rem;
        min-width: 0;
      }
      .panel {
        display: grid;
        gap: 0.75rem;
        border: 2px solid var(--_primary);
        border-radius: var(--_radius);
        padding: 1rem;
      }
      .toolbar .field {
        flex: 1 1 12rem;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
      .actions .button {
        min-height: 2.25rem;
      }
      .secret {
        font-family: ui-monospace, monospace;
      }
      .warning {
        border-inline-start: 4px solid var(--_danger);
        padding-inline-start: 0.75rem;
        margin: 0;
      }
      fieldset {
        border: 0;
        padding: 0;
        margin: 0;
        display: grid;
        gap: 0.75rem;
        min-width: 0;
      }
      td .role {
        display: block;
      }
    `,
  ];

  @state() private people: Paged<User> = idle();
  @state() private ownTokens: Paged<ApiToken> = idle();
  @state() private allTokens: Paged<ApiToken> = idle();
  @state() private panel: Panel | undefined;
  @state() private confirming: Confirming | undefined;
  @state() private values: Record<FormField, string> = { ...EMPTY_FORM };
  @state() private problems: Problems | undefined;
  @state() private busy = false;
  @state() private announcement = '';
  @state() private query = { q: '', status: '' as UserStatus | '' };
  @state() private showEnded = false;
  @state() private provinces: RegionChoice[] = [];
  @state() private regencies: RegionChoice[] = [];
  @state() private groups: GroupAdminView[] = [];
  @state() private copyNote = '';
  /** A failed row action (a new link), shown above the lists. */
  @state() private actionError = '';

  #startedFor: string | undefined;
  #loads = { people: 0, own: 0, all: 0 };
  /** Where focus returns when a panel or dialog closes: the control that opened it. */
  #returnFocus: HTMLElement | undefined;

  private get t(): AccountAdminStrings {
    return stringsFor(accountAdmin, this.language);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const me = this.signedInMe;
    const key = me ? `${this.activeSession?.baseUrl}|${me.id}` : undefined;
    if (key && key !== this.#startedFor) {
      this.#startedFor = key;
      if (this.holds('users.manage')) void this.#loadPeople();
      if (this.holds('tokens.manage')) void this.#loadOwnTokens();
      if (this.holds('users.manage') && this.holds('tokens.manage')) void this.#loadAllTokens();
    }
    if (this.confirming) {
      const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog');
      if (dialog && !dialog.open) dialog.showModal();
    }
  }

  override render(): TemplateResult {
    const session = this.activeSession;
    const lang = this.language === 'en' ? 'en' : 'id';
    const gate = signInGate(this, session, lang, this.theme);
    const me = session?.state === 'signed-out' ? undefined : session?.me;
    return html`<div lang=${lang} class="stack">
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${gate}
      ${me ? this.#content(me) : nothing}
      ${this.#dialog()}
    </div>`;
  }

  #content(me: Me): TemplateResult {
    const t = this.t;
    const managesPeople = this.holds('users.manage');
    const managesTokens = this.holds('tokens.manage');
    if (!managesPeople && !managesTokens && this.activeSession?.state === 'signed-in') {
      return html`<h1>${t.title}</h1>${forbiddenView(this.common)}`;
    }
    return html`<h1 id="title">${t.title}</h1>
      ${this.actionError ? html`<p class="error" role="alert" part="action-error">${this.actionError}</p>` : nothing}
      ${this.panel ? this.#panel(me, this.panel) : nothing}
      ${managesPeople ? this.#peopleSection(me) : nothing}
      ${managesTokens ? this.#tokensSection(me, managesPeople) : nothing}`;
  }

  // People

  #peopleSection(me: Me): TemplateResult {
    const t = this.t;
    const people = this.people;
    return html`<section part="people" aria-labelledby="people-title">
      <h2 id="people-title">${t.peopleTitle}</h2>
      <form class="toolbar" role="search" @submit=${this.#applyFilter}>
        <div class="field">
          <label for="q">${t.search}</label>
          <input id="q" type="search" .value=${this.query.q} @input=${(e: Event) => {
            this.query = { ...this.query, q: (e.target as HTMLInputElement).value };
          }} />
        </div>
        <div class="field">
          <label for="status-filter">${t.statusFilter}</label>
          <select id="status-filter" @change=${(e: Event) => {
            this.query = { ...this.query, status: (e.target as HTMLSelectElement).value as UserStatus | '' };
          }}>
            <option value="" ?selected=${!this.query.status}>${t.anyStatus}</option>
            ${(['invited', 'active', 'disabled'] as const).map(
              (s) => html`<option value=${s} ?selected=${this.query.status === s}>${t.statuses[s]}</option>`,
            )}
          </select>
        </div>
        <button type="submit" class="button secondary">${this.common.filter}</button>
        <button type="button" class="button" part="invite-button" @click=${this.#openInvite}>${t.invite}</button>
      </form>
      <div aria-busy=${people.phase === 'loading' || people.more ? 'true' : 'false'}>
        ${
          people.phase === 'loading' || people.phase === 'idle'
            ? loadingView(this.common)
            : people.phase === 'error'
              ? loadErrorView(this.common, people.error, () => void this.#loadPeople())
              : people.rows.length === 0
                ? html`<p part="empty">${t.empty}</p>`
                : this.#peopleTable(me, people.rows)
        }
        ${this.#more(people, () => void this.#loadPeople(people.next ?? undefined))}
      </div>
    </section>`;
  }

  #peopleTable(me: Me, rows: User[]): TemplateResult {
    const t = this.t;
    const cols = t.columns;
    return html`<table class="records" part="people-table">
      <thead>
        <tr>
          <th scope="col">${cols.name}</th>
          <th scope="col">${cols.email}</th>
          <th scope="col">${cols.roles}</th>
          <th scope="col">${cols.status}</th>
          <th scope="col">${cols.lastSignIn}</th>
          <th scope="col">${cols.actions}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map((user) => {
          const self = user.id === me.id;
          const manageable = !self && user.memberships.every((m) => mayGrant(me, m));
          return html`<tr data-user=${user.id}>
            <th scope="row" data-label=${cols.name}><span lang="id">${user.name}</span> ${self ? t.you : nothing}</th>
            <td data-label=${cols.email}>${user.email}</td>
            <td data-label=${cols.roles} lang="id">
              ${user.memberships.map((m) => html`<span class="role">${membershipText(t, m)}</span>`)}
            </td>
            <td data-label=${cols.status}>
              <span class=${user.status === 'disabled' ? 'badge danger' : 'badge'}>${t.statuses[user.status]}</span>
            </td>
            <td data-label=${cols.lastSignIn}>
              ${user.lastSignInAt ? this.#time(user.lastSignInAt, homeRegion(me)) : t.never}
            </td>
            <td data-label=${cols.actions}>${manageable ? this.#userActions(user) : nothing}</td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }

  #userActions(user: User): TemplateResult {
    const t = this.t;
    const label = (action: string) => `${action}: ${user.name}`;
    return html`<div class="actions">
      <button type="button" class="button secondary" aria-label=${label(t.edit)}
        @click=${(e: Event) => this.#openEdit(e, user)}>${t.edit}</button>
      ${
        user.status !== 'disabled'
          ? html`<button type="button" class="button secondary" part="reissue-button" aria-label=${label(user.status === 'invited' ? t.resendInvite : t.resetLink)}
              @click=${(e: Event) => this.#reissue(e, user)}>${user.status === 'invited' ? t.resendInvite : t.resetLink}</button>`
          : nothing
      }
      ${
        user.status === 'disabled'
          ? html`<button type="button" class="button secondary" part="enable-button" aria-label=${label(t.enable)}
              @click=${(e: Event) => this.#confirm(e, { kind: 'enable', user })}>${t.enable}</button>`
          : html`<button type="button" class="button secondary" part="disable-button" aria-label=${label(t.disable)}
              @click=${(e: Event) => this.#confirm(e, { kind: 'disable', user })}>${t.disable}</button>`
      }
    </div>`;
  }

  // Tokens

  #tokensSection(me: Me, managesPeople: boolean): TemplateResult {
    const t = this.t;
    return html`<section part="tokens" aria-labelledby="tokens-title">
      <h2 id="tokens-title">${t.tokensTitle}</h2>
      <div class="toolbar">
        <button type="button" class="button" part="token-button" @click=${this.#openToken}>${t.issueToken}</button>
        <label class="check">
          <input type="checkbox" .checked=${this.showEnded} @change=${(e: Event) => {
            this.showEnded = (e.target as HTMLInputElement).checked;
            void this.#loadAllTokens();
          }} />
          <span>${t.showEnded}</span>
        </label>
      </div>
      <h3 id="own-tokens-title">${t.ownTokens}</h3>
      ${this.#tokenList(me, this.ownTokens, true, () => void this.#loadOwnTokens(this.ownTokens.next ?? undefined))}
      ${
        managesPeople
          ? html`<h3 id="all-tokens-title">${t.allTokens}</h3>
            ${this.#tokenList(me, this.allTokens, false, () => void this.#loadAllTokens(this.allTokens.next ?? undefined))}`
          : nothing
      }
    </section>`;
  }

  #tokenList(me: Me, list: Paged<ApiToken>, own: boolean, more: () => void): TemplateResult {
    const t = this.t;
    const cols = t.tokenColumns;
    const now = Date.now();
    const rows = own && !this.showEnded ? list.rows.filter((k) => !this.#ended(k, now)) : list.rows;
    const body =
      list.phase === 'loading' || list.phase === 'idle'
        ? loadingView(this.common)
        : list.phase === 'error'
          ? loadErrorView(this.common, list.error, () => void (own ? this.#loadOwnTokens() : this.#loadAllTokens()))
          : rows.length === 0
            ? html`<p part="tokens-empty">${t.tokensEmpty}</p>`
            : html`<table class="records" part=${own ? 'own-tokens' : 'all-tokens'}>
              <thead>
                <tr>
                  <th scope="col">${cols.name}</th>
                  ${own ? nothing : html`<th scope="col">${cols.owner}</th>`}
                  <th scope="col">${cols.role}</th>
                  <th scope="col">${cols.prefix}</th>
                  <th scope="col">${cols.expires}</th>
                  <th scope="col">${cols.lastUsed}</th>
                  <th scope="col">${cols.actions}</th>
                </tr>
              </thead>
              <tbody>
                ${rows.map((token) => {
                  const ended = this.#ended(token, now);
                  return html`<tr data-token=${token.id}>
                    <th scope="row" data-label=${cols.name} lang="id">${token.name}</th>
                    ${own ? nothing : html`<td data-label=${cols.owner} lang="id">${token.owner.name}</td>`}
                    <td data-label=${cols.role} lang="id">${membershipText(t, token.membership)}</td>
                    <td data-label=${cols.prefix} class="secret">${token.prefix}…</td>
                    <td data-label=${cols.expires}>
                      ${this.#time(token.revokedAt ?? token.expiresAt, homeRegion(me))}
                      ${ended ? html`<span class="badge danger">${t.ended}</span>` : nothing}
                    </td>
                    <td data-label=${cols.lastUsed}>${token.lastUsedAt ? this.#time(token.lastUsedAt, homeRegion(me)) : t.never}</td>
                    <td data-label=${cols.actions}>
                      ${
                        ended
                          ? nothing
                          : html`<button type="button" class="button secondary" part="revoke-button"
                              aria-label=${`${t.revoke}: ${token.name}`}
                              @click=${(e: Event) => this.#confirm(e, { kind: 'revoke', token, own })}>${t.revoke}</button>`
                      }
                    </td>
                  </tr>`;
                })}
              </tbody>
            </table>`;
    return html`<div aria-busy=${list.phase === 'loading' || list.more ? 'true' : 'false'}>
      ${body}${this.#more(list, more)}
    </div>`;
  }

  #ended(token: ApiToken, now: number): boolean {
    return token.revokedAt !== null || Date.parse(token.expiresAt) <= now;
  }

  #more<T>(list: Paged<T>, load: () => void): TemplateResult | typeof nothing {
    if (list.phase !== 'ready' || (!list.next && !list.error)) return nothing;
    return html`${list.error ? loadErrorView(this.common, list.error, load) : nothing}
      ${
        list.next && !list.error
          ? html`<button type="button" class="button secondary" part="more-button" aria-disabled=${list.more ? 'true' : 'false'}
              @click=${() => !list.more && load()}>${list.more ? this.common.loading : this.t.loadMore}</button>`
          : nothing
      }`;
  }

  // Panels: invite, edit, one-time link, token form, token secret

  #panel(me: Me, panel: Panel): TemplateResult {
    const t = this.t;
    switch (panel.kind) {
      case 'invite':
      case 'edit': {
        const editing = panel.kind === 'edit' ? panel.user : undefined;
        const title = editing ? t.editTitle.replace('{name}', editing.name) : t.inviteTitle;
        return html`<form class="panel" part="panel person-form" novalidate aria-labelledby="panel-title"
          aria-busy=${this.busy ? 'true' : 'false'} @submit=${this.#submitPerson}>
          <h2 id="panel-title" tabindex="-1">${title}</h2>
          ${errorSummaryView(this.common, this.problems, this.renderRoot as ShadowRoot, this.#labels())}
          ${editing && editing.memberships.length > 1 ? html`<p class="hint">${t.multipleRoles}</p>` : nothing}
          ${editing ? nothing : this.#input('email', t.email, 'email', 'off')}
          ${this.#input('name', t.name, 'text', 'off')}
          ${this.#membershipFields(me)}
          <div class="actions">
            <button type="submit" class="button" part="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
              ${this.busy ? t.sending : editing ? this.common.save : t.sendInvite}
            </button>
            <button type="button" class="button secondary" @click=${this.#closePanel}>${this.common.cancel}</button>
          </div>
        </form>`;
      }
      case 'link':
        return html`<section class="panel" part="panel invitation-link" aria-labelledby="panel-title">
          <h2 id="panel-title" tabindex="-1">${panel.title}</h2>
          ${oneTimeSecretView({
            label: t.linkLabel,
            value: panel.link.url,
            warning: t.linkOnce,
            copy: t.copy,
            note: this.copyNote,
            onCopy: () => void this.#copy(panel.link.url),
          })}
          ${panel.link.emailed ? html`<p>${t.linkEmailed}</p>` : nothing}
          <p part="expires">${t.validUntil.replace('{time}', this.#time(panel.link.expiresAt, panel.region))}</p>
          <div><button type="button" class="button" @click=${this.#closePanel}>${t.done}</button></div>
        </section>`;
      case 'token':
        return html`<form class="panel" part="panel token-form" novalidate aria-labelledby="panel-title"
          aria-busy=${this.busy ? 'true' : 'false'} @submit=${this.#submitToken}>
          <h2 id="panel-title" tabindex="-1">${t.issueToken}</h2>
          ${errorSummaryView(this.common, this.problems, this.renderRoot as ShadowRoot, this.#labels())}
          ${this.#input('tokenName', t.tokenName, 'text', 'off')}
          ${this.#input(
            'tokenDays',
            t.tokenDays,
            'number',
            'off',
            t.tokenDaysHint
              .replace('{min}', String(ACCOUNT_LIMITS.tokenDays.min))
              .replace('{max}', String(ACCOUNT_LIMITS.tokenDays.max)),
          )}
          ${this.#select(
            'tokenRole',
            t.tokenRole,
            me.memberships.map((m, i) => ({ value: String(i), label: membershipText(t, m) })),
            false,
          )}
          <div class="actions">
            <button type="submit" class="button" part="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
              ${this.busy ? t.sending : t.issue}
            </button>
            <button type="button" class="button secondary" @click=${this.#closePanel}>${this.common.cancel}</button>
          </div>
        </form>`;
      case 'secret':
        return html`<section class="panel" part="panel token-secret" aria-labelledby="panel-title">
          <h2 id="panel-title" tabindex="-1">${t.secretTitle.replace('{name}', panel.name)}</h2>
          ${oneTimeSecretView({
            label: t.secretLabel,
            value: panel.secret,
            warning: t.secretWarning,
            copy: t.copy,
            note: this.copyNote,
            onCopy: () => void this.#copy(panel.secret),
          })}
          <p>${t.validUntil.replace('{time}', this.#time(panel.expiresAt, homeRegion(me)))}</p>
          <div><button type="button" class="button" @click=${this.#closePanel}>${t.done}</button></div>
        </section>`;
    }
  }

  #membershipFields(me: Me): TemplateResult {
    const t = this.t;
    const role = this.values.role as Role | '';
    const province = this.values.province;
    return html`<fieldset>
      ${this.#select(
        'role',
        t.role,
        grantableRoles(me).map((r) => ({ value: r, label: t.roles[r] })),
        true,
        (value) => this.#roleChanged(value as Role | ''),
      )}
      ${
        role === 'dinas'
          ? html`${this.#select(
              'province',
              t.province,
              this.provinces.map((p) => ({ value: p.code, label: p.name })),
              true,
              (value) => this.#provinceChanged(value),
            )}
            ${
              province
                ? this.#select('regency', t.regency, [
                    ...(mayGrantProvince(me, province) ? [{ value: province, label: t.wholeProvince }] : []),
                    ...this.regencies.map((r) => ({ value: r.code, label: r.name })),
                  ])
                : nothing
            }`
          : nothing
      }
      ${
        role === 'kim'
          ? this.groups.length
            ? this.#select(
                'group',
                t.group,
                this.groups.map((g) => ({ value: g.id, label: `${g.name} (${g.village.name})` })),
              )
            : html`<p class="hint" part="no-groups">${t.noGroups}</p>`
          : nothing
      }
    </fieldset>`;
  }

  #labels(): Record<string, string> {
    const t = this.t;
    return {
      email: t.email,
      name: t.name,
      role: t.role,
      province: t.province,
      regency: t.regency,
      group: t.group,
      tokenName: t.tokenName,
      tokenDays: t.tokenDays,
      tokenRole: t.tokenRole,
    };
  }

  #input(field: FormField, label: string, type: string, autocomplete: string, hint?: string): TemplateResult {
    const error = this.problems?.fields[field];
    const described = [hint ? `${field}-hint` : '', error ? `${field}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="field">
      <label for=${field}>${label}</label>
      ${hint ? html`<p id=${`${field}-hint`} class="hint">${hint}</p>` : nothing}
      ${fieldErrorView(this.common, field, error)}
      <input id=${field} name=${field} type=${type} autocomplete=${autocomplete} spellcheck="false"
        .value=${this.values[field]}
        min=${type === 'number' ? ACCOUNT_LIMITS.tokenDays.min : nothing}
        max=${type === 'number' ? ACCOUNT_LIMITS.tokenDays.max : nothing}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${described || nothing}
        @input=${(e: Event) => this.#set(field, (e.target as HTMLInputElement).value)} />
    </div>`;
  }

  #select(
    field: FormField,
    label: string,
    options: { value: string; label: string }[],
    placeholder = true,
    onChange?: (value: string) => void,
  ): TemplateResult {
    const error = this.problems?.fields[field];
    return html`<div class="field">
      <label for=${field}>${label}</label>
      ${fieldErrorView(this.common, field, error)}
      <select id=${field} name=${field} aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? `${field}-error` : nothing}
        @change=${(e: Event) => {
          const value = (e.target as HTMLSelectElement).value;
          this.#set(field, value);
          onChange?.(value);
        }}>
        ${placeholder ? html`<option value="" ?selected=${!this.values[field]}>${this.t.choose}</option>` : nothing}
        ${options.map((o) => html`<option value=${o.value} ?selected=${this.values[field] === o.value}>${o.label}</option>`)}
      </select>
    </div>`;
  }

  #set(field: FormField, value: string): void {
    this.values = { ...this.values, [field]: value };
  }

  #dialog(): TemplateResult | typeof nothing {
    const confirming = this.confirming;
    if (!confirming) return nothing;
    const t = this.t;
    const [title, hint] =
      confirming.kind === 'revoke'
        ? [t.confirmRevoke.replace('{name}', confirming.token.name), t.confirmRevokeHint]
        : confirming.kind === 'disable'
          ? [t.confirmDisable.replace('{name}', confirming.user.name), t.confirmDisableHint]
          : [t.confirmEnable.replace('{name}', confirming.user.name), ''];
    return html`<dialog part="confirm" aria-labelledby="confirm-title" @cancel=${this.#closeDialog}>
      <h2 id="confirm-title">${title}</h2>
      ${hint ? html`<p>${hint}</p>` : nothing}
      ${errorSummaryView(this.common, this.problems, this.renderRoot as ShadowRoot)}
      <div class="actions">
        <button type="button" class="button" part="confirm-button" aria-disabled=${this.busy ? 'true' : 'false'}
          @click=${this.#confirmed}>${this.busy ? this.common.saving : this.common.confirm}</button>
        <button type="button" class="button secondary" @click=${this.#closeDialog}>${this.common.cancel}</button>
      </div>
    </dialog>`;
  }

  #time(iso: string, regionCode: string): string {
    return formatDateTime(iso, this.locale, regionCode);
  }

  // Loading

  async #loadPeople(cursor?: string): Promise<void> {
    const client = this.client;
    if (!client) return;
    const load = ++this.#loads.people;
    const { q, status } = this.query;
    await loadPage(
      this.people,
      (c) => client.admin.users.list({ q: q.trim() || undefined, status: status || undefined, cursor: c }),
      (next) => {
        this.people = next;
      },
      () => load === this.#loads.people,
      cursor,
    );
  }

  async #loadOwnTokens(cursor?: string): Promise<void> {
    const client = this.client;
    if (!client) return;
    const load = ++this.#loads.own;
    await loadPage(
      this.ownTokens,
      (c) => client.auth.tokens.list({ cursor: c }),
      (next) => {
        this.ownTokens = next;
      },
      () => load === this.#loads.own,
      cursor,
    );
  }

  async #loadAllTokens(cursor?: string): Promise<void> {
    const client = this.client;
    if (!client || !this.holds('users.manage')) return;
    const load = ++this.#loads.all;
    await loadPage(
      this.allTokens,
      (c) => client.admin.tokens.list({ all: this.showEnded || undefined, cursor: c }),
      (next) => {
        this.allTokens = next;
      },
      () => load === this.#loads.all,
      cursor,
    );
  }

  #applyFilter = (event: Event) => {
    event.preventDefault();
    void this.#loadPeople();
  };

  // Opening and closing

  async #open(event: Event | undefined, panel: Panel, values: Partial<Record<FormField, string>> = {}): Promise<void> {
    if (event) this.#returnFocus = event.currentTarget as HTMLElement;
    this.panel = panel;
    this.actionError = '';
    this.problems = undefined;
    this.copyNote = '';
    this.values = { ...EMPTY_FORM, ...values };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#panel-title')?.focus();
  }

  #openInvite = (event: Event) => {
    void this.#open(event, { kind: 'invite' });
    void this.#loadChoices();
  };

  #openToken = (event: Event) => void this.#open(event, { kind: 'token' });

  #openEdit(event: Event, user: User): void {
    const m = user.memberships[0];
    const values: Partial<Record<FormField, string>> = { name: user.name, role: m?.role ?? '' };
    if (m?.role === 'dinas') Object.assign(values, { province: m.region.code.slice(0, 2), regency: m.region.code });
    if (m?.role === 'kim') values.group = m.group.id;
    void this.#open(event, { kind: 'edit', user }, values);
    void this.#loadChoices(values.province);
  }

  async #closePanel(): Promise<void> {
    this.panel = undefined;
    this.problems = undefined;
    this.copyNote = '';
    this.values = { ...EMPTY_FORM };
    await this.updateComplete;
    this.#restoreFocus();
  }

  #restoreFocus(): void {
    const target = this.#returnFocus;
    this.#returnFocus = undefined;
    if (target?.isConnected) target.focus();
    else this.renderRoot.querySelector<HTMLElement>('#title')?.focus();
  }

  async #loadChoices(province?: string): Promise<void> {
    const client = this.client;
    const me = this.signedInMe;
    if (!client || !me) return;
    // Choices that fail to load leave their select empty; the server's answer names what is missing.
    const [provinces, groups] = await Promise.allSettled([provinceChoices(client, me), groupChoices(client)]);
    if (provinces.status === 'fulfilled') this.provinces = provinces.value;
    // One province to choose from (a Dinas official's): chosen already.
    if (this.values.role === 'dinas' && !this.values.province && this.provinces.length === 1) {
      province = this.provinces[0]!.code;
    }
    if (groups.status === 'fulfilled') this.groups = groups.value;
    if (province) await this.#provinceChanged(province, true);
  }

  #roleChanged(role: Role | ''): void {
    this.values = { ...this.values, role, province: '', regency: '', group: '' };
    if (role === 'dinas' && this.provinces.length === 1) void this.#provinceChanged(this.provinces[0]!.code);
  }

  async #provinceChanged(province: string, keepRegency = false): Promise<void> {
    this.values = { ...this.values, province, regency: keepRegency ? this.values.regency : '' };
    this.regencies = [];
    const client = this.client;
    const me = this.signedInMe;
    if (!client || !me || !province) return;
    try {
      const regencies = await regencyChoices(client, me, province);
      if (this.values.province === province) this.regencies = regencies;
    } catch {
      // As in #loadChoices.
    }
  }

  // Writing

  /** The membership the form describes, or field errors. */
  #membershipInput(errors: Record<string, string>): MembershipInput | undefined {
    const { role, regency, group } = this.values;
    const required = this.common.required;
    if (role === 'admin') return { role: 'admin' };
    if (role === 'dinas') {
      if (!this.values.province) errors.province = required;
      else if (!regency) errors.regency = required;
      return regency ? { role: 'dinas', regionCode: regency } : undefined;
    }
    if (role === 'kim') {
      if (!group) errors.group = required;
      return group ? { role: 'kim', groupId: group } : undefined;
    }
    errors.role = required;
    return undefined;
  }

  /** Field errors of the server (`memberships.0` -> the scope field of the chosen role). */
  #serverFields(problems: Problems): Problems {
    const fields: Record<string, string> = {};
    for (const [path, message] of Object.entries(problems.fields)) {
      if (path.startsWith('memberships')) {
        const role = this.values.role;
        fields[role === 'dinas' ? 'regency' : role === 'kim' ? 'group' : 'role'] = message;
      } else if (path === 'expiresInDays') fields.tokenDays = message;
      else if (path.startsWith('membership')) fields.tokenRole = message;
      else fields[this.panel?.kind === 'token' && path === 'name' ? 'tokenName' : path] = message;
    }
    return { ...problems, fields };
  }

  async #fail(error: unknown): Promise<void> {
    const problems = this.#serverFields(problemsOf(error, this.common));
    const stale = (error as { status?: number } | undefined)?.status === 412;
    this.problems = stale ? { ...problems, message: this.t.stale } : problems;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#error-summary')?.focus();
  }

  async #submitPerson(event: Event): Promise<void> {
    event.preventDefault();
    const panel = this.panel;
    const client = this.client;
    if (this.busy || !client || (panel?.kind !== 'invite' && panel?.kind !== 'edit')) return;
    const t = this.t;
    const errors: Record<string, string> = {};
    const email = this.values.email.trim();
    const name = this.values.name.trim();
    if (panel.kind === 'invite') {
      if (!email) errors.email = this.common.required;
      else if (!EMAIL.test(email)) errors.email = t.emailInvalid;
    }
    if (!name) errors.name = this.common.required;
    const membership = this.#membershipInput(errors);
    if (Object.keys(errors).length || !membership)
      return this.#fail({ status: 422, fieldErrors: this.#pathsOf(errors) });
    this.busy = true;
    try {
      if (panel.kind === 'invite') {
        const { user, invitation } = await client.admin.users.invite({ email, name, memberships: [membership] });
        this.announcement = t.invited.replace('{name}', user.name);
        this.people = { ...this.people, phase: 'ready', rows: [user, ...this.people.rows] };
        await this.#open(undefined, {
          kind: 'link',
          title: t.linkTitle,
          link: invitation,
          region: regionOfInput(membership, this.groups) ?? '31',
        });
      } else {
        const user = await client.admin.users.update(
          panel.user.id,
          { name, memberships: [membership] },
          { version: panel.user.version },
        );
        this.#replaceUser(user);
        this.announcement = t.saved;
        await this.#closePanel();
      }
    } catch (error) {
      await this.#staleUser(error, panel.kind === 'edit' ? panel.user : undefined);
      await this.#fail(error);
    } finally {
      this.busy = false;
    }
  }

  /** Local field errors in the server's shape, so one summary shows both. */
  #pathsOf(errors: Record<string, string>) {
    return Object.entries(errors).map(([path, message]) => ({ path, message }));
  }

  /** After a 412 the newest version of the person replaces the stale one, and the message says so. */
  async #staleUser(error: unknown, user: User | undefined): Promise<void> {
    const current = (error as { status?: number; problem?: { current?: User } } | undefined)?.problem?.current;
    if ((error as { status?: number })?.status !== 412 || !user) return;
    if (current && current.id === user.id) {
      this.#replaceUser(current);
      if (this.panel?.kind === 'edit') this.panel = { kind: 'edit', user: current };
    }
  }

  #replaceUser(user: User): void {
    this.people = { ...this.people, rows: this.people.rows.map((u) => (u.id === user.id ? user : u)) };
  }

  async #reissue(event: Event, user: User): Promise<void> {
    const client = this.client;
    if (!client || this.busy) return;
    this.#returnFocus = event.currentTarget as HTMLElement;
    this.busy = true;
    try {
      const link = await client.admin.users.reissueInvitation(user.id);
      const m = user.memberships[0];
      const region = m?.role === 'dinas' ? m.region.code : m?.role === 'kim' ? m.group.regionCode : '31';
      await this.#open(undefined, {
        kind: 'link',
        title: this.t.resetTitle.replace('{name}', user.name),
        link,
        region,
      });
    } catch (error) {
      this.actionError = problemsOf(error, this.common).message || this.common.errorGeneric;
    } finally {
      this.busy = false;
    }
  }

  async #submitToken(event: Event): Promise<void> {
    event.preventDefault();
    const client = this.client;
    const me = this.signedInMe;
    if (this.busy || !client || !me) return;
    const errors: Record<string, string> = {};
    const name = this.values.tokenName.trim();
    const days = Number(this.values.tokenDays);
    const { min, max } = ACCOUNT_LIMITS.tokenDays;
    if (!name) errors.tokenName = this.common.required;
    if (!Number.isInteger(days) || days < min || days > max) {
      errors.tokenDays = this.t.tokenDaysHint.replace('{min}', String(min)).replace('{max}', String(max));
    }
    const held = me.memberships[Number(this.values.tokenRole)];
    if (!held) errors.tokenRole = this.common.required;
    if (Object.keys(errors).length || !held) return this.#fail({ status: 422, fieldErrors: this.#pathsOf(errors) });
    const membership: MembershipInput =
      held.role === 'dinas'
        ? { role: 'dinas', regionCode: held.region.code }
        : held.role === 'kim'
          ? { role: 'kim', groupId: held.group.id }
          : { role: 'admin' };
    this.busy = true;
    try {
      const created = await client.auth.tokens.create({ name, membership, expiresInDays: days });
      this.ownTokens = { ...this.ownTokens, phase: 'ready', rows: [created.token, ...this.ownTokens.rows] };
      if (this.holds('users.manage')) {
        this.allTokens = { ...this.allTokens, rows: [created.token, ...this.allTokens.rows] };
      }
      await this.#open(undefined, {
        kind: 'secret',
        name: created.token.name,
        secret: created.secret,
        expiresAt: created.token.expiresAt,
      });
    } catch (error) {
      await this.#fail(error);
    } finally {
      this.busy = false;
    }
  }

  async #copy(value: string): Promise<void> {
    this.copyNote = (await copyText(value, this.renderRoot as ShadowRoot)) ? this.t.copied : this.t.copyFailed;
  }

  #confirm(event: Event, confirming: Confirming): void {
    this.#returnFocus = event.currentTarget as HTMLElement;
    this.problems = undefined;
    this.confirming = confirming;
  }

  async #closeDialog(event?: Event): Promise<void> {
    event?.preventDefault();
    this.renderRoot.querySelector('dialog')?.close();
    this.confirming = undefined;
    this.problems = undefined;
    await this.updateComplete;
    this.#restoreFocus();
  }

  async #confirmed(): Promise<void> {
    const confirming = this.confirming;
    const client = this.client;
    if (!confirming || !client || this.busy) return;
    const t = this.t;
    this.busy = true;
    try {
      if (confirming.kind === 'revoke') {
        const { token, own } = confirming;
        if (own) await client.auth.tokens.revoke(token.id);
        else await client.admin.tokens.revoke(token.id);
        const revokedAt = new Date().toISOString();
        const mark = (list: Paged<ApiToken>) => ({
          ...list,
          rows: list.rows.map((k) => (k.id === token.id ? { ...k, revokedAt } : k)),
        });
        this.ownTokens = mark(this.ownTokens);
        this.allTokens = mark(this.allTokens);
        this.announcement = t.revoked.replace('{name}', token.name);
      } else {
        const { user } = confirming;
        const status = confirming.kind === 'disable' ? 'disabled' : 'active';
        const updated = await client.admin.users.update(user.id, { status }, { version: user.version });
        this.#replaceUser(updated);
        this.announcement = (confirming.kind === 'disable' ? t.disabled : t.enabled).replace('{name}', user.name);
      }
      this.busy = false;
      await this.#closeDialog();
    } catch (error) {
      if (confirming.kind !== 'revoke') {
        await this.#staleUser(error, confirming.user);
        const current = this.people.rows.find((u) => u.id === confirming.user.id);
        if (current) this.confirming = { ...confirming, user: current };
      }
      this.problems = problemsOf(error, this.common);
      if (this.problems.kind === 'conflict' && confirming.kind !== 'revoke') {
        this.problems = { ...this.problems, message: t.stale };
      }
    } finally {
      this.busy = false;
    }
  }
}
