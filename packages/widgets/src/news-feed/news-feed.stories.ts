import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { KIM_API } from '../../../../.storybook/mocks/kim-api.js';
import { withMockApi } from '../../../../.storybook/mocks/with-mock-api.js';
import '../define/news-feed.js';

interface NewsFeedArgs {
  apiBase: string;
  region?: string;
  group?: string;
  category?: string;
  limit: number;
  layout: 'list' | 'grid';
  hideImages: boolean;
  reader: boolean;
}

const meta: Meta<NewsFeedArgs> = {
  title: 'Widgets/Berita KIM (kim-news-feed)',
  component: 'kim-news-feed',
  args: { apiBase: KIM_API, region: '19.71', limit: 4, layout: 'list', hideImages: false, reader: false },
  render: (args, { globals }) =>
    html`<kim-news-feed
      api-base=${args.apiBase}
      region=${ifDefined(args.region)}
      group=${ifDefined(args.group)}
      category=${ifDefined(args.category)}
      limit=${args.limit}
      layout=${args.layout}
      ?hide-images=${args.hideImages}
      ?reader=${args.reader}
      theme=${globals.theme ?? 'light'}
    ></kim-news-feed>`,
};
export default meta;

type Story = StoryObj<NewsFeedArgs>;

/** The latest news of Kota Pangkal Pinang, four at a time, with "Muat lebih banyak". */
export const Content: Story = {};

/** Cards in a responsive grid. */
export const Grid: Story = { args: { layout: 'grid', limit: 6 } };

/** Text only. */
export const WithoutImages: Story = { args: { hideImages: true } };

/** Articles open inside the widget, sanitized, with a way back. */
export const Reader: Story = { args: { reader: true } };

/** Only one category. */
export const OneCategory: Story = { args: { category: 'kesehatan' } };

/** While the first page loads: a skeleton and `aria-busy`. */
export const Loading: Story = {
  tags: ['busy'],
  ...withMockApi({ name: 'loading', latency: 'infinite' }),
};

/** No news for the filter. */
export const Empty: Story = {
  ...withMockApi({ name: 'empty', empty: true }),
};

/** The API failed: a human message and "Coba lagi"; the details go to the console and `kim-error`. */
export const ErrorState: Story = {
  name: 'Error',
  tags: ['expected-console-error'],
  ...withMockApi({ name: 'failing', failing: true }),
};
