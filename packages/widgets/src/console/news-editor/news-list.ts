// <kim-news-list>: the articles a KIM operator can see (their groups'), newest first, in every status (drafts,
// submitted, returned, published), each linking to the editor (`#/berita/<id>`), with a link to write a new one.
import type { NewsAdminView } from '@kim-kit/sdk';
import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { stringsFor } from '../../locales/language.js';
import { baseStyles, buttonStyles } from '../../shared/styles.js';
import { type NewsEditorStrings, newsEditor as newsEditorStrings } from '../locales/news-editor.js';
import { KimConsoleElement } from '../shared/console-element.js';

/**
 * The operator's own list of articles.
 * @csspart list - The list of articles.
 */
export class KimNewsList extends KimConsoleElement {
  static override styles = [
    baseStyles,
    buttonStyles,
    css`
      :host {
        display: block;
        max-width: 48rem;
      }
      .stack {
        display: grid;
        gap: 1rem;
      }
      h1 {
        margin: 0;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.5rem;
      }
      li {
        border: 1px solid var(--_muted);
        border-radius: var(--_radius);
        padding: 0.75rem;
        display: grid;
        gap: 0.25rem;
        overflow-wrap: anywhere;
      }
      li a {
        font-weight: 600;
        color: var(--_primary);
        min-height: 1.5rem;
        display: inline-block;
      }
      .meta {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: center;
        margin: 0;
        font-size: 0.875rem;
      }
      .badge {
        display: inline-block;
        padding: 0.125rem 0.5rem;
        border: 1px solid currentColor;
        border-radius: var(--_radius);
      }
    `,
  ];

  /** Where an article's editor is, `{id}` replaced by its id. */
  @property({ attribute: 'edit-href' }) editHref = '#/berita/{id}';
  /** Where the editor of a new article is. */
  @property({ attribute: 'new-href' }) newHref = '#/berita/baru';

  @state() private articles: NewsAdminView[] | undefined;
  @state() private failed = false;
  @state() private forbidden = false;
  #loaded = false;

  private get t(): NewsEditorStrings {
    return stringsFor(newsEditorStrings, this.language);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.#loaded && this.activeSession?.state === 'signed-in') {
      this.#loaded = true;
      void this.#load();
    }
  }

  async #load(): Promise<void> {
    const session = this.activeSession!;
    this.failed = false;
    this.articles = undefined;
    if (!session.can('news.write')) {
      this.forbidden = true;
      return;
    }
    try {
      this.articles = (await session.client.admin.news.list({ limit: 50 })).data;
    } catch {
      this.failed = true;
    }
  }

  override render(): TemplateResult {
    const t = this.t;
    let body: TemplateResult;
    if (this.forbidden) body = html`<p role="alert" part="forbidden">${t.forbidden}</p>`;
    else if (this.failed) {
      body = html`<div role="alert" part="load-error">
        <p>${t.loadFailed}</p>
        <p><button type="button" class="button" @click=${() => this.#load()}>${t.retry}</button></p>
      </div>`;
    } else if (!this.articles) body = html`<p aria-busy="true" part="loading">${t.loading}</p>`;
    else if (!this.articles.length) body = html`<p part="empty">${t.listEmpty}</p>`;
    else body = this.#list(this.articles);
    return html`<div class="stack" lang=${this.language === 'en' ? 'en' : 'id'}>
      <h1>${t.listTitle}</h1>
      ${this.forbidden ? nothing : html`<p><a class="button" href=${this.newHref} part="new">${t.newArticle}</a></p>`}
      ${body}
    </div>`;
  }

  #list(articles: NewsAdminView[]): TemplateResult {
    const t = this.t;
    const date = new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeStyle: 'short' });
    return html`<ul part="list">
      ${articles.map(
        (article) => html`<li>
          <a href=${this.editHref.replace('{id}', encodeURIComponent(article.id))} lang="id">${article.title}</a>
          <p class="meta">
            <span class="badge">${t.statuses[article.status]}</span>
            <span lang="id">${article.group.name}</span>
            <span>${t.updated} <time datetime=${article.updatedAt}>${date.format(new Date(article.updatedAt))}</time></span>
          </p>
        </li>`,
      )}
    </ul>`;
  }
}
