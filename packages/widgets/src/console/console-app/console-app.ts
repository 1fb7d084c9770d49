// <kim-console>: the console's shell. It shows who is signed in, the navigation their capabilities allow (links only
// for sections that exist), and the section of the hash route; without a session it shows <kim-sign-in>.
import { Task, TaskStatus } from '@lit/task';
import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { stringsFor } from '../../locales/language.js';
import { baseStyles, buttonStyles, visuallyHidden } from '../../shared/styles.js';
import { KimAccountAdmin } from '../account-admin/account-admin.js';
import { KimAspirationInbox } from '../aspiration-inbox/aspiration-inbox.js';
import { KimAuditLog } from '../audit-log/audit-log.js';
import { consoleCommon } from '../locales/common.js';
import { type ConsoleAppStrings, consoleApp } from '../locales/console-app.js';
import { session as sessionStrings } from '../locales/session.js';
import { signIn as signInStrings } from '../locales/sign-in.js';
import { KimNewsEditor } from '../news-editor/news-editor.js';
import { KimNewsList } from '../news-editor/news-list.js';
import { KimConsoleElement } from '../shared/console-element.js';
import { loadErrorView, loadingView } from '../shared/views.js';
import { KimSignIn } from '../sign-in/sign-in.js';
import { KimWebhookAdmin } from '../webhook-admin/webhook-admin.js';
import { type Counted, countFor, HOME_COUNTS, type HomeCountKey } from './home-counts.js';
import { loadIntake } from './intake-loader.js';
import { type ConsoleRoute, inSection, routeOf } from './routes.js';

if (!customElements.get('kim-sign-in')) customElements.define('kim-sign-in', KimSignIn);
if (!customElements.get('kim-account-admin')) customElements.define('kim-account-admin', KimAccountAdmin);
if (!customElements.get('kim-audit-log')) customElements.define('kim-audit-log', KimAuditLog);
if (!customElements.get('kim-news-editor')) customElements.define('kim-news-editor', KimNewsEditor);
if (!customElements.get('kim-news-list')) customElements.define('kim-news-list', KimNewsList);
if (!customElements.get('kim-webhook-admin')) customElements.define('kim-webhook-admin', KimWebhookAdmin);
if (!customElements.get('kim-aspiration-inbox')) customElements.define('kim-aspiration-inbox', KimAspirationInbox);

/** A section of the console: its route, its label and the capability it needs. None exist yet beyond sign-in. */
export interface ConsoleSection {
  hash: string;
  label: { id: string; en: string };
  capability: string;
}

/** The sections the shell links to, added as their widgets arrive (news, review, inbox, groups, accounts, audit). */
export const SECTIONS: ConsoleSection[] = [
  { hash: '#/berita', label: { id: 'Berita', en: 'News' }, capability: 'news.write' },
  { hash: '#/tinjauan', label: { id: 'Tinjauan berita', en: 'News review' }, capability: 'news.review' },
  { hash: '#/laporan', label: { id: 'Laporan warga', en: 'Citizen reports' }, capability: 'aspirations.read' },
  { hash: '#/catat', label: { id: 'Catat laporan warga', en: 'Record a report' }, capability: 'aspirations.intake' },
  { hash: '#/kim', label: { id: 'KIM', en: 'KIM groups' }, capability: 'groups.edit' },
  // Everyone with tokens.manage (every role) has their own API tokens here; people need users.manage, checked inside.
  { hash: '#/akun', label: { id: 'Akun dan token', en: 'Accounts and tokens' }, capability: 'tokens.manage' },
  { hash: '#/audit', label: { id: 'Log audit', en: 'Audit log' }, capability: 'audit.read' },
  {
    hash: '#/integrasi',
    label: { id: 'Integrasi (webhook)', en: 'Integrations (webhooks)' },
    capability: 'webhooks.manage',
  },
  { hash: '#/perangkat-daerah', label: { id: 'Perangkat daerah', en: 'Agencies' }, capability: 'agencies.manage' },
];

