// <kim-aspiration-inbox>: the officials' triage of citizens' reports. A filtered, sorted, paged list (filters in the
// address, so a reload or a shared link keeps them), one record with its history, status changes with a public and
// an internal note, bulk changes with a result per report, the CSV export of the current filter, and the whole flow
// by keyboard with its shortcuts listed on screen. Reporter data is shown only as the server returns it for the role.
import {
  ASPIRATION_KINDS,
  ASPIRATION_LIMITS,
  ASPIRATION_STATUSES,
  ASPIRATION_TRANSITIONS,
  type AspirationAdminView,
  type AspirationBulkResult,
  type AspirationHistoryKind,
  type AspirationStatus,
  type CategoryAdminView,
  type Me,
  type RegionsResource,
} from '@kim-kit/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { aspirationKinds } from '../../locales/aspiration-kinds.js';
import { aspirationStatus } from '../../locales/aspiration-status.js';
import { stringsFor } from '../../locales/language.js';
import { fieldStyles } from '../../shared/field-styles.js';
import { formatDate, formatDateTime } from '../../shared/format.js';
import { baseStyles, buttonStyles, visuallyHidden } from '../../shared/styles.js';
import { type AspirationInboxStrings, aspirationInbox } from '../locales/aspiration-inbox.js';
import { type InboxAgencyStrings, inboxAgencies } from '../locales/inbox-agencies.js';
import { type InboxDeadlineStrings, inboxDeadlines } from '../locales/inbox-deadlines.js';
import { type InboxFileStrings, inboxFiles } from '../locales/inbox-files.js';
import { type InboxRecordActionStrings, inboxRecordActions } from '../locales/inbox-record-actions.js';
import { KimConsoleElement } from '../shared/console-element.js';
import { consoleStyles } from '../shared/console-styles.js';
import { type Problems, problemsOf } from '../shared/problems.js';
import type { KimSessionExpiredEvent } from '../shared/session.js';
import {
  errorSummaryView,
  fieldErrorView,
  fieldId,
  forbiddenView,
  loadErrorView,
  loadingView,
  signInGate,
} from '../shared/views.js';
import { agencyFieldView } from './agency-field.js';
import { agencyResponseFormView, type ResponseDraft, responseProblems } from './agency-response-form.js';
import { inboxStyles } from './aspiration-inbox.styles.js';
import { AttachmentPreviews } from './attachment-previews.js';
import { formatDueDate } from './due-date.js';
import { ForwardAgencies, regencyOf } from './forward-agencies.js';
import { shortcutOf } from './inbox-keys.js';
import {
  formatInboxQuery,
  INBOX_AGES,
  INBOX_SORTS,
  type InboxQuery,
  inboxApiParams,
  isFiltered,
  parseInboxQuery,
} from './inbox-query.js';
import { informationRequestFactsView } from './information-request-facts.js';
import {
  actionProblems,
  type RecordActionDraft,
  type RecordActionKey,
  recordActionFormView,
} from './record-action-form.js';
import {
  objectionIntro,
  offeredActions,
  RECORD_ACTIONS,
  statusTargetsOf,
  withRequestDetails,
} from './record-actions.js';
import { filesView, locationView } from './record-files.js';
import { recordFileStyles } from './record-files.styles.js';
import { RegionDirectory, regionChain } from './region-directory.js';
import { reporterBadgesOf, reporterBadgeText } from './reporter-badges.js';

type Loadable<T> =
  | { state: 'idle' }
  | { state: 'loading'; previous?: T }
  | { state: 'ready'; value: T }
  | { state: 'error'; error: unknown };

interface ListPage {
  items: AspirationAdminView[];
  nextCursor: string | null;
}

/** The status dialog: one record, or the selected rows. What was typed survives errors and an expired session. */
interface StatusDraft {
  mode: 'single' | 'bulk';
  /** The record (single) or the selected rows (bulk) it applies to. */
  ids: string[];
  status: AspirationStatus | undefined;
  /** The agency to forward to (status `forwarded` only); `''` until one is chosen. */
  agencyId: string;
  note: string;
  internalNote: string;
  problems?: Problems;
  busy: boolean;
  /** Shown above the form after the record changed under the person. */
  notice?: string;
}

interface BulkReport {
  status: AspirationStatus;
  rows: { id: string; label: string; outcome: AspirationBulkResult['results'][number]['outcome']; from?: string }[];
}

/** History entries the reporter made with the follow-up secret (no account names them). */
const REPORTER_KINDS: readonly AspirationHistoryKind[] = [
  'reporter_information',
  'reporter_answer',
  'rating',
  'reopened',
];

const ROUTE = /^#\/laporan(?:\/([^?/]+))?\/?(?:\?(.*))?$/;

/** The inbox route of a hash, or `undefined` when the hash is elsewhere in the console. */
export function inboxRouteOf(hash: string): { id?: string; query: InboxQuery } | undefined {
  const match = ROUTE.exec(hash);
  if (!match) return undefined;
  const query = parseInboxQuery(match[2] ?? '');
  return match[1] ? { id: decodeURIComponent(match[1]), query } : { query };
}

/** The hash of an inbox route. */
export function inboxHash(query: InboxQuery, id?: string): string {
  const search = formatInboxQuery(query);
  return `#/laporan${id ? `/${encodeURIComponent(id)}` : ''}${search ? `?${search}` : ''}`;
}

/**
 * The officials' inbox of aspirations (capability `aspirations.read`; changes need `aspirations.triage`).
 * @summary Triage of citizens' reports: filter, open, change status (one or many), export CSV.
 * @fires kim-aspiration-changed - After a status change; `detail.aspiration` is the record as it is now.
 * @csspart filters - The filter form.
 * @csspart list - The table of reports (stacked cards below 40rem).
 * @csspart row - One report in the list.
 * @csspart record - The open report.
 * @csspart history - The open report's history.
 * @csspart status-dialog - The status change dialog.
 * @csspart bulk-results - The result of a bulk change, per report.
 * @csspart shortcuts - The shortcut list.
 * @csspart record-action - One of the record's forms besides the status: also `question-form`, `extend-form`,
 *   `decide-form` or `objection-form`; its button is `question-submit`, `extend-submit`, `decide-submit` or
 *   `objection-submit`.
 * @csspart information-request - An information request's register facts (`register-number`, `request-extension`,
 *   `request-decision`, `request-ground`, `request-objection-answer`).
 * @csspart objection-facts - The objection being answered: reason, the requester's words, due date.
 * @csspart reporter-badge - A list badge for what the reporter did ("Dibuka kembali", "Ada jawaban pelapor").
 * @csspart decision-instead - Where an information request's decision is, in place of its end in the status dialog.
 * @csspart bulk-requests - The bulk dialog's note on the information requests in the selection.
 */
export class KimAspirationInbox extends KimConsoleElement {
  static override styles = [
    baseStyles,
    buttonStyles,
    fieldStyles,
    visuallyHidden,
    consoleStyles,
    inboxStyles,
    recordFileStyles,
  ];

  /** Follow and write the page's hash (`#/laporan?status=received`, `#/laporan/<id>`), as the console shell does. */
  @property({ type: Boolean, attribute: 'hash-routes' }) hashRoutes = false;

  /** Reports per page (1 to 100). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;

  /** Where region names come from; by default the public regions API of the session's server. */
  @property({ attribute: false }) regions?: RegionsResource;

  /** The filters (kept in the hash with `hash-routes`). */
  @state() private query: InboxQuery = {};
  /** The open report's id. */
  @state() private openId: string | undefined;
  @state() private list: Loadable<ListPage> = { state: 'idle' };
  @state() private record: Loadable<AspirationAdminView> = { state: 'idle' };
  @state() private categories: CategoryAdminView[] = [];
  @state() private selected: ReadonlySet<string> = new Set();
  @state() private current = 0;
  @state() private draft: StatusDraft | undefined;
  @state() private dialogOpen = false;
  @state() private helpOpen = false;
  @state() private bulkReport: BulkReport | undefined;
  @state() private exporting = false;
  @state() private exportProblem: string | undefined;
  @state() private announcement = '';
  @state() private searchText = '';
  /** The agency's answer being recorded on the open report. */
  @state() private response: ResponseDraft | undefined;
  /** The file whose visibility is being changed, and the last failure per file. */
  @state() private fileBusy: string | undefined;
  @state() private fileFailures: Record<string, string> = {};
  /** What was typed in the record's other actions (question, extension, decision, objection answer). */
  @state() private actions: Partial<Record<RecordActionKey, RecordActionDraft>> = {};

