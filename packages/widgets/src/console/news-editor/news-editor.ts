// <kim-news-editor>: a KIM operator writes a news article, or edits one (`article-id`): title, summary, category,
// group, a body in a rich-text editor limited to the server's allow-list, a cover photo with its required
// alternative text. What is typed is copied to this device as it is typed (restored after a reload, with a way to
// discard it), so a dropped connection or a closed tab loses nothing; saving offline says so and keeps the draft.
// The preview renders the body with the public widgets' own sanitizer and reader styles. Submitting sends it for
// review; a returned article shows the reviewer's note; a save on top of someone else's (412) shows both versions.
import {
  type CategoryAdminView,
  type GroupRef,
  isKimApiError,
  isKimForbiddenError,
  isKimNotFoundError,
  isKimPreconditionFailedError,
  NEWS_LIMITS,
  type NewsAdminView,
  type NewsInput,
  type NewsUpdate,
} from '@kim-kit/sdk';
import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { stringsFor } from '../../locales/language.js';
import { newsFeedStyles } from '../../news-feed/news-feed.styles.js';
import { fieldStyles } from '../../shared/field-styles.js';
import { sanitizeArticleHtml } from '../../shared/sanitize.js';
import { baseStyles, buttonStyles, visuallyHidden } from '../../shared/styles.js';
import { type NewsEditorStrings, newsEditor as newsEditorStrings } from '../locales/news-editor.js';
import { session as sessionStrings } from '../locales/session.js';
import { KimConsoleElement } from '../shared/console-element.js';
import { problemsOf } from '../shared/problems.js';
import { signInGate } from '../shared/views.js';
import { KimSignIn } from '../sign-in/sign-in.js';
import { type ArticleDraft, type DraftImage, DraftStore } from './draft-store.js';
import type { RichText } from './rich-text.js';
import { EDITOR_ELEMENTS, RICH_TEXT_SHORTCUTS, type RichTextCommand } from './rich-text-rules.js';
import { richTextStyles } from './rich-text-styles.js';

/**
 * The editor library (TipTap, about half the console's code) arrives only when a form needs it; one download for
 * every editor of the page. A failed download (offline) is forgotten, so a retry downloads again. The CDN build
 * points this import at cdn/kim-console-editor.js, beside the console's file.
 */
let richTextModule: Promise<typeof import('./rich-text.js')> | undefined;
function loadRichText(): Promise<typeof import('./rich-text.js')> {
  richTextModule ??= import('./rich-text.js').catch((error: unknown) => {
    richTextModule = undefined;
    throw error;
  });
  return richTextModule;
}

type Field = 'groupId' | 'categoryId' | 'title' | 'summary' | 'body' | 'image' | 'alt';
type LoadState = 'loading' | 'ready' | 'error' | 'not-found' | 'forbidden';

/** Statuses an operator (without `news.review`) may edit. */
const OPERATOR_EDITABLE = new Set(['draft', 'returned', 'unpublished']);

const TOOLBAR: RichTextCommand[][] = [
  ['bold', 'italic'],
  ['heading2', 'heading3', 'heading4'],
  ['bulletList', 'orderedList', 'blockquote'],
  ['undo', 'redo'],
];

/** What each toolbar button shows (the accessible name is the command's label). */
const GLYPHS: Record<RichTextCommand | 'link', string> = {
  bold: 'B',
  italic: 'I',
  heading2: 'H2',
  heading3: 'H3',
  heading4: 'H4',
  bulletList: '•',
  orderedList: '1.',
  blockquote: '❝',
  undo: '↶',
  redo: '↷',
  link: '🔗',
};

if (!customElements.get('kim-sign-in')) customElements.define('kim-sign-in', KimSignIn);

const EMPTY: ArticleDraft = { groupId: '', categoryId: '', title: '', summary: '', body: '', image: null };

function draftOf(article: NewsAdminView): ArticleDraft {
  const image = article.image;
  return {
    groupId: article.group.id,
    categoryId: article.category.id,
    title: article.title,
    summary: article.summarySource === 'author' ? article.summary : '',
    body: article.body,
    image: image?.mediaId
      ? { mediaId: image.mediaId, alt: image.alt, url: image.url, width: image.width, height: image.height }
      : null,
  };
}

/** The elements of a body the editor cannot show (it would drop them if the body is edited). */
function unsupportedIn(body: string): string[] {
  const template = document.createElement('template');
  template.innerHTML = body;
  const tags = new Set([...template.content.querySelectorAll('*')].map((element) => element.localName));
  return [...tags].filter((tag) => !(EDITOR_ELEMENTS as readonly string[]).includes(tag));
}

const same = (a: ArticleDraft, b: ArticleDraft) => JSON.stringify(a) === JSON.stringify(b);

/** The field of a problem's `errors[].path`. */
function fieldOfPath(path: string): Field | undefined {
  if (path === 'image.alt') return 'alt';
  if (path.startsWith('image')) return 'image';
  const field = path.split('.')[0] as Field;
  return ['groupId', 'categoryId', 'title', 'summary', 'body'].includes(field) ? field : undefined;
}

