import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import './define/all.js';
import { trackingInProgress } from './test-fixtures/aspirations.js';
import { FAKE_API_BASE } from './test-fixtures/fake-kim-api.js';
import { cityPortal, kampung, type Palette } from './test-fixtures/palettes.js';

/** The public design tokens; every widget reads them, each with a fallback. */
interface ThemeArgs {
  primary: string;
  onPrimary: string;
  surface: string;
  text: string;
  muted: string;
  danger: string;
  border: string;
  radius: string;
  font: string;
  space: string;
}

const tokens = (args: ThemeArgs) => ({
  '--kim-color-primary': args.primary,
  '--kim-color-on-primary': args.onPrimary,
  '--kim-color-surface': args.surface,
  '--kim-color-text': args.text,
  '--kim-color-muted': args.muted,
  '--kim-color-danger': args.danger,
  '--kim-color-border': args.border,
  '--kim-radius': args.radius,
  '--kim-font': args.font,
  '--kim-space': args.space,
});

const meta: Meta<ThemeArgs> = {
  title: 'Guides/Theming',
  argTypes: {
    primary: { control: 'color', description: '`--kim-color-primary`: buttons, links, focus rings' },
    onPrimary: { control: 'color', description: '`--kim-color-on-primary`: text on primary buttons' },
    surface: { control: 'color', description: '`--kim-color-surface`: cards and panels' },
    text: { control: 'color', description: '`--kim-color-text`' },
    muted: { control: 'color', description: '`--kim-color-muted`: secondary text' },
    danger: { control: 'color', description: '`--kim-color-danger`: errors' },
    border: { control: 'color', description: '`--kim-color-border`' },
    radius: { control: 'text', description: '`--kim-radius`' },
    font: { control: 'text', description: '`--kim-font`' },
    space: { control: 'text', description: '`--kim-space`: the base spacing unit' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Custom properties inherit through Shadow DOM: set the `--kim-*` tokens on any ancestor (or the element) ' +
          'and every widget follows. `::part()` reaches individual pieces, e.g. `kim-news-feed::part(title)`. ' +
          'Colours you leave out are derived from the ones you set: the text on buttons is black or white, whichever ' +
          'contrasts more with `--kim-color-primary`; muted text, borders and placeholders mix text and surface. ' +
          'The palettes below are checked for a contrast of at least 4.5:1 in the light and dark themes.',
      },
    },
  },
  render: (args, { globals }) => html`
    <style>
      .kim-theming {
        display: grid;
        gap: 2rem;
      }
      .kim-theming kim-news-feed::part(title) {
        letter-spacing: -0.01em;
      }
      .kim-theming kim-news-feed::part(item) {
        border-width: 2px;
      }
    </style>
    <div class="kim-theming" style=${styleMap(tokens(args))}>
      <kim-news-feed api-base=${FAKE_API_BASE} region="19.71" limit="3" layout="grid" theme=${globals.theme ?? 'light'}></kim-news-feed>
      <kim-aspiration-status
        api-base=${FAKE_API_BASE}
        tracking-code=${trackingInProgress.trackingCode}
        theme=${globals.theme ?? 'light'}
      ></kim-aspiration-status>
    </div>
  `,
};
export default meta;

type Story = StoryObj<ThemeArgs>;

/** The story args of a palette of the guide (test-fixtures/palettes.ts, also checked for contrast by the tests). */
const argsOf = (palette: Palette): ThemeArgs => ({
  primary: palette['--kim-color-primary']!,
  onPrimary: palette['--kim-color-on-primary']!,
  surface: palette['--kim-color-surface']!,
  text: palette['--kim-color-text']!,
  muted: palette['--kim-color-muted']!,
  danger: palette['--kim-color-danger']!,
  border: palette['--kim-color-border']!,
  radius: palette['--kim-radius']!,
  font: palette['--kim-font']!,
  space: palette['--kim-space']!,
});

/** The navy and gold of the Kota Pangkalpinang portal (examples/municipal-site). */
export const CityPortal: Story = { name: 'City portal (navy and gold)', args: argsOf(cityPortal) };

/** A warm, rounded look with a serif face and more room. */
export const Kampung: Story = { name: 'Green, rounded, serif', args: argsOf(kampung) };
