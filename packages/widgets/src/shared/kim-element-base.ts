// The base of every widget: which API it talks to, its language, its theme and the level of its headings.
import type { ComposedClient, KimClient } from '@kim-kit/sdk';
import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { KimErrorEvent } from '../events/kim-error.js';
import { type Language, languageOf, localeOf, stringsFor } from '../locales/language.js';
import type { Localized } from '../locales/types.js';
import { diagnoseFailure, noApiError, scriptApiBase } from './api-origin.js';
import { type ApiSource, type Resources, resolveApi } from './api-source.js';
import { getConfig } from './config.js';
import { firstRenderSlot } from './first-render.js';

/** Visual theme: light (the default), dark, or `auto` to follow the operating system. */
export type KimTheme = 'auto' | 'light' | 'dark';

// One observer for the whole page: a change of <html lang> re-renders every connected widget.
const connected = new Set<KimElementBase>();
let langObserver: MutationObserver | undefined;

function watchDocumentLang(): void {
  if (langObserver || typeof MutationObserver === 'undefined') return;
  langObserver = new MutationObserver(() => {
    for (const el of connected) el.requestUpdate();
  });
  langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** The `lang` of the nearest ancestor that has one, looking through shadow roots. */
function inheritedLang(from: Element): string | undefined {
  let node: Node | null = from.parentNode;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') || undefined;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return undefined;
}

/**
 * Base class of the KIM widgets: API, language, theme and heading level. Not registered as an element itself.
 * A widget picks its strings with `strings(section)` from the per-section modules in `locales/`, so it bundles only
 * the sections it shows.
 *
 * @cssproperty [--kim-color-primary=#0b5cad] - Accent colour for links, buttons and focus rings.
 * @cssproperty [--kim-color-on-primary=black or white, whichever contrasts more with the primary colour] - Text on
 *   the accent colour (filled buttons, checked switches).
 * @cssproperty [--kim-color-surface=#ffffff] - Background of cards and panels.
 * @cssproperty [--kim-color-text=#1b1f24] - Main text colour.
 * @cssproperty [--kim-color-muted=a mix of text and surface] - Secondary text colour.
 * @cssproperty [--kim-color-danger=#b3261e] - Error colour.
 * @cssproperty [--kim-color-border=a mix of text and surface] - Borders and separators.
 * @cssproperty [--kim-color-skeleton=a mix of text and surface] - Placeholder blocks shown while loading.
 * @cssproperty [--kim-radius=0.5rem] - Corner radius.
 * @cssproperty [--kim-font=system-ui, sans-serif] - Font family.
 * @cssproperty [--kim-space=1rem] - Base spacing unit.
 */
export abstract class KimElementBase<R extends Resources = Resources> extends LitElement {
  /**
   * The SDK resources the widget calls, e.g. `{ news: newsResource }`. A client the widgets make from `api-base` or a
   * base URL has only these, so a page bundles no other part of the SDK; a subclass that calls the API sets them.
   */
  static resources: Resources = {};

  /** Base URL of the KIM API. Ignored when `client` is set; unset, `configure()` or the KIM server a CDN file came from. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /**
   * Language of the widget's text: `id` or `en` (any `en-*` too); inherited from the nearest `[lang]` when unset. Any
   * other language gets Bahasa Indonesia, strings and dates alike.
   */
  // No initialiser: an empty default would hide the inherited language.
  @property() override lang!: string;

  /** Visual theme: `light` (default), `dark`, or `auto` to follow the operating system. */
  @property({ reflect: true }) theme: KimTheme = 'light';

  /** The level of the widget's top headings (1 to 6), so that they fit under the page's own; the rest follow. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** A ready KIM API client; wins over `api-base` and the page-wide `configure()`. */
  @property({ attribute: false }) client?: KimClient;

  /** The API this widget talks to, or `undefined` when none is configured anywhere. */
  protected get api(): ApiSource<ComposedClient<R>> | undefined {
    const config = getConfig();
    return resolveApi({
      resources: (this.constructor as typeof KimElementBase).resources,
      client: this.client,
      apiBase: this.apiBase,
      configuredClient: config.client,
      configuredBaseUrl: config.baseUrl,
      scriptBaseUrl: scriptApiBase(),
    });
  }

  /** `api` (usually `this.api` as passed to a task), or a `KimConfigError` explaining how to configure one. */
  protected need(api: ApiSource<ComposedClient<R>> | undefined): ApiSource<ComposedClient<R>> {
    if (!api) throw noApiError(this.localName);
    return api;
  }

  /**
   * Runs a request; a failure (other than our own abort) is logged and announced through `kim-error`. A failure that
   * shows the API's address is wrong becomes a `KimConfigError` (see `diagnoseFailure`), which the error views show
   * without a retry button. `quiet` failures (an expected "not found") are passed on without a report.
   */
  protected async report<T>(
    signal: AbortSignal,
    request: () => Promise<T>,
    quiet?: (error: unknown) => boolean,
  ): Promise<T> {
    try {
      return await request();
    } catch (failure) {
      if (signal.aborted) throw failure;
      const error = await diagnoseFailure(this.localName, failure, this.api?.address);
      if (!quiet?.(error)) {
        console.error(error);
        this.dispatchEvent(new KimErrorEvent(error));
      }
      throw error;
    }
  }

  /** The first render (and with it the first request) waits while the widget is far off screen (see first-render.ts). */
  protected override scheduleUpdate(): Promise<unknown> | undefined {
    if (!this.hasUpdated) return firstRenderSlot(this).then(() => super.scheduleUpdate());
    super.scheduleUpdate();
    return undefined;
  }

  // Resolved once per update: finding the inherited language walks the tree, and a render asks for it per item.
  private updateTag?: string;

  /** The language asked for: own `lang`, else the nearest ancestor's, else the document's, else `configure()`'s. */
  private get requestedLang(): string {
    return (
      this.updateTag ?? (this.lang || inheritedLang(this) || document.documentElement.lang || getConfig().lang || 'id')
    );
  }

  /** The language the widget speaks: `id` or `en`. */
  get language(): Language {
    return languageOf(this.requestedLang);
  }

  /** The BCP 47 tag of the widget's text and dates: `id-ID`, or the English tag asked for (`en`, `en-GB`). */
  get locale(): string {
    return localeOf(this.requestedLang);
  }

  protected override update(changed: PropertyValues): void {
    this.updateTag = undefined;
    this.updateTag = this.requestedLang;
    try {
      super.update(changed);
    } finally {
      this.updateTag = undefined;
    }
  }

  /** `localized` in the widget's language. */
  protected strings<T>(localized: Localized<T>): T {
    return stringsFor(localized, this.requestedLang);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this);
    watchDocumentLang();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
  }
}
