import { NewsSummary, newsResource } from '@kim-kit/sdk';
import { Task, TaskStatus } from '@lit/task';
import { nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html } from 'lit/static-html.js';
import { KimNewsSelectEvent } from '../events/kim-news-select.js';
import { common } from '../locales/common.js';
import { CONTENT_LANGUAGE } from '../locales/language.js';
import { newsFeed } from '../locales/news-feed.js';
import type { Translations } from '../locales/types.js';
import { formatDate, formatDateTime, formatRelative } from '../shared/format.js';
import { headingTag } from '../shared/heading-tag.js';
import { KimElementBase } from '../shared/kim-element-base.js';
import { PagedList } from '../shared/paged-list.js';
import { safeHttpUrl } from '../shared/safe.js';
import { sanitizeArticleHtml } from '../shared/sanitize.js';
import { emptyView, errorView, loadMoreView, skeletonView } from '../shared/state-views.js';
import { baseStyles, buttonStyles, skeletonStyles, stateStyles, visuallyHidden } from '../shared/styles.js';
import { keepValidItems } from '../shared/valid-items.js';
import { newsFeedStyles } from './news-feed.styles.js';

/** How items are laid out: one per row, or a responsive grid of cards. */
export type NewsFeedLayout = 'list' | 'grid';

/** The SDK resources the feed calls. */
const RESOURCES = { news: newsResource };

/**
 * The latest news of KIM groups, page by page. An item that breaks the API contract is left out and reported
 * (`kim-invalid-items` and a console warning); the others show. The news is in Indonesian and marked so
 * (`lang="id"`), also when the widget speaks English.
 *
 * @summary A feed of KIM news with "load more" and an optional inline reader.
 *
 * @fires kim-news-select - The reader picked an item. Cancelable: `preventDefault()` stops the default
 *   (following the article's URL, or opening it inline with `reader`).
 * @fires kim-load - A page of news was loaded and rendered; `count` is the number of items shown.
 * @fires kim-invalid-items - Items of a page broke the API contract and were left out; `items` says which and why.
 * @fires kim-error - Loading failed; `error` holds the details. The widget shows a message and a retry button.
 *
 * @csspart base - The wrapper of everything.
 * @csspart feed - The list of items (`role="feed"`).
 * @csspart item - One news item (`<article>`).
 * @csspart image - An item's image.
 * @csspart title - An item's title.
 * @csspart link - The link (or button) on an item's title.
 * @csspart summary - An item's summary.
 * @csspart meta - Category, group and date of an item or article.
 * @csspart load-more - The "load more" button.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart empty - The panel shown when there is no news.
 * @csspart error - The panel shown when loading failed.
 * @csspart retry-button - The "try again" button in the error panel.
 * @csspart reader - The inline article view (with the `reader` attribute).
 * @csspart back-button - The button leaving the inline article view.
 * @csspart article-title - The title of the article in the inline view.
 * @csspart body - The sanitized body of the article in the inline view.
 */
export class KimNewsFeed extends KimElementBase<typeof RESOURCES> {
  static override resources = RESOURCES;

  static override styles = [baseStyles, buttonStyles, skeletonStyles, stateStyles, visuallyHidden, newsFeedStyles];

  /** Only news from this region (a Kemendagri code prefix, e.g. `19.71`). */
  @property() region?: string;

  /** Only news from this KIM group (id or slug). */
  @property() group?: string;

  /** Only news in this category (slug). */
  @property() category?: string;

  /** Items per page (1-100). */
  @property({ type: Number }) limit = 10;

  /** `list` (one item per row) or `grid` (cards). */
  @property({ reflect: true }) layout: NewsFeedLayout = 'list';

  /** Hide the items' images. */
  @property({ type: Boolean, reflect: true, attribute: 'hide-images' }) hideImages = false;

  /** Open a selected article inside the widget instead of following its URL. */
  @property({ type: Boolean, reflect: true }) reader = false;

  /** The article open in the inline reader. */
  @state() private opened?: NewsSummary;

  private readonly list = new PagedList(this, {
    args: () => [this.api, this.region, this.group, this.category, this.pageSize] as const,
    load: ([api, region, group, category, limit], more, signal) =>
      this.report(signal, async () => {
        const source = this.need(api);
        const page = await source.lists.news.list({ region, group, category, limit, ...more }, { signal });
        return source.checkItems ? keepValidItems(this, page, NewsSummary) : page;
      }),
    entries: '[part~="item"]',
    onReload: () => {
      this.opened = undefined;
    },
  });