/**
 * The news editor; see the module comment.
 * @fires kim-news-saved - After the server kept the article (created, saved, submitted); `detail.article`.
 * @csspart form - The editing form.
 * @csspart toolbar - The formatting buttons.
 * @csspart body-input - The editable body.
 * @csspart error-summary - The problems after a failed save.
 * @csspart conflict - The two versions after a conflicting save.
 * @csspart preview - The article as readers will see it.
 */
export class KimNewsEditor extends KimConsoleElement {
  static override styles = [
    baseStyles,
    buttonStyles,
    fieldStyles,
    visuallyHidden,
    newsFeedStyles,
    richTextStyles,
    css`
      :host {
        display: block;
        max-width: 48rem;
      }
      form,
      .stack {
        display: grid;
        gap: 1rem;
      }
      .field {
        display: grid;
        gap: 0.25rem;
        min-width: 0;
      }
      h1,
      h2 {
        margin: 0;
        overflow-wrap: anywhere;
      }
      .notice,
      .summary,
      .note {
        border: 3px solid var(--_primary);
        padding: 0.75rem 1rem;
        display: grid;
        gap: 0.5rem;
      }
      .summary {
        border-color: var(--_danger);
      }
      .summary a {
        color: var(--_danger);
      }
      .note {
        border-color: var(--_muted);
      }
      .toolbar {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 0.75rem;
      }
      .toolbar [role='group'] {
        display: flex;
        gap: 0.25rem;
      }
      .tool {
        min-width: 2.75rem;
        min-height: 2.75rem;
        padding: 0.25rem 0.5rem;
        border: 1px solid var(--_muted);
        border-radius: var(--_radius);
        background: var(--_surface);
        color: var(--_text);
        font: inherit;
        font-weight: 600;
        cursor: pointer;
      }
      .tool[aria-pressed='true'] {
        border-width: 3px;
        background: var(--_primary);
        color: var(--_on-primary);
        border-color: var(--_primary);
      }
      .tool:disabled {
        opacity: 0.6;
        cursor: not-allowed;
      }
      .linkbar {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: end;
      }
      .linkbar .field {
        flex: 1 1 14rem;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: center;
      }
      .cover {
        max-width: 100%;
        height: auto;
        border-radius: var(--_radius);
      }
      progress {
        width: 100%;
        height: 1rem;
      }
      dl.keys {
        display: grid;
        grid-template-columns: minmax(0, 1fr) max-content;
        gap: 0.25rem 1rem;
        margin: 0.5rem 0 0;
      }
      dl.keys dd {
        margin: 0;
      }
      .versions {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr));
        gap: 1rem;
      }
      .version {
        border: 1px solid var(--_muted);
        border-radius: var(--_radius);
        padding: 0.75rem;
        display: grid;
        gap: 0.5rem;
        align-content: start;
        min-width: 0;
        overflow-wrap: anywhere;
      }
      .badge {
        display: inline-block;
        padding: 0.125rem 0.5rem;
        border: 1px solid currentColor;
        border-radius: var(--_radius);
        font-size: 0.875rem;
      }
      .status-line {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: center;
        margin: 0;
      }
      .local {
        color: var(--_muted);
        font-size: 0.875rem;
      }
      [hidden] {
        display: none !important;
      }
    `,
  ];

  /** The article to edit; absent: a new article. */
  @property({ attribute: 'article-id' }) articleId?: string;

  @state() private loadState: LoadState = 'loading';
  @state() private article: NewsAdminView | undefined;
  @state() private values: ArticleDraft = { ...EMPTY };
  @state() private categories: CategoryAdminView[] = [];
  @state() private groups: GroupRef[] = [];
  @state() private restoredAt: string | undefined;
  @state() private fieldErrors: Partial<Record<Field, string>> = {};
  @state() private failure: string | undefined;
  @state() private busy: 'saving' | 'submitting' | undefined;
  @state() private upload: { percent: number } | undefined;
  @state() private uploadError: string | undefined;
  @state() private conflict: { mine: ArticleDraft; theirs: NewsAdminView } | undefined;
  @state() private previewBody: DocumentFragment | undefined;
  @state() private previewing = false;
  @state() private linkOpen = false;
  @state() private linkError: string | undefined;
  @state() private announcement = '';
  @state() private toolbarTick = 0;
  /** The editor library could not be downloaded (offline): the body shows an error with a retry. */
  @state() private editorFailed = false;

  /** How the editor library is loaded; tests replace it to see a failed download. @internal */
  static loadRichText: () => Promise<typeof import('./rich-text.js')> = loadRichText;

  #loadedFor: string | undefined | null = null;
  /** Files chosen in this page, shown from memory (blob: URLs) rather than downloaded again. */
  readonly #localImages = new Map<string, string>();
  #store: DraftStore | undefined;
  #rich: RichText | undefined;
  #richMount: HTMLElement | undefined;
  readonly #flush = () => this.#store?.flush();

  private get t(): NewsEditorStrings {
    return stringsFor(newsEditorStrings, this.language);
  }

