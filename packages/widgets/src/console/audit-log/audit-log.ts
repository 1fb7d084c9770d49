// <kim-audit-log>: who changed what, when and from where, newest first, page by page; filters by actor, action, record
// type and dates (days in the person's own zone). Each entry shows exactly what the server returns: field names that
// changed, never values.
import {
  AUDIT_TARGET_TYPES,
  type AuditEntry,
  type AuditTargetType,
  type Me,
  timeZoneOfRegion,
  type User,
} from '@kim-kit/sdk';
import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { stringsFor } from '../../locales/language.js';
import { fieldStyles } from '../../shared/field-styles.js';
import { formatDateTime } from '../../shared/format.js';
import { baseStyles, buttonStyles, visuallyHidden } from '../../shared/styles.js';
import { homeRegion } from '../account-admin/grantable.js';
import { type AuditLogStrings, auditLog } from '../locales/audit-log.js';
import { KimConsoleElement } from '../shared/console-element.js';
import { consoleStyles } from '../shared/console-styles.js';
import { idle, loadPage, type Paged } from '../shared/paged.js';
import {
  errorSummaryView,
  fieldErrorView,
  forbiddenView,
  loadErrorView,
  loadingView,
  signInGate,
} from '../shared/views.js';

interface Filters {
  actor: string;
  action: string;
  targetType: AuditTargetType | '';
  from: string;
  to: string;
}

const NO_FILTERS: Filters = { actor: '', action: '', targetType: '', from: '', to: '' };

/** The action in words, or its code when this console does not know it yet. */
export function actionText(t: AuditLogStrings, action: string): string {
  return t.actions[action] ?? action;
}

/** Who acted, in words. */
export function actorText(t: AuditLogStrings, actor: AuditEntry['actor']): string {
  if (actor.type === 'token' && actor.name) return t.viaToken.replace('{name}', actor.name);
  return actor.name ?? t.actors[actor.type];
}

/** The next calendar day of `YYYY-MM-DD`. */
function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The audit log, for `#/audit` of the console or an intranet page. Admins read everything; Dinas officials what
 * happened in their region (the server decides).
 * @summary Who did what, when: a paged, filtered list with each entry's details.
 * @csspart filters - The filter form.
 * @csspart entries - The table of entries.
 * @csspart entry - One entry (a row).
 */
