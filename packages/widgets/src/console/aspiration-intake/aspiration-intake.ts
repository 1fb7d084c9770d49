// <kim-aspiration-intake>: a KIM operator records a resident's report on a phone, possibly offline. The fields,
// their checks, the draft and the offline outbox are the public form's (<kim-aspiration-form>, with its intake
// hooks); this element picks the KIM, sends through the console session (POST /v1/admin/aspiration-intakes) and,
// once the server has given the tracking code, shows the slip to print for the resident.
import type { AspirationIntakeReceipt, Me } from '@kim-kit/sdk';
import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { KimAspirationForm } from '../../aspiration-form/aspiration-form.js';
import type { AspirationSender } from '../../aspiration-form/submission-queue.js';
import type { KimAspirationQueuedEvent } from '../../events/kim-aspiration-queued.js';
import type { KimAspirationSubmittedEvent } from '../../events/kim-aspiration-submitted.js';
import { stringsFor } from '../../locales/language.js';
import { fieldStyles } from '../../shared/field-styles.js';
import { baseStyles, buttonStyles, visuallyHidden } from '../../shared/styles.js';
import { type AspirationIntakeStrings, aspirationIntake } from '../locales/aspiration-intake.js';
import { type ConsoleCommonStrings, consoleCommon } from '../locales/common.js';
import { KimConsoleElement } from '../shared/console-element.js';
import { consoleStyles } from '../shared/console-styles.js';
import type { KimSession } from '../shared/session.js';
import { forbiddenView, loadErrorView, loadingView, signInGate } from '../shared/views.js';
import { KimIntakeSlip, type SlipPaper } from './intake-slip.js';
import { SlipPrintCopy } from './slip-print.js';

if (!customElements.get('kim-aspiration-form')) customElements.define('kim-aspiration-form', KimAspirationForm);
if (!customElements.get('kim-intake-slip')) customElements.define('kim-intake-slip', KimIntakeSlip);

/** A KIM the person may record for. */
export interface IntakeGroupChoice {
  id: string;
  name: string;
  regionCode: string;
}

type Groups = { kind: 'loading' } | { kind: 'error'; error: unknown } | { kind: 'ready'; groups: IntakeGroupChoice[] };

/** The city or regency of a village code: the place picker offers its districts and villages. */
const cityOf = (villageCode: string) => villageCode.split('.').slice(0, 2).join('.');

/** Thrown in place of a 401 or a signed-out session, so the outbox keeps the report until the person signs in. */
class SessionUnavailable extends TypeError {
  override name = 'TypeError';
}

/**
 * Records a resident's aspiration through a KIM, with the resident's verbal consent, on a phone and offline. Console
 * route `#/catat`; capability `aspirations.intake` (KIM operators for their own KIM; admins and Dinas officials for
 * the active KIM of their region). The resident's contact is optional; the operator sees it only while typing it.
 * @fires kim-aspiration-submitted - A recording reached the server; `receipt` is an `AspirationIntakeReceipt`.
 * @csspart slip-panel - The slip preview with the paper choice and the print button.
 * @csspart print-button - The button printing the slip.
 * @csspart waiting - The notice of reports not sent yet.
 */
export class KimAspirationIntake extends KimConsoleElement {
  static override styles = [
    baseStyles,
    buttonStyles,
    fieldStyles,
    visuallyHidden,
    consoleStyles,
    css`
      .stack > * + * {
        margin-top: 1rem;
      }
      .slip-panel {
        border: 1px solid currentColor;
        border-radius: 0.5rem;
        padding: 1rem;
      }
      .papers {
        border: 0;
        padding: 0;
        margin: 0.75rem 0;
      }
      .papers label {
        display: inline-flex;
        gap: 0.5rem;
        align-items: center;
        margin-inline-end: 1rem;
        min-height: 2.75rem;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        margin-top: 0.75rem;
      }
      .waiting {
        border-inline-start: 0.25rem solid currentColor;
        padding-inline-start: 0.75rem;
      }
      select {
        max-width: 100%;
      }
    `,
  ];

  /**
   * The municipal site's tracker page, printed on the slip (http(s)); by default `/#lacak` on the API's origin (the
   * demo site's tracker).
   */
  @property({ attribute: 'tracker-url' }) trackerUrl = '';

