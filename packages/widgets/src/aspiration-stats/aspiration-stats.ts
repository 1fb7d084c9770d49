import { type AspirationStats, statsResource } from '@kim-kit/sdk';
import { Task, TaskStatus } from '@lit/task';
import { nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ref } from 'lit/directives/ref.js';
import { html } from 'lit/static-html.js';
import { aspirationKinds } from '../locales/aspiration-kinds.js';
import { type AspirationStatsStrings, aspirationStats } from '../locales/aspiration-stats.js';
import { aspirationStatus } from '../locales/aspiration-status.js';
import { common } from '../locales/common.js';
import { CONTENT_LANGUAGE } from '../locales/language.js';
import { formatDate, formatDateTime, formatNumber } from '../shared/format.js';
import { headingTag } from '../shared/heading-tag.js';
import { KimElementBase } from '../shared/kim-element-base.js';
import { emptyView, errorView, skeletonView } from '../shared/state-views.js';
import { baseStyles, buttonStyles, skeletonStyles, stateStyles, visuallyHidden } from '../shared/styles.js';
import { aspirationStatsStyles } from './aspiration-stats.styles.js';

/** The SDK resources the widget calls. */
const RESOURCES = { stats: statsResource };

/** A row of a figure: what it counts, and how many. `lang` marks names that come from the API. */
interface Row {
  key: string;
  label: string;
  count: number;
  lang?: string;
}

/**
 * Sets a bar's length through the CSSOM: a `style` attribute would break a page's `style-src 'self'` policy (as Lit's
 * styleMap writes one on first render), while a property set from script is allowed.
 */
const barShare = (share: number) => (element: Element | undefined) =>
  (element as HTMLElement | undefined)?.style.setProperty('--share', String(share));

const percentFormats = new Map<string, Intl.NumberFormat>();
const dayFormats = new Map<string, Intl.NumberFormat>();
const cached = (map: Map<string, Intl.NumberFormat>, locale: string, options: Intl.NumberFormatOptions) => {
  let f = map.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    map.set(locale, f);
  }
  return f;
};

/**
 * Public statistics of a region's citizen reports (aspirations, complaints, information requests): how many, their
 * status, kind, category and district, and the median days to a first answer and to resolution. Each figure is a
 * table that is also the chart: a bar beside every number, hidden from screen readers, which read the numbers.
 * No personal data: the API gives counts only.
 *
 * @summary Statistics of a region's citizen reports, as tables with bars.
 *
 * @fires kim-error - Loading failed (network, server); `error` holds the details.
 *
 * @csspart base - The wrapper of everything.
 * @csspart heading - The widget's heading.
 * @csspart facts - The headline figures (total, median days).
 * @csspart figure - One table (by status, kind, category, district).
 * @csspart bar - A bar of the chart.
 * @csspart empty - The message when there is no report in the period.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart error - The panel shown when loading failed.
 * @csspart retry-button - The "try again" button in the error panel.
 *
 * @cssproperty [--kim-color-primary=#0b5cad] - The bars.
 */
export class KimAspirationStats extends KimElementBase<typeof RESOURCES> {
  static override resources = RESOURCES;

  static override styles = [
    baseStyles,
    buttonStyles,
    skeletonStyles,
    stateStyles,
    visuallyHidden,
    aspirationStatsStyles,
  ];

  /** The region's Kemendagri code: a province, regency/city (`19.71`), district or village. */
  @property() region = '';

  /** First submission day counted (`YYYY-MM-DD`, in the region's time zone). */
  @property() from?: string;

  /** Last submission day counted (`YYYY-MM-DD`, in the region's time zone). */
  @property() to?: string;

  private readonly statsTask = new Task(this, {
    task: async ([api, region, from, to], { signal }): Promise<AspirationStats | undefined> => {
      if (!region) return undefined;
      const query = { region, ...(from ? { from } : {}), ...(to ? { to } : {}) };
      return this.report(signal, () => this.need(api).client.stats.aspirations(query, { signal }));
    },
    args: () => [this.api, this.region, this.from, this.to] as const,
  });

  override render() {
    const s = this.strings(aspirationStats);
    const pending = this.statsTask.status === TaskStatus.PENDING;
    return html`<div part="base" class="base" lang=${this.locale} aria-busy=${pending ? 'true' : 'false'}>
      ${this.statsTask.render({
        initial: () => nothing,
        pending: () =>
          html`<p class="visually-hidden" role="status">${s.loading}</p>
            ${skeletonView(4, () => html`<span class="skeleton line"></span>`)}`,
        complete: (stats) => (stats ? this.renderStats(s, stats) : nothing),
        error: (e) => errorView({ common: this.strings(common) }, e, () => this.statsTask.run()),
      })}
    </div>`;
  }

