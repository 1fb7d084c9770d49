import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../define/group-directory.js';
import { FAKE_API_BASE } from '../test-fixtures/fake-kim-api.js';

interface GroupDirectoryArgs {
  apiBase: string;
  region?: string;
  focusArea?: string;
  limit: number;
  groupUrl?: string;
  headingLevel: number;
  theme?: string;
}

const meta: Meta<GroupDirectoryArgs> = {
  title: 'Widgets/Direktori KIM (kim-group-directory)',
  component: 'kim-group-directory',
  args: { apiBase: FAKE_API_BASE, region: '19.71', limit: 6, headingLevel: 2 },
  render: (args, { globals }) =>
    html`<kim-group-directory
      api-base=${args.apiBase}
      region=${ifDefined(args.region || undefined)}
      focus=${ifDefined(args.focusArea || undefined)}
      group-url=${ifDefined(args.groupUrl || undefined)}
      heading-level=${args.headingLevel}
      limit=${args.limit}
      theme=${args.theme || globals.theme || 'light'}
    ></kim-group-directory>`,
};
export default meta;

type Story = StoryObj<GroupDirectoryArgs>;

const shadowOf = (canvas: HTMLElement) => canvas.querySelector('kim-group-directory')!.shadowRoot!;

/** The KIM groups of Kota Pangkal Pinang, with search, district and focus-area filters, and "load more". */
export const Content: Story = {};

/** Each name links to the group's page (`group-url="/kim/{slug}"`); without it, names are plain headings. */
export const WithGroupPages: Story = { args: { groupUrl: '/kim/{slug}' } };

/** Opened on one focus area; the user can still change it. */
export const FocusArea: Story = { args: { focusArea: 'kesehatan' } };

/** Typing in the search box narrows the list (debounced) and announces the count. */
export const Search: Story = {
  play: async ({ canvasElement }) => {
    const root = shadowOf(canvasElement);
    await waitFor(() => expect(root.querySelectorAll('[part~="card"]').length).toBeGreaterThan(1), { timeout: 5000 });
    await userEvent.type(root.querySelector('input[type="search"]')!, 'Bacang');
    await waitFor(() => expect(root.querySelectorAll('[part~="card"]').length).toBe(1), { timeout: 3000 });
  },
};

/** While the first page loads. */
export const Loading: Story = { tags: ['busy'], args: { apiBase: 'https://loading.kim.test' } };

/** Nothing matches. */
export const Empty: Story = { args: { apiBase: 'https://empty.kim.test' } };

/** The API failed: a human message and "Coba lagi"; the details go to the console and `kim-error`. */
export const ErrorState: Story = {
  name: 'Error',
  tags: ['expected-console-error'],
  args: { apiBase: 'https://failing.kim.test' },
};