  private readonly articleTask = new Task(this, {
    task: async ([api, slug], { signal }) => {
      if (!slug) return undefined;
      // Where the browser has no HTML Sanitizer, loading the fallback can fail too: reported the same way.
      return this.report(signal, async () => {
        const article = await this.need(api).client.news.get(slug, { signal });
        return { article, body: await sanitizeArticleHtml(article.body) };
      });
    },
    args: () => [this.api, this.opened?.slug] as const,
  });

  /** The strings this widget shows, in the effective language. */
  private get text(): Pick<Translations, 'common' | 'newsFeed'> {
    return { common: this.strings(common), newsFeed: this.strings(newsFeed) };
  }

  private get pageSize(): number {
    return Math.min(100, Math.max(1, Math.trunc(this.limit) || 10));
  }

  /** Reloads the first page. */
  refresh(): void {
    this.list.reload();
  }

  private select(article: NewsSummary, event?: Event): void {
    const select = new KimNewsSelectEvent(article);
    this.dispatchEvent(select);
    const href = safeHttpUrl(article.url);
    if (select.defaultPrevented || this.reader) {
      event?.preventDefault();
      if (!select.defaultPrevented) this.openReader(article);
    } else if (!event && href) {
      // Keyboard selection on the item itself: follow the link as a click would.
      window.location.assign(href);
    }
  }