  /** Cursors of the pages before this one, for "previous". */
  #previousCursors: string[] = [];
  #listKey = '';
  #recordKey = '';
  #listAbort: AbortController | undefined;
  #recordAbort: AbortController | undefined;
  #categoriesFor = '';
  #directory: RegionDirectory | undefined;
  #directoryFor: unknown;
  /** Where focus goes after the next render, only ever set by something the person did. */
  #focusAfter:
    | 'record'
    | 'list'
    | 'dialog'
    | 'results'
    | 'response'
    | { row: string }
    | { action: RecordActionKey }
    | undefined;
  #statusAfterOpen = false;
  readonly #agencies = new ForwardAgencies(() => this.requestUpdate());
  readonly #previews = new AttachmentPreviews(() => this.requestUpdate());

  private get t(): AspirationInboxStrings {
    return stringsFor(aspirationInbox, this.language);
  }

  private get ta(): InboxAgencyStrings {
    return stringsFor(inboxAgencies, this.language);
  }

  private get tf(): InboxFileStrings {
    return stringsFor(inboxFiles, this.language);
  }

  private get tr(): InboxRecordActionStrings {
    return stringsFor(inboxRecordActions, this.language);
  }

  private get td(): InboxDeadlineStrings {
    return stringsFor(inboxDeadlines, this.language);
  }

