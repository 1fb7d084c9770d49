// The base of every widget: how it finds its API client, its language and its theme.
import { createKimClient, type KimClient } from '@kim-kit/sdk';
import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { KimErrorEvent } from '../events/kim-error.js';
import { stringsFor } from '../locales/strings-for.js';
import type { Localized } from '../locales/types.js';
import { type ApiBase, diagnoseFailure, noApiError } from './api-origin.js';
import { absoluteBase, defaultApiBase, defaultClient, getConfig } from './config.js';
import { firstRenderSlot } from './first-render.js';

/** Visual theme: follow the operating system, or force one. */
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
 * Base class of the KIM widgets: API client, language and theme. Not registered as an element itself.
 * A widget picks its strings with `strings(section)`, so it bundles only the sections it shows.
 *
 * @cssproperty [--kim-color-primary=#0b5cad] - Accent colour for links, buttons and focus rings.
 * @cssproperty [--kim-color-on-primary=#ffffff] - Text on the accent colour (filled buttons).
 * @cssproperty [--kim-color-surface=#ffffff] - Background of cards and panels.
 * @cssproperty [--kim-color-text=#1b1f24] - Main text colour.
 * @cssproperty [--kim-color-muted=#59626e] - Secondary text colour.
 * @cssproperty [--kim-color-danger=#b3261e] - Error colour.
 * @cssproperty [--kim-color-border=#d5d9de] - Borders and separators.
 * @cssproperty [--kim-color-skeleton=#e6e9ed] - Placeholder blocks shown while loading.
 * @cssproperty [--kim-radius=0.5rem] - Corner radius.
 * @cssproperty [--kim-font=system-ui, sans-serif] - Font family.
 * @cssproperty [--kim-space=1rem] - Base spacing unit.
 */
export abstract class KimElementBase extends LitElement {
  /** Base URL of the KIM API. Ignored when `client` is set; unset, `configure()` or the KIM server a CDN file came from. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** Language of the widget's text (`id` or `en`); inherited from the nearest `[lang]` when unset. */
  // No initialiser: an empty default would hide the inherited language.
  @property() override lang!: string;

  /** Visual theme: `auto` follows the operating system. */
  @property({ reflect: true }) theme: KimTheme = 'auto';

  /** A ready KIM API client; wins over `api-base` and the page-wide `configure()`. */
  @property({ attribute: false }) client?: KimClient;

  private cachedClient?: { baseUrl: string; client: KimClient };

  /** The client this widget talks to, or `undefined` when none is configured anywhere. */
  protected get resolvedClient(): KimClient | undefined {
    if (this.client) return this.client;
    if (this.apiBase) {
      if (this.cachedClient?.baseUrl !== this.apiBase) {
        this.cachedClient = { baseUrl: this.apiBase, client: createKimClient({ baseUrl: this.apiBase }) };
      }
      return this.cachedClient.client;
    }
    return defaultClient();
  }

  /** The address `resolvedClient` talks to and where it came from; `undefined` with a ready `client`. */
  protected get resolvedApiBase(): ApiBase | undefined {
    if (this.client) return undefined;
    if (this.apiBase) return { url: absoluteBase(this.apiBase), source: 'api-base' };
    return defaultApiBase();
  }

  /** `client` (usually `resolvedClient` as passed to a task), or a `KimConfigError` explaining how to set one. */
  protected need(client: KimClient | undefined): KimClient {
    if (!client) throw noApiError(this.localName);
    return client;
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
      const error = await diagnoseFailure(this.localName, failure, this.resolvedApiBase);
      if (!quiet?.(error)) {
        console.error(error);
        this.dispatchEvent(new KimErrorEvent(error));
      }
      throw error;
    }
  }

  // Resolved once per update: finding the inherited language walks the tree, and a render asks for it per item.
  private updateLocale?: string;

  /** The effective language: own `lang`, else the nearest ancestor's, else the document's. */
  get locale(): string {
    return (
      this.updateLocale ??
      (this.lang || inheritedLang(this) || document.documentElement.lang || getConfig().lang || 'id')
    );
  }

  /** The first render (and with it the first request) waits while the widget is far off screen (see first-render.ts). */
  protected override scheduleUpdate(): Promise<unknown> | undefined {
    if (!this.hasUpdated) return firstRenderSlot(this).then(() => super.scheduleUpdate());
    super.scheduleUpdate();
    return undefined;
  }

  protected override update(changed: PropertyValues): void {
    this.updateLocale = undefined;
    this.updateLocale = this.locale;
    try {
      super.update(changed);
    } finally {
      this.updateLocale = undefined;
    }
  }

  /** `localized` in the effective language. */
  protected strings<T>(localized: Localized<T>): T {
    return stringsFor(localized, this.locale);
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
