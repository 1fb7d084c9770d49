// A failed assertion about a DOM node (`expect(el).to.equal(null)`) must report, not hang: the test runner sends the
// error's `actual` and `expected` to Node, and serializing a live element walks the whole page. Imported for its
// root-level hook by the widget test helpers.
afterEach(function () {
  const error = this.currentTest?.err as (Error & { actual?: unknown; expected?: unknown }) | undefined;
  if (!error) return;
  for (const key of ['actual', 'expected'] as const) {
    const value = error[key];
    if (value instanceof Node) error[key] = value instanceof Element ? value.outerHTML.slice(0, 500) : String(value);
  }
});
