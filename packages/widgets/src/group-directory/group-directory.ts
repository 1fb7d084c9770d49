import {
  FOCUS_AREAS,
  type FocusArea,
  groupsResource,
  KimGroup,
  type Region,
  regionLevelOf,
  regionsResource,
} from '@kim-kit/sdk';
import { Task } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { KimErrorEvent } from '../events/kim-error.js';
import { KimGroupSelectEvent } from '../events/kim-group-select.js';
import { common } from '../locales/common.js';
import { groupDirectory } from '../locales/group-directory.js';
import { CONTENT_LANGUAGE } from '../locales/language.js';
import { fieldStyles } from '../shared/field-styles.js';
import { KimElementBase } from '../shared/kim-element-base.js';
import { PagedList } from '../shared/paged-list.js';
import { emptyView, errorView, loadMoreView, skeletonView } from '../shared/state-views.js';
import { baseStyles, buttonStyles, skeletonStyles, stateStyles, visuallyHidden } from '../shared/styles.js';
import { keepValidItems } from '../shared/valid-items.js';
import { BLOCK_SIZE, BlockSizeEstimate } from './block-size-estimate.js';
import { type DirectoryText, groupOfCard } from './group-card.js';
import { groupCards } from './group-cards.js';
import { groupDirectoryStyles } from './group-directory.styles.js';

/** How long typing must pause before a search is sent. */
const SEARCH_DEBOUNCE_MS = 300;

/** The SDK resources the directory calls: the groups, and the districts of its filter. */
const RESOURCES = { groups: groupsResource, regions: regionsResource };

/**
 * A searchable directory of KIM groups with district and focus-area filters.
 *
 * Group names are links when `group-url` gives each group a page (`/kim/{slug}`); without it they are plain
 * headings. A group that breaks the API contract is left out of the list and reported (`kim-invalid-items` and a
 * console warning); the other groups show.
 *
 * @summary Cards of KIM groups: search, filter, load more, link to each group's page.
 *
 * @fires kim-group-select - A group's link was followed; cancelable (`preventDefault()` keeps the page where it is).
 * @fires kim-load - A page of groups was loaded and rendered; `count` is the number of groups shown.
 * @fires kim-invalid-items - Groups of a page broke the API contract and were left out; `items` says which and why.
 * @fires kim-error - Loading failed; `error` holds the details. The widget shows a message and a retry button.
 *
 * @csspart base - The wrapper of everything.
 * @csspart filters - The search box and filters (`role="search"`).
 * @csspart search-input - The search box.
 * @csspart district-select - The district filter.
 * @csspart focus-select - The focus-area filter.
 * @csspart count - The polite live count of results ("12 KIM ditemukan").
 * @csspart list - The list of cards.
 * @csspart card - One group.
 * @csspart logo - A group's logo.
 * @csspart name - A group's name (heading).
 * @csspart name-link - The link on a group's name (with `group-url`).
 * @csspart place - Village and district of a group.
 * @csspart details - Chair, members and contact of a group.
 * @csspart focus-areas - The list of a group's focus areas.
 * @csspart focus-area - One focus-area badge.
 * @csspart social - A group's social media links.
 * @csspart load-more - The "load more" button.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart empty - The panel shown when no group matches.
 * @csspart error - The panel shown when loading failed.
 * @csspart retry-button - The "try again" button in the error panel.
 */
export class KimGroupDirectory extends KimElementBase<typeof RESOURCES> {
  static override resources = RESOURCES;

  static override styles = [
    baseStyles,
    buttonStyles,
    fieldStyles,
    skeletonStyles,
    stateStyles,
    visuallyHidden,
    groupDirectoryStyles,
  ];

  /** The area to list (a Kemendagri code prefix). A city or regency code (`19.71`) also enables the district filter. */
  @property() region?: string;

  /** Only groups with this focus area (e.g. `umkm`); the user can change it in the filter. */
  @property({ attribute: 'focus' }) focusArea?: FocusArea | '';

  /** Groups per page. */
  @property({ type: Number }) limit = 24;

  /**
   * The page of a group, as a template: `{slug}` and `{id}` are replaced, e.g. `/kim/{slug}`. Group names become
   * links to it; without it they are plain headings.
   */
  @property({ attribute: 'group-url' }) groupUrl = '';

  /** The search text as sent (after the debounce). */
  @state() private query = '';
  /** The chosen district code, or '' for all. */
  @state() private district = '';

  private debounce?: ReturnType<typeof setTimeout>;

  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: a reactive controller does its work through the host.
  private readonly estimate = new BlockSizeEstimate(this);

  private readonly list = new PagedList(this, {
    args: () =>
      [
        this.api,
        this.district || this.region || undefined,
        this.query.trim() || undefined,
        this.focusArea || undefined,
        this.pageSize,
      ] as const,
    load: ([api, region, q, focus, limit], more, signal) =>
      this.report(signal, async () => {
        const source = this.need(api);
        const page = await source.lists.groups.list({ region, q, focus, limit, ...more }, { signal });
        return source.checkItems ? keepValidItems(this, page, KimGroup) : page;
      }),
    entries: '.entry',
  });

