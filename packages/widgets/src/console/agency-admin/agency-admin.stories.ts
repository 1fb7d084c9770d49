import type { Me } from '@kim-kit/sdk';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../../define/agency-admin.js';
import {
  AGENCY_DINAS_ME,
  AGENCY_KIM_ME,
  createFakeAgencyApi,
  type FakeAgencyApi,
} from '../test-fixtures/fake-agency-api.js';

const PATIENCE = { timeout: 5000 };

interface AgencyArgs {
  me?: Me;
  setup?: (api: FakeAgencyApi) => void;
}

const apis = new WeakMap<Element, FakeAgencyApi>();

const meta: Meta<AgencyArgs> = {
  title: 'Console/Perangkat daerah (kim-agency-admin)',
  component: 'kim-agency-admin',
  render: (args, { globals }) => {
    const api = createFakeAgencyApi();
    args.setup?.(api);
    const el = document.createElement('kim-agency-admin');
    el.session = api.sessionFor(args.me ?? AGENCY_DINAS_ME);
    el.theme = globals.theme || 'light';
    apis.set(el, api);
    return html`${el}`;
  },
};
export default meta;

type Story = StoryObj<AgencyArgs>;

const rootOf = (canvas: HTMLElement) => canvas.querySelector('kim-agency-admin')!.shadowRoot!;

async function listed(canvas: HTMLElement) {
  const root = rootOf(canvas);
  await waitFor(() => expect(root.querySelector('table[part~="list"][aria-busy="false"]')).not.toBeNull(), PATIENCE);
  return root;
}

/** A Dinas official's city: its agencies by name, one archived. */
export const Content: Story = {
  play: async ({ canvasElement }) => {
    await listed(canvasElement);
  },
};

/** The list is on its way. */
export const Loading: Story = {
  tags: ['busy'],
  args: {
    setup: (api) => {
      api.delay = Number.POSITIVE_INFINITY;
    },
  },
};

/** No agency yet: the registry starts empty. */
export const Empty: Story = {
  args: { setup: (api) => api.agencies.splice(0) },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(rootOf(canvasElement).querySelector('[part~="empty"]')).not.toBeNull(), PATIENCE);
  },
};

/** The server cannot answer: the message and a retry. */
export const ErrorState: Story = {
  name: 'Error',
  args: {
    setup: (api) => {
      api.failWith = 503;
    },
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(rootOf(canvasElement).querySelector('[part~="retry-button"]')).not.toBeNull(), PATIENCE);
  },
};

/** A KIM operator keeps no agencies. */
export const Forbidden: Story = {
  args: { me: AGENCY_KIM_ME },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(rootOf(canvasElement).querySelector('[part~="forbidden"]')).not.toBeNull(), PATIENCE);
  },
};

/** Adding an agency sent without its names: the error summary and the fields' messages. */
export const NewWithErrors: Story = {
  name: 'New agency, missing fields',
  play: async ({ canvasElement }) => {
    const root = await listed(canvasElement);
    root.querySelector<HTMLButtonElement>('[part~="add-button"]')!.click();
    await waitFor(() => expect(root.querySelector('[part~="save-button"]')).not.toBeNull(), PATIENCE);
    root.querySelector<HTMLButtonElement>('[part~="save-button"]')!.click();
    await waitFor(() => expect(root.querySelector('#error-summary')).not.toBeNull(), PATIENCE);
  },
};

/** Someone else changed the agency while it was being edited: keep one's input, or take theirs. */
export const Conflict: Story = {
  play: async ({ canvasElement }) => {
    const root = await listed(canvasElement);
    root.querySelector<HTMLButtonElement>('tr[data-id="agc_dishub"] .edit')!.click();
    await waitFor(() => expect(root.querySelector('#email')).not.toBeNull(), PATIENCE);
    const email = root.querySelector<HTMLInputElement>('#email')!;
    email.value = 'baru@pangkalpinangkota.go.id';
    email.dispatchEvent(new Event('input'));
    apis
      .get(canvasElement.querySelector('kim-agency-admin')!)!
      .agencies.find((a) => a.id === 'agc_dishub')!.version = 2;
    root.querySelector<HTMLButtonElement>('[part~="save-button"]')!.click();
    await waitFor(() => expect(root.querySelector('[part~="conflict"]')).not.toBeNull(), PATIENCE);
  },
};
