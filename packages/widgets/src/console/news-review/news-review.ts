// <kim-news-review>: the Dinas official's review desk. The queue of submitted articles (oldest first, with their
// group and author), the scheduled and the published lists; one article read exactly as the public reader shows it
// (the same sanitizer and body styles as <kim-news-feed>); publish now, schedule in the region's zone (WIB/WITA/WIT),
// send back with a note, unpublish with a reason, or open the editor to correct. Every step sends the version read
// (If-Match); when someone else changed the article meanwhile, the step is refused and the changes are listed.
import { NEWS_LIMITS, NEWS_TRANSITIONS, type NewsAdminView, type NewsStatus, timeZoneOfRegion } from '@kim-kit/sdk';
import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { CONTENT_LANGUAGE, stringsFor } from '../../locales/language.js';
import { newsFeedStyles } from '../../news-feed/news-feed.styles.js';
import { fieldStyles } from '../../shared/field-styles.js';
import { formatDateTime } from '../../shared/format.js';
import { sanitizeArticleHtml } from '../../shared/sanitize.js';
import { baseStyles, buttonStyles, visuallyHidden } from '../../shared/styles.js';
import { type NewsReviewStrings, newsReview } from '../locales/news-review.js';
import { KimConsoleElement } from '../shared/console-element.js';
import { consoleStyles } from '../shared/console-styles.js';
import { type Problems, problemsOf } from '../shared/problems.js';
import {
  errorSummaryView,
  fieldErrorView,
  forbiddenView,
  loadErrorView,
  loadingView,
  signInGate,
} from '../shared/views.js';
import { changedFields } from './changed-fields.js';
import { instantOfLocalInput, localInputOf } from './zoned-input.js';

/** The lists of the desk, by the status they show. */
export type ReviewTab = 'submitted' | 'scheduled' | 'published';
const TABS: readonly ReviewTab[] = ['submitted', 'scheduled', 'published'];
/** Rows per page. */
const PAGE_SIZE = 20;
/** The queue and the scheduled list are read whole (to order them by waiting time), up to this many. */
const WHOLE_LIST_LIMIT = 1000;

type Step = 'schedule' | 'return' | 'unpublish';
/** The statuses each step starts from (the contract's transitions; scheduling is a publish with a time). */
const STEP_FROM: Record<Step, readonly NewsStatus[]> = {
  schedule: NEWS_TRANSITIONS.publish,
  return: NEWS_TRANSITIONS.return,
  unpublish: NEWS_TRANSITIONS.unpublish,
};

type ListState =
  | { kind: 'loading' }
  | { kind: 'error'; error: unknown }
  | { kind: 'ready'; items: NewsAdminView[]; page: number; cursors: (string | undefined)[]; next: string | null };

type Opened =
  | { kind: 'loading'; id: string }
  | { kind: 'error'; id: string; error: unknown }
  | { kind: 'ready'; article: NewsAdminView; body: DocumentFragment };

interface Conflict {
  mine: NewsAdminView;
  current: NewsAdminView | undefined;
}

const can = (status: NewsStatus, ...allowed: NewsStatus[]) => allowed.includes(status);

/**
 * The news review desk (capability `news.review`), route `#/tinjauan` of the console.
 * @fires kim-news-reviewed - After a step succeeded; `detail` is `{ action, article }`.
 * @csspart tabs - The buttons that switch between the lists.
 * @csspart list - The table of a list (stacked cards below 40rem).
 * @csspart row - One article in a list.
 * @csspart article - The opened article.
 * @csspart body - The sanitized body, as the public reader shows it.
 * @csspart actions - The review steps of the opened article.
 * @csspart conflict - What changed when someone else changed the article meanwhile.
 * @csspart error-summary - The problems of a failed step.
 */
