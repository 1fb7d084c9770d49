// Every story: the widgets' manifest for docs and controls, the fake API behind MSW, and the language and theme
// toolbar globals.
import { type Preview, setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { mswLoader } from 'msw-storybook-addon/csf3';
import manifest from '../packages/widgets/custom-elements.json';
import { argTypesFor } from './arg-types.js';
import { fakeApiHandlers } from './mocks/kim-api.js';
import './preview.css';

interface ManifestMember {
  privacy?: string;
}
interface ManifestDeclaration {
  members?: ManifestMember[];
}

/** The manifest records private and protected members too; the docs show what a page author can use. */
function publicApiOnly<T extends { modules: { declarations?: ManifestDeclaration[] }[] }>(cem: T): T {
  return {
    ...cem,
    modules: cem.modules.map((mod) => ({
      ...mod,
      declarations: mod.declarations?.map((d) => ({
        ...d,
        members: d.members?.filter((m) => m.privacy !== 'private' && m.privacy !== 'protected'),
      })),
    })),
  };
}

setCustomElementsManifest(publicApiOnly(manifest));

const preview: Preview = {
  loaders: [mswLoader()],
  // The fake API on every behaviour's host (https://api.kim.test, https://loading.kim.test, ...: see mocks/kim-api.ts),
  // fresh for each story; a story picks a behaviour with its `apiBase` arg.
  beforeEach({ msw }) {
    msw.use(...fakeApiHandlers());
  },
  tags: ['autodocs'],
  globalTypes: {
    lang: {
      description: 'Bahasa widget / widget language',
      toolbar: {
        title: 'Bahasa',
        icon: 'globe',
        items: [
          { value: 'id', title: 'Bahasa Indonesia' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Tema widget / widget theme',
      toolbar: {
        title: 'Tema',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Terang / light', icon: 'sun' },
          { value: 'dark', title: 'Gelap / dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'id', theme: 'light' },
  // The widgets take their language from the nearest [lang]; the theme goes on each widget in its story's render.
  decorators: [
    (story, { globals }) =>
      html`<div class="kim-story" lang=${globals.lang ?? 'id'} data-theme=${globals.theme ?? 'light'}>${story()}</div>`,
  ],
  parameters: {
    docs: { extractArgTypes: (tag: string) => argTypesFor(manifest, tag) },
    layout: 'fullscreen',
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};

export default preview;