  private readonly districtsTask = new Task(this, {
    task: async ([api, city], { signal }): Promise<Region[]> => {
      if (!api || !city) return [];
      try {
        return await api.client.regions.list({ parent: city }, { signal }).toArray({ limit: 100 });
      } catch (error) {
        // The directory still works without the district filter.
        if (!signal.aborted) {
          console.error(error);
          this.dispatchEvent(new KimErrorEvent(error));
        }
        return [];
      }
    },
    // Only a city or regency has districts as children.
    args: () => [this.api, hasDistricts(this.region) ? this.region : undefined] as const,
  });

  /** The strings this widget shows, in the effective language. */
  private get text(): DirectoryText {
    return { common: this.strings(common), groupDirectory: this.strings(groupDirectory) };
  }

  private get pageSize(): number {
    return Math.max(1, Math.trunc(this.limit) || 24);
  }

  /** Reloads the first page. */
  refresh(): void {
    this.list.reload();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.debounce);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('region') && changed.get('region') !== undefined) this.district = '';
  }

  private onSearchInput(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => {
      this.query = value;
    }, SEARCH_DEBOUNCE_MS);
  }

  private onSearchSubmit(event: Event): void {
    event.preventDefault();
    clearTimeout(this.debounce);
    this.query = (this.renderRoot.querySelector('input') as HTMLInputElement).value;
  }

  override render() {
    const t = this.text;
    const { items, nextCursor } = this.list;
    return html`<div part="base" lang=${this.locale}>
      ${this.renderFilters()}
      <p part="count" class="count" role="status">${this.list.loaded ? t.groupDirectory.found(items.length, !!nextCursor) : ''}</p>
      ${this.list.render({
        initial: () => this.renderSkeleton(),
        pending: () => this.renderSkeleton(),
        error: (error) => errorView(t, error, () => this.list.reload()),
        complete: () => (items.length ? this.renderList() : emptyView(t.groupDirectory.empty)),
      })}
    </div>`;
  }

  private renderFilters() {
    const t = this.text.groupDirectory;
    const areas = this.text.common.focusAreas;
    const districts = this.districtsTask.value ?? [];
    return html`<form part="filters" class="filters" role="search" @submit=${this.onSearchSubmit}>
      <label class="field"
        >${t.search}
        <input
          part="search-input"
          type="search"
          name="q"
          autocomplete="off"
          placeholder=${t.searchPlaceholder}
          @input=${this.onSearchInput}
      /></label>
      ${
        districts.length
          ? html`<label class="field"
            >${t.district}
            <select part="district-select" @change=${(e: Event) => (this.district = (e.target as HTMLSelectElement).value)}>
              <option value="" ?selected=${!this.district}>${t.allDistricts}</option>
              ${districts.map(
                (d) =>
                  html`<option value=${d.code} lang=${CONTENT_LANGUAGE} ?selected=${d.code === this.district}>${d.name}</option>`,
              )}
            </select></label
          >`
          : nothing
      }
      <label class="field"
        >${t.focus}
        <select
          part="focus-select"
          @change=${(e: Event) => (this.focusArea = (e.target as HTMLSelectElement).value as FocusArea | '')}
        >
          <option value="" ?selected=${!this.focusArea}>${t.allFocusAreas}</option>
          ${FOCUS_AREAS.map((a) => html`<option value=${a} ?selected=${a === this.focusArea}>${areas[a]}</option>`)}
        </select></label
      >
    </form>`;
  }

  private renderSkeleton() {
    return html`<div class="skeleton-cards" aria-busy="true">
      ${skeletonView(Math.min(this.pageSize, 3), () => html`<span class="skeleton card"></span>`)}
    </div>`;
  }

  private renderList() {
    const t = this.text;
    const locale = this.locale;
    const { items, more } = this.list;
    const options = { level: this.headingLevel, groupUrl: this.groupUrl };
    const blocks: KimGroup[][] = [];
    for (let i = 0; i < items.length; i += BLOCK_SIZE) blocks.push(items.slice(i, i + BLOCK_SIZE));
    return html`<div
        part="list"
        class="list"
        role="list"
        aria-label=${t.groupDirectory.label}
        aria-busy=${more.loading}
        @click=${this.onListClick}
      >
        ${blocks.map(
          (block) =>
            html`<div class="cards" role="none" data-n=${block.length} ${groupCards(block, t, locale, options)}></div>`,
        )}
      </div>
      ${loadMoreView(t, more, () => this.list.loadMore())}`;
  }

  // Clicks on the cards' name links arrive here: one listener for the whole list instead of one per card.
  private onListClick(event: MouseEvent): void {
    const link = (event.target as Element).closest('[part~="name-link"]');
    const group = link && groupOfCard(link.closest('[part~="card"]'));
    if (!group) return;
    const select = new KimGroupSelectEvent(group);
    this.dispatchEvent(select);
    if (select.defaultPrevented) event.preventDefault();
  }
}

function hasDistricts(region: string | undefined): boolean {
  const level = region === undefined ? null : regionLevelOf(region);
  return level === 'regency' || level === 'city';
}
