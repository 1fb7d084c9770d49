// The files of cdn/, one place for the build, the size budgets and the tests to read them from.

/**
 * Each self-contained CDN file with its entry, the budget of issue 11 (`budgetKb`, KB min+gzip) and the gate CI
 * enforces (`gateKb`). The budgets assumed ky would add about 5 KB to the SDK; it added about 9.4 KB (issue 10). Each
 * widget now takes only the SDK resources it calls (composeKimClient) and the SDK is bundled from its modules, but
 * zod/mini, ky and Lit alone are about 29 KB of every file, and no budget is met. Each gate holds its file about half a
 * kilobyte above its size as measured (feed 37.5, directory 38.2, status 38.3, form 46.0, all four 58.4), against
 * growth, until the budgets are settled.
 */
export const CDN_FILES = [
  { file: 'kim-news-feed.js', entry: 'src/cdn/kim-news-feed.ts', budgetKb: 34, gateKb: 38, tags: ['kim-news-feed'] },
  {
    file: 'kim-group-directory.js',
    entry: 'src/cdn/kim-group-directory.ts',
    budgetKb: 36,
    gateKb: 39,
    tags: ['kim-group-directory'],
  },
  {
    file: 'kim-aspiration-status.js',
    entry: 'src/cdn/kim-aspiration-status.ts',
    budgetKb: 36,
    gateKb: 39,
    tags: ['kim-aspiration-status'],
  },
  {
    file: 'kim-aspiration-form.js',
    entry: 'src/cdn/kim-aspiration-form.ts',
    budgetKb: 44,
    // 46.50 -> 46.71 KB with the opt-in to email news (issue 15 item 7); gate raised by that and half a kilobyte.
    gateKb: 47.25,
    tags: ['kim-aspiration-form'],
  },
  {
    // Issue 15's statistics widget (37.7 KB measured, nearly all of it the Lit + SDK floor): no budget was set; the
    // gate holds it about half a kilobyte above its size, against growth.
    file: 'kim-aspiration-stats.js',
    entry: 'src/cdn/kim-aspiration-stats.ts',
    budgetKb: null,
    gateKb: 38.5,
    tags: ['kim-aspiration-stats'],
  },
  {
    file: 'kim-widgets.js',
    entry: 'src/cdn/kim-widgets.ts',
    budgetKb: 50,
    // 58.89 -> 59.15 KB with the form's opt-in to email news (issue 15 item 7).
    gateKb: 59.75,
    tags: ['kim-news-feed', 'kim-group-directory', 'kim-aspiration-form', 'kim-aspiration-status'],
  },
];

/**
 * The article sanitizer for browsers without the HTML Sanitizer API (DOMPurify). Not self-contained on purpose: the
 * CDN files import it on demand from beside themselves, so browsers with the native API never download it.
 */
export const SANITIZER_FALLBACK = {
  file: 'kim-sanitizer-fallback.js',
  entry: 'src/shared/sanitize-fallback.ts',
  /** How sanitize.ts imports it; the CDN build points that import at the file above. */
  specifier: './sanitize-fallback.js',
};

/**
 * The console's own CDN file (issue 13): every console tag, for officials on office connections. Not a public file:
 * public pages never load it, and the build fails if any public CDN file includes a module under `src/console/`.
 * `gateKb` (KB min+gzip) is a growth gate, not a budget: about 1 KB above the file as measured. Raise it when a widget
 * or the editor lands, to about 1 KB above the new figure `pnpm size` prints, and add a line here saying what grew.
 *   42.49 KB  the shell and <kim-sign-in>
 *   46.18 KB  + the shell's home page (counts by role, @lit/task) and the shared console pieces (problems, views, styles)
 *   46.75 KB  + the invitation's expiry with WIB/WITA/WIT (shared/format.ts) and the SDK's statistics resource
 */
export const CONSOLE_FILE = { file: 'kim-console.js', entry: 'src/cdn/kim-console.ts', gateKb: 47.75 };

/** Where console code lives; no public CDN file may include a module from here. */
export const CONSOLE_SOURCES = '/src/console/';
