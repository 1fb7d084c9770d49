// <kim-console>: the console's shell. It shows who is signed in, the navigation their capabilities allow (links only
// for sections that exist), and the section of the hash route; without a session it shows <kim-sign-in>.
import { css, html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { stringsFor } from '../../locales/language.js';
import { baseStyles, buttonStyles, visuallyHidden } from '../../shared/styles.js';
import { type ConsoleAppStrings, consoleApp } from '../locales/console-app.js';
import { session as sessionStrings } from '../locales/session.js';
import { signIn as signInStrings } from '../locales/sign-in.js';
import { KimConsoleElement } from '../shared/console-element.js';
import { KimSignIn } from '../sign-in/sign-in.js';
import { type ConsoleRoute, routeOf } from './routes.js';

if (!customElements.get('kim-sign-in')) customElements.define('kim-sign-in', KimSignIn);

/** A section of the console: its route, its label and the capability it needs. None exist yet beyond sign-in. */
export interface ConsoleSection {
  hash: string;
  label: { id: string; en: string };
  capability: string;
}

/** The sections the shell links to, added as their widgets arrive (news, review, inbox, groups, accounts, audit). */
export const SECTIONS: ConsoleSection[] = [];

/**
 * The console shell for /console/ and intranet pages.
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
      main {
        padding: 1rem;
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
  readonly #onHash = () => {
    this.route = routeOf(location.hash);
  };

  private get t(): ConsoleAppStrings {
    return stringsFor(consoleApp, this.language);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.#onHash);
    this.#onHash();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.#onHash);
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
    return html`<div lang=${lang}>
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
        me && sections.length
          ? html`<nav part="nav" aria-label=${t.navigation}>
            <ul>
              ${sections.map((s) => html`<li><a href=${s.hash}>${s.label[this.language]}</a></li>`)}
            </ul>
          </nav>`
          : nothing
      }
      <main part="main" id="main">${this.#section(me?.name)}</main>
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
    if (route.name === 'unknown') return html`<p role="alert">${this.t.notFound}</p>`;
    return html`<h1>${this.t.home}</h1>
      <p part="welcome">${this.t.welcome.replace('{name}', name)}</p>`;
  }

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
  };

  async #signOut(): Promise<void> {
    await this.activeSession?.signOut();
    history.replaceState(null, '', `${location.pathname}${location.search}#/masuk`);
    this.#onHash();
    await this.updateComplete;
  }
}
