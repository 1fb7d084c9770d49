import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../../define/webhook-admin.js';
import '../../define/sign-in.js';
import { KimSession } from '../shared/session.js';
import { DINAS_ME, FAKE_CONSOLE_BASE } from '../test-fixtures/fake-auth-api.js';
import { createFakeWebhooksApi, WEBHOOK_OPERATOR_ME, WEBHOOK_PASSWORD } from '../test-fixtures/fake-webhooks-api.js';

const PATIENCE = { timeout: 5000 };

interface WebhookAdminArgs {
  /** Who is signed in; `none` shows the inline sign-in of a widget embedded on its own. */
  who: 'dinas' | 'operator' | 'none';
  /** `error`: the list fails; `loading`: it never answers; `empty`: no subscriptions. */
  list?: 'error' | 'loading' | 'empty';
}

/** Each story gets its own fake API and a session in memory, signed in before the element renders. */
async function sessionFor(args: WebhookAdminArgs) {
  const api = createFakeWebhooksApi();
  if (args.list === 'error') api.failReads = true;
  if (args.list === 'empty') api.hooks = [];
  const fetch =
    args.list === 'loading'
      ? (request: Request) =>
          new URL(request.url).pathname === '/v1/admin/webhooks' ? new Promise<Response>(() => {}) : api.fetch(request)
      : api.fetch;
  const session = new KimSession({ baseUrl: FAKE_CONSOLE_BASE, fetch, storage: null });
  if (args.who !== 'none') {
    const email = args.who === 'operator' ? WEBHOOK_OPERATOR_ME.email : DINAS_ME.email;
    await session.signIn({ email, password: WEBHOOK_PASSWORD });
  }
  return session;
}

const meta: Meta<WebhookAdminArgs> = {
  title: 'Console/Integrasi (kim-webhook-admin)',
  component: 'kim-webhook-admin',
  args: { who: 'dinas' },
  loaders: [async ({ args }) => ({ session: await sessionFor(args as WebhookAdminArgs) })],
  render: (_args, { globals, loaded }) =>
    html`<kim-webhook-admin .session=${loaded.session as KimSession} theme=${globals.theme || 'light'}></kim-webhook-admin>`,
};
export default meta;

type Story = StoryObj<WebhookAdminArgs>;

const rootOf = (canvas: HTMLElement) => canvas.querySelector('kim-webhook-admin')!.shadowRoot!;
const loaded = async (root: ShadowRoot) =>
  waitFor(() => expect(root.querySelector('[part~="subscriptions"]')).not.toBeNull(), PATIENCE);
const shows = (root: ShadowRoot, selector: string) =>
  waitFor(() => expect(root.querySelector(selector)).not.toBeNull(), PATIENCE);

/** A state reached from the list by pressing `button`: the story waits for `selector` to show. */
const afterPressing =
  (button: string, selector: string): Story['play'] =>
  async ({ canvasElement }) => {
    const root = rootOf(canvasElement);
    await loaded(root);
    root.querySelector<HTMLButtonElement>(button)!.click();
    await shows(root, selector);
  };

/** A state reached by sending the new-subscription form with `url`. */
const afterCreating =
  (url: string, selector: string): Story['play'] =>
  async (context) => {
    const root = rootOf(context.canvasElement);
    await afterPressing('[part~="create-button"]', '#url')!(context);
    const field = root.querySelector<HTMLInputElement>('#url')!;
    field.value = url;
    field.dispatchEvent(new Event('input'));
    root.querySelector<HTMLButtonElement>('[part~="hook-form"] [part~="submit"]')!.click();
    await shows(root, selector);
  };

/** A Dinas official's subscriptions: one active, one disabled. */
export const Content: Story = { play: async ({ canvasElement }) => loaded(rootOf(canvasElement)) };

/** While the list loads. */
export const Loading: Story = { args: { list: 'loading' }, tags: ['busy'] };

/** No subscriptions yet. */
export const Empty: Story = {
  args: { list: 'empty' },
  play: async ({ canvasElement }) => shows(rootOf(canvasElement), '[part~="empty"]'),
};

/** The list failed: the message and a retry. */
export const ErrorState: Story = {
  name: 'Error',
  args: { list: 'error' },
  play: async ({ canvasElement }) => shows(rootOf(canvasElement), '[part~="error"]'),
};

/** A KIM operator: the section is not theirs. */
export const Forbidden: Story = { args: { who: 'operator' } };

/** Not signed in (embedded on an intranet page): the sign-in form. */
export const SignedOut: Story = { name: 'Signed out', args: { who: 'none' } };

/** The new-subscription form sent with a plain http URL: the problem beside the field and in the summary. */
export const CreateProblems: Story = {
  name: 'Create, problems',
  play: afterCreating('http://lapor.example.go.id/hook', '[part~="error-summary"]'),
};

/** A new subscription: its signing secret shown once, with copy and the warning. */
export const Secret: Story = {
  name: 'Secret (shown once)',
  play: afterCreating('https://lapor.example.go.id/hook', '[part~="secret-panel"]'),
};

/** Editing a subscription: URL, events, description, active. */
export const Edit: Story = {
  play: afterPressing('[data-hook="whk_lapor"] [part~="edit-button"]', '[part~="hook-form"]'),
};

/** Rotating the secret asks first. */
export const ConfirmRotate: Story = {
  name: 'Confirm rotate',
  play: afterPressing('[data-hook="whk_lapor"] [part~="rotate-button"]', 'dialog[open]'),
};

/** The delivery log: status, response code, attempt, and "Kirim ulang". */
export const DeliveryLog: Story = {
  name: 'Delivery log',
  play: afterPressing('[data-hook="whk_lapor"] [part~="log-button"]', '[part~="deliveries"]'),
};
