// <kim-agency-admin>: the registry of perangkat daerah (agencies) officials forward citizen reports to. A list by
// name with a status filter, a form to add one or change one (If-Match, with a conflict view when someone else saved
// it meanwhile), and archive/restore (an archived agency is no longer offered for forwarding).
import type { Agency, Me } from '@kim-kit/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { stringsFor } from '../../locales/language.js';
import { fieldStyles } from '../../shared/field-styles.js';
import { baseStyles, buttonStyles, visuallyHidden } from '../../shared/styles.js';
import { type AgencyAdminStrings, agencyAdmin } from '../locales/agency-admin.js';
import { KimConsoleElement } from '../shared/console-element.js';
import { consoleStyles } from '../shared/console-styles.js';
import { type Problems, problemsOf } from '../shared/problems.js';
import { errorSummaryView, forbiddenView, loadErrorView, loadingView, signInGate } from '../shared/views.js';
import {
  type AgencyFormValues,
  agencyFieldsView,
  agencyInputOf,
  agencyUpdateOf,
  EMPTY_AGENCY,
  missingFields,
  valuesOfAgency,
} from './agency-form.js';

type StatusFilter = '' | 'active' | 'archived';

type ListState =
  | { state: 'loading'; items: Agency[] }
  | { state: 'ready'; items: Agency[]; nextCursor: string | null }
  | { state: 'error'; error: unknown };

interface Editing {
  /** `undefined` while adding a new agency. */
  agency: Agency | undefined;
  /** The values as opened (what "changed" is measured against). */
  base: AgencyFormValues;
  values: AgencyFormValues;
  problems?: Problems;
  busy: boolean;
  /** The agency as someone else saved it meanwhile (412). */
  conflict?: Agency;
}

const PAGE = 50;

/**
 * The registry of perangkat daerah (capability `agencies.manage`: admins keep every region's, Dinas officials their
 * own region's).
 * @summary List, add, edit, archive and restore the agencies citizen reports are forwarded to.
 * @fires kim-agency-saved - After an agency was added, changed, archived or restored; `detail.agency` is it now.
 * @csspart list - The table of agencies (stacked cards on narrow screens).
 * @csspart row - One agency.
 * @csspart form - The add or edit form.
 * @csspart conflict - What to do when someone else saved the agency meanwhile.
 * @csspart row-error - A failed archive or restore, beside its row.
 */
export class KimAgencyAdmin extends KimConsoleElement {
  static override styles = [baseStyles, buttonStyles, fieldStyles, visuallyHidden, consoleStyles];

  @state() private filter: StatusFilter = '';
  @state() private list: ListState = { state: 'loading', items: [] };
  @state() private editing: Editing | undefined;
  @state() private rowBusy: string | undefined;
  @state() private rowProblem: { id: string; message: string } | undefined;
  @state() private announcement = '';

  #listKey = '';
  #abort: AbortController | undefined;
  #focus: 'form' | 'summary' | 'conflict' | 'title' | { row: string } | undefined;

  private get t(): AgencyAdminStrings {
    return stringsFor(agencyAdmin, this.language);
  }