export class KimNewsReview extends KimConsoleElement {
  static override styles = [
    baseStyles,
    buttonStyles,
    fieldStyles,
    visuallyHidden,
    consoleStyles,
    newsFeedStyles,
    css`
      :host {
        display: block;
      }
      .desk {
        display: grid;
        gap: 1rem;
        container-type: inline-size;
      }
      .tabs {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
      .tabs [aria-pressed='true'] {
        background: var(--_primary);
        color: var(--_on-primary);
      }
      .title-button {
        all: unset;
        cursor: pointer;
        color: var(--_primary);
        text-decoration: underline;
        font-weight: 600;
        display: inline-block;
        min-height: 1.5rem;
        overflow-wrap: anywhere;
      }
      .title-button:focus-visible {
        outline: 3px solid var(--_primary);
        outline-offset: 2px;
      }
      .pager {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: center;
      }
      .pager p {
        margin: 0;
      }
      article {
        display: grid;
        gap: 1rem;
      }
      .meta {
        margin: 0;
        color: var(--_muted);
        overflow-wrap: anywhere;
      }
      .image {
        max-width: 100%;
        height: auto;
      }
      .note {
        border-inline-start: 4px solid var(--_muted);
        padding-inline-start: 0.75rem;
        margin: 0;
      }
      .actions,
      .step {
        display: grid;
        gap: 0.75rem;
        padding-top: 1rem;
        border-top: 1px solid var(--_border);
      }
      .conflict {
        border: 3px solid var(--_danger);
        padding: 0.75rem 1rem;
        display: grid;
        gap: 0.5rem;
      }
      .conflict dl {
        margin: 0;
        display: grid;
        gap: 0.25rem;
        overflow-wrap: anywhere;
      }
      .conflict dd {
        margin: 0 0 0.5rem;
      }
      @media (forced-colors: active) {
        .conflict {
          border-color: CanvasText;
        }
        .tabs [aria-pressed='true'] {
          forced-color-adjust: none;
          background: Highlight;
          color: HighlightText;
        }
      }
    `,
  ];

  @state() private tab: ReviewTab = 'submitted';
  @state() private list: ListState = { kind: 'loading' };
  @state() private opened: Opened | undefined;
  @state() private step: Step | undefined;
  @state() private values: { schedule: string; note: string } = { schedule: '', note: '' };
  @state() private problems: Problems | undefined;
  @state() private busy = false;
  @state() private conflict: Conflict | undefined;
  @state() private announcement = '';
  #loadedFor: unknown;
  #loads = 0;

  private get t(): NewsReviewStrings {
    return stringsFor(newsReview, this.language);
  }

  /** Whether the person may review: the section is forbidden otherwise (the server decides again on each step). */
  private get allowed(): boolean {
    return this.activeSession?.can('news.review') === true;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Load once a session that may review is there (and again for another person).
    const session = this.activeSession;
    const key = session?.state === 'signed-in' && this.allowed ? session.me : undefined;
    if (key && key !== this.#loadedFor) {
      this.#loadedFor = key;
      void this.#load();
    }
  }

  override render(): TemplateResult {
    const session = this.activeSession;
    const lang = this.language === 'en' ? 'en' : 'id';
    const gate = signInGate(this, session, this.language, this.theme);
    let body: TemplateResult | typeof nothing = nothing;
    if (session?.me && (session.state === 'signed-in' || session.state === 'expired')) {
      body = this.allowed || session.state === 'expired' ? this.#desk() : forbiddenView(this.common);
    }
    return html`<div lang=${lang}>
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      ${gate} ${body}
    </div>`;
  }