  /** The server's version of the article as last seen. */
  get current(): NewsAdminView | undefined {
    return this.article;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('pagehide', this.#flush);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('pagehide', this.#flush);
    this.#store?.flush();
    this.#destroyEditor();
    this.#loadedFor = null;
    for (const url of this.#localImages.values()) URL.revokeObjectURL(url);
    this.#localImages.clear();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const session = this.activeSession;
    const key = this.articleId || undefined;
    if (session?.state === 'signed-in' && this.#loadedFor !== key) {
      this.#loadedFor = key;
      void this.#load(key);
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const mount = this.renderRoot.querySelector<HTMLElement>('.editor-mount');
    if (mount && mount !== this.#richMount) {
      this.#destroyEditor();
      this.#richMount = mount;
      void this.#mountEditor(mount);
    } else if (!mount && this.#richMount) {
      this.#destroyEditor();
    }
  }

  /** Loads the editor library if needed and puts the editor in `mount`; a failed download shows its error. */
  async #mountEditor(mount: HTMLElement): Promise<void> {
    let module: typeof import('./rich-text.js');
    try {
      module = await KimNewsEditor.loadRichText();
    } catch {
      if (this.#richMount === mount) this.editorFailed = true;
      return;
    }
    if (this.#richMount !== mount || this.#rich) return;
    this.editorFailed = false;
    this.#rich = new module.RichText({
      element: mount,
      content: this.values.body,
      id: 'body',
      label: this.t.body,
      describedBy: 'body-hint',
      onChange: (body) => this.#change({ body }),
      onSelection: () => this.toolbarTick++,
      onLinkShortcut: () => this.#openLink(),
    });
    this.toolbarTick++;
  }

  #retryEditor = (): void => {
    this.editorFailed = false;
    if (this.#richMount) void this.#mountEditor(this.#richMount);
  };

  #destroyEditor(): void {
    this.#rich?.destroy();
    this.#rich = undefined;
    this.#richMount = undefined;
  }

  async #load(id: string | undefined): Promise<void> {
    const session = this.activeSession!;
    this.#store?.flush();
    this.loadState = 'loading';
    this.failure = undefined;
    this.fieldErrors = {};
    this.conflict = undefined;
    this.restoredAt = undefined;
    this.previewing = false;
    if (!session.can('news.write')) {
      this.loadState = 'forbidden';
      return;
    }
    try {
      const client = session.client;
      const [categories, groups, article] = await Promise.all([
        client.admin.categories.list(),
        this.#groupsOf(),
        id ? client.admin.news.get(id) : Promise.resolve(undefined),
      ]);
      if (this.#loadedFor !== id) return;
      this.categories = categories.filter((c) => c.retiredAt === null && c.scopes.includes('news'));
      this.groups = groups;
      this.article = article;
      const server = article ? draftOf(article) : { ...EMPTY, groupId: groups.length === 1 ? groups[0]!.id : '' };
      this.#store = new DraftStore(`${session.baseUrl}|${session.me?.id ?? ''}`, id);
      const stored = this.#store.read();
      if (stored && !same(stored.draft, server)) {
        this.values = { ...stored.draft, groupId: article ? server.groupId : stored.draft.groupId };
        this.restoredAt = stored.savedAt;
        this.announcement = this.#restoredText(stored.savedAt);
      } else {
        this.values = server;
        if (stored) this.#store.clear();
      }
      this.loadState = 'ready';
      this.#rich?.setContent(this.values.body);
    } catch (error) {
      if (this.#loadedFor !== id) return;
      this.loadState = isKimNotFoundError(error) ? 'not-found' : isKimForbiddenError(error) ? 'forbidden' : 'error';
    }
  }

  /** The groups the person may write for: an operator's own, or (officials) the groups in their scope. */
  async #groupsOf(): Promise<GroupRef[]> {
    const session = this.activeSession!;
    const own = (session.me?.memberships ?? []).flatMap((m) => (m.role === 'kim' ? [m.group] : []));
    if (own.length) return own;
    const groups = await session.client.admin.groups.list({ status: 'active', limit: 100 });
    return groups.data.map(({ id, slug, name, regionCode }) => ({ id, slug, name, regionCode }));
  }

  #restoredText(savedAt: string): string {
    const time = new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(savedAt),
    );
    return this.t.draftRestored.replace('{time}', time);
  }

  #change(patch: Partial<ArticleDraft>): void {
    this.values = { ...this.values, ...patch };
    this.previewBody = undefined;
    const cleared = { ...this.fieldErrors };
    for (const key of Object.keys(patch)) delete cleared[key as Field];
    if (patch.image !== undefined) delete cleared.alt;
    this.fieldErrors = cleared;
    this.#store?.write(this.values, this.article?.version ?? null);
  }

  get #editable(): boolean {
    const session = this.activeSession;
    return !this.article || OPERATOR_EDITABLE.has(this.article.status) || session?.can('news.review') === true;
  }

  get #dirty(): boolean {
    return !this.article || !same(this.values, draftOf(this.article));
  }

  #discard(): void {
    this.#store?.clear();
    this.values = this.article ? draftOf(this.article) : { ...EMPTY, groupId: this.values.groupId };
    this.#rich?.setContent(this.values.body);
    this.restoredAt = undefined;
    this.announcement = this.t.draftDiscarded;
  }

  #validate(): boolean {
    const t = this.t;
    const v = this.values;
    const errors: Partial<Record<Field, string>> = {};
    if (!this.article && !v.groupId) errors.groupId = t.required;
    if (!v.categoryId) errors.categoryId = t.required;
    const title = v.title.trim();
    if (!title) errors.title = t.required;
    else if (title.length < NEWS_LIMITS.title.min || title.length > NEWS_LIMITS.title.max) errors.title = t.titleLength;
    if (!v.body.trim()) errors.body = t.required;
    if (v.image && !v.image.alt.trim()) errors.alt = t.altRequired;
    this.fieldErrors = errors;
    if (Object.keys(errors).length) {
      this.failure = undefined;
      this.#focusSummary();
      return false;
    }
    return true;
  }

  #update(): NewsUpdate {
    const v = this.values;
    const image = v.image ? { mediaId: v.image.mediaId, alt: v.image.alt.trim() } : null;
    // An untouched body is not sent: what the editor cannot show (a table, a figure written through the API) stays.
    const body = this.article && v.body === this.article.body ? {} : { body: v.body };
    return { categoryId: v.categoryId, title: v.title.trim(), summary: v.summary.trim() || null, ...body, image };
  }

  #input(): NewsInput {
    return { groupId: this.values.groupId, ...this.#update() } as NewsInput;
  }

  /** Saves to the server; the saved article, or `undefined` after a failure (shown). */
  async #save(version = this.article?.version): Promise<NewsAdminView | undefined> {
    const client = this.activeSession!.client;
    try {
      const article = this.article
        ? await client.admin.news.update(this.article.id, this.#update(), { version: version! })
        : await client.admin.news.create(this.#input());
      this.#accept(article);
      return article;
    } catch (error) {
      this.#failed(error);
      return undefined;
    }
  }

  /** The server kept `article`: the local draft is no longer needed. */
  #accept(article: NewsAdminView): void {
    const created = !this.article;
    this.#store?.clear();
    this.article = article;
    this.restoredAt = undefined;
    this.conflict = undefined;
    this.failure = undefined;
    if (created) {
      const session = this.activeSession!;
      this.#loadedFor = article.id;
      this.articleId = article.id;
      this.#store = new DraftStore(`${session.baseUrl}|${session.me?.id ?? ''}`, article.id);
    }
    this.dispatchEvent(new CustomEvent('kim-news-saved', { detail: { article }, bubbles: true, composed: true }));
  }

  #failed(error: unknown): void {
    const t = this.t;
    this.#store?.write(this.values, this.article?.version ?? null);
    this.#store?.flush();
    if (isKimPreconditionFailedError<NewsAdminView>(error) && error.current) {
      this.conflict = { mine: { ...this.values }, theirs: error.current };
      this.announcement = t.conflictTitle;
      this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#conflict-title')?.focus());
      return;
    }
    const problems = problemsOf(error, this.common);
    if (problems.kind === 'network' || problems.kind === 'timeout') {
      // The editor's own words: the draft is safe on this device.
      this.failure = t.offline;
    } else if (problems.kind === 'expired') {
      const s = stringsFor(sessionStrings, this.language);
      this.failure = `${s.expired}. ${s.expiredHint}`;
    } else {
      const errors: Partial<Record<Field, string>> = {};
      const other: string[] = [];
      for (const [path, message] of Object.entries(problems.fields)) {
        const field = fieldOfPath(path);
        if (field && !errors[field]) errors[field] = message;
        else if (!field) other.push(message);
      }
      this.fieldErrors = errors;
      this.failure = [problems.message, ...other].filter(Boolean).join(' ') || undefined;
    }
    this.#focusSummary();
  }

  #focusSummary(): void {
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="error-summary"]')?.focus());
  }

  async #onSave(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy || !this.#validate()) return;
    this.busy = 'saving';
    const article = await this.#save();
    this.busy = undefined;
    if (article) this.announcement = this.t.saved;
  }

  async #onSubmit(): Promise<void> {
    if (this.busy || !this.#validate()) return;
    this.busy = 'submitting';
    try {
      let article = this.article;
      if (!article || this.#dirty) article = await this.#save();
      if (!article) return;
      try {
        const submitted = await this.activeSession!.client.admin.news.submit(article.id, { version: article.version });
        this.#accept(submitted);
        this.values = draftOf(submitted);
        this.announcement = this.t.submitted;
      } catch (error) {
        this.#failed(error);
      }
    } finally {
      this.busy = undefined;
    }
  }

  async #keepMine(): Promise<void> {
    const conflict = this.conflict;
    if (!conflict || this.busy) return;
    this.busy = 'saving';
    this.values = conflict.mine;
    this.article = conflict.theirs;
    const article = await this.#save(conflict.theirs.version);
    this.busy = undefined;
    if (article) {
      this.announcement = this.t.saved;
      this.#focusHeading();
    }
  }

  #takeTheirs(): void {
    const conflict = this.conflict;
    if (!conflict) return;
    this.#store?.clear();
    this.article = conflict.theirs;
    this.values = draftOf(conflict.theirs);
    this.#rich?.setContent(this.values.body);
    this.conflict = undefined;
    this.failure = undefined;
    this.restoredAt = undefined;
    this.#focusHeading();
  }

  #focusHeading(): void {
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#editor-title')?.focus());
  }

  async #togglePreview(): Promise<void> {
    this.previewing = !this.previewing;
    if (this.previewing) {
      this.previewBody = await sanitizeArticleHtml(this.values.body);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#preview-title')?.focus();
    } else {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part~="preview-button"]')?.focus();
    }
  }

  async #onFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const t = this.t;
    this.uploadError = undefined;
    this.upload = { percent: 0 };
    this.announcement = t.uploading;
    try {
      const groupId = this.values.groupId || this.article?.group.id;
      const media = await this.activeSession!.client.admin.media.upload(file, {
        ...(groupId ? { groupId } : {}),
        onUploadProgress: ({ percent }) => {
          this.upload = { percent };
        },
      });
      this.#localImages.set(media.id, URL.createObjectURL(file));
      this.#change({
        image: {
          mediaId: media.id,
          alt: this.values.image?.alt ?? '',
          url: media.url,
          width: media.width,
          height: media.height,
        },
      });
      this.announcement = t.uploaded;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#alt')?.focus();
    } catch (error) {
      const status = isKimApiError(error) ? error.status : undefined;
      this.uploadError = status === 413 ? t.uploadTooLarge : status === 415 ? t.uploadType : t.uploadFailed;
      this.announcement = this.uploadError;
    } finally {
      this.upload = undefined;
      input.value = '';
    }
  }

  #imageSrc(image: DraftImage): string {
    return this.#localImages.get(image.mediaId) ?? image.url;
  }

  #openLink(): void {
    this.linkOpen = true;
    this.linkError = undefined;
    this.updateComplete.then(() => {
      const input = this.renderRoot.querySelector<HTMLInputElement>('#link');
      if (input) {
        input.value = this.#rich?.link ?? '';
        input.focus();
      }
    });
  }

  #applyLink(event: Event): void {
    event.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#link')!;
    if (!this.#rich?.setLink(input.value)) {
      this.linkError = this.t.linkInvalid;
      return;
    }
    this.linkOpen = false;
  }

  #linkKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter') this.#applyLink(event);
    if (event.key === 'Escape') {
      event.preventDefault();
      this.linkOpen = false;
      this.#rich?.focus();
    }
  }

  override render(): TemplateResult {
    const t = this.t;
    const session = this.activeSession;
    let body: TemplateResult;
    const gate = signInGate(this, session, this.language, this.theme);
    if (!session) body = html`<p role="alert">${t.loadFailed}</p>`;
    else if (session.state === 'signed-out') body = html`${gate}`;
    else if (session.state === 'expired') {
      // What was typed stays below the sign-in form (inside the shell, the shell shows that form).
      body = html`${gate}${this.loadState === 'ready' ? this.#editorView() : nothing}`;
    } else if (this.loadState === 'loading') body = html`<p aria-busy="true" part="loading">${t.loading}</p>`;
    else if (this.loadState === 'forbidden') body = html`<p role="alert" part="forbidden">${t.forbidden}</p>`;
    else if (this.loadState === 'not-found') body = html`<p role="alert" part="not-found">${t.notFound}</p>`;
    else if (this.loadState === 'error') {
      body = html`<div role="alert" class="stack" part="load-error">
        <p>${t.loadFailed}</p>
        <p><button type="button" class="button" @click=${() => this.#reload()}>${t.retry}</button></p>
      </div>`;
    } else body = this.#editorView();
    return html`<div lang=${this.language === 'en' ? 'en' : 'id'}>
      ${body}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
    </div>`;
  }

  #reload(): void {
    this.#loadedFor = this.articleId || undefined;
    void this.#load(this.#loadedFor);
  }

  #editorView(): TemplateResult {
    const t = this.t;
    const article = this.article;
    const editable = this.#editable;
    return html`<div class="stack">
      <h1 id="editor-title" tabindex="-1" part="title">${article ? t.editTitle : t.newTitle}</h1>
      ${
        article
          ? html`<p class="status-line" part="status">
            ${t.status}: <span class="badge">${t.statuses[article.status]}</span>
          </p>`
          : nothing
      }
      ${this.restoredAt ? this.#restoredNotice() : nothing} ${this.#reviewNote()}
      ${this.conflict ? this.#conflictView(this.conflict) : nothing} ${this.#errorSummary()}
      ${editable ? nothing : html`<p class="note" part="read-only">${t.readOnly}</p>`}
      ${
        article && unsupportedIn(article.body).length
          ? html`<p class="note" part="unsupported">${t.unsupported.replace('{elements}', unsupportedIn(article.body).join(', '))}</p>`
          : nothing
      }
      <div ?hidden=${this.previewing || !!this.conflict}>${this.#form(editable)}</div>
      ${this.previewing ? this.#preview() : nothing}
    </div>`;
  }

  #restoredNotice(): TemplateResult {
    const t = this.t;
    return html`<div class="notice" part="restored">
      <p>${this.#restoredText(this.restoredAt!)}</p>
      <p><button type="button" class="button secondary" part="discard" @click=${this.#discard}>${t.discardDraft}</button></p>
    </div>`;
  }

  #reviewNote(): TemplateResult | typeof nothing {
    const note = this.article?.reviewNote;
    if (!note || this.article?.status !== 'returned') return nothing;
    const t = this.t;
    const time = new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(note.at),
    );
    return html`<section class="note" part="review-note" aria-labelledby="review-note-title">
      <h2 id="review-note-title">${t.reviewNote}</h2>
      <p lang="id">${note.note}</p>
      <p class="hint">${t.reviewNoteBy.replace('{name}', note.by?.name ?? '—').replace('{time}', time)}</p>
    </section>`;
  }

  #errorSummary(): TemplateResult | typeof nothing {
    const t = this.t;
    const entries = Object.entries(this.fieldErrors) as [Field, string][];
    if (!entries.length && !this.failure) return nothing;
    const labels: Record<Field, string> = {
      groupId: t.group,
      categoryId: t.category,
      title: t.title,
      summary: t.summary,
      body: t.body,
      image: t.cover,
      alt: t.alt,
    };
    return html`<div class="summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby="summary-title">
      <h2 id="summary-title">${t.errorSummary}</h2>
      ${this.failure ? html`<p>${this.failure}</p>` : nothing}
      ${
        entries.length
          ? html`<ul>
            ${entries.map(
              ([field, message]) =>
                html`<li><a href="#${field}" @click=${(e: Event) => this.#focusField(e, field)}>${labels[field]}: ${message}</a></li>`,
            )}
          </ul>`
          : nothing
      }
    </div>`;
  }

  #focusField(event: Event, field: Field): void {
    event.preventDefault();
    if (field === 'body') this.#rich?.focus();
    else this.renderRoot.querySelector<HTMLElement>(`#${field === 'image' ? 'cover' : field}`)?.focus();
  }

  #invalid(field: Field) {
    return this.fieldErrors[field] ? 'true' : 'false';
  }

  #error(field: Field): TemplateResult | typeof nothing {
    const message = this.fieldErrors[field];
    return message ? html`<p class="error" id="${field}-error">${message}</p>` : nothing;
  }

  #describedBy(field: Field, hint?: string): string {
    return [hint, this.fieldErrors[field] ? `${field}-error` : undefined].filter(Boolean).join(' ');
  }

  #form(editable: boolean): TemplateResult {
    const t = this.t;
    const v = this.values;
    const article = this.article;
    const disabled = !editable || !!this.busy;
    return html`<form part="form" novalidate @submit=${this.#onSave} aria-busy=${this.busy ? 'true' : 'false'}>
      ${
        article || this.groups.length <= 1
          ? html`<p class="status-line">${t.group}: <strong lang="id">${article?.group.name ?? this.groups[0]?.name ?? '—'}</strong></p>`
          : html`<div class="field">
            <label for="groupId">${t.group}</label>
            <select id="groupId" .value=${v.groupId} ?disabled=${disabled} aria-invalid=${this.#invalid('groupId')}
              aria-describedby=${this.#describedBy('groupId')}
              @change=${(e: Event) => this.#change({ groupId: (e.target as HTMLSelectElement).value })}>
              <option value="" ?selected=${!v.groupId}>${t.choose}</option>
              ${this.groups.map((g) => html`<option value=${g.id} ?selected=${g.id === v.groupId} lang="id">${g.name}</option>`)}
            </select>
            ${this.#error('groupId')}
          </div>`
      }
      <div class="field">
        <label for="categoryId">${t.category}</label>
        <select id="categoryId" ?disabled=${disabled} aria-invalid=${this.#invalid('categoryId')}
          aria-describedby=${this.#describedBy('categoryId')}
          @change=${(e: Event) => this.#change({ categoryId: (e.target as HTMLSelectElement).value })}>
          <option value="" ?selected=${!v.categoryId}>${t.choose}</option>
          ${this.categories.map((c) => html`<option value=${c.id} ?selected=${c.id === v.categoryId} lang="id">${c.name}</option>`)}
        </select>
        ${this.#error('categoryId')}
      </div>
      <div class="field">
        <label for="title">${t.title}</label>
        <input id="title" lang="id" .value=${v.title} ?disabled=${disabled} maxlength=${NEWS_LIMITS.title.max}
          aria-invalid=${this.#invalid('title')} aria-describedby=${this.#describedBy('title', 'title-hint')}
          @input=${(e: Event) => this.#change({ title: (e.target as HTMLInputElement).value })} />
        <p class="hint" id="title-hint">${t.titleHint}</p>
        ${this.#error('title')}
      </div>
      <div class="field">
        <label for="summary">${t.summary}</label>
        <textarea id="summary" lang="id" .value=${v.summary} ?disabled=${disabled} maxlength=${NEWS_LIMITS.summary.max}
          rows="3" aria-invalid=${this.#invalid('summary')} aria-describedby=${this.#describedBy('summary', 'summary-hint')}
          @input=${(e: Event) => this.#change({ summary: (e.target as HTMLTextAreaElement).value })}></textarea>
        <p class="hint" id="summary-hint">${t.summaryHint}</p>
        ${this.#error('summary')}
      </div>
      ${this.#coverField(disabled)}
      <div class="field">
        <span class="label" id="body-label"><strong>${t.body}</strong></span>
        ${this.#toolbar(disabled)}
        <div class="editor-mount" ?inert=${disabled}></div>
        ${this.#editorState()}
        <p class="hint" id="body-hint">${t.bodyHint}</p>
        ${this.#error('body')}
        ${this.#shortcuts()}
      </div>
      <div class="actions">
        <button type="submit" class="button" part="save-button" ?disabled=${disabled}>
          ${this.busy === 'saving' ? t.saving : t.save}
        </button>
        <button type="button" class="button" part="submit-button" ?disabled=${disabled} @click=${this.#onSubmit}>
          ${this.busy === 'submitting' ? t.submitting : t.submit}
        </button>
        <button type="button" class="button secondary" part="preview-button" @click=${this.#togglePreview}>
          ${t.preview}
        </button>
        ${this.#dirty && this.#store ? html`<span class="local" part="local-state">${t.savedLocally}</span>` : nothing}
      </div>
    </form>`;
  }

  #coverField(disabled: boolean): TemplateResult {
    const t = this.t;
    const image = this.values.image;
    return html`<fieldset class="stack" part="cover">
      <legend><strong>${t.cover}</strong></legend>
      ${
        image
          ? html`<img class="cover" src=${this.#imageSrc(image)} alt="" width=${image.width} height=${image.height} />
            <div class="field">
              <label for="alt">${t.alt}</label>
              <input id="alt" lang="id" .value=${image.alt} ?disabled=${disabled} required maxlength=${NEWS_LIMITS.alt.max}
                aria-invalid=${this.#invalid('alt')} aria-describedby=${this.#describedBy('alt', 'alt-hint')}
                @input=${(e: Event) => this.#change({ image: { ...image, alt: (e.target as HTMLInputElement).value } })} />
              <p class="hint" id="alt-hint">${t.altHint}</p>
              ${this.#error('alt')}
            </div>
            <p><button type="button" class="button secondary" ?disabled=${disabled} @click=${() => this.#change({ image: null })}>
              ${t.coverRemove}
            </button></p>`
          : nothing
      }
      <div class="field">
        <label for="cover">${t.coverChoose}</label>
        <input id="cover" type="file" accept="image/jpeg,image/png,image/webp" ?disabled=${disabled || !!this.upload}
          aria-describedby="cover-hint${this.uploadError ? ' cover-error' : ''}" @change=${this.#onFile} />
        <p class="hint" id="cover-hint">${t.coverHint}</p>
        ${
          this.upload
            ? html`<label for="upload-progress">${t.uploading}</label>
              <progress id="upload-progress" part="upload-progress" max="100"
                value=${this.upload.percent > 0 ? Math.round(this.upload.percent * 100) : nothing}>
                ${Math.round(this.upload.percent * 100)}%
              </progress>`
            : nothing
        }
        ${this.uploadError ? html`<p class="error" id="cover-error" role="alert">${this.uploadError}</p>` : nothing}
        ${this.#error('image')}
      </div>
    </fieldset>`;
  }

  /** While the editor library downloads, a loading line; when it could not, a human error with a retry. */
  #editorState(): TemplateResult | typeof nothing {
    if (this.#rich) return nothing;
    const t = this.t;
    return this.editorFailed
      ? html`<div class="state" part="editor-error" role="alert">
          <p>${t.editorFailed}</p>
          <button type="button" class="button secondary" part="editor-retry-button" @click=${this.#retryEditor}>
            ${t.retry}
          </button>
        </div>`
      : html`<p class="state" part="editor-loading" role="status">${t.editorLoading}</p>`;
  }

  #toolbar(disabled: boolean): TemplateResult {
    const t = this.t;
    void this.toolbarTick;
    const rich = this.#rich;
    return html`<div class="toolbar" role="toolbar" aria-label=${t.toolbar} aria-controls=${rich ? 'body' : nothing} part="toolbar">
        ${TOOLBAR.map(
          (group) => html`<div role="group">
            ${group.map((command) => {
              const toggle = command !== 'undo' && command !== 'redo';
              return html`<button type="button" class="tool" data-command=${command}
                aria-pressed=${toggle ? (rich?.isActive(command) ? 'true' : 'false') : nothing}
                aria-keyshortcuts=${RICH_TEXT_SHORTCUTS[command].replace('Ctrl', 'Control')}
                title="${t.commands[command]} (${RICH_TEXT_SHORTCUTS[command]})"
                ?disabled=${disabled || !rich || (!toggle && !rich.can(command))}
                @mousedown=${(e: Event) => e.preventDefault()}
                @click=${() => rich?.run(command)}>
                <span aria-hidden="true">${GLYPHS[command]}</span><span class="visually-hidden">${t.commands[command]}</span>
              </button>`;
            })}
          </div>`,
        )}
        <div role="group">
          <button type="button" class="tool" data-command="link" aria-pressed=${rich?.isActive('link') ? 'true' : 'false'}
            aria-keyshortcuts="Control+K" title="${t.commands.link} (${RICH_TEXT_SHORTCUTS.link})" ?disabled=${disabled || !rich}
            aria-expanded=${this.linkOpen ? 'true' : 'false'}
            @mousedown=${(e: Event) => e.preventDefault()} @click=${this.#openLink}>
            <span aria-hidden="true">${GLYPHS.link}</span><span class="visually-hidden">${t.commands.link}</span>
          </button>
        </div>
      </div>
      ${
        this.linkOpen
          ? html`<div class="linkbar" part="link-form">
            <div class="field">
              <label for="link">${t.link}</label>
              <input id="link" type="url" inputmode="url" placeholder="https://" aria-invalid=${this.linkError ? 'true' : 'false'}
                aria-describedby=${this.linkError ? 'link-error' : nothing} @keydown=${this.#linkKeydown} />
              ${this.linkError ? html`<p class="error" id="link-error">${this.linkError}</p>` : nothing}
            </div>
            <button type="button" class="button" @click=${this.#applyLink}>${t.linkApply}</button>
            ${
              rich?.isActive('link')
                ? html`<button type="button" class="button secondary" @click=${() => {
                    rich.unsetLink();
                    this.linkOpen = false;
                  }}>${t.linkRemove}</button>`
                : nothing
            }
          </div>`
          : nothing
      }`;
  }

  #shortcuts(): TemplateResult {
    const t = this.t;
    const commands = [...TOOLBAR.flat(), 'link'] as (RichTextCommand | 'link')[];
    return html`<details part="shortcuts">
      <summary>${t.shortcuts}</summary>
      <dl class="keys">
        ${commands.map((c) => html`<dt>${t.commands[c]}</dt><dd><kbd>${RICH_TEXT_SHORTCUTS[c]}</kbd></dd>`)}
      </dl>
    </details>`;
  }

  #preview(): TemplateResult {
    const t = this.t;
    const v = this.values;
    const category = this.categories.find((c) => c.id === v.categoryId)?.name ?? this.article?.category.name ?? '';
    const group = this.groups.find((g) => g.id === v.groupId)?.name ?? this.article?.group.name ?? '';
    return html`<section part="preview" aria-labelledby="preview-title" class="stack">
      <p class="hint">${t.previewNote}</p>
      <div class="reader">
        <article aria-labelledby="preview-title">
          <h2 class="article-title" id="preview-title" tabindex="-1" lang="id">${v.title}</h2>
          <p class="meta"><span lang="id">${category} · ${group}</span></p>
          ${v.image ? html`<img class="image" src=${this.#imageSrc(v.image)} alt=${v.image.alt} width=${v.image.width} height=${v.image.height} />` : nothing}
          <div class="body" part="preview-body" lang="id">${this.previewBody ?? nothing}</div>
        </article>
      </div>
      <p><button type="button" class="button secondary" part="edit-button" @click=${this.#togglePreview}>${t.edit}</button></p>
    </section>`;
  }

  #conflictView(conflict: { mine: ArticleDraft; theirs: NewsAdminView }): TemplateResult {
    const t = this.t;
    const theirs = draftOf(conflict.theirs);
    const time = new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(conflict.theirs.updatedAt),
    );
    return html`<section class="stack" part="conflict" aria-labelledby="conflict-title">
      <h2 id="conflict-title" tabindex="-1">${t.conflictTitle}</h2>
      <p>${t.conflictHint}</p>
      <div class="versions">
        ${this.#version(t.yours, conflict.mine, 'mine')}
        ${this.#version(t.theirs, theirs, 'theirs', t.theirsBy.replace('{time}', time))}
      </div>
      <div class="actions">
        <button type="button" class="button" part="keep-mine" ?disabled=${!!this.busy} @click=${this.#keepMine}>${t.keepMine}</button>
        <button type="button" class="button secondary" part="take-theirs" ?disabled=${!!this.busy} @click=${this.#takeTheirs}>
          ${t.takeTheirs}
        </button>
      </div>
    </section>`;
  }

  #version(heading: string, draft: ArticleDraft, which: string, meta?: string): TemplateResult {
    const t = this.t;
    const category = this.categories.find((c) => c.id === draft.categoryId)?.name ?? draft.categoryId;
    return html`<article class="version" part="version ${which}" aria-labelledby="version-${which}">
      <h3 id="version-${which}">${heading}</h3>
      ${meta ? html`<p class="hint">${meta}</p>` : nothing}
      <p><strong lang="id">${draft.title}</strong></p>
      <p lang="id">${category}</p>
      <p lang="id">${draft.summary || t.noSummary}</p>
      <p>${draft.image ? html`<span lang="id">${draft.image.alt}</span>` : t.noImage}</p>
      <div lang="id" class="version-body">${this.#plainBody(draft.body)}</div>
    </article>`;
  }

  /** A body shown in the comparison as text paragraphs (no markup from either side is parsed into the page). */
  #plainBody(body: string): TemplateResult[] {
    const doc = new DOMParser().parseFromString(body, 'text/html');
    const blocks = [...doc.body.querySelectorAll('p, h2, h3, h4, li, blockquote')].filter(
      (el) => !el.querySelector('p, li'),
    );
    return blocks.map((el) => html`<p>${el.textContent}</p>`);
  }
}
