// The files of cdn/, one place for the build, the size budgets and the tests to read them from.

/**
 * Each self-contained CDN file with its entry, the budget of issue 11 (`budgetKb`, KB min+gzip) and the gate CI
 * enforces (`gateKb`). The budgets assumed ky would add about 5 KB to the SDK; it added about 9.4 KB (issue 10), and
 * what every file carries besides widget code, Lit and the SDK, is now 32.5 KB, which would leave the feed 1.5 KB of
 * its 34 KB. No budget is met; each gate holds its file about half a kilobyte above its size as measured with issue
 * 11's widget changes merged (feed 40.0, directory 40.9, status 40.1, form 47.5, all four 59.0), against growth,
 * until the budgets are settled.
 */
export const CDN_FILES = [
  { file: 'kim-news-feed.js', entry: 'src/cdn/kim-news-feed.ts', budgetKb: 34, gateKb: 40.5, tags: ['kim-news-feed'] },
  {
    file: 'kim-group-directory.js',
    entry: 'src/cdn/kim-group-directory.ts',
    budgetKb: 36,
    gateKb: 41.5,
    tags: ['kim-group-directory'],
  },
  {
    file: 'kim-aspiration-status.js',
    entry: 'src/cdn/kim-aspiration-status.ts',
    budgetKb: 36,
    gateKb: 40.5,
    tags: ['kim-aspiration-status'],
  },
  {
    file: 'kim-aspiration-form.js',
    entry: 'src/cdn/kim-aspiration-form.ts',
    budgetKb: 44,
    gateKb: 48,
    tags: ['kim-aspiration-form'],
  },
  {
    file: 'kim-widgets.js',
    entry: 'src/cdn/kim-widgets.ts',
    budgetKb: 50,
    gateKb: 59.5,
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