  @state() private groups: Groups = { kind: 'loading' };
  @state() private groupId = '';
  @state() private receipt?: AspirationIntakeReceipt;
  @state() private paper: SlipPaper = 'a6';
  @state() private waiting = 0;

  #loadedFor?: string;
  readonly #printCopy = new SlipPrintCopy();
  readonly #senders = new Map<string, AspirationSender>();

  private get t(): AspirationIntakeStrings {
    return stringsFor(aspirationIntake, this.language);
  }

  private get c(): ConsoleCommonStrings {
    return stringsFor(consoleCommon, this.language);
  }

  private get tracker(): string {
    if (this.trackerUrl) return new URL(this.trackerUrl, document.baseURI).href;
    const session = this.activeSession;
    return session ? new URL('/#lacak', session.baseUrl).href : '';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#printCopy.clear();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const session = this.activeSession;
    const me = session?.state === 'signed-in' ? session.me : undefined;
    const key = me ? `${session?.baseUrl}|${me.id}` : undefined;
    if (session && me && key !== this.#loadedFor && session.can('aspirations.intake')) {
      this.#loadedFor = key;
      void this.#loadGroups(session, me);
    }
  }

  /** The person's own KIMs; officials get the active KIMs of their region. */
  async #loadGroups(session: KimSession, me: Me): Promise<void> {
    const own = me.memberships.flatMap((m) =>
      m.role === 'kim' ? [{ id: m.group.id, name: m.group.name, regionCode: m.group.regionCode }] : [],
    );
    const official = me.memberships.some((m) => m.role === 'admin' || m.role === 'dinas');
    this.groups = { kind: 'loading' };
    try {
      const more = official
        ? (await session.client.admin.groups.list({ status: 'active', limit: 100 }).toArray({ limit: 500 })).map(
            (g) => ({ id: g.id, name: g.name, regionCode: g.regionCode }),
          )
        : [];
      const groups = [...own, ...more.filter((g) => !own.some((o) => o.id === g.id))];
      this.groups = { kind: 'ready', groups };
      if (!groups.some((g) => g.id === this.groupId)) this.groupId = groups[0]?.id ?? '';
      this.#countWaiting();
    } catch (error) {
      this.groups = { kind: 'error', error };
    }
  }

  /** The storage scope of a KIM's outbox: per person and KIM, so a queued report goes out for the KIM it was for. */
  #scopeOf(groupId: string): string {
    return `intake:${this.activeSession?.me?.id ?? ''}:${groupId}`;
  }

  /** Sends one outbox entry for `groupId` through the session; keeps it queued while nobody is signed in. */
  #senderFor(groupId: string): AspirationSender {
    let sender = this.#senders.get(groupId);
    if (sender) return sender;
    sender = async (entry, files) => {
      const session = this.activeSession;
      if (session?.state !== 'signed-in') throw new SessionUnavailable('Not signed in');
      const { consent, website: _website, ...fields } = entry.input;
      try {
        const receipt = await session.client.admin.aspirationIntakes.record(
          { ...fields, groupId, verbalConsent: consent },
          { idempotencyKey: entry.idempotencyKey, files },
        );
        this.#delivered(receipt);
        return receipt;
      } catch (error) {
        if ((error as { status?: unknown }).status === 401) throw new SessionUnavailable('Signed out');
        throw error;
      }
    };
    this.#senders.set(groupId, sender);
    return sender;
  }

  #delivered(receipt: AspirationIntakeReceipt): void {
    this.receipt = receipt;
    this.#printCopy.show(receipt, { paper: this.paper, trackerUrl: this.tracker, lang: this.language });
    // The outbox entry goes after the sender returns: count once the form has settled.
    void this.updateComplete.then(() => queueMicrotask(() => this.#countWaiting()));
  }

  #countWaiting(): void {
    this.waiting = this.renderRoot.querySelector('kim-aspiration-form')?.waiting ?? 0;
  }

  #onQueued(_event: KimAspirationQueuedEvent): void {
    this.#countWaiting();
  }

  #onSubmitted(_event: KimAspirationSubmittedEvent): void {
    this.#countWaiting();
  }

  #choosePaper(paper: SlipPaper): void {
    this.paper = paper;
    if (this.receipt) {
      this.#printCopy.show(this.receipt, { paper, trackerUrl: this.tracker, lang: this.language });
    }
  }

  #print(): void {
    if (!this.receipt) return;
    if (!this.#printCopy.shown) {
      this.#printCopy.show(this.receipt, { paper: this.paper, trackerUrl: this.tracker, lang: this.language });
    }
    window.print();
  }

  async #another(): Promise<void> {
    this.receipt = undefined;
    this.#printCopy.clear();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#title')?.focus();
  }

  override render(): TemplateResult {
    const session = this.activeSession;
    const lang = this.language === 'en' ? 'en' : 'id';
    const me = session?.state === 'signed-out' ? undefined : session?.me;
    return html`<div lang=${lang} class="stack">
      ${signInGate(this, session, lang, this.theme)} ${me && session ? this.#content(session, me) : nothing}
    </div>`;
  }

  #content(session: KimSession, me: Me): TemplateResult {
    const t = this.t;
    if (!(me.capabilities as readonly string[]).includes('aspirations.intake')) {
      return html`<h1 id="title" tabindex="-1">${t.title}</h1>${forbiddenView(this.c)}`;
    }
    const groups = this.groups;
    let body: TemplateResult;
    if (groups.kind === 'loading') body = loadingView(this.c);
    else if (groups.kind === 'error') {
      body = loadErrorView(this.c, groups.error, () => {
        this.#loadedFor = undefined;
        this.requestUpdate();
      });
    } else if (groups.groups.length === 0) body = html`<p>${t.noGroups}</p>`;
    else body = this.#form(session, groups.groups);
    return html`<h1 id="title" tabindex="-1">${t.title}</h1>
      <p>${t.intro}</p>
      ${body}`;
  }

  #form(session: KimSession, groups: IntakeGroupChoice[]): TemplateResult {
    const t = this.t;
    const group = groups.find((g) => g.id === this.groupId) ?? groups[0]!;
    return html`${
      groups.length > 1
        ? html`<div class="field">
            <label for="group">${t.group}</label>
            <select
              id="group"
              .value=${group.id}
              @change=${(e: Event) => {
                this.groupId = (e.target as HTMLSelectElement).value;
                this.receipt = undefined;
                this.#printCopy.clear();
                void this.updateComplete.then(() => this.#countWaiting());
              }}
            >
              ${groups.map((g) => html`<option value=${g.id} ?selected=${g.id === group.id}>${g.name}</option>`)}
            </select>
          </div>`
        : html`<p><strong>${t.group}:</strong> ${group.name}</p>`
    }
      ${
        this.waiting > 0
          ? html`<div part="waiting" class="waiting" role="status">
              <p><strong>${t.waiting(this.waiting)}</strong></p>
              <p>${t.waitingHint}</p>
            </div>`
          : nothing
      }
      ${this.receipt ? this.#slipPanel(this.receipt) : nothing}
      <kim-aspiration-form
        api-base=${session.baseUrl}
        region=${cityOf(group.regionCode)}
        storage-scope=${this.#scopeOf(group.id)}
        consent-text=${t.consent}
        lang=${this.language === 'en' ? 'en' : 'id'}
        theme=${this.theme}
        heading-level="2"
        ?hidden=${this.receipt !== undefined}
        .sender=${this.#senderFor(group.id)}
        @kim-aspiration-queued=${this.#onQueued}
        @kim-aspiration-submitted=${this.#onSubmitted}
      ></kim-aspiration-form>`;
  }

  #slipPanel(receipt: AspirationIntakeReceipt): TemplateResult {
    const t = this.t;
    const paper = (value: SlipPaper, label: string) =>
      html`<label
        ><input
          type="radio"
          name="paper"
          .value=${value}
          .checked=${this.paper === value}
          @change=${() => this.#choosePaper(value)}
        />${label}</label
      >`;
    return html`<section part="slip-panel" class="slip-panel" aria-labelledby="slip-heading">
      <h2 id="slip-heading" tabindex="-1">${t.slipTitle}</h2>
      <kim-intake-slip
        .receipt=${receipt}
        tracker-url=${this.tracker}
        paper=${this.paper}
        lang=${this.language === 'en' ? 'en' : 'id'}
      ></kim-intake-slip>
      <fieldset class="papers">
        <legend>${t.paper}</legend>
        ${paper('a6', t.paperA6)} ${paper('58mm', t.paper58)}
      </fieldset>
      <div class="actions">
        <button type="button" class="button" part="print-button" @click=${this.#print}>${t.print}</button>
        <button type="button" class="button secondary" @click=${this.#another}>${t.another}</button>
      </div>
    </section>`;
  }
}
