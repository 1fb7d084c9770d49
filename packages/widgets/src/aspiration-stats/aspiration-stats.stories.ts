import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../define/aspiration-stats.js';
import { FAKE_API_BASE } from '../test-fixtures/fake-kim-api.js';

interface AspirationStatsArgs {
  apiBase: string;
  region: string;
  headingLevel: number;
  theme?: string;
}

const meta: Meta<AspirationStatsArgs> = {
  title: 'Widgets/Statistik Laporan (kim-aspiration-stats)',
  component: 'kim-aspiration-stats',
  args: { apiBase: FAKE_API_BASE, region: '19.71', headingLevel: 2 },
  render: (args, { globals }) =>
    html`<kim-aspiration-stats
      api-base=${args.apiBase}
      region=${args.region}
      heading-level=${args.headingLevel}
      theme=${args.theme || globals.theme || 'light'}
    ></kim-aspiration-stats>`,
};
export default meta;

type Story = StoryObj<AspirationStatsArgs>;

/** A city's figures: the headline numbers, then a table with bars by status, kind, category and district. */
export const Content: Story = {};

/** Nothing submitted in the period. */
export const Empty: Story = { args: { apiBase: 'https://empty.kim.test' } };

/** While the figures load. */
export const Loading: Story = { tags: ['busy'], args: { apiBase: 'https://loading.kim.test' } };

/** An unknown region: the API's "not found", shown as a message. */
export const UnknownRegion: Story = {
  name: 'Unknown region',
  tags: ['expected-console-error'],
  args: { region: '99.99' },
};

/** The API failed: a human message and "Coba lagi". */
export const ErrorState: Story = {
  name: 'Error',
  tags: ['expected-console-error'],
  args: { apiBase: 'https://failing.kim.test' },
};

/** On a 320 px phone: the bars give way to the numbers. */
export const Phone: Story = {
  decorators: [(story) => html`<div style="max-width: 320px">${story()}</div>`],
};
