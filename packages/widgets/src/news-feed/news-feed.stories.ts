import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../define/news-feed.js';
import { FAKE_API_BASE } from '../test-fixtures/fake-kim-api.js';

interface NewsFeedArgs {
  apiBase: string;
  region?: string;
  group?: string;
  category?: string;
  limit: number;
  layout: string;
  hideImages: boolean;
  reader: boolean;
  headingLevel: number;
  theme?: string;
}

/** The feed's attributes; the theme follows the toolbar unless the `theme` control says otherwise. */
const meta: Meta<NewsFeedArgs> = {
  title: 'Widgets/Berita KIM (kim-news-feed)',
  component: 'kim-news-feed',
  args: {
    apiBase: FAKE_API_BASE,
    region: '19.71',
    limit: 4,
    layout: 'list',
    hideImages: false,
    reader: false,
    headingLevel: 2,
  },
  render: (args, { globals }) =>
    html`<kim-news-feed
      api-base=${args.apiBase}
      region=${ifDefined(args.region || undefined)}
      group=${ifDefined(args.group || undefined)}
      category=${ifDefined(args.category || undefined)}
      limit=${args.limit}
      layout=${args.layout}
      heading-level=${args.headingLevel}
      ?hide-images=${args.hideImages}
      ?reader=${args.reader}
      theme=${args.theme || globals.theme || 'light'}
    ></kim-news-feed>`,
};
export default meta;

type Story = StoryObj<NewsFeedArgs>;

/** The latest news of Kota Pangkal Pinang, four at a time, with "Muat lebih banyak". */
export const Content: Story = {};

/** Cards in a responsive grid, under a page heading of level 2 (the titles are level 3). */
export const Grid: Story = { args: { layout: 'grid', limit: 6, headingLevel: 3 } };

/** Text only. */
export const WithoutImages: Story = { args: { hideImages: true } };

/** Articles open inside the widget, sanitized, with a way back. */
export const Reader: Story = { args: { reader: true } };

/** Only one category. */
export const OneCategory: Story = { args: { category: 'kesehatan' } };

/** While the first page loads: a skeleton and `aria-busy` (the API at loading.kim.test never answers). */
export const Loading: Story = { tags: ['busy'], args: { apiBase: 'https://loading.kim.test' } };

/** No news for the filter. */
export const Empty: Story = { args: { apiBase: 'https://empty.kim.test' } };

/** The API failed: a human message and "Coba lagi"; the details go to the console and `kim-error`. */
export const ErrorState: Story = {
  name: 'Error',
  tags: ['expected-console-error'],
  args: { apiBase: 'https://failing.kim.test' },
};
