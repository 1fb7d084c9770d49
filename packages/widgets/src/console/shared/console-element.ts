// The base of every console widget: which session it uses (the `session` property, the `api-base` attribute,
// `configure({ baseUrl })`, or the kim-server the console file came from), its language, and a re-render whenever
// the session changes.
import type { Me } from '@kim-kit/sdk';
import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { type Language, languageOf, localeOf, stringsFor } from '../../locales/language.js';
import { scriptApiBase } from '../../shared/api-origin.js';
import { getConfig } from '../../shared/config.js';
import { type ConsoleCommonStrings, consoleCommon } from '../locales/common.js';
import { type ConsoleClient, KimSession, KimSessionExpiredEvent, SESSION_CHANGE } from './session.js';

export abstract class KimConsoleElement extends LitElement {
  /** The API's base URL; the session is the page's one for it (`KimSession.for`). */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** The language (`id` by default; unsupported tags get Bahasa Indonesia). */
  @property() override lang!: string;

  /** `light` (default), `dark`, or `auto` (follows the operating system), as the public widgets. */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'light';

  /** A session the host manages; wins over `api-base`. */
  @property({ attribute: false }) session?: KimSession;

  #watched: KimSession | undefined;
  readonly #onChange = () => this.requestUpdate();
  readonly #onExpired = (event: Event) => this.sessionExpired(event as KimSessionExpiredEvent);

  /** The session in use, or `undefined` when no API is set anywhere. */
  protected get activeSession(): KimSession | undefined {
    if (this.session) return this.session;
    const base = this.apiBase ?? getConfig().baseUrl ?? scriptApiBase();
    return base ? KimSession.for(base) : undefined;
  }

  protected get language(): Language {
    return languageOf(this.lang || this.closest('[lang]')?.getAttribute('lang'));
  }

  protected get locale(): string {
    return localeOf(this.language === 'en' ? 'en' : 'id');
  }

  /** The strings every console section shares (loading, errors, forbidden, sign-in), in the widget's language. */
  protected get common(): ConsoleCommonStrings {
    return stringsFor(consoleCommon, this.language);
  }

  /** Who is signed in; `undefined` while signed out or expired (no request can be made then). */
  protected get signedInMe(): Me | undefined {
    const session = this.activeSession;
    return session?.state === 'signed-in' ? session.me : undefined;
  }

  /** The signed-in person's client for the API. */
  protected get client(): ConsoleClient | undefined {
    return this.activeSession?.client;
  }

  /**
   * Whether the person holds `capability`, also while their session is expired, so a section and what was typed
   * in it stay until they sign in again. Navigation and actions follow this; the server decides.
   */
  protected holds(capability: string): boolean {
    return (this.activeSession?.me?.capabilities as readonly string[] | undefined)?.includes(capability) === true;
  }

  /** Called when the server ends the session; widgets keep their input and may show the expiry notice. */
  protected sessionExpired(_event: KimSessionExpiredEvent): void {}

  override connectedCallback(): void {
    super.connectedCallback();
    this.#watch();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unwatch();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('session') || changed.has('apiBase')) this.#watch();
    const session = this.activeSession;
    if (session) session.language = this.language;
  }

  #watch(): void {
    const session = this.activeSession;
    if (session === this.#watched) return;
    this.#unwatch();
    this.#watched = session;
    session?.addEventListener(SESSION_CHANGE, this.#onChange);
    session?.addEventListener(KimSessionExpiredEvent.type, this.#onExpired);
  }

  #unwatch(): void {
    this.#watched?.removeEventListener(SESSION_CHANGE, this.#onChange);
    this.#watched?.removeEventListener(KimSessionExpiredEvent.type, this.#onExpired);
    this.#watched = undefined;
  }
}
