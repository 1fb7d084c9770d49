// <kim-webhook-admin>: the signed-webhook subscriptions of integrations (a bridge to SP4N-LAPOR!, a messaging
// gateway). Create (the secret shown once, with copy), edit, disable and enable, rotate the secret, delete, and the
// delivery log of each with its status, response code and attempt, and "Kirim ulang" (replay). The server decides.
import {
  isWebhookUrl,
  type Me,
  WEBHOOK_EVENTS,
  type WebhookDeliveryAttempt,
  type WebhookEvent,
  type WebhookSubscription,
} from '@kim-kit/sdk';
import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { stringsFor } from '../../locales/language.js';
import { fieldStyles } from '../../shared/field-styles.js';
import { formatDateTime } from '../../shared/format.js';
import { baseStyles, buttonStyles, visuallyHidden } from '../../shared/styles.js';
import { copyText, oneTimeSecretView } from '../account-admin/one-time-secret.js';
import { type WebhookAdminStrings, webhookAdmin } from '../locales/webhook-admin.js';
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

type Panel =
  | { kind: 'create' }
  | { kind: 'edit'; hook: WebhookSubscription }
  | { kind: 'secret'; hook: WebhookSubscription; secret: string }
  | { kind: 'log'; hook: WebhookSubscription };

type Confirming = { kind: 'rotate' | 'remove'; hook: WebhookSubscription };

interface FormValues {
  url: string;
  regionCode: string;
  description: string;
  events: WebhookEvent[];
  active: boolean;
}

const EMPTY: FormValues = {
  url: '',
  regionCode: '',
  description: '',
  events: ['aspiration.received', 'aspiration.status'],
  active: true,
};

/** The region a Dinas official manages ('' for an admin, who types one). */
const homeScope = (me: Me): string => {
  const dinas = me.memberships.find((m) => m.role === 'dinas');
  return dinas?.role === 'dinas' ? dinas.region.code : '';
};

/**
 * Webhook subscriptions, for `#/integrasi` of the console or an intranet page.
 * @summary Subscribe integrations to aspiration events; see and replay their deliveries.
 * @csspart subscriptions - The table of subscriptions.
 * @csspart panel - The open form, one-time secret or delivery log.
 * @csspart deliveries - The table of the delivery log.
 * @csspart error-summary - The problems of a failed form.
 */
