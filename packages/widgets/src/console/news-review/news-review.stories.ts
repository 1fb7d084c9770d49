import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../../define/news-review.js';
import {
  createFakeAdminApi,
  type FakeAdminApi,
  OPERATOR_ME,
  signedInSession,
} from '../test-fixtures/fake-admin-api.js';

const PATIENCE = { timeout: 5000 };
/** The fake API of the story on screen (stories render one at a time). */
let current: FakeAdminApi | undefined;

interface ReviewArgs {
  /** How the fake API behaves before the story starts. */
  setup?: (api: FakeAdminApi) => void;
  /** Signed in as the operator of KIM Bacang (who may not review) instead of the Dinas official. */
  operator?: boolean;
}

const meta: Meta<ReviewArgs> = {
  title: 'Console/Tinjauan berita (kim-news-review)',
  component: 'kim-news-review',
  render: (args, { globals }) => {
    const api = createFakeAdminApi();
    args.setup?.(api);
    current = api;
    const session = signedInSession(api, args.operator ? OPERATOR_ME : undefined);
    return html`<kim-news-review .session=${session} theme=${globals.theme || 'light'}></kim-news-review>`;
  },
};
export default meta;

type Story = StoryObj<ReviewArgs>;

const rootOf = (canvas: HTMLElement) => canvas.querySelector('kim-news-review')!.shadowRoot!;
const button = (root: ShadowRoot, selector: string, label: string) =>
  [...root.querySelectorAll<HTMLButtonElement>(selector)].find((b) => b.textContent?.trim() === label)!;

async function ready(root: ShadowRoot) {
  await waitFor(() => expect(root.querySelector('[part~="list"], [part~="empty"]')).not.toBeNull(), PATIENCE);
}

async function openFirst(root: ShadowRoot, title = 'Posyandu Bacang dibuka setiap Selasa') {
  await ready(root);
  button(root, '.title-button', title).click();
  await waitFor(() => expect(root.querySelector('[part~="body"]')).not.toBeNull(), PATIENCE);
}

/** The queue: submitted articles, the longest waiting first, with their KIM, author and submission time. */
export const Content: Story = {
  name: 'Content',
  play: async ({ canvasElement }) => ready(rootOf(canvasElement)),
};

/** The lists are loading. */
export const Loading: Story = {
  tags: ['busy'],
  args: {
    setup: (api) => {
      api.hold = new Promise(() => {});
    },
  },
};

/** Nothing waits for review. */
export const Empty: Story = {
  args: {
    setup: (api) => {
      api.news = api.news.filter((n) => n.status !== 'submitted');
    },
  },
  play: async ({ canvasElement }) => ready(rootOf(canvasElement)),
};

/** The queue could not be loaded: the message and a retry. */
export const ErrorState: Story = {
  name: 'Error',
  args: {
    setup: (api) => {
      api.failWith = 503;
    },
  },
  play: async ({ canvasElement }) =>
    waitFor(() => expect(rootOf(canvasElement).querySelector('[part~="error"]')).not.toBeNull(), PATIENCE),
};

/** A KIM operator opens the review desk: their role does not allow it. */
export const Forbidden: Story = {
  args: { operator: true },
};

/** The published list, newest first, with unpublish and correct on each article. */
export const Published: Story = {
  play: async ({ canvasElement }) => {
    const root = rootOf(canvasElement);
    await ready(root);
    root.querySelector<HTMLButtonElement>('[data-tab="published"]')!.click();
    await waitFor(() => expect(root.querySelector('.title-button')?.textContent).toContain('bibit'), PATIENCE);
  },
};

/** One submitted article, read as the public reader shows it, with the review steps. */
export const Article: Story = {
  name: 'Article',
  play: async ({ canvasElement }) => openFirst(rootOf(canvasElement)),
};

/** Scheduling: the date and time in the article's region zone (WIB here). */
export const Schedule: Story = {
  play: async ({ canvasElement }) => {
    const root = rootOf(canvasElement);
    await openFirst(root);
    root.querySelector<HTMLButtonElement>('[data-step="schedule"]')!.click();
    await waitFor(() => expect(root.querySelector('#publishAt')).not.toBeNull(), PATIENCE);
  },
};

/** Sending back without a note: the note is required. */
export const ReturnNoteRequired: Story = {
  name: 'Return, note required',
  play: async ({ canvasElement }) => {
    const root = rootOf(canvasElement);
    await openFirst(root);
    root.querySelector<HTMLButtonElement>('[data-step="return"]')!.click();
    await waitFor(() => expect(root.querySelector('#note')).not.toBeNull(), PATIENCE);
    root.querySelector<HTMLButtonElement>('#step button[type="submit"]')!.click();
    await waitFor(() => expect(root.querySelector('#note-error')).not.toBeNull(), PATIENCE);
  },
};

/** Someone else changed the article after it was opened: the step is refused and the changes listed. */
export const Conflict: Story = {
  play: async ({ canvasElement }) => {
    const root = rootOf(canvasElement);
    await openFirst(root);
    current!.changeBehind('news_1', { title: 'Posyandu Bacang dibuka setiap Selasa dan Kamis' });
    root.querySelector<HTMLButtonElement>('[part~="publish"]')!.click();
    await waitFor(() => expect(root.querySelector('[part~="conflict"]')).not.toBeNull(), PATIENCE);
  },
};
