import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { KIM_API } from '../../../../.storybook/mocks/kim-api.js';
import { withMockApi } from '../../../../.storybook/mocks/with-mock-api.js';
import '../define/group-directory.js';

interface GroupDirectoryArgs {
  apiBase: string;
  region?: string;
  focus?: string;
  limit: number;
}

const meta: Meta<GroupDirectoryArgs> = {
  title: 'Widgets/Direktori KIM (kim-group-directory)',
  component: 'kim-group-directory',
  args: { apiBase: KIM_API, region: '19.71', limit: 6 },
  render: (args, { globals }) =>
    html`<kim-group-directory
      api-base=${args.apiBase}
      region=${ifDefined(args.region)}
      focus=${ifDefined(args.focus)}
      limit=${args.limit}
      theme=${globals.theme ?? 'light'}
    ></kim-group-directory>`,
};
export default meta;

type Story = StoryObj<GroupDirectoryArgs>;

const shadowOf = (canvas: HTMLElement) => canvas.querySelector('kim-group-directory')!.shadowRoot!;

/** The KIM groups of Kota Pangkal Pinang, with search, district and focus-area filters, and "load more". */
export const Content: Story = {};

/** Opened on one focus area; the user can still change it. */
export const FocusArea: Story = { args: { focus: 'kesehatan' } };

/** Typing in the search box narrows the list (debounced) and announces the count. */
export const Search: Story = {
  play: async ({ canvasElement }) => {
    const root = shadowOf(canvasElement);
    await waitFor(() => expect(root.querySelectorAll('[part~="card"]').length).toBeGreaterThan(1));
    await userEvent.type(root.querySelector('input[type="search"]')!, 'Bacang');
    await waitFor(() => expect(root.querySelectorAll('[part~="card"]').length).toBe(1), { timeout: 3000 });
  },
};

/** While the first page loads. */
export const Loading: Story = {
  tags: ['busy'],
  ...withMockApi({ name: 'loading', latency: 'infinite' }),
};

/** Nothing matches. */
export const Empty: Story = {
  ...withMockApi({ name: 'empty', empty: true }),
};

/** The API failed: a human message and "Coba lagi"; the details go to the console and `kim-error`. */
export const ErrorState: Story = {
  name: 'Error',
  tags: ['expected-console-error'],
  ...withMockApi({ name: 'failing', failing: true }),
};