type CountResult = { key: HomeCountKey; hash: string } & ({ ok: true; value: Counted } | { ok: false });

/**
 * The console shell for /console/ and intranet pages. It keeps the document title on the current section, marks the
 * section in the navigation (`aria-current`), offers a skip link to the content, and moves focus to the section's
 * heading only when the person navigated (a link, back or forward), never on load.
 * @csspart header - The bar with the title, the person and sign-out.
 * @csspart nav - The navigation.
 * @csspart main - The current section.
 */
export class KimConsole extends KimConsoleElement {
  static override styles = [
    baseStyles,
    buttonStyles,
    visuallyHidden,
    css`
      :host {
        display: block;
        /* The skip link shows at the top of the console, wherever the page puts it. */
        position: relative;
      }
      header {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: center;
        justify-content: space-between;
        padding: 0.75rem 1rem;
        border-bottom: 1px solid var(--_muted);
      }
      header p {
        margin: 0;
        overflow-wrap: anywhere;
      }
      .title {
        font-weight: 700;
        margin: 0;
        font-size: 1.25rem;
      }
      nav ul {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        list-style: none;
        margin: 0;
        padding: 0.5rem 1rem;
      }
      nav a {
        display: inline-block;
        min-height: 2.75rem;
        padding: 0.6rem 0;
      }
      nav a[aria-current='page'] {
        font-weight: 700;
        text-decoration-thickness: 0.2em;
      }
      main {
        padding: 1rem;
      }
      main:focus {
        outline: none;
      }
      .skip {
        position: absolute;
        left: 0.5rem;
        top: -10rem;
        z-index: 1;
        padding: 0.75rem 1rem;
        background: var(--_surface);
        color: var(--_text);
        border: 2px solid currentColor;
        font: inherit;
        text-decoration: underline;
      }
      .skip:focus {
        top: 0.5rem;
      }
      .counts {
        display: grid;
        gap: 0.75rem;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
        list-style: none;
        margin: 0;
        padding: 0;
      }
      .counts li {
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        padding: 0.75rem 1rem;
        overflow-wrap: anywhere;
      }
      .counts a {
        display: block;
        min-height: 2.75rem;
      }
      .counts strong {
        display: block;
        font-size: 1.75rem;
      }
      .counts .error {
        color: var(--_danger);
      }
      h2 {
        font-size: 1.125rem;
      }
      .expired {
        border: 3px solid var(--_danger);
        border-radius: var(--_radius);
        padding: 0.75rem 1rem;
        margin-bottom: 1rem;
      }
      .expired h2 {
        margin: 0;
      }
      .button {
        min-height: 2.75rem;
      }
    `,
  ];

