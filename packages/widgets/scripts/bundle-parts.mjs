// What a bundle is made of, from esbuild's metafile: the bytes each input left in the output, grouped into parts
// (Lit, the SDK's zod, ky and client code, the rich-text editor library, console code, shared widget code).

/** The npm package an input path belongs to (`node_modules/.pnpm/x@1/node_modules/@scope/name/...` -> `@scope/name`). */
export function packageOf(path) {
  const at = path.lastIndexOf('node_modules/');
  if (at < 0) return undefined;
  const [first, second] = path.slice(at + 'node_modules/'.length).split('/');
  return first.startsWith('@') ? `${first}/${second}` : first;
}

/** The parts every report lists, in this order, even at 0 bytes (the editor before it lands). */
export const PARTS = {
  lit: 'lit (lit, lit-html, @lit/*)',
  zod: 'SDK: zod',
  ky: 'SDK: ky',
  sdk: 'SDK: client code (packages/sdk)',
  editor: 'editor (@tiptap/*, prosemirror-* and their dependencies)',
  console: 'console code (src/console)',
  shared: 'shared widget code (src/shared, src/locales, ...)',
};

const LIT = /^(lit|lit-html|lit-element|@lit\/.+)$/;
/** The rich-text editor library itself; packages only it reaches count as its too (its dependencies). */
const EDITOR = /^(@tiptap\/.+|prosemirror-.+)$/;

/**
 * The part of one input. Packages the editor's packages import, and nothing outside them does, are the editor's
 * (orderedmap, rope-sequence, w3c-keyname, linkifyjs, ...): `editorDeps` holds those, from `editorDependencies()`.
 */
export function partOf(path, editorDeps = new Set()) {
  const name = packageOf(path);
  if (name === undefined) {
    // Paths are relative to packages/widgets: the SDK's sources are `../sdk/src/...`.
    if (/(^|\/)sdk\/src\//.test(path)) return PARTS.sdk;
    if (/^src\/console\//.test(path)) return PARTS.console;
    return PARTS.shared;
  }
  if (LIT.test(name)) return PARTS.lit;
  if (name === 'zod') return PARTS.zod;
  if (name === 'ky') return PARTS.ky;
  if (name === '@kim-kit/sdk') return PARTS.sdk;
  if (EDITOR.test(name) || editorDeps.has(path)) return PARTS.editor;
  return `other: ${name}`;
}

/** The inputs (node_modules only) reached from the editor's packages and from nowhere else. */
export function editorDependencies(inputs) {
  const importers = new Map();
  for (const [path, { imports = [] }] of Object.entries(inputs)) {
    for (const { path: target } of imports) {
      if (!importers.has(target)) importers.set(target, []);
      importers.get(target).push(path);
    }
  }
  const editor = new Set(Object.keys(inputs).filter((path) => EDITOR.test(packageOf(path) ?? '')));
  // Grow the set while some package input is imported only by inputs already in it.
  let grew = true;
  while (grew) {
    grew = false;
    for (const path of Object.keys(inputs)) {
      if (editor.has(path) || packageOf(path) === undefined) continue;
      const from = importers.get(path) ?? [];
      if (from.length && from.every((importer) => editor.has(importer))) {
        editor.add(path);
        grew = true;
      }
    }
  }
  return new Set([...editor].filter((path) => !EDITOR.test(packageOf(path) ?? '')));
}

/**
 * The parts of the single output of `metafile` (or of `output`, one of a split build's) (those of PARTS in its order, then any other package, then the rest): `{ name, bytes, inputs }` with `bytes` the minified
 * bytes its inputs left in the output (esbuild's `bytesInOutput`). The rest of the file (esbuild's glue, the legal
 * comments at its end) is the part "esbuild runtime and legal comments".
 */
export function bundleParts(metafile, output = Object.values(metafile.outputs)[0]) {
  const editorDeps = editorDependencies(metafile.inputs);
  const parts = new Map(Object.values(PARTS).map((name) => [name, { name, bytes: 0, inputs: 0 }]));
  let counted = 0;
  for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
    const name = partOf(path, editorDeps);
    const part = parts.get(name) ?? { name, bytes: 0, inputs: 0 };
    part.bytes += bytesInOutput;
    part.inputs += 1;
    counted += bytesInOutput;
    parts.set(name, part);
  }
  const rest = output.bytes - counted;
  if (rest > 0) parts.set('glue', { name: 'esbuild runtime and legal comments', bytes: rest, inputs: 0 });
  return [...parts.values()];
}