  private renderStats(s: AspirationStatsStrings, stats: AspirationStats): TemplateResult {
    const heading = headingTag(this.headingLevel);
    const locale = this.locale;
    const regionCode = stats.region.code;
    const day = (d: string | null) => (d ? formatDate(`${d}T12:00:00Z`, locale) : null);
    const statuses = this.strings(aspirationStatus).statuses;
    const kinds = this.strings(aspirationKinds);
    const head = html`<${heading} part="heading" class="heading">${s.label(stats.region.name)}</${heading}>
      <p class="meta">${s.period(day(stats.from), day(stats.to))}.
        ${s.updated(formatDateTime(stats.generatedAt, locale, regionCode))}.</p>`;
    if (stats.total === 0) return html`${head}${emptyView(s.empty)}`;
    return html`${head}
      <dl part="facts" class="facts">
        <div><dt>${s.total}</dt><dd>${formatNumber(stats.total, locale)}</dd></div>
        <div><dt>${s.firstResponse}</dt><dd>${this.days(s, stats.firstResponse)}</dd></div>
        <div><dt>${s.resolution}</dt><dd>${this.days(s, stats.resolution)}</dd></div>
        <div><dt>${s.onTime}</dt><dd>${this.onTime(s, stats.answeredOnTime)}</dd></div>
      </dl>
      <p class="meta">${s.note}</p>
      <div class="figures">
        ${this.table(
          s,
          s.byStatus,
          s.status,
          stats.total,
          stats.byStatus.map((r) => ({ key: r.status, label: statuses[r.status], count: r.count })),
        )}
        ${this.table(
          s,
          s.byKind,
          s.kind,
          stats.total,
          stats.byKind.map((r) => ({ key: r.kind, label: kinds[r.kind], count: r.count })),
        )}
        ${this.table(
          s,
          s.byCategory,
          s.category,
          stats.total,
          stats.byCategory.map((r) => ({
            key: r.category.id,
            label: r.category.name,
            count: r.count,
            lang: CONTENT_LANGUAGE,
          })),
        )}
        ${this.table(
          s,
          s.byDistrict,
          s.district,
          stats.total,
          stats.byDistrict.map((r) => ({
            key: r.district.code,
            label: r.district.name,
            count: r.count,
            lang: CONTENT_LANGUAGE,
          })),
        )}
      </div>`;
  }

  private days(s: AspirationStatsStrings, summary: AspirationStats['firstResponse']): string {
    if (summary.medianDays === null) return s.noneYet;
    const days = cached(dayFormats, this.locale, { maximumFractionDigits: 1 }).format(summary.medianDays);
    return s.days(days, formatNumber(summary.count, this.locale));
  }

  private onTime(s: AspirationStatsStrings, summary: AspirationStats['answeredOnTime']): string {
    if (summary.share === null) return s.noneYet;
    const percent = cached(percentFormats, this.locale, { style: 'percent', maximumFractionDigits: 1 });
    const n = (value: number) => formatNumber(value, this.locale);
    return s.onTimeValue(percent.format(summary.share), n(summary.onTime), n(summary.count));
  }

  private table(s: AspirationStatsStrings, caption: string, column: string, total: number, rows: Row[]) {
    const percent = cached(percentFormats, this.locale, { style: 'percent', maximumFractionDigits: 1 });
    const largest = Math.max(1, ...rows.map((r) => r.count));
    return html`<table part="figure">
      <caption>${caption}</caption>
      <thead>
        <tr>
          <th scope="col">${column}</th>
          <th scope="col" class="number">${s.count}</th>
          <th scope="col" class="number">${s.share}</th>
          <td class="bar-cell" aria-hidden="true"></td>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) => html`<tr data-key=${row.key}>
            <th scope="row" lang=${row.lang ?? nothing}>${row.label}</th>
            <td class="number">${formatNumber(row.count, this.locale)}</td>
            <td class="number">${percent.format(total ? row.count / total : 0)}</td>
            <td class="bar-cell" aria-hidden="true">
              <span part="bar" class="bar" ${ref(barShare(row.count / largest))}></span>
            </td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}
