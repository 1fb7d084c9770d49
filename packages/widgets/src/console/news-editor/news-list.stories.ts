import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../../define/news-list.js';
import { KimSession } from '../shared/session.js';
import { FAKE_CONSOLE_BASE } from '../test-fixtures/fake-auth-api.js';
import { createFakeNewsApi, fakeArticle, OPERATOR_ME } from '../test-fixtures/fake-news-api.js';

const PATIENCE = { timeout: 5000 };

interface ListArgs {
  /** How many articles the fake has. */
  count: number;
  /** The connection is down. */
  offline?: boolean;
}

const STATUSES = ['draft', 'submitted', 'returned', 'published'] as const;

const meta: Meta<ListArgs> = {
  title: 'Console/Berita saya (kim-news-list)',
  component: 'kim-news-list',
  args: { count: 4 },
  render: (args, { globals }) => {
    const api = createFakeNewsApi();
    for (let i = 0; i < args.count; i++) {
      const id = `news_${i + 1}`;
      api.articles.set(id, fakeArticle({ id, title: `Kegiatan KIM Bacang ke-${i + 1}`, status: STATUSES[i % 4] }));
    }
    const secret = api.operatorSecret();
    const stored = JSON.stringify({ secret, me: OPERATOR_ME });
    const session = new KimSession({
      baseUrl: FAKE_CONSOLE_BASE,
      fetch: api.fetch,
      storage: { getItem: () => stored, setItem: () => {}, removeItem: () => {} },
    });
    api.offline = args.offline ?? false;
    return html`<kim-news-list .session=${session} theme=${globals.theme || 'light'}></kim-news-list>`;
  },
};
export default meta;

type Story = StoryObj<ListArgs>;

const rootOf = (canvas: HTMLElement) => canvas.querySelector('kim-news-list')!.shadowRoot!;

/** Drafts, submitted, returned and published articles, each linking to its editor. */
export const Articles: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(rootOf(canvasElement).querySelector('[part~="list"]')).not.toBeNull(), PATIENCE);
  },
};

/** No articles yet. */
export const Empty: Story = {
  args: { count: 0 },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(rootOf(canvasElement).querySelector('[part~="empty"]')).not.toBeNull(), PATIENCE);
  },
};

/** The list cannot load: a message and a retry. */
export const LoadError: Story = {
  name: 'Load error',
  args: { offline: true },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(rootOf(canvasElement).querySelector('[part~="load-error"]')).not.toBeNull(), PATIENCE);
  },
};