export class KimAuditLog extends KimConsoleElement {
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
      form {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr));
        gap: 0.75rem;
        align-items: end;
      }
      form .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
      details summary {
        cursor: pointer;
        min-height: 1.5rem;
      }
      dl {
        display: grid;
        grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
        gap: 0.25rem 0.75rem;
        margin: 0.5rem 0 0;
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      code {
        font-family: ui-monospace, monospace;
      }
    `,
  ];

  @state() private entries: Paged<AuditEntry> = idle();
  @state() private people: User[] = [];
  @state() private draft: Filters = { ...NO_FILTERS };
  @state() private applied: Filters = { ...NO_FILTERS };
  @state() private dateError = '';
  @state() private announcement = '';

  #startedFor: string | undefined;
  #load = 0;

  private get t(): AuditLogStrings {
    return stringsFor(auditLog, this.language);
  }

  /** The zone the date filters are read in: the person's region's, WIB for admins. */
  private get zone() {
    return timeZoneOfRegion(homeRegion(this.activeSession?.me)) ?? timeZoneOfRegion('31')!;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const session = this.activeSession;
    const me = session?.state === 'signed-in' ? session.me : undefined;
    const key = me ? `${session?.baseUrl}|${me.id}` : undefined;
    if (key && key !== this.#startedFor && session?.can('audit.read')) {
      this.#startedFor = key;
      void this.#loadEntries();
      if (session.can('users.manage')) void this.#loadPeople();
    }
  }

  override render(): TemplateResult {
    const session = this.activeSession;
    const lang = this.language === 'en' ? 'en' : 'id';
    const me = session?.state === 'signed-out' ? undefined : session?.me;
    return html`<div lang=${lang} class="stack">
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${signInGate(this, session, lang, this.theme)}
      ${me ? this.#content(me) : nothing}
    </div>`;
  }

  #content(me: Me): TemplateResult {
    const t = this.t;
    if (!(me.capabilities as readonly string[]).includes('audit.read')) {
      return html`<h1>${t.title}</h1>${forbiddenView(this.common)}`;
    }
    const list = this.entries;
    return html`<h1 id="title">${t.title}</h1>
      ${this.#filters()}
      <div aria-busy=${list.phase === 'loading' || list.more ? 'true' : 'false'}>
        ${
          list.phase === 'loading' || list.phase === 'idle'
            ? loadingView(this.common)
            : list.phase === 'error'
              ? loadErrorView(this.common, list.error, () => void this.#loadEntries())
              : list.rows.length === 0
                ? html`<p part="empty">${t.empty}</p>`
                : this.#table(me, list.rows)
        }
        ${list.phase === 'ready' && list.error ? loadErrorView(this.common, list.error, () => this.#more()) : nothing}
        ${
          list.phase === 'ready' && list.next && !list.error
            ? html`<button type="button" class="button secondary" part="more-button"
                aria-disabled=${list.more ? 'true' : 'false'} @click=${() => this.#more()}>
                ${list.more ? this.common.loading : t.loadMore}
              </button>`
            : nothing
        }
      </div>`;
  }

  #filters(): TemplateResult {
    const t = this.t;
    const d = this.draft;
    const set = (field: keyof Filters) => (e: Event) => {
      this.draft = { ...this.draft, [field]: (e.target as HTMLInputElement | HTMLSelectElement).value };
    };
    const groups = AUDIT_TARGET_TYPES.map((type) => ({
      type,
      actions: Object.keys(t.actions).filter((a) => a.startsWith(`${type}.`)),
    })).filter((g) => g.actions.length);
    const dateHint = t.dateHint.replace('{zone}', this.zone.abbreviation);
    return html`<form part="filters" role="search" aria-label=${t.filters} novalidate @submit=${this.#apply}>
      ${this.dateError ? errorSummaryView(this.common, { message: '', fields: { to: this.dateError } }, this.renderRoot as ShadowRoot, { to: t.to }) : nothing}
      ${
        this.people.length
          ? html`<div class="field">
            <label for="actor">${t.actor}</label>
            <select id="actor" @change=${set('actor')}>
              <option value="" ?selected=${!d.actor}>${t.anyActor}</option>
              ${this.people.map((p) => html`<option value=${p.id} ?selected=${d.actor === p.id}>${p.name}</option>`)}
            </select>
          </div>`
          : nothing
      }
      <div class="field">
        <label for="action">${t.action}</label>
        <select id="action" @change=${set('action')}>
          <option value="" ?selected=${!d.action}>${t.anyAction}</option>
          ${groups.map(
            (g) => html`<optgroup label=${t.targetTypes[g.type]}>
              ${g.actions.map((a) => html`<option value=${a} ?selected=${d.action === a}>${actionText(t, a)}</option>`)}
            </optgroup>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for="targetType">${t.targetType}</label>
        <select id="targetType" @change=${set('targetType')}>
          <option value="" ?selected=${!d.targetType}>${t.anyTargetType}</option>
          ${AUDIT_TARGET_TYPES.map(
            (type) => html`<option value=${type} ?selected=${d.targetType === type}>${t.targetTypes[type]}</option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for="from">${t.from}</label>
        <input id="from" type="date" .value=${d.from} aria-describedby="date-hint" @input=${set('from')} />
      </div>
      <div class="field">
        <label for="to">${t.to}</label>
        ${fieldErrorView(this.common, 'to', this.dateError || undefined)}
        <input id="to" type="date" .value=${d.to} aria-invalid=${this.dateError ? 'true' : 'false'}
          aria-describedby=${this.dateError ? 'date-hint to-error' : 'date-hint'} @input=${set('to')} />
      </div>
      <p id="date-hint" class="hint">${dateHint}</p>
      <div class="actions">
        <button type="submit" class="button">${this.common.filter}</button>
        <button type="button" class="button secondary" @click=${this.#reset}>${this.common.resetFilters}</button>
      </div>
    </form>`;
  }

  #table(me: Me, rows: AuditEntry[]): TemplateResult {
    const t = this.t;
    const cols = t.columns;
    return html`<table class="records" part="entries">
      <thead>
        <tr>
          <th scope="col">${cols.at}</th>
          <th scope="col">${cols.actor}</th>
          <th scope="col">${cols.action}</th>
          <th scope="col">${cols.target}</th>
          <th scope="col">${cols.details}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (e) => html`<tr part="entry" data-entry=${e.id}>
            <td data-label=${cols.at}>
              <time datetime=${e.at}>${formatDateTime(e.at, this.locale, e.regionCode ?? homeRegion(me))}</time>
            </td>
            <td data-label=${cols.actor}><span lang="id">${actorText(t, e.actor)}</span></td>
            <th scope="row" data-label=${cols.action}>${actionText(t, e.action)}</th>
            <td data-label=${cols.target}>
              ${t.targetTypes[e.target.type]}${e.target.label ? html`: <span lang="id">${e.target.label}</span>` : nothing}
            </td>
            <td data-label=${cols.details}>
              <details>
                <summary>${t.details}<span class="visually-hidden">: ${actionText(t, e.action)}</span></summary>
                <dl>
                  <dt>${t.actionCode}</dt>
                  <dd><code>${e.action}</code></dd>
                  <dt>${t.changes}</dt>
                  <dd>${e.changes.length ? e.changes.map((f, i) => html`${i ? ', ' : ''}<code>${f}</code>`) : t.noChanges}</dd>
                  <dt>${t.targetId}</dt>
                  <dd><code>${e.target.id}</code></dd>
                  ${e.actor.type === 'token' && e.actor.tokenId ? html`<dt>${t.tokenId}</dt><dd><code>${e.actor.tokenId}</code></dd>` : nothing}
                  ${e.actor.id ? nothing : html`<dt>${cols.actor}</dt><dd>${t.actors[e.actor.type]}</dd>`}
                  ${e.regionCode ? html`<dt>${t.region}</dt><dd><code>${e.regionCode}</code></dd>` : nothing}
                  ${e.requestId ? html`<dt>${t.requestId}</dt><dd><code>${e.requestId}</code></dd>` : nothing}
                  ${e.clientAddress ? html`<dt>${t.clientAddress}</dt><dd><code>${e.clientAddress}</code></dd>` : nothing}
                </dl>
              </details>
            </td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  #apply = async (event: Event) => {
    event.preventDefault();
    const { from, to } = this.draft;
    this.dateError = from && to && to < from ? this.t.dateOrder : '';
    if (this.dateError) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#error-summary')?.focus();
      return;
    }
    this.applied = { ...this.draft };
    await this.#loadEntries();
  };

  #reset = async () => {
    this.draft = { ...NO_FILTERS };
    this.applied = { ...NO_FILTERS };
    this.dateError = '';
    await this.#loadEntries();
  };

  #more(): void {
    if (this.entries.more || !this.entries.next) return;
    void this.#loadEntries(this.entries.next);
  }

  async #loadEntries(cursor?: string): Promise<void> {
    const client = this.activeSession?.client;
    if (!client) return;
    const load = ++this.#load;
    const f = this.applied;
    const offset = this.zone.utcOffset;
    await loadPage(
      this.entries,
      (c) =>
        client.admin.audit.list({
          actor: f.actor || undefined,
          action: f.action || undefined,
          targetType: f.targetType || undefined,
          // Whole days in the person's zone: from the start of `from` to the start of the day after `to`.
          from: f.from ? `${f.from}T00:00:00${offset}` : undefined,
          to: f.to ? `${nextDay(f.to)}T00:00:00${offset}` : undefined,
          cursor: c,
        }),
      (next) => {
        this.entries = next;
      },
      () => load === this.#load,
      cursor,
    );
    if (load === this.#load && this.entries.phase === 'ready') {
      this.announcement = this.t.loaded.replace('{count}', String(this.entries.rows.length));
    }
  }

  async #loadPeople(): Promise<void> {
    try {
      const people = await this.activeSession?.client.admin.users.list({ limit: 100 }).toArray({ limit: 300 });
      this.people = [...(people ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'id'));
    } catch {
      // Without the list the actor filter is left out; the log itself still loads.
    }
  }
}