  #statusName(status: AspirationStatus): string {
    return stringsFor(aspirationStatus, this.language).statuses[status];
  }

  #kindName(kind: AspirationAdminView['kind']): string {
    return stringsFor(aspirationKinds, this.language)[kind];
  }

  /** The person (kept through an expiry, so the open section stays as it was). */
  get #me(): Me | undefined {
    const session = this.activeSession;
    return session && session.state !== 'signed-out' ? session.me : undefined;
  }

  #may(capability: string): boolean {
    return ((this.#me?.capabilities as readonly string[] | undefined) ?? []).includes(capability);
  }

  get #live(): boolean {
    return this.activeSession?.state === 'signed-in';
  }

  get #regionsDirectory(): RegionDirectory | undefined {
    const session = this.activeSession;
    const source = this.regions ?? session;
    if (!source) return undefined;
    if (this.#directoryFor !== source) {
      // The session's client has the public regions resource already (for pickers): no second client.
      const regions = this.regions ?? session!.client.regions;
      this.#directory = new RegionDirectory(regions, () => this.requestUpdate());
      this.#directoryFor = source;
    }
    return this.#directory;
  }

  // ---- lifecycle ------------------------------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.#onKey);
    if (this.hashRoutes) {
      addEventListener('hashchange', this.#onHash);
      this.#onHash();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.#onKey);
    removeEventListener('hashchange', this.#onHash);
    this.#listAbort?.abort();
    this.#recordAbort?.abort();
    this.#previews.clear();
  }

  protected override sessionExpired(_event: KimSessionExpiredEvent): void {
    // A modal dialog would shut the sign-in form out; the draft stays and comes back with the dialog.
    this.dialogOpen = false;
    this.helpOpen = false;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('hashRoutes') && this.hashRoutes && this.isConnected) {
      addEventListener('hashchange', this.#onHash);
      this.#onHash();
    }
    if (changed.has('record') && this.record.state === 'ready') {
      const before = changed.get('record') as Loadable<AspirationAdminView> | undefined;
      const kept = withRequestDetails(this.record.value, before?.state === 'ready' ? before.value : undefined);
      if (kept !== this.record.value) this.record = { state: 'ready', value: kept };
    }
    if (!this.#live || !this.#may('aspirations.read')) return;
    const who = this.#me?.id ?? '';
    const listKey = `${who}|${formatInboxQuery(this.query)}|${this.pageSize}`;
    if (listKey !== this.#listKey) void this.#loadList(listKey);
    const recordKey = this.openId ? `${who}|${this.openId}` : '';
    if (recordKey && recordKey !== this.#recordKey) void this.#loadRecord(recordKey, this.openId!);
    if (who !== this.#categoriesFor) void this.#loadCategories(who);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog#status-dialog');
    if (dialog && this.dialogOpen && !dialog.open) dialog.showModal();
    const help = this.renderRoot.querySelector<HTMLDialogElement>('dialog#shortcut-dialog');
    if (help && this.helpOpen && !help.open) help.showModal();
    this.#applyFocus();
  }

  #applyFocus(): void {
    const target = this.#focusAfter;
    if (!target) return;
    let element: HTMLElement | null = null;
    if (target === 'record') element = this.renderRoot.querySelector('#record-title');
    else if (target === 'list') element = this.renderRoot.querySelector('#inbox-title');
    else if (target === 'results') element = this.renderRoot.querySelector('#results-title');
    else if (target === 'dialog') element = this.renderRoot.querySelector('dialog #error-summary, #error-summary');
    else if (target === 'response') {
      element = this.renderRoot.querySelector(
        '[part~="agency-response-form"] #error-summary, [part~="agency-response-form"] [part~="response-notice"]',
      );
    } else if ('action' in target) {
      const form = `[part~="${target.action}-form"]`;
      element = this.renderRoot.querySelector(`${form} #error-summary, ${form} [part~="action-notice"]`);
    } else element = this.renderRoot.querySelector(`a.open[data-id="${CSS.escape(target.row)}"]`);
    if (!element && typeof target === 'object' && 'row' in target)
      element = this.renderRoot.querySelector('#inbox-title');
    if (element) {
      this.#focusAfter = undefined;
      element.focus();
    }
  }

  // ---- data -----------------------------------------------------------------------------------------------------

  async #loadList(key: string): Promise<void> {
    const session = this.activeSession;
    if (!session) return;
    this.#listKey = key;
    this.#listAbort?.abort();
    const abort = new AbortController();
    this.#listAbort = abort;
    const previous = this.list.state === 'ready' ? this.list.value : undefined;
    this.list = previous ? { state: 'loading', previous } : { state: 'loading' };
    try {
      const page = await session.client.admin.aspirations.list(
        { ...inboxApiParams(this.query), limit: Math.min(100, Math.max(1, this.pageSize)) },
        { signal: abort.signal },
      );
      if (abort.signal.aborted) return;
      this.list = { state: 'ready', value: { items: page.data, nextCursor: page.nextCursor } };
      this.current = Math.min(this.current, Math.max(0, page.data.length - 1));
      this.announcement = page.data.length ? this.t.listed(page.data.length) : this.#emptyText();
      for (const a of page.data) this.#regionsDirectory?.name(a.regionCode);
    } catch (error) {
      if (abort.signal.aborted) return;
      if (problemsOf(error, this.common).kind === 'expired') {
        // The list stays as it was under the sign-in form; once the person is back, it loads again.
        this.#listKey = '';
        this.list = previous ? { state: 'ready', value: previous } : { state: 'idle' };
        return;
      }
      this.list = { state: 'error', error };
    }
  }

  async #loadRecord(key: string, id: string): Promise<void> {
    const session = this.activeSession;
    if (!session) return;
    this.#recordKey = key;
    this.#recordAbort?.abort();
    const abort = new AbortController();
    this.#recordAbort = abort;
    this.record = { state: 'loading' };
    try {
      const value = await session.client.admin.aspirations.get(id, { signal: abort.signal });
      if (abort.signal.aborted) return;
      this.record = { state: 'ready', value };
      this.#regionsDirectory?.name(value.regionCode);
      if (this.#statusAfterOpen) {
        this.#statusAfterOpen = false;
        this.#openStatusDialog();
      }
    } catch (error) {
      if (abort.signal.aborted) return;
      if (problemsOf(error, this.common).kind === 'expired') {
        this.#recordKey = '';
        this.record = { state: 'idle' };
        return;
      }
      this.record = { state: 'error', error };
    }
  }

  async #loadCategories(who: string): Promise<void> {
    this.#categoriesFor = who;
    try {
      const all = await this.activeSession!.client.admin.categories.list();
      this.categories = all.filter((c) => c.scopes.includes('aspiration'));
    } catch {
      // The category filter then offers only "all"; a later sign-in tries again.
      this.#categoriesFor = '';
    }
  }

  #emptyText(): string {
    return isFiltered(this.query) ? this.t.emptyFiltered : this.t.empty;
  }

  // ---- navigation -----------------------------------------------------------------------------------------------

  readonly #onHash = () => {
    if (!this.hashRoutes) return;
    const route = inboxRouteOf(location.hash);
    if (!route) return;
    if (formatInboxQuery(route.query) !== formatInboxQuery(this.query)) {
      this.query = route.query;
      this.searchText = route.query.q ?? '';
      if (!route.query.cursor) this.#previousCursors = [];
    }
    if (route.id !== this.openId) {
      const closing = this.openId && !route.id ? this.openId : undefined;
      this.openId = route.id;
      if (closing && this.#focusAfter === undefined && this.#hasFocus()) this.#focusAfter = { row: closing };
      if (!route.id) this.record = { state: 'idle' };
    }
  };

  #hasFocus(): boolean {
    return this.matches(':focus-within');
  }

  /** Moves to a route: pushes a history entry when a record opens or closes, replaces it for filters and pages. */
  #go(query: InboxQuery, openId: string | undefined): void {
    const push = openId !== this.openId;
    this.query = query;
    this.openId = openId;
    if (!openId) this.record = { state: 'idle' };
    if (this.hashRoutes) {
      const hash = inboxHash(query, openId);
      if (location.hash !== hash) history[push ? 'pushState' : 'replaceState'](null, '', hash);
    }
  }

  #setFilters(patch: Partial<InboxQuery>): void {
    const query: InboxQuery = { ...this.query, ...patch };
    delete query.cursor;
    for (const key of Object.keys(query) as (keyof InboxQuery)[]) {
      if (query[key] === undefined || query[key] === '') delete query[key];
    }
    this.#previousCursors = [];
    this.current = 0;
    this.#go(query, this.openId);
  }

  #open(id: string, options: { status?: boolean } = {}): void {
    const index = this.#items.findIndex((a) => a.id === id);
    if (index >= 0) this.current = index;
    this.#statusAfterOpen = options.status === true;
    this.#focusAfter = 'record';
    if (this.openId === id && this.record.state === 'ready') {
      if (options.status) this.#openStatusDialog();
      return;
    }
    this.#go(this.query, id);
  }

  #close(): void {
    const id = this.openId;
    if (!id) return;
    this.#focusAfter = { row: id };
    this.#go(this.query, undefined);
  }

  get #items(): AspirationAdminView[] {
    if (this.list.state === 'ready') return this.list.value.items;
    if (this.list.state === 'loading') return this.list.previous?.items ?? [];
    return [];
  }

  #page(direction: 'next' | 'previous' | 'first'): void {
    const list = this.list.state === 'ready' ? this.list.value : undefined;
    const query = { ...this.query };
    if (direction === 'next' && list?.nextCursor) {
      this.#previousCursors.push(this.query.cursor ?? '');
      query.cursor = list.nextCursor;
    } else if (direction === 'previous' && this.#previousCursors.length) {
      const cursor = this.#previousCursors.pop();
      if (cursor) query.cursor = cursor;
      else delete query.cursor;
    } else {
      this.#previousCursors = [];
      delete query.cursor;
    }
    this.current = 0;
    this.selected = new Set();
    this.#focusAfter = 'list';
    this.#go(query, undefined);
  }

  // ---- keyboard -------------------------------------------------------------------------------------------------

  readonly #onKey = (event: KeyboardEvent) => {
    // Only keys meant for the inbox: inside it, or on the bare page (nothing else has focus).
    const path = event.composedPath();
    const target = path[0];
    const onPage = target === document.body || target === document.documentElement;
    if (!onPage && !path.includes(this)) return;
    if (this.dialogOpen || this.helpOpen || !this.#may('aspirations.read')) return;
    const shortcut = shortcutOf(event);
    if (!shortcut) return;
    const items = this.#items;
    const record = this.openId;
    switch (shortcut) {
      case 'next':
      case 'previous': {
        if (!items.length) return;
        // The first press, from outside the rows, lands on the current row rather than skipping it.
        const onRow = (this.renderRoot as ShadowRoot).activeElement?.matches('a.open') === true;
        const step = record || onRow ? (shortcut === 'next' ? 1 : -1) : 0;
        const index = Math.min(items.length - 1, Math.max(0, this.current + step));
        this.current = index;
        if (record) this.#open(items[index]!.id);
        else this.#focusAfter = { row: items[index]!.id };
        this.requestUpdate();
        break;
      }
      case 'open':
        if (record || !items[this.current]) return;
        this.#open(items[this.current]!.id);
        break;
      case 'close':
        if (this.bulkReport && !record) {
          this.bulkReport = undefined;
          this.#focusAfter = 'list';
          break;
        }
        if (!record) return;
        this.#close();
        break;
      case 'select':
        if (record || !items[this.current] || !this.#may('aspirations.triage')) return;
        this.#toggle(items[this.current]!.id);
        this.#focusAfter = { row: items[this.current]!.id };
        break;
      case 'status':
        if (!this.#may('aspirations.triage')) return;
        if (record) this.#openStatusDialog();
        else if (this.selected.size) this.#openBulkDialog();
        else if (items[this.current]) this.#open(items[this.current]!.id, { status: true });
        else return;
        break;
      case 'help':
        this.helpOpen = true;
        break;
    }
    event.preventDefault();
  };

  // ---- selection and status -------------------------------------------------------------------------------------

  #toggle(id: string, on = !this.selected.has(id)): void {
    const next = new Set(this.selected);
    if (on) next.add(id);
    else next.delete(id);
    this.selected = next;
  }

  #toggleAll(on: boolean): void {
    this.selected = on ? new Set(this.#items.map((a) => a.id)) : new Set();
  }

  #openStatusDialog(): void {
    if (this.record.state !== 'ready' || !this.#may('aspirations.triage')) return;
    const record = this.record.value;
    if (!statusTargetsOf(record, [...ASPIRATION_TRANSITIONS[record.status]]).length) return;
    // One error summary at a time: the answer form's text stays, its messages go.
    if (this.response?.problems) this.response = { ...this.response, problems: undefined };
    // A draft for the same record is kept (typed before an error, an expiry, or a close).
    if (this.draft?.mode !== 'single' || this.draft.ids[0] !== record.id) {
      this.draft = {
        mode: 'single',
        ids: [record.id],
        status: undefined,
        agencyId: '',
        note: '',
        internalNote: '',
        busy: false,
      };
    }
    this.dialogOpen = true;
  }

  #openBulkDialog(): void {
    if (!this.selected.size || !this.#may('aspirations.triage')) return;
    const ids = [...this.selected];
    const same = this.draft?.mode === 'bulk' && this.draft.ids.join() === ids.join();
    if (!same) {
      this.draft = { mode: 'bulk', ids, status: undefined, agencyId: '', note: '', internalNote: '', busy: false };
    }
    this.dialogOpen = true;
  }

  #closeDialog(): void {
    this.dialogOpen = false;
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog#status-dialog');
    if (dialog?.open) dialog.close();
  }

  /** The statuses the dialog offers: the contract's transitions from the record's status (bulk: from any row's). */
  #targets(draft: StatusDraft): AspirationStatus[] {
    const from =
      draft.mode === 'single'
        ? [this.record.state === 'ready' ? this.record.value.status : undefined]
        : draft.ids.map((id) => this.#items.find((a) => a.id === id)?.status);
    const targets = new Set<AspirationStatus>();
    for (const status of from) if (status) for (const to of ASPIRATION_TRANSITIONS[status]) targets.add(to);
    const all = ASPIRATION_STATUSES.filter((s) => targets.has(s));
    return draft.mode === 'single' && this.record.state === 'ready' ? statusTargetsOf(this.record.value, all) : all;
  }

  async #submitStatus(event: Event): Promise<void> {
    event.preventDefault();
    const draft = this.draft;
    const session = this.activeSession;
    if (!draft || draft.busy || !session) return;
    const t = this.t;
    const fields: Record<string, string> = {};
    if (!draft.status) fields.status = `${t.newStatus}: ${this.common.required}`;
    const note = draft.note.trim();
    const internalNote = draft.internalNote.trim();
    if (draft.status === 'rejected' && !note) fields.note = t.rejectionNeedsNote;
    const forwarding = draft.status === 'forwarded';
    if (forwarding && !draft.agencyId) fields.agencyId = this.common.required;
    if (Object.keys(fields).length) {
      this.draft = { ...draft, problems: { message: '', fields, kind: 'validation' }, notice: undefined };
      this.#focusAfter = 'dialog';
      return;
    }
    const change = {
      status: draft.status!,
      ...(forwarding ? { agencyId: draft.agencyId } : {}),
      ...(note ? { note } : {}),
      ...(internalNote ? { internalNote } : {}),
    };
    this.draft = { ...draft, busy: true, problems: undefined };
    try {
      if (draft.mode === 'single') {
        if (this.record.state !== 'ready') return;
        const updated = await session.client.admin.aspirations.setStatus(draft.ids[0]!, change, {
          version: this.record.value.version,
        });
        this.record = { state: 'ready', value: updated };
        this.#replaceItem(updated);
        this.draft = undefined;
        this.#closeDialog();
        this.announcement = t.statusChanged(this.#statusName(updated.status));
        this.dispatchEvent(
          new CustomEvent('kim-aspiration-changed', { detail: { aspiration: updated }, bubbles: true, composed: true }),
        );
      } else {
        const { results } = await session.client.admin.aspirations.bulkSetStatus({ ...change, ids: draft.ids });
        const byId = new Map(this.#items.map((a) => [a.id, a]));
        this.bulkReport = {
          status: change.status,
          rows: results.map((r) => {
            const a = byId.get(r.id);
            return {
              id: r.id,
              label: a ? `${a.trackingCode} · ${a.title}` : r.id,
              outcome: r.outcome,
              ...(r.from ? { from: r.from } : {}),
            };
          }),
        };
        const failed = results.filter((r) => r.outcome !== 'changed');
        this.selected = new Set(failed.map((r) => r.id));
        this.draft = undefined;
        this.#closeDialog();
        this.announcement = `${t.bulkResults}: ${t.bulkSummary(results.length - failed.length, failed.length)}`;
        this.#focusAfter = 'results';
        this.#listKey = '';
        this.requestUpdate();
      }
    } catch (error) {
      await this.#statusFailed(draft, error);
    }
  }

  async #statusFailed(draft: StatusDraft, error: unknown): Promise<void> {
    const problems = problemsOf(error, this.common);
    if (problems.kind === 'expired') {
      this.draft = { ...draft, busy: false };
      return;
    }
    if (problems.kind === 'conflict' && draft.mode === 'single') {
      // Someone else moved it: show the record as it is now, keep the notes, offer only what is allowed from there.
      const current = (error as { current?: AspirationAdminView }).current;
      let fresh = current;
      if (!fresh) {
        try {
          fresh = await this.activeSession!.client.admin.aspirations.get(draft.ids[0]!);
        } catch {
          fresh = undefined;
        }
      }
      if (fresh) {
        this.record = { state: 'ready', value: fresh };
        this.#replaceItem(fresh);
      }
      const status =
        fresh && draft.status && ASPIRATION_TRANSITIONS[fresh.status].includes(draft.status) ? draft.status : undefined;
      this.draft = { ...draft, status, busy: false, problems: undefined, notice: this.t.staleReloaded };
      this.#focusAfter = 'dialog';
      return;
    }
    // The agency may have been archived meanwhile: the next render offers the lists as they are now.
    if (problems.fields.agencyId) this.#agencies.forget();
    this.draft = { ...draft, busy: false, problems, notice: undefined };
    this.#focusAfter = 'dialog';
  }

  #replaceItem(updated: AspirationAdminView): void {
    if (this.list.state !== 'ready') return;
    const items = this.list.value.items.map((a) => (a.id === updated.id ? updated : a));
    this.list = { state: 'ready', value: { ...this.list.value, items } };
  }

  async #exportCsv(): Promise<void> {
    const session = this.activeSession;
    if (!session || this.exporting) return;
    this.exporting = true;
    this.exportProblem = undefined;
    this.announcement = this.t.exporting;
    try {
      const { cursor: _cursor, limit: _limit, ...filters } = inboxApiParams(this.query);
      const file = await session.client.admin.aspirations.exportCsvFile(filters);
      const url = URL.createObjectURL(file);
      const link = document.createElement('a');
      link.href = url;
      link.download = file.name;
      link.hidden = true;
      this.renderRoot.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      this.announcement = this.t.exported;
    } catch (error) {
      const problems = problemsOf(error, this.common);
      this.exportProblem = problems.kind === 'expired' ? undefined : `${this.t.exportFailed} ${problems.message}`;
    } finally {
      this.exporting = false;
    }
  }

  // ---- rendering ------------------------------------------------------------------------------------------------

  override render(): TemplateResult {
    const session = this.activeSession;
    const lang = this.language === 'en' ? 'en' : 'id';
    const gate = signInGate(this, session, this.language, this.theme);
    let body: TemplateResult | typeof nothing = nothing;
    if (!session) body = html`<p role="alert">${this.common.errorGeneric}</p>`;
    else if (!this.#me) body = nothing;
    else if (!this.#may('aspirations.read')) body = forbiddenView(this.common);
    else body = this.#inbox();
    return html`<div lang=${lang}>
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      ${gate} ${body}
    </div>`;
  }

  #inbox(): TemplateResult {
    return html`<div class="inbox">
      <section ?hidden=${Boolean(this.openId)} aria-labelledby="inbox-title" class="inbox">
        <h2 id="inbox-title" tabindex="-1">${this.t.title}</h2>
        ${this.#filters()} ${this.#toolbar()} ${this.#bulkResults()} ${this.#listView()} ${this.#pager()}
      </section>
      ${this.openId ? this.#recordView() : nothing} ${this.#shortcutsView()} ${this.#statusDialog()}
    </div>`;
  }

  #filters(): TemplateResult {
    const t = this.t;
    const q = this.query;
    const select = (
      id: string,
      label: string,
      value: string | undefined,
      options: [string, string][],
      onChange: (value: string) => void,
    ) => html`<div class="field">
      <label for=${id}>${label}</label>
      <select id=${id} @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!value}>${t.all}</option>
        ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
      </select>
    </div>`;
    const category =
      q.category && !this.categories.some((c) => c.id === q.category)
        ? [[q.category, q.category] as [string, string]]
        : [];
    return html`<form class="filters" part="filters" role="search" @submit=${this.#submitSearch}>
      <fieldset>
        <legend>${t.filters}</legend>
        ${select(
          'filter-status',
          t.status,
          q.status,
          ASPIRATION_STATUSES.map((s) => [s, this.#statusName(s)]),
          (v) => this.#setFilters({ status: (v || undefined) as AspirationStatus | undefined }),
        )}
        ${select(
          'filter-kind',
          t.kind,
          q.kind,
          ASPIRATION_KINDS.map((k) => [k, this.#kindName(k)]),
          (v) => this.#setFilters({ kind: (v || undefined) as InboxQuery['kind'] }),
        )}
        ${select(
          'filter-category',
          t.category,
          q.category,
          [...this.categories.map((c) => [c.id, c.name] as [string, string]), ...category],
          (v) => this.#setFilters({ category: v || undefined }),
        )}
        ${this.#regionSelects()}
        ${select(
          'filter-age',
          t.age,
          q.age ? String(q.age) : undefined,
          [...new Set([...INBOX_AGES, ...(q.age ? [q.age] : [])])].map((d) => [String(d), t.olderThan(d)]),
          (v) => this.#setFilters({ age: v ? Number(v) : undefined }),
        )}
        ${select(
          'filter-overdue',
          this.td.due,
          q.overdue,
          [
            ['true', this.td.overdueOnly],
            ['false', this.td.onTime],
          ],
          (v) => this.#setFilters({ overdue: (v || undefined) as InboxQuery['overdue'] }),
        )}
        <div class="field">
          <label for="filter-sort">${t.sort}</label>
          <select
            id="filter-sort"
            @change=${(e: Event) => {
              const v = (e.target as HTMLSelectElement).value as InboxQuery['sort'];
              this.#setFilters({ sort: v === 'newest' ? undefined : v });
            }}
          >
            ${INBOX_SORTS.map((s) => html`<option value=${s} ?selected=${(q.sort ?? 'newest') === s}>${t.sorts[s]}</option>`)}
          </select>
        </div>
        <div class="field wide">
          <label for="filter-q">${t.search}</label>
          <input
            id="filter-q"
            type="search"
            maxlength="200"
            .value=${this.searchText}
            @input=${(e: Event) => {
              this.searchText = (e.target as HTMLInputElement).value;
            }}
          />
        </div>
        <div class="actions wide">
          <button type="submit" class="button">${t.apply}</button>
          ${
            isFiltered(q)
              ? html`<button type="button" class="button secondary" @click=${this.#resetFilters}>${this.common.resetFilters}</button>`
              : nothing
          }
        </div>
      </fieldset>
    </form>`;
  }

  /** Selects from the person's area down to the village: district and village for a city's Dinas. */
  #regionSelects(): TemplateResult[] {
    const directory = this.#regionsDirectory;
    const me = this.#me;
    if (!directory || !me) return [];
    // The widest area the person works in: a Dinas region, or (for admins) the whole country.
    const scopes = me.memberships.map((m) =>
      m.role === 'admin' ? '' : m.role === 'dinas' ? m.region.code : undefined,
    );
    if (!scopes.some((s) => s !== undefined)) return [];
    const root = scopes.includes('') ? '' : (scopes.find((s) => s !== undefined) ?? '');
    const rootDepth = root ? root.split('.').length : 0;
    const chosen = this.query.region ? regionChain(this.query.region) : [];
    const selects: TemplateResult[] = [];
    for (let depth = rootDepth; depth < 4; depth++) {
      const parent = depth === 0 ? '' : depth === rootDepth ? root : chosen[depth - 1];
      if (parent === undefined) break;
      if (depth > rootDepth && !chosen[depth - 1]) break;
      const options = directory.loaded(parent);
      if (!options) void directory.children(parent);
      const value = chosen[depth];
      const label = this.t.regionLevels[depth]!;
      selects.push(html`<div class="field">
        <label for=${`filter-region-${depth}`}>${label}</label>
        <select
          id=${`filter-region-${depth}`}
          aria-busy=${options ? 'false' : 'true'}
          @change=${(e: Event) => {
            const v = (e.target as HTMLSelectElement).value;
            this.#setFilters({ region: v || (depth > rootDepth ? chosen[depth - 1] : undefined) });
          }}
        >
          <option value="" ?selected=${!value}>${this.t.all}</option>
          ${(options ?? []).map((r) => html`<option value=${r.code} ?selected=${r.code === value} lang="id">${r.name}</option>`)}
          ${value && !options?.some((r) => r.code === value) ? html`<option value=${value} selected>${value}</option>` : nothing}
        </select>
      </div>`);
    }
    return selects;
  }

  #submitSearch(event: Event): void {
    event.preventDefault();
    this.#setFilters({ q: this.searchText.trim() || undefined });
  }

  #resetFilters(): void {
    this.searchText = '';
    const sort = this.query.sort;
    this.#go(sort ? { sort } : {}, this.openId);
    this.#previousCursors = [];
    this.current = 0;
  }

  #toolbar(): TemplateResult {
    const t = this.t;
    const triage = this.#may('aspirations.triage');
    const ready = this.list.state === 'ready';
    const items = ready ? this.#items : [];
    const all = items.length > 0 && items.every((a) => this.selected.has(a.id));
    return html`<div class="toolbar">
      ${
        triage
          ? html`${
              items.length
                ? html`<label class="check"><input type="checkbox" id="select-page" .checked=${all}
                    @change=${(e: Event) => this.#toggleAll((e.target as HTMLInputElement).checked)} />
                    <span>${t.selectPage}</span></label>`
                : nothing
            }
            <p class="hint" part="selection">${t.selected(this.selected.size)}</p>
            <button type="button" class="button" part="bulk-button" ?disabled=${!this.selected.size}
              @click=${() => this.#openBulkDialog()}>${t.bulkChange}</button>
            ${
              this.selected.size
                ? html`<button type="button" class="button secondary" @click=${() => this.#toggleAll(false)}>${t.clearSelection}</button>`
                : nothing
            }
            <button type="button" class="button secondary" part="export-button" aria-disabled=${this.exporting || !ready ? 'true' : 'false'}
              @click=${() => void this.#exportCsv()}>${this.exporting ? t.exporting : t.exportCsv}</button>`
          : html`<p class="hint" part="read-only">${t.noPermission}</p>`
      }
      <button type="button" class="button secondary" part="shortcuts-button" aria-haspopup="dialog"
        @click=${() => {
          this.helpOpen = true;
        }}>${t.shortcuts}</button>
    </div>
    ${this.exportProblem ? html`<p class="error" role="alert" part="export-error">${this.exportProblem}</p>` : nothing}`;
  }

  #listView(): TemplateResult {
    const list = this.list;
    const busy = list.state === 'loading' || list.state === 'idle';
    if (list.state === 'error') {
      return loadErrorView(this.common, list.error, () => {
        this.#listKey = '';
        this.requestUpdate();
      });
    }
    const items = this.#items;
    // Expired before anything loaded: the sign-in form says it all.
    if (list.state === 'idle' && !this.#live) return html``;
    if (busy && !items.length) return html`<div aria-busy="true">${loadingView(this.common)}</div>`;
    if (!items.length) return html`<div part="empty" class="state"><p>${this.#emptyText()}</p></div>`;
    const t = this.t;
    const triage = this.#may('aspirations.triage');

    return html`<table class="records" part="list" aria-busy=${busy ? 'true' : 'false'} aria-labelledby="inbox-title">
      <thead>
        <tr>
          ${
            triage
              ? html`<th class="select" scope="col"><span class="visually-hidden">${t.select}</span></th>`
              : nothing
          }
          <th scope="col">${t.reportTitle}</th>
          <th scope="col">${t.tracking}</th>
          <th scope="col">${t.status}</th>
          <th scope="col">${t.category}</th>
          <th scope="col">${t.region}</th>
          <th scope="col">${t.submitted}</th>
          <th scope="col">${this.td.due}</th>
        </tr>
      </thead>
      <tbody>
        ${items.map((a, index) => this.#row(a, index, triage))}
      </tbody>
    </table>`;
  }

  #row(a: AspirationAdminView, index: number, triage: boolean): TemplateResult {
    const t = this.t;
    const chosen = this.selected.has(a.id);
    const classes = [index === this.current ? 'current' : '', chosen ? 'chosen' : ''].filter(Boolean).join(' ');
    return html`<tr part="row" class=${classes} data-id=${a.id}>
      ${
        triage
          ? html`<td class="select"><label><input type="checkbox" .checked=${chosen} aria-label=${t.selectRow(a.trackingCode)}
              @change=${(e: Event) => {
                this.current = index;
                this.#toggle(a.id, (e.target as HTMLInputElement).checked);
              }} /></label></td>`
          : nothing
      }
      <td data-label=${t.reportTitle}>
        <a class="open" data-id=${a.id} href=${inboxHash(this.query, a.id)} lang="id"
          @focus=${() => {
            this.current = index;
          }}
          @click=${(e: MouseEvent) => {
            if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
            e.preventDefault();
            this.#open(a.id);
          }}>${a.title}</a>
        <div class="badges">
          <span class="badge">${this.#kindName(a.kind)}</span>
          ${a.confidential ? html`<span class="badge">${t.confidential}</span>` : nothing}
          ${a.anonymous ? html`<span class="badge">${t.anonymous}</span>` : nothing}
          ${reporterBadgesOf(a).map((b) => html`<span class="badge" part="reporter-badge">${reporterBadgeText(this.tr, b)}</span>`)}
        </div>
      </td>
      <td data-label=${t.tracking}><span class="code">${a.trackingCode}</span></td>
      <td data-label=${t.status}><span class="badge" part="status">${this.#statusName(a.status)}</span></td>
      <td data-label=${t.category} lang="id">${a.category.name}</td>
      <td data-label=${t.region} lang="id">${this.#regionsDirectory?.place(a.regionCode) ?? a.regionCode}</td>
      <td data-label=${t.submitted}><time datetime=${a.submittedAt}>${formatDate(a.submittedAt, this.locale, a.regionCode)}</time></td>
      <td data-label=${this.td.due} part="due">${this.#dueView(a)}</td>
    </tr>`;
  }

  #pager(): TemplateResult | typeof nothing {
    if (this.list.state !== 'ready') return nothing;
    const { nextCursor } = this.list.value;
    const hasPrevious = this.#previousCursors.length > 0;
    const deep = Boolean(this.query.cursor);
    if (!nextCursor && !deep) return nothing;
    const page = this.#previousCursors.length + 1;
    return html`<nav class="pager" aria-label=${this.common.page.replace('{page}', String(page))}>
      ${hasPrevious ? html`<button type="button" class="button secondary" @click=${() => this.#page('previous')}>${this.common.previous}</button>` : nothing}
      ${!hasPrevious && deep ? html`<button type="button" class="button secondary" @click=${() => this.#page('first')}>${this.t.firstPage}</button>` : nothing}
      ${nextCursor ? html`<button type="button" class="button secondary" part="next-page" @click=${() => this.#page('next')}>${this.common.next}</button>` : nothing}
    </nav>`;
  }

  #bulkResults(): TemplateResult | typeof nothing {
    const report = this.bulkReport;
    if (!report) return nothing;
    const t = this.t;
    const failed = report.rows.filter((r) => r.outcome !== 'changed').length;
    const to = this.#statusName(report.status);
    return html`<section class="results state" part="bulk-results" aria-labelledby="results-title">
      <h3 id="results-title" tabindex="-1">${t.bulkResults}: ${to}</h3>
      <p>${t.bulkSummary(report.rows.length - failed, failed)}</p>
      <ul>
        ${report.rows.map(
          (r) => html`<li class=${r.outcome === 'changed' ? 'ok' : 'failed'} data-outcome=${r.outcome}>
            <span lang="id">${r.label}</span>:
            ${
              r.outcome === 'changed'
                ? t.outcomeChanged
                : r.outcome === 'not_found'
                  ? t.outcomeNotFound
                  : r.outcome === 'agency_mismatch'
                    ? this.ta.outcomeMismatch
                    : t.outcomeInvalid(r.from ? this.#statusName(r.from as AspirationStatus) : '?', to)
            }
          </li>`,
        )}
      </ul>
      <button type="button" class="button secondary" @click=${() => {
        this.bulkReport = undefined;
        this.#focusAfter = 'list';
      }}>${t.dismiss}</button>
    </section>`;
  }

  #recordView(): TemplateResult {
    const t = this.t;
    const record = this.record;
    const back = html`<div><a href=${inboxHash(this.query)} part="back" @click=${(e: MouseEvent) => {
      if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
      e.preventDefault();
      this.#close();
    }}>← ${t.back}</a></div>`;
    if (record.state === 'error') {
      return html`<section class="record" part="record">${back}${loadErrorView(this.common, record.error, () => {
        this.#recordKey = '';
        this.requestUpdate();
      })}</section>`;
    }
    if (record.state !== 'ready') {
      return html`<section class="record" part="record" aria-busy="true">${back}
        <div part="loading" class="state"><p>${t.recordLoading}</p></div></section>`;
    }
    const a = record.value;
    const triage = this.#may('aspirations.triage');
    const next = statusTargetsOf(a, [...ASPIRATION_TRANSITIONS[a.status]]);
    return html`<article class="record" part="record" aria-labelledby="record-title">
      ${back}
      <h2 id="record-title" tabindex="-1" lang="id">${a.title}</h2>
      <div class="badges">
        <span class="badge" part="record-status">${this.#statusName(a.status)}</span>
        <span class="badge">${this.#kindName(a.kind)}</span>
        ${a.confidential ? html`<span class="badge">${t.confidential}</span>` : nothing}
        ${a.anonymous ? html`<span class="badge">${t.anonymous}</span>` : nothing}
      </div>
      ${
        triage
          ? next.length
            ? html`<div><button type="button" class="button" part="status-button" aria-haspopup="dialog"
                @click=${() => this.#openStatusDialog()}>${t.changeStatus}</button></div>`
            : a.kind === 'information_request' && ASPIRATION_TRANSITIONS[a.status].length
              ? nothing
              : html`<p class="hint">${t.finalStatus}</p>`
          : nothing
      }
      ${
        triage && a.kind === 'information_request' && next.length < ASPIRATION_TRANSITIONS[a.status].length
          ? html`<p class="hint" part="decision-instead">${this.tr.decisionInstead}</p>`
          : nothing
      }
      <dl class="facts">
        <dt>${t.tracking}</dt><dd class="code">${a.trackingCode}</dd>
        <dt>${t.category}</dt><dd lang="id">${a.category.name}</dd>
        <dt>${t.region}</dt><dd lang="id">${this.#regionsDirectory?.place(a.regionCode) ?? a.regionCode}</dd>
        ${a.agency ? html`<dt>${this.ta.agency}</dt><dd part="record-agency" lang="id">${this.ta.forwardedTo(a.agency.name)}</dd>` : nothing}
        ${
          a.dueAt
            ? html`<dt>${a.dueStage === 'resolution' ? this.td.dueResolution : this.td.dueResponse}</dt>
              <dd part="record-due">${this.#dueView(a, true)}</dd>`
            : nothing
        }
        <dt>${t.submitted}</dt><dd>${formatDateTime(a.submittedAt, this.locale, a.regionCode)}</dd>
        ${a.intake ? html`<dt>${t.recordedBy}</dt><dd part="intake" lang="id">${a.intake.group.name}</dd>` : nothing}
        <dt>${t.updated}</dt><dd>${formatDateTime(a.updatedAt, this.locale, a.regionCode)}</dd>
      </dl>
      <section aria-labelledby="body-title">
        <h3 id="body-title">${t.body}</h3>
        <p class="body" lang="id">${a.body}</p>
      </section>
      ${
        a.location !== undefined
          ? html`<section aria-labelledby="location-title" part="record-location">${locationView(this.tf, this.locale, a.location)}</section>`
          : nothing
      }
      ${a.attachments ? html`<section aria-labelledby="files-title" part="record-files">${this.#filesView(a, a.attachments)}</section>` : nothing}
      <section aria-labelledby="reporter-title" part="reporter">${this.#reporterView(a)}</section>
      ${a.informationRequest ? informationRequestFactsView(this.tr, this.language === 'en' ? 'en' : 'id', a.informationRequest, (iso) => this.#time(iso, a.regionCode)) : nothing}
      ${this.#actionForms(a)}
      ${this.#responseForm(a)}
      <section aria-labelledby="history-title">
        <h3 id="history-title">${t.history}</h3>
        <ol class="history" part="history">
          ${[...a.history].reverse().map((h) => this.#historyEntry(h, a.regionCode, a.intake))}
        </ol>
      </section>
    </article>`;
  }

  /** The due date with its zone, and "Lewat tenggat" in words when it has passed. */
  #dueView(a: AspirationAdminView, long = false): TemplateResult {
    if (!a.dueAt) return html`<span class="hint">${this.td.noDue}</span>`;
    const when = long
      ? formatDateTime(a.dueAt, this.locale, a.regionCode)
      : formatDueDate(a.dueAt, this.locale, a.regionCode);
    return html`<time datetime=${a.dueAt}>${when}</time>
      ${a.overdue ? html`<span class="badge danger" part="overdue">${this.td.overdue}</span>` : nothing}`;
  }

  #filesView(a: AspirationAdminView, files: NonNullable<AspirationAdminView['attachments']>): TemplateResult {
    const aspirations = this.activeSession!.client.admin.aspirations;
    return filesView({
      t: this.tf,
      locale: this.locale,
      files,
      confidential: a.confidential,
      canPublish: this.#may('aspirations.triage'),
      preview: (file) => this.#previews.of(aspirations, a.id, file.id),
      busy: this.fileBusy,
      failures: this.fileFailures,
      onToggle: (file) => void this.#toggleFile(a, file),
      onDownload: (file) => void this.#downloadFile(a, file),
    });
  }

  async #toggleFile(a: AspirationAdminView, file: NonNullable<AspirationAdminView['attachments']>[number]) {
    const session = this.activeSession;
    if (!session || this.fileBusy) return;
    this.fileBusy = file.id;
    const { [file.id]: _cleared, ...failures } = this.fileFailures;
    this.fileFailures = failures;
    try {
      const changed = await session.client.admin.aspirations.setAttachmentPublic(a.id, file.id, !file.public);
      if (this.record.state === 'ready' && this.record.value.id === a.id) {
        const value = this.record.value;
        const attachments = (value.attachments ?? []).map((f) => (f.id === changed.id ? { ...f, ...changed } : f));
        this.record = { state: 'ready', value: { ...value, attachments } };
      }
      this.announcement = changed.public ? this.tf.madePublic(file.fileName) : this.tf.madePrivate(file.fileName);
    } catch (error) {
      const problems = problemsOf(error, this.common);
      if (problems.kind !== 'expired') {
        this.fileFailures = {
          ...this.fileFailures,
          [file.id]: `${this.tf.visibilityFailed} ${problems.message}`.trim(),
        };
      }
    } finally {
      this.fileBusy = undefined;
    }
  }

  async #downloadFile(a: AspirationAdminView, file: NonNullable<AspirationAdminView['attachments']>[number]) {
    const session = this.activeSession;
    if (!session) return;
    const { [file.id]: _cleared, ...failures } = this.fileFailures;
    this.fileFailures = failures;
    try {
      const blob = await session.client.admin.aspirations.attachment(a.id, file.id);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = blob.name || file.fileName;
      link.hidden = true;
      this.renderRoot.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (error) {
      const problems = problemsOf(error, this.common);
      if (problems.kind !== 'expired') {
        this.fileFailures = { ...this.fileFailures, [file.id]: `${this.tf.downloadFailed} ${problems.message}`.trim() };
      }
    }
  }

  #responseForm(a: AspirationAdminView): TemplateResult | typeof nothing {
    if (!a.agency || !this.#may('aspirations.triage') || (a.status !== 'forwarded' && a.status !== 'in_progress')) {
      return nothing;
    }
    const draft = this.response?.id === a.id ? this.response : { id: a.id, note: '', internalNote: '', busy: false };
    return agencyResponseFormView({
      t: this.ta,
      inbox: this.t,
      common: this.common,
      agencyName: a.agency.name,
      draft,
      root: this.renderRoot,
      onInput: (patch) => {
        this.response = { ...draft, ...patch };
      },
      onSubmit: (event) => void this.#submitResponse(event, a),
    });
  }

  async #submitResponse(event: Event, a: AspirationAdminView): Promise<void> {
    event.preventDefault();
    const session = this.activeSession;
    const draft = this.response?.id === a.id ? this.response : undefined;
    if (!session || draft?.busy) return;
    const note = draft?.note.trim() ?? '';
    const internalNote = draft?.internalNote.trim() ?? '';
    const base = draft ?? { id: a.id, note: '', internalNote: '', busy: false };
    if (!note) {
      this.response = {
        ...base,
        notice: undefined,
        problems: { message: '', fields: { 'response-note': this.common.required }, kind: 'validation' },
      };
      this.#focusAfter = 'response';
      return;
    }
    this.response = { ...base, busy: true, problems: undefined, notice: undefined };
    try {
      const updated = await session.client.admin.aspirations.recordAgencyResponse(
        a.id,
        { note, ...(internalNote ? { internalNote } : {}) },
        { version: a.version },
      );
      this.record = { state: 'ready', value: updated };
      this.#replaceItem(updated);
      this.response = undefined;
      this.announcement = this.ta.responseSaved(a.agency?.name ?? '');
      this.dispatchEvent(
        new CustomEvent('kim-aspiration-changed', { detail: { aspiration: updated }, bubbles: true, composed: true }),
      );
    } catch (error) {
      const problems = problemsOf(error, this.common);
      if (problems.kind === 'expired') {
        this.response = { ...base, busy: false };
        return;
      }
      if (problems.kind === 'conflict' && (error as { status?: number }).status === 412) {
        // Someone changed the report meanwhile: show it as it is now, keep the answer typed, save again.
        const fresh = (error as { current?: AspirationAdminView }).current;
        if (fresh) {
          this.record = { state: 'ready', value: fresh };
          this.#replaceItem(fresh);
        }
        this.response = { ...base, busy: false, notice: this.t.staleReloaded };
      } else {
        this.response = { ...base, busy: false, problems: responseProblems(problems) };
      }
      this.#focusAfter = 'response';
    }
  }

  #time(iso: string, regionCode: string): TemplateResult {
    return html`<time datetime=${iso}>${formatDateTime(iso, this.locale, regionCode)}</time>`;
  }

  /** The reporter's own text in an entry is for officials; it is labelled as theirs, not as an official's note. */
  #internalLabel(kind: AspirationAdminView['history'][number]['kind']): string {
    if (kind === 'reopened') return this.tr.reopenReason;
    if (kind === 'objection' || REPORTER_KINDS.includes(kind)) return this.tr.reporterText;
    return this.t.internalNote;
  }

  /** The question to the reporter and an information request's legal steps, for a person who may triage. */
  #actionForms(a: AspirationAdminView): TemplateResult[] {
    if (!this.#may('aspirations.triage')) return [];
    const c = { t: this.tr, common: this.common, language: this.language === 'en' ? ('en' as const) : ('id' as const) };
    return offeredActions(a).map((key) => {
      const action = RECORD_ACTIONS[key];
      const kept = this.actions[key];
      const draft = kept?.id === a.id ? kept : { id: a.id, values: {}, busy: false };
      return recordActionFormView({
        key,
        title: action.title(c),
        intro: key === 'objection' ? objectionIntro(c, a, (iso) => this.#time(iso, a.regionCode)) : nothing,
        fields: action.fields(c, draft.values),
        submit: action.submit(c),
        draft,
        inbox: this.t,
        common: this.common,
        root: this.renderRoot,
        onInput: (name, value) => {
          // What is kept now, not what was rendered: two inputs before the next render both stay.
          const now = this.actions[key]?.id === a.id ? this.actions[key]! : draft;
          this.actions = { ...this.actions, [key]: { ...now, values: { ...now.values, [name]: value } } };
        },
        onSubmit: (event) => void this.#submitAction(event, key, a),
      });
    });
  }

  async #submitAction(event: Event, key: RecordActionKey, a: AspirationAdminView): Promise<void> {
    event.preventDefault();
    const session = this.activeSession;
    const kept = this.actions[key];
    const base = kept?.id === a.id ? kept : { id: a.id, values: {}, busy: false };
    if (!session || base.busy) return;
    const c = { t: this.tr, common: this.common, language: this.language === 'en' ? ('en' as const) : ('id' as const) };
    const action = RECORD_ACTIONS[key];
    const set = (draft: RecordActionDraft) => {
      // One error summary at a time: the other forms keep their text and lose their messages.
      const others = Object.fromEntries(
        Object.entries(this.actions).map(([k, d]) => [k, k === key || !d ? d : { ...d, problems: undefined }]),
      );
      this.actions = { ...others, [key]: draft };
    };
    const fields = action.check(c, base.values);
    if (Object.keys(fields).length) {
      set({
        ...base,
        notice: undefined,
        problems: actionProblems(key, { message: '', fields, kind: 'validation' }),
      });
      this.#focusAfter = { action: key };
      return;
    }
    set({ ...base, busy: true, problems: undefined, notice: undefined });
    try {
      const updated = await action.send(session.client, a, base.values);
      this.record = { state: 'ready', value: updated };
      this.#replaceItem(updated);
      const { [key]: _done, ...rest } = this.actions;
      this.actions = rest;
      this.announcement = action.done(c, base.values);
      this.dispatchEvent(
        new CustomEvent('kim-aspiration-changed', { detail: { aspiration: updated }, bubbles: true, composed: true }),
      );
    } catch (error) {
      const problems = problemsOf(error, this.common);
      if (problems.kind === 'expired') {
        set({ ...base, busy: false });
        return;
      }
      if (problems.kind === 'conflict' && (error as { status?: number }).status === 412) {
        // Someone changed the report meanwhile: show it as it is now, keep the text, let the person send again.
        const fresh = (error as { current?: AspirationAdminView }).current;
        if (fresh) {
          this.record = { state: 'ready', value: fresh };
          this.#replaceItem(fresh);
        }
        set({ ...base, busy: false, notice: this.t.staleReloaded });
      } else {
        set({ ...base, busy: false, problems: actionProblems(key, problems) });
      }
      this.#focusAfter = { action: key };
    }
  }

  #reporterView(a: AspirationAdminView): TemplateResult {
    const t = this.t;
    const heading = html`<h3 id="reporter-title">${t.reporter}</h3>`;
    // Only what the server sent for this role; nothing is inferred from the rest of the record.
    if (a.personalDataHidden || a.reporter === null) {
      return html`${heading}<p class="hint" part="reporter-hidden">${a.personalDataHidden ? t.reporterHidden : t.reporterNone}</p>`;
    }
    const r = a.reporter;
    if (!r.name && !r.email && !r.phone) return html`${heading}<p class="hint">${t.reporterNone}</p>`;
    return html`${heading}<dl class="facts" part="reporter-data">
      ${r.name ? html`<dt>${t.reporterName}</dt><dd lang="id">${r.name}</dd>` : nothing}
      ${r.email ? html`<dt>${t.reporterEmail}</dt><dd>${r.email}</dd>` : nothing}
      ${r.phone ? html`<dt>${t.reporterPhone}</dt><dd>${r.phone}</dd>` : nothing}
    </dl>`;
  }

  #historyEntry(
    h: AspirationAdminView['history'][number],
    regionCode: string,
    intake?: AspirationAdminView['intake'],
  ): TemplateResult {
    const t = this.t;
    const byReporter = REPORTER_KINDS.includes(h.kind);
    let who = h.actor
      ? t.by(h.actor.name)
      : byReporter
        ? t.byReporter
        : h.status === 'received'
          ? t.byCitizen
          : t.bySystem;
    // A resident's report a KIM typed in: "Dicatat oleh KIM Bacang".
    if (!h.actor && h.status === 'received' && intake) who = `${t.recordedBy} ${intake.group.name}`;
    // An agency's answer is an entry of its own; forwarding names the agency, as the tracker does; the reporter's
    // follow-ups and the officials' questions are named by their kind.
    if (h.kind === 'objection') who = this.tr.byRequester;
    const score = h.kind === 'rating' ? /^([1-5])\/5$/.exec(h.note ?? '')?.[1] : undefined;
    const heading = score
      ? this.tr.ratingOf(Number(score))
      : h.kind === 'agency_response' && h.agency
        ? this.ta.responseOf(h.agency.name)
        : h.status === 'forwarded' && h.agency
          ? this.ta.forwardedTo(h.agency.name)
          : h.kind === 'status'
            ? this.#statusName(h.status)
            : t.historyKinds[h.kind];
    return html`<li part=${h.kind === 'agency_response' ? 'history-entry agency-response' : 'history-entry'}>
      <strong lang="id">${heading}</strong>
      <p><time datetime=${h.at}>${formatDateTime(h.at, this.locale, regionCode)}</time> · <span lang="id">${who}</span></p>
      ${h.note && !score ? html`<p part="public-note"><span class="note-label">${t.publicNote}:</span> <span lang="id">${h.note}</span></p>` : nothing}
      ${
        h.internalNote
          ? html`<p class="internal" part="internal-note"><span class="note-label">${this.#internalLabel(h.kind)}:</span> <span lang="id">${h.internalNote}</span></p>`
          : nothing
      }
    </li>`;
  }

  #shortcutsView(): TemplateResult {
    const t = this.t;
    const list = html`<dl>
      ${t.shortcutList.map((s) => html`<dt><kbd>${s.keys}</kbd></dt><dd>${s.action}</dd>`)}
    </dl>`;
    return html`<details class="shortcuts" part="shortcuts">
        <summary>${t.shortcuts}</summary>
        ${list}
        <p class="hint">${t.shortcutsHint}</p>
      </details>
      ${
        this.helpOpen
          ? html`<dialog id="shortcut-dialog" class="shortcuts" aria-labelledby="shortcut-title"
              @close=${this.#helpClosed}>
              <h2 id="shortcut-title">${t.shortcuts}</h2>
              ${list}
              <p class="hint">${t.shortcutsHint}</p>
              <form method="dialog"><button class="button" autofocus>${this.common.close}</button></form>
            </dialog>`
          : nothing
      }`;
  }

  /** The agencies of the draft's reports' regencies or cities (the selection's, in bulk). */
  #agencyField(
    draft: StatusDraft,
    error: string | undefined,
    update: (patch: Partial<StatusDraft>) => void,
  ): TemplateResult {
    const session = this.activeSession!;
    const who = this.#me?.id ?? '';
    const codes =
      draft.mode === 'single'
        ? [this.record.state === 'ready' ? this.record.value.regionCode : undefined]
        : draft.ids.map((id) => this.#items.find((a) => a.id === id)?.regionCode);
    const regencies = [...new Set(codes.filter((c): c is string => Boolean(c)).map(regencyOf))].sort();
    return agencyFieldView({
      t: this.ta,
      common: this.common,
      regions: regencies.map((code) => ({
        code,
        name: this.#regionsDirectory?.name(code) ?? code,
        list: this.#agencies.of(session.client.admin.agencies, who, code),
      })),
      value: draft.agencyId,
      error,
      bulk: draft.mode === 'bulk',
      onChange: (agencyId) => update({ agencyId }),
      onRetry: () => {
        this.#agencies.forget();
        this.requestUpdate();
      },
    });
  }

  /** In bulk, information requests end only through their decision: said when the selection holds some. */
  #bulkRequestsHint(draft: StatusDraft): TemplateResult | typeof nothing {
    if (draft.mode !== 'bulk') return nothing;
    const requests = draft.ids.filter((id) => this.#items.find((a) => a.id === id)?.kind === 'information_request');
    return requests.length
      ? html`<p class="hint" part="bulk-requests">${this.tr.bulkRequests(requests.length)}</p>`
      : nothing;
  }

  #helpClosed = () => {
    this.helpOpen = false;
  };

  #statusDialog(): TemplateResult | typeof nothing {
    const draft = this.draft;
    if (!draft || !this.dialogOpen) return nothing;
    const t = this.t;
    const targets = this.#targets(draft);
    const record = this.record.state === 'ready' ? this.record.value : undefined;
    const title = draft.mode === 'single' ? t.dialogTitle : t.bulkDialogTitle(draft.ids.length);
    const problems = draft.problems;
    const fieldError = (path: string) => problems?.fields[path];
    const described = (path: string, hint: string) =>
      [hint, fieldError(path) ? `${fieldId(path)}-error` : ''].filter(Boolean).join(' ');
    const update = (patch: Partial<StatusDraft>) => {
      this.draft = { ...this.draft!, ...patch };
    };
    const textarea = (
      path: 'note' | 'internalNote',
      label: string,
      hint: string,
      max: number,
    ) => html`<div class="field">
      <label for=${fieldId(path)}>${label}</label>
      <p class="hint" id=${`${path}-hint`}>${hint} ${t.characters(draft[path].length, max)}</p>
      ${fieldErrorView(this.common, path, fieldError(path))}
      <textarea id=${fieldId(path)} rows="3" maxlength=${max} lang="id" .value=${draft[path]}
        aria-invalid=${fieldError(path) ? 'true' : 'false'} aria-describedby=${described(path, `${path}-hint`)}
        @input=${(e: Event) => update({ [path]: (e.target as HTMLTextAreaElement).value })}></textarea>
    </div>`;
    return html`<dialog id="status-dialog" part="status-dialog" aria-labelledby="status-dialog-title"
      @close=${() => {
        this.dialogOpen = false;
      }}>
      <form class="dialog-form" novalidate aria-busy=${draft.busy ? 'true' : 'false'} @submit=${this.#submitStatus}>
        <h2 id="status-dialog-title">${title}</h2>
        ${draft.notice ? html`<p class="state" role="alert" part="stale-notice" tabindex="-1" id="error-summary">${draft.notice}</p>` : nothing}
        ${errorSummaryView(this.common, problems, this.renderRoot, { status: t.newStatus, agencyId: this.ta.agency, note: t.publicNote, internalNote: t.internalNote })}
        ${
          record && draft.mode === 'single'
            ? html`<p>${t.currentStatus}: <strong>${this.#statusName(record.status)}</strong></p>`
            : nothing
        }
        ${
          targets.length
            ? html`<fieldset class="choices" aria-describedby=${fieldError('status') ? 'status-error' : nothing}>
                <legend>${t.newStatus}</legend>
                ${fieldErrorView(this.common, 'status', fieldError('status'))}
                ${targets.map(
                  (
                    s,
                    i,
                  ) => html`<label class="check"><input type="radio" name="status" value=${s} id=${i === 0 ? 'status' : nothing}
                    .checked=${draft.status === s} @change=${() => update({ status: s })} />
                    <span>${this.#statusName(s)}</span></label>`,
                )}
              </fieldset>`
            : html`<p>${t.noTransition}</p>`
        }
        ${this.#bulkRequestsHint(draft)}
        ${draft.status === 'forwarded' ? this.#agencyField(draft, fieldError('agencyId'), update) : nothing}
        ${textarea('note', t.publicNote, draft.status === 'rejected' ? t.rejectionNeedsNote : t.publicNoteHint, ASPIRATION_LIMITS.note.max)}
        ${textarea('internalNote', t.internalNote, t.internalNoteHint, ASPIRATION_LIMITS.internalNote.max)}
        <div class="actions">
          <button type="submit" class="button" part="submit-status" aria-disabled=${draft.busy || !targets.length ? 'true' : 'false'}>
            ${draft.busy ? this.common.saving : t.submitStatus}
          </button>
          <button type="button" class="button secondary" @click=${() => this.#closeDialog()}>${this.common.cancel}</button>
        </div>
      </form>
    </dialog>`;
  }
}