  #desk(): TemplateResult {
    const t = this.t;
    const opened = this.opened;
    return html`<div class="desk">
      <h1 id="desk-title" tabindex="-1">${t.title}</h1>
      ${opened ? this.#articleView(opened) : this.#listView()}
    </div>`;
  }

  // The lists.

  #listView(): TemplateResult {
    const t = this.t;
    const list = this.list;
    return html`<div class="toolbar tabs" part="tabs" role="group" aria-label=${t.tabs}>
        ${TABS.map(
          (tab) =>
            html`<button type="button" class="button secondary" data-tab=${tab}
              aria-pressed=${tab === this.tab ? 'true' : 'false'}
              @click=${() => this.#switchTab(tab)}>${this.#tabLabel(tab)}</button>`,
        )}
      </div>
      <section aria-labelledby="list-title" aria-busy=${list.kind === 'loading' ? 'true' : 'false'}>
        <h2 id="list-title" tabindex="-1">${this.#tabLabel(this.tab)}</h2>
        ${
          list.kind === 'loading'
            ? loadingView(this.common)
            : list.kind === 'error'
              ? loadErrorView(this.common, list.error, () => void this.#load())
              : this.#table(list)
        }
      </section>`;
  }

  #tabLabel(tab: ReviewTab): string {
    return tab === 'submitted' ? this.t.queue : tab === 'scheduled' ? this.t.scheduled : this.t.published;
  }

  #table(list: Extract<ListState, { kind: 'ready' }>): TemplateResult {
    const t = this.t;
    const tab = this.tab;
    if (!list.items.length) {
      const empty = tab === 'submitted' ? t.queueEmpty : tab === 'scheduled' ? t.scheduledEmpty : t.publishedEmpty;
      return html`<div class="state" part="empty"><p>${empty}</p></div>`;
    }
    const whole = tab !== 'published';
    const rows = whole ? list.items.slice(list.page * PAGE_SIZE, (list.page + 1) * PAGE_SIZE) : list.items;
    const pages = whole ? Math.ceil(list.items.length / PAGE_SIZE) : undefined;
    const when = tab === 'submitted' ? t.columnSubmitted : tab === 'scheduled' ? t.columnScheduled : t.columnPublished;
    return html`${
      tab === 'submitted'
        ? html`<p>${t.queueCount.replace('{count}', String(list.items.length))}. ${t.queueOrder}</p>`
        : nothing
    }
      <table class="records" part="list">
        <thead>
          <tr>
            <th scope="col">${t.columnTitle}</th>
            <th scope="col">${t.columnGroup}</th>
            <th scope="col">${t.columnAuthor}</th>
            <th scope="col">${when}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map((article) => {
            const at = tab === 'submitted' ? article.submittedAt : article.publishedAt;
            return html`<tr part="row">
              <td>
                <button type="button" class="title-button" data-id=${article.id} lang=${CONTENT_LANGUAGE}
                  @click=${() => this.#open(article.id)}>${article.title}</button>
              </td>
              <td data-label=${t.columnGroup} lang=${CONTENT_LANGUAGE}>${article.group.name}</td>
              <td data-label=${t.columnAuthor} lang=${CONTENT_LANGUAGE}>${article.author?.name ?? t.noAuthor}</td>
              <td data-label=${when}>
                ${at ? html`<time datetime=${at}>${formatDateTime(at, this.locale, article.regionCode)}</time>` : '–'}
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
      ${this.#pager(list, pages)}`;
  }

  #pager(list: Extract<ListState, { kind: 'ready' }>, pages: number | undefined): TemplateResult | typeof nothing {
    const hasPrevious = list.page > 0;
    const hasNext = pages === undefined ? list.next !== null : list.page + 1 < pages;
    if (!hasPrevious && !hasNext) return nothing;
    const label =
      pages === undefined
        ? this.common.page.replace('{page}', String(list.page + 1))
        : this.t.pageOf.replace('{page}', String(list.page + 1)).replace('{pages}', String(pages));
    return html`<nav class="pager" aria-label=${label}>
      <p>${label}</p>
      ${hasPrevious ? html`<button type="button" class="button secondary" @click=${() => this.#turn(-1)}>${this.common.previous}</button>` : nothing}
      ${hasNext ? html`<button type="button" class="button secondary" @click=${() => this.#turn(1)}>${this.common.next}</button>` : nothing}
    </nav>`;
  }

  async #switchTab(tab: ReviewTab): Promise<void> {
    if (tab === this.tab) return;
    this.tab = tab;
    await this.#load();
  }

  async #turn(by: 1 | -1): Promise<void> {
    const list = this.list;
    if (list.kind !== 'ready') return;
    const page = list.page + by;
    if (this.tab === 'published') {
      await this.#load(page, page > list.page ? [...list.cursors, list.next ?? undefined] : list.cursors.slice(0, -1));
    } else {
      this.list = { ...list, page };
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#list-title')?.focus();
  }

  /** Loads the current tab: the queue and the scheduled list whole (then ordered), the published list by pages. */
  async #load(page = 0, cursors: (string | undefined)[] = [undefined]): Promise<void> {
    const session = this.activeSession;
    if (!session) return;
    const tab = this.tab;
    const load = ++this.#loads;
    this.list = { kind: 'loading' };
    try {
      let list: ListState;
      if (tab === 'published') {
        const result = await session.client.admin.news.list({
          status: 'published',
          limit: PAGE_SIZE,
          cursor: cursors.at(-1),
        });
        list = { kind: 'ready', items: result.data, page, cursors, next: result.nextCursor };
      } else {
        const items: NewsAdminView[] = [];
        let cursor: string | undefined;
        do {
          const result = await session.client.admin.news.list({ status: tab, limit: 100, cursor });
          items.push(...result.data);
          cursor = result.nextCursor ?? undefined;
        } while (cursor && items.length < WHOLE_LIST_LIMIT);
        // The queue is read oldest first (the longest waiting first); the scheduled list by its coming time.
        const key = (n: NewsAdminView) => (tab === 'submitted' ? n.submittedAt : n.publishedAt) ?? n.updatedAt;
        items.sort((a, b) => key(a).localeCompare(key(b)) || a.id.localeCompare(b.id));
        list = { kind: 'ready', items, page: 0, cursors: [undefined], next: null };
      }
      if (load === this.#loads) this.list = list;
    } catch (error) {
      if (load === this.#loads) this.list = { kind: 'error', error };
    }
  }

  // One article.

  #articleView(opened: Opened): TemplateResult {
    const t = this.t;
    const back = html`<p><button type="button" class="button secondary" part="back" @click=${this.#close}>${t.backToList}</button></p>`;
    if (opened.kind === 'loading') return html`${back}<div aria-busy="true">${loadingView(this.common)}</div>`;
    if (opened.kind === 'error')
      return html`${back}${loadErrorView(this.common, opened.error, () => void this.#open(opened.id))}`;
    const { article, body } = opened;
    const image = article.image;
    return html`${back}
      <article part="article" aria-labelledby="article-title">
        <h2 id="article-title" tabindex="-1" lang=${CONTENT_LANGUAGE}>${article.title}</h2>
        <p class="meta">
          <span class="badge">${t.status[article.status]}</span>
          <span lang=${CONTENT_LANGUAGE}>${article.category.name} · ${article.group.name}</span> ·
          <span lang=${CONTENT_LANGUAGE}>${article.author?.name ?? t.noAuthor}</span> ·
          ${t.readingMinutes.replace('{n}', String(article.readingMinutes))}
        </p>
        <p class="meta">${this.#times(article)}</p>
        ${
          article.reviewNote
            ? html`<div>
              <h3>${t.lastReviewNote}</h3>
              <p class="note" lang=${CONTENT_LANGUAGE}>${article.reviewNote.note}</p>
            </div>`
            : nothing
        }
        ${
          image
            ? html`<img part="image" class="image" src=${image.url} alt=${image.alt} width=${image.width}
              height=${image.height} decoding="async" />`
            : nothing
        }
        <div part="body" class="body" lang=${CONTENT_LANGUAGE}>${body}</div>
      </article>
      ${this.conflict ? this.#conflictView(this.conflict) : nothing} ${this.#actions(article)}`;
  }

  #times(article: NewsAdminView): TemplateResult {
    const t = this.t;
    const at = (label: string, iso: string) =>
      html`${label}: <time datetime=${iso}>${formatDateTime(iso, this.locale, article.regionCode)}</time>`;
    const parts: TemplateResult[] = [];
    if (article.submittedAt) parts.push(at(t.submittedAt, article.submittedAt));
    if (article.publishedAt) {
      parts.push(at(article.status === 'scheduled' ? t.scheduledFor : t.publishedAt, article.publishedAt));
    }
    return html`${parts.map((part, i) => html`${i ? ' · ' : ''}${part}`)}`;
  }

  #actions(article: NewsAdminView): TemplateResult {
    const t = this.t;
    const status = article.status;
    const busy = this.busy ? 'true' : 'false';
    const stepButton = (step: Step, label: string) =>
      html`<button type="button" class="button secondary" data-step=${step}
        aria-expanded=${this.step === step ? 'true' : 'false'}
        aria-controls="step" @click=${() => this.#openStep(step)}>${label}</button>`;
    return html`<section class="actions" part="actions" aria-labelledby="actions-title" aria-busy=${busy}>
      <h3 id="actions-title">${t.actions}</h3>
      ${this.step ? nothing : errorSummaryView(this.common, this.problems, this.renderRoot)}
      <div class="toolbar">
        ${
          STEP_FROM.schedule.includes(status)
            ? html`<button type="button" class="button" part="publish" aria-disabled=${busy} @click=${this.#publishNow}>
              ${t.publishNow}</button>`
            : nothing
        }
        ${STEP_FROM.schedule.includes(status) ? stepButton('schedule', t.schedule) : nothing}
        ${STEP_FROM.return.includes(status) ? stepButton('return', t.returnToAuthor) : nothing}
        ${STEP_FROM.unpublish.includes(status) ? stepButton('unpublish', t.unpublish) : nothing}
        ${
          can(status, 'published', 'scheduled')
            ? html`<a class="button secondary" part="correct" href=${`#/berita/${encodeURIComponent(article.id)}`}
              aria-describedby="correct-hint">${t.correct}</a>`
            : nothing
        }
      </div>
      ${can(status, 'published', 'scheduled') ? html`<p id="correct-hint" class="hint">${t.correctHint}</p>` : nothing}
      ${this.step ? this.#stepForm(article, this.step) : nothing}
    </section>`;
  }

  #stepForm(article: NewsAdminView, step: Step): TemplateResult {
    const t = this.t;
    const busy = this.busy ? 'true' : 'false';
    const fields = this.problems?.fields ?? {};
    if (step === 'schedule') {
      const zone = timeZoneOfRegion(article.regionCode) ?? { abbreviation: 'WIB' as const, ianaName: 'Asia/Jakarta' };
      const error = fields.publishAt;
      const label = t.scheduleLabel.replace('{zone}', zone.abbreviation);
      return html`<form id="step" class="step" novalidate @submit=${this.#schedule} aria-busy=${busy}>
        ${errorSummaryView(this.common, this.problems, this.renderRoot, { publishAt: label })}
        <div class="field">
          <label for="publishAt">${label}</label>
          <p id="publishAt-hint" class="hint">
            ${t.scheduleHint.replace('{zone}', zone.abbreviation).replace('{name}', zone.ianaName)}
          </p>
          ${fieldErrorView(this.common, 'publishAt', error)}
          <input id="publishAt" name="publishAt" type="datetime-local" .value=${this.values.schedule}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${error ? 'publishAt-hint publishAt-error' : 'publishAt-hint'}
            @input=${(e: Event) => {
              this.values = { ...this.values, schedule: (e.target as HTMLInputElement).value };
            }} />
        </div>
        <div class="toolbar">
          <button type="submit" class="button" aria-disabled=${busy}>${t.scheduleSubmit}</button>
          <button type="button" class="button secondary" @click=${this.#closeStep}>${this.common.cancel}</button>
        </div>
      </form>`;
    }
    const label = step === 'return' ? t.returnNoteLabel : t.unpublishReasonLabel;
    const hint = step === 'return' ? t.returnNoteHint : t.unpublishReasonHint;
    const error = fields.note;
    return html`<form id="step" class="step" novalidate @submit=${this.#noteStep} aria-busy=${busy}>
      ${errorSummaryView(this.common, this.problems, this.renderRoot, { note: label })}
      <div class="field">
        <label for="note">${label}</label>
        <p id="note-hint" class="hint">${hint}</p>
        ${fieldErrorView(this.common, 'note', error)}
        <textarea id="note" name="note" required maxlength=${NEWS_LIMITS.note.max} lang=${CONTENT_LANGUAGE}
          .value=${this.values.note}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? 'note-hint note-error' : 'note-hint'}
          @input=${(e: Event) => {
            this.values = { ...this.values, note: (e.target as HTMLTextAreaElement).value };
          }}></textarea>
      </div>
      <div class="toolbar">
        <button type="submit" class="button" aria-disabled=${busy}>
          ${step === 'return' ? t.returnSubmit : t.unpublishSubmit}
        </button>
        <button type="button" class="button secondary" @click=${this.#closeStep}>${this.common.cancel}</button>
      </div>
    </form>`;
  }

  #conflictView({ mine, current }: Conflict): TemplateResult {
    const t = this.t;
    const changes = current ? changedFields(mine, current) : [];
    const show = (article: NewsAdminView, field: (typeof changes)[number]) => {
      if (field === 'status') return t.status[article.status];
      if (field === 'category') return article.category.name;
      if (field === 'publishedAt') {
        return article.publishedAt ? formatDateTime(article.publishedAt, this.locale, article.regionCode) : '–';
      }
      if (field === 'tags') return article.tags.join(', ') || '–';
      if (field === 'image') return article.image?.alt ?? '–';
      if (field === 'body') return undefined;
      return article[field];
    };
    return html`<section class="conflict" part="conflict" role="alert" aria-labelledby="conflict-title">
      <h3 id="conflict-title">${t.conflictTitle}</h3>
      <p>${t.conflictText}</p>
      ${
        current
          ? changes.length
            ? html`<p>${t.conflictFields}</p>
              <dl>
                ${changes.map((field) => {
                  const yours = show(mine, field);
                  const theirs = show(current, field);
                  return html`<dt><strong>${t.field[field]}</strong></dt>
                    ${
                      yours === undefined
                        ? nothing
                        : html`<dd>${t.yours}: <span lang=${CONTENT_LANGUAGE}>${yours}</span></dd>
                          <dd>${t.theirs}: <span lang=${CONTENT_LANGUAGE}>${theirs}</span></dd>`
                    }`;
                })}
              </dl>`
            : html`<p>${t.conflictNone}</p>`
          : nothing
      }
      <div>
        <button type="button" class="button" part="reload" @click=${this.#takeCurrent}>${t.conflictReload}</button>
      </div>
    </section>`;
  }

  async #open(id: string): Promise<void> {
    const session = this.activeSession;
    if (!session) return;
    this.#reset();
    this.opened = { kind: 'loading', id };
    try {
      const article = await session.client.admin.news.get(id);
      this.opened = { kind: 'ready', article, body: await sanitizeArticleHtml(article.body) };
    } catch (error) {
      this.opened = { kind: 'error', id, error };
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#article-title')?.focus();
  }

  #close = async (): Promise<void> => {
    const id = this.opened?.kind === 'ready' ? this.opened.article.id : this.opened?.id;
    this.opened = undefined;
    this.#reset();
    await this.updateComplete;
    const row = [...this.renderRoot.querySelectorAll<HTMLElement>('.title-button')].find((b) => b.dataset.id === id);
    (row ?? this.renderRoot.querySelector<HTMLElement>('#list-title'))?.focus();
  };

  #reset(): void {
    this.step = undefined;
    this.values = { schedule: '', note: '' };
    this.problems = undefined;
    this.conflict = undefined;
  }

  async #openStep(step: Step): Promise<void> {
    if (this.step !== step) {
      this.step = step;
      this.problems = undefined;
      if (step === 'schedule' && !this.values.schedule && this.opened?.kind === 'ready') {
        const { article } = this.opened;
        const zone = timeZoneOfRegion(article.regionCode);
        // A scheduled article starts from its time; anything else from tomorrow at 08.00 in the region.
        if (zone && article.status === 'scheduled' && article.publishedAt) {
          this.values = { ...this.values, schedule: localInputOf(article.publishedAt, zone) };
        } else if (zone) {
          const tomorrow = localInputOf(new Date(Date.now() + 86_400_000), zone).slice(0, 10);
          this.values = { ...this.values, schedule: `${tomorrow}T08:00` };
        }
      }
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(step === 'schedule' ? '#publishAt' : '#note')?.focus();
  }

  #closeStep = async (): Promise<void> => {
    const step = this.step;
    this.step = undefined;
    this.problems = undefined;
    await this.updateComplete;
    if (step) this.renderRoot.querySelector<HTMLElement>(`[data-step="${step}"]`)?.focus();
  };

  #publishNow = () => this.#run('publish', (client, a) => client.admin.news.publish(a.id, {}, { version: a.version }));

  #schedule = (event: Event) => {
    event.preventDefault();
    const t = this.t;
    if (this.opened?.kind !== 'ready') return;
    const { article } = this.opened;
    const zone =
      timeZoneOfRegion(article.regionCode) ??
      ({ abbreviation: 'WIB', ianaName: 'Asia/Jakarta', utcOffset: '+07:00' } as const);
    const at = instantOfLocalInput(this.values.schedule, zone);
    const message = !at ? this.common.required : at.getTime() <= Date.now() ? t.scheduleInPast : undefined;
    if (message) return this.#invalid('publishAt', message);
    void this.#run('schedule', (client, a) =>
      client.admin.news.publish(a.id, { publishAt: at }, { version: a.version }),
    );
  };

  #noteStep = (event: Event) => {
    event.preventDefault();
    const step = this.step;
    if (step !== 'return' && step !== 'unpublish') return;
    const note = this.values.note.trim();
    if (!note) return this.#invalid('note', this.common.required);
    if (note.length > NEWS_LIMITS.note.max) {
      return this.#invalid('note', this.t.noteTooLong.replace('{max}', String(NEWS_LIMITS.note.max)));
    }
    void this.#run(step, (client, a) =>
      step === 'return'
        ? client.admin.news.return(a.id, { note }, { version: a.version })
        : client.admin.news.unpublish(a.id, { note }, { version: a.version }),
    );
  };

  async #invalid(path: string, message: string): Promise<void> {
    this.problems = { kind: 'validation', message: '', fields: { [path]: message } };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#error-summary')?.focus();
  }

  /** Takes one step with the version read; on success back to the refreshed list, on 412 the changes. */
  async #run(
    action: 'publish' | 'schedule' | 'return' | 'unpublish',
    call: (client: NonNullable<typeof this.activeSession>['client'], article: NewsAdminView) => Promise<NewsAdminView>,
  ): Promise<void> {
    const session = this.activeSession;
    if (this.busy || !session || this.opened?.kind !== 'ready') return;
    const mine = this.opened.article;
    this.busy = true;
    this.problems = undefined;
    try {
      const article = await call(session.client, mine);
      const t = this.t;
      const template = {
        publish: t.didPublish,
        schedule: t.didSchedule,
        return: t.didReturn,
        unpublish: t.didUnpublish,
      }[action];
      const when = article.publishedAt ? formatDateTime(article.publishedAt, this.locale, article.regionCode) : '';
      this.announcement = template.replace('{title}', article.title).replace('{when}', when);
      this.dispatchEvent(
        new CustomEvent('kim-news-reviewed', { detail: { action, article }, bubbles: true, composed: true }),
      );
      this.opened = undefined;
      this.#reset();
      await this.#load();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#list-title')?.focus();
    } catch (error) {
      const failure = error as { status?: number; current?: NewsAdminView };
      if (failure?.status === 412) {
        this.conflict = { mine, current: failure.current };
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('[part~="conflict"] button')?.focus();
      } else {
        // What was typed (the note, the time) stays in the form.
        this.problems = problemsOf(error, this.common);
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('#error-summary')?.focus();
      }
    } finally {
      this.busy = false;
    }
  }

  /** After a conflict: shows the current article; the open step and what was typed in it stay. */
  #takeCurrent = async (): Promise<void> => {
    const current = this.conflict?.current;
    this.conflict = undefined;
    if (!current) {
      if (this.opened?.kind === 'ready') {
        const step = this.step;
        const values = this.values;
        await this.#open(this.opened.article.id);
        this.step = step;
        this.values = values;
      }
      return;
    }
    this.opened = { kind: 'ready', article: current, body: await sanitizeArticleHtml(current.body) };
    // A step the new status does not allow closes; what was typed stays for another step.
    if (this.step && !STEP_FROM[this.step].includes(current.status)) this.step = undefined;
    this.announcement = this.t.conflictReload;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#article-title')?.focus();
  };
}