  get #me(): Me | undefined {
    const session = this.activeSession;
    return session && session.state !== 'signed-out' ? session.me : undefined;
  }

  get #allowed(): boolean {
    return this.holds('agencies.manage');
  }

  /** The regencies or cities the person keeps, to choose from; `undefined` when they keep every region (admins). */
  get #regions(): { code: string; name: string }[] | undefined {
    const me = this.#me;
    if (!me || me.memberships.some((m) => m.role === 'admin')) return undefined;
    const regions = me.memberships.flatMap((m) =>
      m.role === 'dinas' && /^\d{2}\.\d{2}$/.test(m.region.code) ? [m.region] : [],
    );
    return regions.length ? regions : undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.activeSession?.state !== 'signed-in' || !this.#allowed) return;
    const key = `${this.#me?.id}|${this.filter}`;
    if (key !== this.#listKey) void this.#load(key);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const target = this.#focus;
    if (!target) return;
    const selector =
      target === 'form'
        ? '#form-title'
        : target === 'summary'
          ? '#error-summary'
          : target === 'conflict'
            ? '[part~="conflict"]'
            : target === 'title'
              ? '#agencies-title'
              : `[data-id="${CSS.escape(target.row)}"] .edit`;
    const element = this.renderRoot.querySelector<HTMLElement>(selector);
    if (element) {
      this.#focus = undefined;
      element.focus();
    }
  }

  async #load(key: string, append = false): Promise<void> {
    const session = this.activeSession;
    if (!session) return;
    this.#listKey = key;
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    const kept = this.list.state === 'error' ? [] : this.list.items;
    const cursor = append && this.list.state === 'ready' ? this.list.nextCursor : null;
    this.list = { state: 'loading', items: append ? kept : [] };
    try {
      const page = await session.client.admin.agencies.list(
        { ...(this.filter ? { status: this.filter } : {}), limit: PAGE, ...(cursor ? { cursor } : {}) },
        { signal: abort.signal },
      );
      if (abort.signal.aborted) return;
      const items = append ? [...kept, ...page.data] : page.data;
      this.list = { state: 'ready', items, nextCursor: page.nextCursor };
      this.announcement = items.length ? this.t.listed(items.length) : this.t.empty;
    } catch (error) {
      if (abort.signal.aborted) return;
      if (problemsOf(error, this.common).kind === 'expired') {
        this.#listKey = '';
        this.list = { state: 'ready', items: kept, nextCursor: null };
        return;
      }
      this.list = { state: 'error', error };
    }
  }

  #reload(): void {
    this.#listKey = '';
    this.requestUpdate();
  }

  #replace(agency: Agency): void {
    if (this.list.state === 'error') return;
    const known = this.list.items.some((a) => a.id === agency.id);
    const items = known ? this.list.items.map((a) => (a.id === agency.id ? agency : a)) : [...this.list.items, agency];
    items.sort((x, y) => x.name.localeCompare(y.name, 'id'));
    this.list = { state: 'ready', items, nextCursor: this.list.state === 'ready' ? this.list.nextCursor : null };
  }

  #saved(agency: Agency): void {
    this.dispatchEvent(new CustomEvent('kim-agency-saved', { detail: { agency }, bubbles: true, composed: true }));
  }

  // ---- editing ---------------------------------------------------------------------------------------------------

  #openNew = () => {
    const region = this.#regions?.[0]?.code ?? '';
    const values = { ...EMPTY_AGENCY, regionCode: region };
    this.editing = { agency: undefined, base: values, values, busy: false };
    this.#focus = 'form';
  };

  #openEdit(agency: Agency): void {
    const values = valuesOfAgency(agency);
    this.editing = { agency, base: values, values, busy: false };
    this.#focus = 'form';
  }

  #closeForm(): void {
    const id = this.editing?.agency?.id;
    this.editing = undefined;
    this.#focus = id ? { row: id } : 'title';
  }

  #submit = async (event: Event) => {
    event.preventDefault();
    const editing = this.editing;
    const session = this.activeSession;
    if (!editing || editing.busy || !session) return;
    const t = this.t;
    const creating = !editing.agency;
    const fields = missingFields(editing.values, creating, this.common.required);
    if (Object.keys(fields).length) {
      this.editing = { ...editing, problems: { message: '', fields, kind: 'validation' } };
      this.#focus = 'summary';
      return;
    }
    this.editing = { ...editing, busy: true, problems: undefined };
    try {
      let agency: Agency;
      if (!editing.agency) {
        agency = await session.client.admin.agencies.create(agencyInputOf(editing.values));
        this.announcement = t.created(agency.name);
      } else {
        const update = agencyUpdateOf(editing.base, editing.values);
        if (!Object.keys(update).length) {
          this.editing = { ...editing, busy: false };
          this.announcement = t.nothingChanged;
          return;
        }
        agency = await session.client.admin.agencies.update(editing.agency.id, update, {
          version: editing.agency.version,
        });
        this.announcement = t.saved(agency.name);
      }
      this.#replace(agency);
      this.editing = undefined;
      this.#focus = { row: agency.id };
      this.#saved(agency);
    } catch (error) {
      const failure = error as { status?: number; current?: Agency };
      const problems = problemsOf(error, this.common);
      if (problems.kind === 'expired') {
        this.editing = { ...editing, busy: false };
        return;
      }
      if (failure.status === 412 && failure.current) {
        this.editing = { ...editing, busy: false, conflict: failure.current };
        this.#focus = 'conflict';
        return;
      }
      this.editing = { ...editing, busy: false, problems };
      this.#focus = 'summary';
    }
  };

  /** Applies the person's own changes on the latest version, then saves. */
  #keepMine = async () => {
    const editing = this.editing;
    if (!editing?.conflict) return;
    const current = editing.conflict;
    const mine = agencyUpdateOf(editing.base, editing.values);
    const base = valuesOfAgency(current);
    const values = { ...base };
    for (const key of Object.keys(mine) as (keyof typeof mine)[]) values[key] = editing.values[key];
    this.#replace(current);
    this.editing = { agency: current, base, values, busy: false };
    await this.#submit(new Event('submit'));
  };

  #takeTheirs = () => {
    const current = this.editing?.conflict;
    if (!current) return;
    this.#replace(current);
    this.#openEdit(current);
  };

  async #setArchived(agency: Agency, archived: boolean): Promise<void> {
    const session = this.activeSession;
    if (!session || this.rowBusy) return;
    this.rowBusy = agency.id;
    this.rowProblem = undefined;
    try {
      const call = archived ? session.client.admin.agencies.archive : session.client.admin.agencies.restore;
      const changed = await call(agency.id, { version: agency.version });
      this.#replace(changed);
      this.announcement = archived ? this.t.archivedNow(changed.name) : this.t.restoredNow(changed.name);
      this.#focus = { row: changed.id };
      this.#saved(changed);
    } catch (error) {
      const failure = error as { status?: number; current?: Agency };
      const problems = problemsOf(error, this.common);
      if (problems.kind === 'expired') return;
      if (failure.status === 412 && failure.current) {
        this.#replace(failure.current);
        this.rowProblem = { id: agency.id, message: this.t.rowStale };
      } else {
        this.rowProblem = { id: agency.id, message: problems.message || this.common.errorGeneric };
      }
    } finally {
      this.rowBusy = undefined;
    }
  }

  // ---- rendering -------------------------------------------------------------------------------------------------

  override render(): TemplateResult {
    const session = this.activeSession;
    const lang = this.language === 'en' ? 'en' : 'id';
    const gate = signInGate(this, session, this.language, this.theme);
    let body: TemplateResult | typeof nothing = nothing;
    if (!session) body = html`<p role="alert">${this.common.errorGeneric}</p>`;
    else if (!this.#me) body = nothing;
    else if (!this.#allowed) body = forbiddenView(this.common);
    else body = this.#view();
    return html`<div lang=${lang}>
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      ${gate} ${body}
    </div>`;
  }

  #view(): TemplateResult {
    const t = this.t;
    return html`<section aria-labelledby="agencies-title">
      <h2 id="agencies-title" tabindex="-1">${t.title}</h2>
      <p class="hint">${t.intro}</p>
      <div class="toolbar">
        <div class="field">
          <label for="filter-status">${t.filter}</label>
          <select id="filter-status" @change=${(e: Event) => {
            this.filter = (e.target as HTMLSelectElement).value as StatusFilter;
          }}>
            ${(['', 'active', 'archived'] as const).map(
              (s) => html`<option value=${s} ?selected=${this.filter === s}>${s ? t[s] : t.all}</option>`,
            )}
          </select>
        </div>
        ${this.editing ? nothing : html`<button type="button" class="button" part="add-button" @click=${this.#openNew}>${t.add}</button>`}
      </div>
      ${this.editing && !this.editing.agency ? this.#form(this.editing) : nothing}
      ${this.#listView()}
    </section>`;
  }

  #listView(): TemplateResult {
    const t = this.t;
    const list = this.list;
    if (list.state === 'error') return loadErrorView(this.common, list.error, () => this.#reload());
    if (list.state === 'loading' && !list.items.length)
      return html`<div aria-busy="true">${loadingView(this.common)}</div>`;
    if (!list.items.length) return html`<div class="state" part="empty"><p>${t.empty}</p></div>`;
    return html`<table class="records" part="list" aria-labelledby="agencies-title"
        aria-busy=${list.state === 'loading' ? 'true' : 'false'}>
        <thead>
          <tr>
            <th scope="col">${t.name}</th>
            <th scope="col">${t.shortName}</th>
            <th scope="col">${t.region}</th>
            <th scope="col">${t.email}</th>
            <th scope="col">${t.status}</th>
            <th scope="col">${t.actions}</th>
          </tr>
        </thead>
        <tbody>
          ${list.items.map((a) => this.#row(a))}
        </tbody>
      </table>
      ${
        list.state === 'ready' && list.nextCursor
          ? html`<button type="button" class="button secondary" part="load-more"
              @click=${() => void this.#load(this.#listKey, true)}>${t.loadMore}</button>`
          : nothing
      }`;
  }

  #row(a: Agency): TemplateResult {
    const t = this.t;
    const busy = this.rowBusy === a.id;
    const archived = a.status === 'archived';
    const editing = this.editing?.agency?.id === a.id;
    return html`<tr part="row" data-id=${a.id}>
        <td data-label=${t.name} lang="id">${a.name}</td>
        <td data-label=${t.shortName} lang="id">${a.shortName}</td>
        <td data-label=${t.region}><span class="code">${a.regionCode}</span></td>
        <td data-label=${t.email}>${a.email ?? '—'}</td>
        <td data-label=${t.status}><span class="badge" part="status">${archived ? t.archived : t.active}</span></td>
        <td data-label=${t.actions}>
          <div class="actions">
            <button type="button" class="button secondary edit" aria-label=${t.edit(a.name)}
              aria-expanded=${editing ? 'true' : 'false'} @click=${() => this.#openEdit(a)}>${t.editLabel}</button>
            <button type="button" class="button secondary" part=${archived ? 'restore-button' : 'archive-button'}
              aria-label=${archived ? t.restore(a.name) : t.archive(a.name)} aria-disabled=${busy ? 'true' : 'false'}
              @click=${() => !busy && void this.#setArchived(a, !archived)}>${archived ? t.restoreLabel : t.archiveLabel}</button>
          </div>
          ${this.rowProblem?.id === a.id ? html`<p class="error" role="alert" part="row-error">${this.rowProblem.message}</p>` : nothing}
        </td>
      </tr>
      ${editing && this.editing ? html`<tr class="form-row"><td colspan="6">${this.#form(this.editing)}</td></tr>` : nothing}`;
  }

  #form(editing: Editing): TemplateResult {
    const t = this.t;
    const creating = !editing.agency;
    const update = (patch: Partial<AgencyFormValues>) => {
      this.editing = { ...this.editing!, values: { ...this.editing!.values, ...patch } };
    };
    return html`<section class="state" part="form" aria-labelledby="form-title">
      <h3 id="form-title" tabindex="-1" lang="id">${creating ? t.newTitle : t.editTitle(editing.agency!.name)}</h3>
      ${editing.conflict ? this.#conflictView() : nothing}
      <form class="dialog-form" novalidate aria-busy=${editing.busy ? 'true' : 'false'} @submit=${this.#submit}>
        ${errorSummaryView(this.common, editing.problems, this.renderRoot, {
          regionCode: t.region,
          name: t.name,
          shortName: t.shortName,
          email: t.email,
          phone: t.phone,
        })}
        ${agencyFieldsView({
          t,
          common: this.common,
          values: editing.values,
          problems: editing.problems,
          creating,
          regions: this.#regions,
          onInput: update,
        })}
        <div class="actions">
          <button type="submit" class="button" part="save-button" aria-disabled=${editing.busy ? 'true' : 'false'}>
            ${editing.busy ? this.common.saving : creating ? t.create : t.save}
          </button>
          <button type="button" class="button secondary" @click=${() => this.#closeForm()}>${this.common.cancel}</button>
        </div>
      </form>
    </section>`;
  }

  #conflictView(): TemplateResult {
    const t = this.t;
    return html`<div class="summary" part="conflict" role="alert" tabindex="-1" aria-labelledby="conflict-title">
      <p class="summary-title" id="conflict-title"><strong>${t.conflictTitle}</strong></p>
      <p>${t.conflictText}</p>
      <div class="actions">
        <button type="button" class="button" part="keep-mine" @click=${this.#keepMine}>${t.conflictKeepMine}</button>
        <button type="button" class="button secondary" part="take-theirs" @click=${this.#takeTheirs}>${t.conflictTakeTheirs}</button>
      </div>
    </div>`;
  }
}
