// custom-elements.json for IDEs, Storybook docs and linters. Define files give the tag names (see TOOLCHAIN note 10).

/** Keeps the documented `kim-*` events (the analyzer also lists constructor arguments of `new KimXEvent(x)`), and
 * points definitions at the class modules as they are named elsewhere in the manifest (`src/x.ts`, not `/src/x.js`). */
const tidy = {
  name: 'kim-tidy',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules) {
      for (const declaration of mod.declarations ?? []) {
        if (declaration.events) declaration.events = declaration.events.filter((e) => e.name?.startsWith('kim-'));
      }
      for (const exp of mod.exports ?? []) {
        const ref = exp.declaration;
        if (ref?.module?.startsWith('/')) ref.module = ref.module.slice(1).replace(/\.js$/, '.ts');
      }
    }
  },
};

export default {
  globs: ['src/**/*.ts'],
  // src/cdn/ holds the CDN build's entries, which only re-export.
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/test-fixtures/**', 'src/cdn/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [tidy],
};