  @state() private route: ConsoleRoute = routeOf(globalThis.location?.hash ?? '');
  @state() private hash = globalThis.location?.hash ?? '';
  /** Set when the person navigated: the next render moves focus to the section's heading. */
  #focusHeading = false;
  readonly #onHash = () => {
    this.route = routeOf(location.hash);
    this.hash = location.hash;
  };
  /** A hashchange is always someone's doing (a link, back, forward): focus follows it. */
  readonly #onNavigate = () => {
    this.#onHash();
    this.#focusHeading = true;
  };

  /** Downloads the intake section's elements (intake-loader.ts); tests replace it to fail or to wait. */
  static loadIntake: () => Promise<unknown> = loadIntake;

  /** The intake section's elements, loaded the first time the section opens (and again on a retry after a failure). */
  readonly #intake = new Task(this, {
    task: async ([open]: readonly [boolean]) => {
      if (open) await KimConsole.loadIntake();
    },
    args: () => [this.route.name === 'intake'] as const,
  });

  /** The home page's counts, fetched each time the home page is shown to someone signed in. */
  readonly #counts = new Task(this, {
    task: async ([me], { signal }): Promise<CountResult[]> => {
      const session = this.activeSession;
      if (!me || !session) return [];
      const shown = HOME_COUNTS.filter((c) => session.can(c.capability));
      const settled = await Promise.allSettled(shown.map((c) => countFor(c.key, session.client, me, signal)));
      return shown.map(({ key, hash }, i) => {
        const result = settled[i]!;
        return result.status === 'fulfilled' ? { key, hash, ok: true, value: result.value } : { key, hash, ok: false };
      });
    },
    args: () => {
      const session = this.activeSession;
      const me = session?.state === 'signed-in' && this.route.name === 'home' ? session.me : undefined;
      return [me] as const;
    },
  });

  private get t(): ConsoleAppStrings {
    return stringsFor(consoleApp, this.language);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.#onNavigate);
    this.#onHash();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.#onNavigate);
  }

  override render(): TemplateResult {
    const t = this.t;
    const session = this.activeSession;
    const lang = this.language === 'en' ? 'en' : 'id';
    if (!session) {
      return html`<div lang=${lang}><main part="main"><p role="alert">${t.noApi}</p></main></div>`;
    }
    // An expired session keeps its person and the open section (with whatever was typed in it) under a sign-in form.
    const me = session.state !== 'signed-out' ? session.me : undefined;
    const sections = SECTIONS.filter((s) => session.can(s.capability));
    const links = [{ hash: '#/', label: t.home }, ...sections.map((s) => ({ hash: s.hash, label: s.label[lang] }))];
    return html`<div lang=${lang}>
      <button type="button" class="skip" part="skip-link" @click=${this.#skip}>${t.skipToContent}</button>
      <header part="header">
        <p class="title">${t.title}</p>
        ${
          me
            ? html`<p part="person">
                <span class="visually-hidden">${stringsFor(signInStrings, this.language).signedInAs}</span>
                <strong lang="id">${me.name}</strong>
              </p>
              <button type="button" class="button secondary" part="sign-out" @click=${this.#signOut}>
                ${stringsFor(signInStrings, this.language).signOut}
              </button>`
            : nothing
        }
      </header>
      ${
        me && this.route.name !== 'invitation'
          ? html`<nav part="nav" aria-label=${t.navigation}>
            <ul>
              ${links.map(
                (link) =>
                  html`<li><a href=${link.hash} aria-current=${inSection(this.hash, link.hash) ? 'page' : nothing}>${link.label}</a></li>`,
              )}
            </ul>
          </nav>`
          : nothing
      }
      <main part="main" id="main" tabindex="-1">${this.#section(me?.name)}</main>
    </div>`;
  }

  #section(name: string | undefined): TemplateResult {
    const route = this.route;
    const session = this.activeSession!;
    if (route.name === 'invitation') {
      return html`<kim-sign-in .session=${session} lang=${this.language} theme=${this.theme} invitation=${route.secret}
        @kim-signed-in=${this.#home}></kim-sign-in>`;
    }
    if (!name || route.name === 'sign-in') {
      return html`<kim-sign-in .session=${session} lang=${this.language} theme=${this.theme} @kim-signed-in=${this.#home}></kim-sign-in>`;
    }
    // One template either way, so that the section's elements (and what was typed in them) survive the expiry.
    return html`${session.state === 'expired' ? this.#expiredNotice() : nothing}${this.#content(name)}`;
  }

  /** The section of the current route, for a signed-in person. */
  #content(name: string): TemplateResult {
    const route = this.route;
    if (route.name === 'unknown') return html`<h1 tabindex="-1">${this.t.notFound}</h1>`;
    const session = this.activeSession!;
    if (route.name === 'news') {
      return html`<kim-news-list .session=${session} lang=${this.language} theme=${this.theme}></kim-news-list>`;
    }
    if (route.name === 'news-editor') {
      return html`<kim-news-editor .session=${session} lang=${this.language} theme=${this.theme}
        .articleId=${route.id} @kim-news-saved=${this.#newsSaved}></kim-news-editor>`;
    }
    if (route.name === 'review') {
      return html`<kim-news-review .session=${this.activeSession} lang=${this.language} theme=${this.theme}></kim-news-review>`;
    }
    if (route.name === 'groups' || route.name === 'group') {
      return html`<kim-group-editor .session=${this.activeSession} lang=${this.language} theme=${this.theme}
        group-id=${route.name === 'group' ? route.id : ''}></kim-group-editor>`;
    }
    if (route.name === 'audit') {
      return html`<kim-audit-log .session=${this.activeSession} lang=${this.language} theme=${this.theme}></kim-audit-log>`;
    }
    if (route.name === 'webhooks') {
      return html`<kim-webhook-admin .session=${this.activeSession} lang=${this.language} theme=${this.theme}></kim-webhook-admin>`;
    }
    if (route.name === 'accounts') {
      return html`<kim-account-admin .session=${this.activeSession} lang=${this.language} theme=${this.theme}></kim-account-admin>`;
    }
    if (route.name === 'intake') return this.#intakeSection();
    if (route.name === 'agencies') {
      return html`<kim-agency-admin .session=${this.activeSession} lang=${this.language} theme=${this.theme}></kim-agency-admin>`;
    }
    if (route.name === 'inbox') {
      return html`<kim-aspiration-inbox hash-routes .session=${this.activeSession} lang=${this.language} theme=${this.theme}></kim-aspiration-inbox>`;
    }
    return this.#homeView(name);
  }

  /** The intake, once its elements are here: until then a loading panel, or the download's error with a retry. */
  #intakeSection(): TemplateResult {
    const intake = html`<kim-aspiration-intake .session=${this.activeSession} lang=${this.language} theme=${this.theme}></kim-aspiration-intake>`;
    if (customElements.get('kim-aspiration-intake')) return intake;
    const common = stringsFor(consoleCommon, this.language);
    const loading = () => html`<div aria-busy="true">${loadingView(common)}</div>`;
    return html`${this.#intake.render({
      initial: loading,
      pending: loading,
      complete: () => intake,
      error: (error) => loadErrorView(common, error, this.#retryIntake),
    })}`;
  }

  /** The person pressed "Coba lagi": download again, and the focus goes to the section once it is here. */
  #retryIntake = (): void => {
    this.#focusHeading = true;
    void this.#intake.run();
  };

  #homeView(name: string): TemplateResult {
    const t = this.t;
    const loading = this.#counts.status === TaskStatus.PENDING;
    const number = new Intl.NumberFormat(this.locale);
    const count = (result: CountResult) => {
      if (!result.ok) {
        return html`<li part="count-error"><p class="error">${t.countError}</p>
          <button type="button" class="button secondary" @click=${() => this.#counts.run()}>${t.retry}</button></li>`;
      }
      const { count, more } = result.value;
      const n = `${number.format(count)}${more ? '+' : ''}`;
      const [figure, ...words] = t.counts[result.key](n, count === 1 && !more).split(' ');
      return html`<li><a part="count" href=${result.hash}><strong>${figure}</strong> ${words.join(' ')}</a></li>`;
    };
    return html`<section part="home" aria-busy=${loading ? 'true' : 'false'} aria-labelledby="home-heading">
      <h1 id="home-heading" tabindex="-1">${t.home}</h1>
      <p part="welcome">${t.welcome.replace('{name}', name)}</p>
      <h2>${t.countsLabel}</h2>
      ${this.#counts.render({
        initial: () => html`<p part="counts-loading">${t.countsLoading}</p>`,
        pending: () => html`<p part="counts-loading">${t.countsLoading}</p>`,
        complete: (results) =>
          results.length
            ? html`<ul class="counts" part="counts">${results.map(count)}</ul>`
            : html`<p part="counts-none">${t.nothingToCount}</p>`,
        // Each count catches its own failure; this is only for a failure of the task itself.
        error: () => html`<p part="count-error" class="error">${t.countError}</p>
          <button type="button" class="button secondary" @click=${() => this.#counts.run()}>${t.retry}</button>`,
      })}
    </section>`;
  }

  /**
   * The skip link moves focus to the content. A button, not a link to `#main`: that hash would be a route of the
   * console, and a fragment cannot reach into the shadow root anyway.
   */
  #skip(): void {
    this.renderRoot.querySelector<HTMLElement>('main')?.focus();
  }

  /** The current section's name, for the document title. */
  #sectionLabel(): string {
    const t = this.t;
    const session = this.activeSession;
    const route = this.route;
    if (route.name === 'invitation') return t.invitation;
    if (session?.state === 'signed-out' || route.name === 'sign-in') return t.signIn;
    if (route.name === 'home') return t.home;
    const lang = this.language === 'en' ? 'en' : 'id';
    return SECTIONS.find((s) => inSection(this.hash, s.hash))?.label[lang] ?? t.notFound;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    document.title = this.t.documentTitle(this.#sectionLabel(), this.t.title);
    if (this.#focusHeading) {
      this.#focusHeading = false;
      void this.#focusSectionHeading();
    }
    this.#prefetchIntake();
  }

  #intakePrefetched = false;

  /**
   * A KIM operator records reports where there may be no signal: once signed in, their console fetches the intake
   * when the browser is idle, so the section opens offline later in the visit. Officials fetch it only if they open it.
   * A failed prefetch is forgotten; opening the section tries again.
   */
  #prefetchIntake(): void {
    const session = this.activeSession;
    if (this.#intakePrefetched || session?.state !== 'signed-in' || !session.can('aspirations.intake')) return;
    if (!session.me?.memberships.some((m) => m.role === 'kim')) return;
    this.#intakePrefetched = true;
    const fetchIt = () => void KimConsole.loadIntake().catch(() => undefined);
    if ('requestIdleCallback' in globalThis) requestIdleCallback(fetchIt, { timeout: 5000 });
    else setTimeout(fetchIt, 1000);
  }

  /**
   * Focus on the section's heading: the shell's own, or the first heading inside the section's widget once it has
   * rendered (made focusable for this if it is not). Without a heading, the main region.
   */
  async #focusSectionHeading(): Promise<void> {
    const main = this.renderRoot.querySelector<HTMLElement>('main');
    if (!main) return;
    // A section whose elements are still downloading gets the focus once they are here (unless that fails).
    if (this.route.name === 'intake' && !customElements.get('kim-aspiration-intake')) {
      await this.#intake.taskComplete.catch(() => undefined);
      await this.updateComplete;
    }
    let heading = main.querySelector<HTMLElement>('h1, h2');
    const widget = main.firstElementChild as (HTMLElement & { updateComplete?: Promise<unknown> }) | null;
    if (!heading && widget?.shadowRoot) {
      await widget.updateComplete;
      heading = widget.shadowRoot.querySelector<HTMLElement>('h1, h2');
    }
    if (heading && !heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    (heading ?? main).focus();
  }

  /** A new article got its id: the address becomes the article's, without a new history entry. */
  #newsSaved = (event: CustomEvent<{ article: { id: string } }>) => {
    const hash = `#/berita/${encodeURIComponent(event.detail.article.id)}`;
    if (location.hash !== hash) history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
    this.#onHash();
  };

  /** Sign-in above the open section when the server ended the session; the section stays, with what was typed. */
  #expiredNotice(): TemplateResult {
    const strings = stringsFor(sessionStrings, this.language);
    return html`<section part="expired" class="expired" aria-labelledby="expired-title">
      <h2 id="expired-title">${strings.expired}</h2>
      <p>${strings.expiredHint}</p>
      <kim-sign-in .session=${this.activeSession} lang=${this.language} theme=${this.theme}></kim-sign-in>
    </section>`;
  }

  #home = () => {
    // After signing in (or accepting an invitation), the secret of the link must not stay in the address bar.
    history.replaceState(null, '', `${location.pathname}${location.search}#/`);
    this.#onHash();
    // The person acted and the form they were in is gone: focus goes to the home page's heading.
    this.#focusHeading = true;
  };

  async #signOut(): Promise<void> {
    await this.activeSession?.signOut();
    history.replaceState(null, '', `${location.pathname}${location.search}#/masuk`);
    this.#onHash();
    this.#focusHeading = true;
    await this.updateComplete;
  }
}