export class KimWebhookAdmin extends KimConsoleElement {
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
      .stack,
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
        min-width: 0;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
      .actions .button {
        min-height: 2.25rem;
      }
      .secret,
      .url {
        font-family: ui-monospace, monospace;
        overflow-wrap: anywhere;
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
        gap: 0.5rem;
        min-width: 0;
      }
      .check {
        display: flex;
        gap: 0.5rem;
        align-items: center;
      }
    `,
  ];

  @state() private hooks: Paged<WebhookSubscription> = idle();
  @state() private log: Paged<WebhookDeliveryAttempt> = idle();
  @state() private panel: Panel | undefined;
  @state() private confirming: Confirming | undefined;
  @state() private values: FormValues = { ...EMPTY };
  @state() private problems: Problems | undefined;
  @state() private busy = false;
  @state() private announcement = '';
  @state() private copyNote = '';
  @state() private actionError = '';

  #startedFor: string | undefined;
  #loads = { hooks: 0, log: 0 };
  #returnFocus: HTMLElement | undefined;

  private get t(): WebhookAdminStrings {
    return stringsFor(webhookAdmin, this.language);
  }

  private get allowed(): boolean {
    return this.holds('webhooks.manage');
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const me = this.signedInMe;
    const key = me ? `${this.activeSession?.baseUrl}|${me.id}` : undefined;
    if (key && key !== this.#startedFor) {
      this.#startedFor = key;
      if (this.allowed) void this.#loadHooks();
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
      ${gate} ${me ? this.#content(me) : nothing} ${this.#dialog()}
    </div>`;
  }

  #content(me: Me): TemplateResult {
    const t = this.t;
    if (!this.allowed && this.activeSession?.state === 'signed-in') {
      return html`<h1>${t.title}</h1>${forbiddenView(this.common)}`;
    }
    const hooks = this.hooks;
    return html`<h1 id="title" tabindex="-1">${t.title}</h1>
      <p>${t.intro}</p>
      ${this.actionError ? html`<p class="error" role="alert" part="action-error">${this.actionError}</p>` : nothing}
      <div class="actions">
        <button type="button" class="button" part="create-button" @click=${this.#openCreate}>${t.create}</button>
      </div>
      ${this.panel ? this.#panel(me, this.panel) : nothing}
      <section aria-labelledby="title" aria-busy=${hooks.phase === 'loading' || hooks.more ? 'true' : 'false'}>
        ${
          hooks.phase === 'loading' || hooks.phase === 'idle'
            ? loadingView(this.common)
            : hooks.phase === 'error'
              ? loadErrorView(this.common, hooks.error, () => void this.#loadHooks())
              : hooks.rows.length === 0
                ? html`<p part="empty">${t.empty}</p>`
                : this.#table(hooks.rows)
        }
        ${this.#more(hooks, () => void this.#loadHooks(hooks.next ?? undefined))}
      </section>`;
  }

  #table(rows: WebhookSubscription[]): TemplateResult {
    const t = this.t;
    const cols = t.columns;
    return html`<table class="records" part="subscriptions">
      <thead>
        <tr>
          <th scope="col">${cols.url}</th>
          <th scope="col">${cols.region}</th>
          <th scope="col">${cols.events}</th>
          <th scope="col">${cols.status}</th>
          <th scope="col">${cols.actions}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (hook) => html`<tr data-hook=${hook.id}>
            <th scope="row" data-label=${cols.url}>
              <span class="url">${hook.url}</span>
              ${hook.description ? html`<br /><span class="hint" lang="id">${hook.description}</span>` : nothing}
            </th>
            <td data-label=${cols.region}>${hook.regionCode}</td>
            <td data-label=${cols.events}>${hook.events.map((e) => t.events[e]).join(', ')}</td>
            <td data-label=${cols.status}>
              <span class=${hook.active ? 'badge' : 'badge danger'}>${hook.active ? t.active : t.paused}</span>
            </td>
            <td data-label=${cols.actions}>${this.#rowActions(hook)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  #rowActions(hook: WebhookSubscription): TemplateResult {
    const t = this.t;
    const label = (action: string) => `${action}: ${hook.url}`;
    const button = (part: string, text: string, onClick: (e: Event) => void) =>
      html`<button type="button" class="button secondary" part=${part} aria-label=${label(text)} @click=${onClick}>${text}</button>`;
    return html`<div class="actions">
      ${button('log-button', t.log, (e) => this.#openLog(e, hook))}
      ${button('edit-button', t.edit, (e) => this.#openEdit(e, hook))}
      ${button('toggle-button', hook.active ? t.disable : t.enable, () => void this.#toggle(hook))}
      ${button('rotate-button', t.rotate, (e) => this.#confirm(e, { kind: 'rotate', hook }))}
      ${button('remove-button', t.remove, (e) => this.#confirm(e, { kind: 'remove', hook }))}
    </div>`;
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

  // Panels: create, edit, the one-time secret, the delivery log

  #panel(me: Me, panel: Panel): TemplateResult {
    const t = this.t;
    switch (panel.kind) {
      case 'create':
      case 'edit': {
        const editing = panel.kind === 'edit' ? panel.hook : undefined;
        const title = editing ? t.editTitle.replace('{url}', editing.url) : t.createTitle;
        const problem = this.problems?.fields ?? {};
        return html`<form class="panel" part="panel hook-form" novalidate aria-labelledby="panel-title"
          aria-busy=${this.busy ? 'true' : 'false'} @submit=${this.#submit}>
          <h2 id="panel-title" tabindex="-1">${title}</h2>
          ${errorSummaryView(this.common, this.problems, this.renderRoot as ShadowRoot, {
            url: t.url,
            regionCode: t.region,
            events: t.eventsLegend,
            description: t.description,
          })}
          ${this.#input('url', t.url, t.urlHint, 'url')}
          ${editing ? nothing : this.#input('regionCode', t.region, t.regionHint, 'text', homeScope(me) !== '')}
          <fieldset id="events" tabindex="-1" aria-describedby=${problem.events ? 'events-error' : nothing}>
            <legend>${t.eventsLegend}</legend>
            ${fieldErrorView(this.common, 'events', problem.events)}
            ${WEBHOOK_EVENTS.map(
              (event) => html`<label class="check">
                <input type="checkbox" name="events" value=${event} .checked=${this.values.events.includes(event)}
                  @change=${(e: Event) => this.#toggleEvent(event, (e.target as HTMLInputElement).checked)} />
                <span>${t.events[event]}</span>
              </label>`,
            )}
          </fieldset>
          ${this.#input('description', t.description, '', 'text')}
          ${
            editing
              ? html`<label class="check">
                  <input id="active" type="checkbox" .checked=${this.values.active}
                    @change=${(e: Event) => (this.values = { ...this.values, active: (e.target as HTMLInputElement).checked })} />
                  <span>${t.activeLabel}</span>
                </label>`
              : nothing
          }
          <div class="actions">
            <button type="submit" class="button" part="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
              ${this.busy ? t.sending : editing ? this.common.save : t.submitCreate}
            </button>
            <button type="button" class="button secondary" @click=${this.#closePanel}>${this.common.cancel}</button>
          </div>
        </form>`;
      }
      case 'secret':
        return html`<section class="panel" part="panel secret-panel" aria-labelledby="panel-title">
          <h2 id="panel-title" tabindex="-1">${t.secretTitle}</h2>
          <p class="url">${panel.hook.url}</p>
          ${oneTimeSecretView({
            label: t.secretLabel,
            value: panel.secret,
            warning: t.secretOnce,
            copy: t.copy,
            note: this.copyNote,
            onCopy: () => void this.#copy(panel.secret),
          })}
          <div><button type="button" class="button" @click=${this.#closePanel}>${t.done}</button></div>
        </section>`;
      case 'log':
        return this.#logPanel(panel.hook);
    }
  }

  #input(field: 'url' | 'regionCode' | 'description', label: string, hint: string, type: string, readonly = false) {
    const message = this.problems?.fields[field];
    const describedBy = [hint ? `${field}-hint` : '', message ? `${field}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="field">
      <label for=${field}>${label}</label>
      ${hint ? html`<p class="hint" id=${`${field}-hint`}>${hint}</p>` : nothing}
      ${fieldErrorView(this.common, field, message)}
      <input id=${field} type=${type} autocomplete="off" spellcheck="false" ?readonly=${readonly}
        aria-invalid=${message ? 'true' : 'false'} aria-describedby=${describedBy || nothing}
        .value=${this.values[field]}
        @input=${(e: Event) => (this.values = { ...this.values, [field]: (e.target as HTMLInputElement).value })} />
    </div>`;
  }

  #logPanel(hook: WebhookSubscription): TemplateResult {
    const t = this.t;
    const cols = t.logColumns;
    const log = this.log;
    const body =
      log.phase === 'loading' || log.phase === 'idle'
        ? loadingView(this.common)
        : log.phase === 'error'
          ? loadErrorView(this.common, log.error, () => void this.#loadLog(hook))
          : log.rows.length === 0
            ? html`<p part="log-empty">${t.logEmpty}</p>`
            : html`<table class="records" part="deliveries">
              <thead>
                <tr>
                  <th scope="col">${cols.at}</th>
                  <th scope="col">${cols.event}</th>
                  <th scope="col">${cols.attempt}</th>
                  <th scope="col">${cols.code}</th>
                  <th scope="col">${cols.outcome}</th>
                  <th scope="col">${cols.actions}</th>
                </tr>
              </thead>
              <tbody>
                ${log.rows.map(
                  (a) => html`<tr data-delivery=${a.deliveryId}>
                    <th scope="row" data-label=${cols.at}>${formatDateTime(a.at, this.locale, hook.regionCode)}</th>
                    <td data-label=${cols.event}>${t.events[a.event]}</td>
                    <td data-label=${cols.attempt}>${a.attempt}</td>
                    <td data-label=${cols.code}>${a.statusCode ?? t.noAnswer}${a.error && a.statusCode === null ? html`<br /><span class="hint">${a.error}</span>` : nothing}</td>
                    <td data-label=${cols.outcome}>
                      <span class=${a.deliveryStatus === 'failed' ? 'badge danger' : 'badge'}>${t.deliveryStatus[a.deliveryStatus]}</span>
                    </td>
                    <td data-label=${cols.actions}>
                      <button type="button" class="button secondary" part="replay-button"
                        aria-label=${`${t.replay}: ${a.deliveryId}`} @click=${() => void this.#replay(hook, a)}>${t.replay}</button>
                    </td>
                  </tr>`,
                )}
              </tbody>
            </table>`;
    return html`<section class="panel" part="panel log-panel" aria-labelledby="panel-title">
      <h2 id="panel-title" tabindex="-1">${t.logTitle.replace('{url}', hook.url)}</h2>
      ${errorSummaryView(this.common, this.problems, this.renderRoot as ShadowRoot)}
      <div aria-busy=${log.phase === 'loading' || log.more ? 'true' : 'false'}>
        ${body}${this.#more(log, () => void this.#loadLog(hook, log.next ?? undefined))}
      </div>
      <div><button type="button" class="button secondary" @click=${this.#closePanel}>${this.common.close}</button></div>
    </section>`;
  }

  #dialog(): TemplateResult | typeof nothing {
    const confirming = this.confirming;
    if (!confirming) return nothing;
    const t = this.t;
    const { url } = confirming.hook;
    const [title, hint] =
      confirming.kind === 'rotate'
        ? [t.confirmRotate.replace('{url}', url), t.confirmRotateHint]
        : [t.confirmRemove.replace('{url}', url), t.confirmRemoveHint];
    return html`<dialog part="confirm" aria-labelledby="confirm-title" @cancel=${this.#closeDialog}>
      <h2 id="confirm-title">${title}</h2>
      <p>${hint}</p>
      ${errorSummaryView(this.common, this.problems, this.renderRoot as ShadowRoot)}
      <div class="actions">
        <button type="button" class="button" part="confirm-button" aria-disabled=${this.busy ? 'true' : 'false'}
          @click=${this.#confirmed}>${this.busy ? this.common.saving : this.common.confirm}</button>
        <button type="button" class="button secondary" @click=${this.#closeDialog}>${this.common.cancel}</button>
      </div>
    </dialog>`;
  }

  // Loading

  async #loadHooks(cursor?: string): Promise<void> {
    const client = this.client;
    if (!client) return;
    const load = ++this.#loads.hooks;
    await loadPage(
      this.hooks,
      (after) => client.admin.webhooks.list({ cursor: after }),
      (next) => (this.hooks = next),
      () => load === this.#loads.hooks,
      cursor,
    );
  }

  async #loadLog(hook: WebhookSubscription, cursor?: string): Promise<void> {
    const client = this.client;
    if (!client) return;
    const load = ++this.#loads.log;
    await loadPage(
      this.log,
      (after) => client.admin.webhooks.deliveries(hook.id, { cursor: after }),
      (next) => (this.log = next),
      () => load === this.#loads.log,
      cursor,
    );
  }

  // Opening and closing

  async #open(event: Event | undefined, panel: Panel, values: FormValues = { ...EMPTY }): Promise<void> {
    if (event) this.#returnFocus = event.currentTarget as HTMLElement;
    this.panel = panel;
    this.actionError = '';
    this.problems = undefined;
    this.copyNote = '';
    this.values = values;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#panel-title')?.focus();
  }

  #openCreate = (event: Event) => {
    const me = this.signedInMe;
    void this.#open(event, { kind: 'create' }, { ...EMPTY, regionCode: me ? homeScope(me) : '' });
  };

  #openEdit(event: Event, hook: WebhookSubscription): void {
    const { url, regionCode, description, events, active } = hook;
    void this.#open(event, { kind: 'edit', hook }, { url, regionCode, description, events: [...events], active });
  }

  #openLog(event: Event, hook: WebhookSubscription): void {
    this.log = idle();
    void this.#open(event, { kind: 'log', hook });
    void this.#loadLog(hook);
  }

  #closePanel = async (): Promise<void> => {
    this.panel = undefined;
    this.problems = undefined;
    this.copyNote = '';
    await this.updateComplete;
    this.#restoreFocus();
  };

  #restoreFocus(): void {
    const target = this.#returnFocus;
    this.#returnFocus = undefined;
    if (target?.isConnected) target.focus();
    else this.renderRoot.querySelector<HTMLElement>('#title')?.focus();
  }

  #toggleEvent(event: WebhookEvent, on: boolean): void {
    const events = WEBHOOK_EVENTS.filter((e) => (e === event ? on : this.values.events.includes(e)));
    this.values = { ...this.values, events };
  }

  // Writing

  #replace(hook: WebhookSubscription): void {
    const found = this.hooks.rows.some((h) => h.id === hook.id);
    const rows = found ? this.hooks.rows.map((h) => (h.id === hook.id ? hook : h)) : [...this.hooks.rows, hook];
    this.hooks = { ...this.hooks, rows };
  }

  async #fail(error: unknown, hook?: WebhookSubscription): Promise<void> {
    const problems = problemsOf(error, this.common);
    const current = (error as { current?: WebhookSubscription } | undefined)?.current;
    if ((error as { status?: number } | undefined)?.status === 412 && current) {
      this.#replace(current);
      if (hook && this.panel?.kind === 'edit') this.panel = { kind: 'edit', hook: current };
      this.problems = { ...problems, message: this.t.stale };
    } else this.problems = problems;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#error-summary')?.focus();
  }

  #submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const panel = this.panel;
    const client = this.client;
    if (!client || this.busy || (panel?.kind !== 'create' && panel?.kind !== 'edit')) return;
    const t = this.t;
    const v = this.values;
    const fields: Record<string, string> = {};
    if (!isWebhookUrl(v.url.trim())) fields.url = v.url.trim() === '' ? this.common.required : t.urlHint;
    if (panel.kind === 'create' && v.regionCode.trim() === '') fields.regionCode = this.common.required;
    if (v.events.length === 0) fields.events = this.common.required;
    if (Object.keys(fields).length > 0) {
      this.problems = { message: '', fields, kind: 'validation' };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#error-summary')?.focus();
      return;
    }
    this.busy = true;
    try {
      const common = { url: v.url.trim(), events: v.events, description: v.description.trim() };
      if (panel.kind === 'create') {
        const created = await client.admin.webhooks.create({ ...common, regionCode: v.regionCode.trim() });
        const { secret, ...hook } = created;
        this.#replace(hook);
        this.announcement = t.created;
        this.busy = false;
        await this.#open(undefined, { kind: 'secret', hook, secret });
      } else {
        const updated = await client.admin.webhooks.update(
          panel.hook.id,
          { ...common, active: v.active },
          { version: panel.hook.version },
        );
        this.#replace(updated);
        this.announcement = t.saved;
        this.busy = false;
        await this.#closePanel();
      }
    } catch (error) {
      await this.#fail(error, panel.kind === 'edit' ? panel.hook : undefined);
    } finally {
      this.busy = false;
    }
  };

  async #toggle(hook: WebhookSubscription): Promise<void> {
    const client = this.client;
    if (!client) return;
    this.actionError = '';
    try {
      const updated = await client.admin.webhooks.update(hook.id, { active: !hook.active }, { version: hook.version });
      this.#replace(updated);
      this.announcement = this.t.saved;
    } catch (error) {
      const current = (error as { current?: WebhookSubscription } | undefined)?.current;
      if (current) this.#replace(current);
      this.actionError = current ? this.t.stale : problemsOf(error, this.common).message;
    }
  }

  async #replay(hook: WebhookSubscription, attempt: WebhookDeliveryAttempt): Promise<void> {
    const client = this.client;
    if (!client) return;
    this.problems = undefined;
    try {
      await client.admin.webhooks.replay(hook.id, attempt.deliveryId);
      this.announcement = this.t.replayed;
      this.log = {
        ...this.log,
        rows: this.log.rows.map((a) =>
          a.deliveryId === attempt.deliveryId ? { ...a, deliveryStatus: 'pending' as const } : a,
        ),
      };
    } catch (error) {
      await this.#fail(error);
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

  #closeDialog = async (event?: Event): Promise<void> => {
    event?.preventDefault();
    this.renderRoot.querySelector('dialog')?.close();
    this.confirming = undefined;
    this.problems = undefined;
    await this.updateComplete;
    this.#restoreFocus();
  };

  #confirmed = async (): Promise<void> => {
    const confirming = this.confirming;
    const client = this.client;
    if (!confirming || !client || this.busy) return;
    const { hook } = confirming;
    this.busy = true;
    try {
      if (confirming.kind === 'remove') {
        await client.admin.webhooks.remove(hook.id);
        this.hooks = { ...this.hooks, rows: this.hooks.rows.filter((h) => h.id !== hook.id) };
        if (this.panel && 'hook' in this.panel && this.panel.hook.id === hook.id) this.panel = undefined;
        this.announcement = this.t.removed;
        this.busy = false;
        this.#returnFocus = undefined;
        await this.#closeDialog();
      } else {
        const rotated = await client.admin.webhooks.rotateSecret(hook.id, { version: hook.version });
        const { secret, ...next } = rotated;
        this.#replace(next);
        this.busy = false;
        this.renderRoot.querySelector('dialog')?.close();
        this.confirming = undefined;
        await this.#open(undefined, { kind: 'secret', hook: next, secret });
      }
    } catch (error) {
      const current = (error as { current?: WebhookSubscription } | undefined)?.current;
      if (current) {
        this.#replace(current);
        this.confirming = { ...confirming, hook: current };
      }
      const problems = problemsOf(error, this.common);
      this.problems = current ? { ...problems, message: this.t.stale } : problems;
    } finally {
      this.busy = false;
    }
  };
}