  private openReader(article: NewsSummary): void {
    this.opened = article;
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="article-title"]')?.focus());
  }

  private closeReader(): void {
    const index = this.opened ? this.list.items.indexOf(this.opened) : -1;
    this.opened = undefined;
    this.updateComplete.then(() => this.renderRoot.querySelectorAll<HTMLElement>('[part~="item"]')[index]?.focus());
  }

  /** ARIA feed keys: Page Down / Page Up move between items. */
  private onFeedKeydown(event: KeyboardEvent): void {
    const items = [...this.renderRoot.querySelectorAll<HTMLElement>('[part~="item"]')];
    const current = items.findIndex((item) => item.contains(event.composedPath()[0] as Node));
    if (current < 0) return;
    if (event.key === 'PageDown' || event.key === 'PageUp') {
      event.preventDefault();
      const next = items[current + (event.key === 'PageDown' ? 1 : -1)];
      next?.focus();
    } else if (event.key === 'Enter' && event.composedPath()[0] === items[current]) {
      const article = this.list.items[current];
      if (article) this.select(article);
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('reader') && !this.reader) this.opened = undefined;
  }

  override render() {
    const t = this.text;
    return html`<div part="base" lang=${this.locale}>
      ${this.opened ? this.renderReader(this.opened) : nothing}
      <div ?hidden=${!!this.opened}>
        ${this.list.render({
          initial: () => this.renderSkeleton(),
          pending: () => this.renderSkeleton(),
          error: (error) => errorView(t, error, () => this.list.reload()),
          complete: () => (this.list.items.length ? this.renderFeed() : emptyView(t.newsFeed.empty)),
        })}
      </div>
    </div>`;
  }

  private renderSkeleton() {
    const count = Math.min(this.pageSize, 3);
    return html`<div role="feed" part="feed" class="feed" aria-busy="true" aria-label=${this.text.newsFeed.label}>
      ${skeletonView(
        count,
        () => html`<div class="item">
          ${this.hideImages ? nothing : html`<span class="skeleton image"></span>`}
          <span class="skeleton line"></span><span class="skeleton line"></span
          ><span class="skeleton line short"></span>
        </div>`,
      )}
    </div>`;
  }

  private renderFeed() {
    const t = this.text;
    const { items, nextCursor, more } = this.list;
    const setSize = nextCursor ? -1 : items.length;
    const now = Date.now();
    const locale = this.locale;
    return html`<div
        role="feed"
        part="feed"
        class="feed"
        aria-label=${t.newsFeed.label}
        aria-busy=${more.loading ? 'true' : 'false'}
        @keydown=${this.onFeedKeydown}
        @click=${this.onFeedClick}
      >
        ${items.map((item, index) => this.renderItem(item, index, setSize, now, locale))}
      </div>
      ${loadMoreView(t, more, () => this.list.loadMore())}`;
  }

  // Clicks on the items' title links arrive here: one listener for the whole feed instead of one per item.
  private onFeedClick(event: MouseEvent): void {
    const link = (event.target as Element).closest('[part~="link"]');
    const item = link && this.list.items[Number(link.closest<HTMLElement>('[part~="item"]')?.dataset.index)];
    if (item) this.select(item, event);
  }

  // Written without whitespace between tags on purpose: a feed renders many items, and every formatting newline
  // would become a text node to clone and insert.
  // The item is marked `lang="id"` (the news is Indonesian); only the relative date in the meta line is in the
  // widget's language, and says so.
  private renderItem(item: NewsSummary, index: number, setSize: number, now: number, locale: string) {
    const href = safeHttpUrl(item.url);
    const src = this.hideImages || !item.image ? undefined : safeHttpUrl(item.image.url);
    const image = item.image!;
    const heading = headingTag(this.headingLevel);
    return html`<article part="item" class=${src ? 'item has-image' : 'item'} lang=${CONTENT_LANGUAGE} tabindex="0" aria-posinset=${index + 1} aria-setsize=${setSize} aria-labelledby="title-${index}" data-index=${index}>${
      src
        ? html`<img part="image" class="image" src=${src} alt=${image.alt} width=${image.width} height=${image.height} loading="lazy" decoding="async">`
        : nothing
    }<${heading} part="title" class="title" id="title-${index}">${
      href
        ? html`<a part="link" class="title-link" href=${href} rel="noopener noreferrer">${item.title}</a>`
        : this.reader
          ? html`<button type="button" part="link" class="title-link">${item.title}</button>`
          : item.title
    }</${heading}>${item.summary ? html`<p part="summary" class="summary">${item.summary}</p>` : nothing}<p part="meta" class="meta">${item.category.name} · ${item.group.name} · <time lang=${locale} datetime=${item.publishedAt} title=${formatDateTime(item.publishedAt, locale, item.regionCode)}>${formatRelative(item.publishedAt, locale, now)}</time></p></article>`;
  }

  private renderReader(summary: NewsSummary) {
    const t = this.text;
    const href = safeHttpUrl(summary.url);
    const src = this.hideImages || !summary.image ? undefined : safeHttpUrl(summary.image.url);
    const loading = this.articleTask.status === TaskStatus.PENDING;
    const heading = headingTag(this.headingLevel);
    return html`<div part="reader" class="reader">
      <button type="button" part="back-button" class="button secondary" @click=${this.closeReader}>
        <span aria-hidden="true">←</span> ${t.newsFeed.back}
      </button>
      <article aria-labelledby="article-title" aria-busy=${loading ? 'true' : 'false'}>
        <${heading} part="article-title" class="article-title" id="article-title" tabindex="-1" lang=${CONTENT_LANGUAGE}>${summary.title}</${heading}>
        <p part="meta" class="meta">
          <span lang=${CONTENT_LANGUAGE}>${summary.category.name} · ${summary.group.name}</span> ·
          <time datetime=${summary.publishedAt}>${formatDate(summary.publishedAt, this.locale, summary.regionCode)}</time>
        </p>
        ${
          src
            ? html`<img
              part="image"
              class="image"
              src=${src}
              alt=${summary.image!.alt}
              width=${summary.image!.width}
              height=${summary.image!.height}
              decoding="async"
            />`
            : nothing
        }
        ${this.articleTask.render({
          pending: () =>
            html`<div aria-hidden="true">
              <span class="skeleton line"></span><span class="skeleton line"></span
              ><span class="skeleton line short"></span>
            </div>`,
          error: (error) => errorView(t, error, () => this.articleTask.run()),
          complete: (value) =>
            value ? html`<div part="body" class="body" lang=${CONTENT_LANGUAGE}>${value.body}</div>` : nothing,
        })}
        ${
          href
            ? html`<p>
              <a href=${href} target="_blank" rel="noopener noreferrer"
                >${t.newsFeed.originalArticle}<span class="visually-hidden"> ${t.common.opensInNewTab}</span></a
              >
            </p>`
            : nothing
        }
      </article>
    </div>`;
  }
}
