// The script of cdn-mix-page.html: loads the built CDN files named in `?files=` one after the other, as separate
// <script type="module"> tags of a page would, configures the page through the first file only, and shows every tag
// those files register, each with the fake API.
import { trackingInProgress } from './aspirations.js';
import { clientOf, createFakeKimApi } from './fake-kim-api.js';

type CdnModule = Record<string, unknown> & { configure(config: { client: unknown }): void };

/** What the test reads from the page's window. */
export interface CdnMixWindow extends Window {
  mix: {
    ready: Promise<void>;
    /** Uncaught errors and console errors on the page. */
    errors: string[];
    /** For each tag, the index in `files` of the file whose class registered it. */
    definedBy: Record<string, number>;
  };
}

const CLASSES: Record<string, string> = {
  'kim-news-feed': 'KimNewsFeed',
  'kim-group-directory': 'KimGroupDirectory',
  'kim-aspiration-form': 'KimAspirationForm',
  'kim-aspiration-status': 'KimAspirationStatus',
};
const ATTRIBUTES: Record<string, Record<string, string>> = {
  'kim-news-feed': { reader: '' },
  'kim-group-directory': { region: '19.71' },
  'kim-aspiration-form': { region: '19.71' },
  'kim-aspiration-status': { 'tracking-code': trackingInProgress.trackingCode },
};

const page = window as unknown as CdnMixWindow;
const errors: string[] = [];
page.mix = { ready: Promise.resolve(), errors, definedBy: {} };
addEventListener('error', (event) => errors.push(`uncaught: ${event.message}`));
addEventListener('unhandledrejection', (event) => errors.push(`unhandled: ${String(event.reason)}`));
const consoleError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  errors.push(`console: ${args.map(String).join(' ')}`);
  consoleError(...args);
};

const params = new URLSearchParams(location.search);
const files = (params.get('files') ?? '').split(',').filter(Boolean);
// `?native=0`: a browser without the HTML Sanitizer API, as the fallback test needs.
if (params.get('native') === '0') {
  delete (Element.prototype as unknown as Record<string, unknown>).setHTML;
  delete (window as unknown as Record<string, unknown>).Sanitizer;
}

page.mix.ready = (async () => {
  const modules: CdnModule[] = [];
  for (const file of files)
    modules.push((await import(/* @vite-ignore */ `/packages/widgets/cdn/${file}`)) as CdnModule);
  modules[0]!.configure({ client: clientOf(createFakeKimApi()) });
  const main = document.querySelector('main')!;
  for (const [tag, className] of Object.entries(CLASSES)) {
    const owner = modules.findIndex((module) => customElements.get(tag) === module[className]);
    if (!customElements.get(tag)) continue;
    page.mix.definedBy[tag] = owner;
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(ATTRIBUTES[tag] ?? {})) el.setAttribute(name, value);
    main.append(el);
  }
})();
