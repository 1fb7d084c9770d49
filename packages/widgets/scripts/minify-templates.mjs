// An esbuild plugin that squeezes the whitespace out of Lit's css`` and html`` templates, which esbuild's minifier
// leaves alone. Only runs of whitespace that contain a line break change: in CSS they go (or become one space); in
// HTML they become one space, which renders the same outside <pre> (the widgets have none).
import { readFile } from 'node:fs/promises';

const TEMPLATE = /\b(css|html)`((?:[^`\\$]|\\[\s\S]|\$(?!\{)|\$\{(?:[^{}]|\{[^{}]*\})*\})*)`/g;

function squeezeCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}

function squeezeHtml(text) {
  return text.replace(/\s*\n\s*/g, ' ');
}

/** Minifies the static parts of css`` and html`` templates; `${...}` expressions are kept as written. */
export function squeeze(source) {
  return source.replace(TEMPLATE, (_, tag, body) => {
    const parts = body.split(/(\$\{(?:[^{}]|\{[^{}]*\})*\})/);
    const fn = tag === 'css' ? squeezeCss : squeezeHtml;
    return `${tag}\`${parts.map((part, i) => (i % 2 ? part : tag === 'css' ? fn(part) : fn(part))).join('')}\``;
  });
}

/** The plugin: applies {@link squeeze} to the package's own TypeScript sources. */
export const minifyTemplates = {
  name: 'kim-minify-templates',
  setup(build) {
    build.onLoad({ filter: /\/src\/.*\.ts$/ }, async (args) => ({
      contents: squeeze(await readFile(args.path, 'utf8')),
      loader: 'ts',
    }));
  },
};
