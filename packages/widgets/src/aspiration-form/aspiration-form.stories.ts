import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { KIM_API } from '../../../../.storybook/mocks/kim-api.js';
import { withMockApi } from '../../../../.storybook/mocks/with-mock-api.js';
import { validAspirationInput } from '../test-fixtures/aspirations.js';
import '../define/aspiration-form.js';

interface AspirationFormArgs {
  apiBase: string;
  region: string;
  kinds: string;
  privacyUrl: string;
}

/**
 * Drafts and queued submissions live in the browser's storage (per API base and region); each story starts from a
 * clean slate.
 */
function clearWidgetStorage(): void {
  for (const storage of [localStorage, sessionStorage]) {
    for (const key of Object.keys(storage)) if (key.startsWith('kim-kit:')) storage.removeItem(key);
  }
}

const meta: Meta<AspirationFormArgs> = {
  title: 'Widgets/Sampaikan Aspirasi (kim-aspiration-form)',
  component: 'kim-aspiration-form',
  args: {
    apiBase: KIM_API,
    region: '19.71',
    kinds: 'aspiration,complaint,information_request',
    privacyUrl: 'https://kim.example.id/kebijakan-privasi',
  },
  beforeEach() {
    clearWidgetStorage();
    return clearWidgetStorage;
  },
  render: (args, { globals }) =>
    html`<kim-aspiration-form
      api-base=${args.apiBase}
      region=${args.region}
      kinds=${args.kinds}
      privacy-url=${args.privacyUrl}
      theme=${globals.theme ?? 'light'}
    ></kim-aspiration-form>`,
};
export default meta;

type Story = StoryObj<AspirationFormArgs>;

const shadowOf = (canvas: HTMLElement) => canvas.querySelector('kim-aspiration-form')!.shadowRoot!;

/** Waits for the choices (categories, districts) to arrive from the API. */
async function choicesLoaded(root: ShadowRoot): Promise<void> {
  await waitFor(() => expect(root.querySelectorAll('#categoryId option').length).toBeGreaterThan(1));
  await waitFor(() => expect(root.querySelectorAll('#district option').length).toBeGreaterThan(1));
}

/** Types the fixtures' valid complaint into the form, as a citizen would. */
async function fillValidAspiration(root: ShadowRoot): Promise<void> {
  await choicesLoaded(root);
  await userEvent.click(root.querySelector(`#kind-${validAspirationInput.kind}`)!);
  await userEvent.type(root.querySelector('#title')!, validAspirationInput.title);
  await userEvent.type(root.querySelector('#body')!, validAspirationInput.body, { delay: null });
  await userEvent.selectOptions(root.querySelector('#categoryId')!, validAspirationInput.categoryId);
  await userEvent.selectOptions(root.querySelector('#district')!, validAspirationInput.regionCode.slice(0, 8));
  await waitFor(() => expect(root.querySelectorAll('#regionCode option').length).toBeGreaterThan(1));
  await userEvent.selectOptions(root.querySelector('#regionCode')!, validAspirationInput.regionCode);
  await userEvent.click(root.querySelector('#consent')!);
}

async function submit(root: ShadowRoot): Promise<void> {
  await userEvent.click(root.querySelector('[part~="submit-button"]')!);
}

/** The empty form, its choices loaded from the API. */
export const Content: Story = {
  play: async ({ canvasElement }) => {
    await choicesLoaded(shadowOf(canvasElement));
  },
};

/** Only complaints, for a page dedicated to them. */
export const ComplaintsOnly: Story = { args: { kinds: 'complaint' } };

/** While the choices load. */
export const Loading: Story = {
  tags: ['busy'],
  ...withMockApi({ name: 'loading', latency: 'infinite' }),
};

/** The choices could not be loaded: a message and "Coba lagi" beside each. */
export const ErrorState: Story = {
  name: 'Error',
  tags: ['expected-console-error'],
  ...withMockApi({ name: 'failing', failing: true }),
};

/** Sent empty: each problem beside its field and in a summary announced through `aria-live`. */
export const ValidationErrors: Story = {
  play: async ({ canvasElement }) => {
    const root = shadowOf(canvasElement);
    await choicesLoaded(root);
    await submit(root);
    await waitFor(() => expect(root.querySelector('[part~="error-summary"] li')).not.toBeNull());
    await waitFor(() => expect(root.querySelectorAll('[part~="field-error"]').length).toBeGreaterThan(2));
  },
};

/** While the submission is on its way: the button says so and does not send twice. */
export const Sending: Story = {
  tags: ['busy'],
  ...withMockApi({ name: 'sending', submit: 'pending' }),
  play: async ({ canvasElement }) => {
    const root = shadowOf(canvasElement);
    await fillValidAspiration(root);
    await submit(root);
    await waitFor(() =>
      expect(root.querySelector('[part~="submit-button"]')?.getAttribute('aria-disabled')).toBe('true'),
    );
  },
};

/** No connection: the submission waits in the outbox ("Menunggu koneksi...") and is retried when it returns. */
export const QueuedOffline: Story = {
  name: 'Queued offline',
  tags: ['expected-console-error'],
  ...withMockApi({ name: 'offline', submit: 'offline' }),
  play: async ({ canvasElement }) => {
    const root = shadowOf(canvasElement);
    await fillValidAspiration(root);
    await submit(root);
    await waitFor(() => expect(root.querySelector('[part~="queued"]')).not.toBeNull());
  },
};

/** Accepted: the tracking code, a copy button and how to track it. */
export const Submitted: Story = {
  play: async ({ canvasElement }) => {
    const root = shadowOf(canvasElement);
    await fillValidAspiration(root);
    await submit(root);
    await waitFor(() => expect(root.querySelector('[part~="tracking-code"]')).not.toBeNull(), { timeout: 5000 });
  },
};
