import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../../define/account-admin.js';
import '../../define/sign-in.js';
import { KimSession } from '../shared/session.js';
import {
  ADMIN_ME,
  ADMIN_PASSWORD,
  createFakeAccountsApi,
  DINAS_MANAGER_ME,
  DINAS_PASSWORD,
  type FakeAccountsApi,
  OPERATOR_ME,
  OPERATOR_PASSWORD,
} from '../test-fixtures/fake-accounts-api.js';
import { FAKE_CONSOLE_BASE } from '../test-fixtures/fake-auth-api.js';

const PATIENCE = { timeout: 5000 };
const PEOPLE = {
  admin: [ADMIN_ME.email, ADMIN_PASSWORD],
  dinas: [DINAS_MANAGER_ME.email, DINAS_PASSWORD],
  operator: [OPERATOR_ME.email, OPERATOR_PASSWORD],
} as const;

interface AccountAdminArgs {
  /** Who is signed in; `none` shows the inline sign-in of a widget embedded on its own. */
  who: keyof typeof PEOPLE | 'none';
  /** `error`: the people list fails; `loading`: it never answers. */
  people?: 'error' | 'loading';
}

/** Each story gets its own fake API and a session in memory, signed in before the element renders. */
async function sessionFor(args: AccountAdminArgs) {
  const api: FakeAccountsApi = createFakeAccountsApi();
  if (args.people === 'error') api.fail = { path: /\/v1\/admin\/users$/, status: 500 };
  if (args.people === 'loading') api.hang = /\/v1\/admin\/users$/;
  const session = new KimSession({ baseUrl: FAKE_CONSOLE_BASE, fetch: api.fetch, storage: null });
  if (args.who !== 'none') await session.signIn({ email: PEOPLE[args.who][0], password: PEOPLE[args.who][1] });
  return session;
}

const meta: Meta<AccountAdminArgs> = {
  title: 'Console/Akun dan token (kim-account-admin)',
  component: 'kim-account-admin',
  args: { who: 'admin' },
  loaders: [async ({ args }) => ({ session: await sessionFor(args as AccountAdminArgs) })],
  render: (_args, { globals, loaded }) =>
    html`<kim-account-admin .session=${loaded.session as KimSession} theme=${globals.theme || 'light'}></kim-account-admin>`,
};
export default meta;

type Story = StoryObj<AccountAdminArgs>;

const rootOf = (canvas: HTMLElement) => canvas.querySelector('kim-account-admin')!.shadowRoot!;
const loaded = async (root: ShadowRoot) =>
  waitFor(() => expect(root.querySelector('[part~="people-table"]')).not.toBeNull(), PATIENCE);

/** An admin: everyone, with role and scope in words, and every token. */
export const Admin: Story = {
  play: async ({ canvasElement }) => loaded(rootOf(canvasElement)),
};

/** A Dinas official: the people and tokens of their region. */
export const DinasOfficial: Story = {
  name: 'Dinas official',
  args: { who: 'dinas' },
  play: async ({ canvasElement }) => loaded(rootOf(canvasElement)),
};

/** A KIM operator: their own API tokens only. */
export const Operator: Story = {
  name: 'Operator (own tokens only)',
  args: { who: 'operator' },
  play: async ({ canvasElement }) =>
    waitFor(() => expect(rootOf(canvasElement).querySelector('[part~="tokens-empty"]')).not.toBeNull(), PATIENCE),
};

/** The people list while it loads. */
export const Loading: Story = { args: { people: 'loading' }, tags: ['busy'] };

/** The people list failed: the message and a retry. */
export const LoadError: Story = {
  name: 'Load error',
  args: { people: 'error' },
  play: async ({ canvasElement }) =>
    waitFor(() => expect(rootOf(canvasElement).querySelector('[part~="error"]')).not.toBeNull(), PATIENCE),
};

/** Not signed in (embedded on an intranet page): the sign-in form. */
export const SignedOut: Story = { name: 'Signed out', args: { who: 'none' } };

/** The invitation form sent empty: each problem beside its field and in the summary. */
export const InviteProblems: Story = {
  name: 'Invite, problems',
  play: async ({ canvasElement }) => {
    const root = rootOf(canvasElement);
    await loaded(root);
    root.querySelector<HTMLButtonElement>('[part~="invite-button"]')!.click();
    await waitFor(() => expect(root.querySelector('[part~="person-form"]')).not.toBeNull(), PATIENCE);
    root.querySelector<HTMLButtonElement>('[part~="person-form"] [part~="submit"]')!.click();
    await waitFor(() => expect(root.querySelector('[part~="error-summary"]')).not.toBeNull(), PATIENCE);
  },
};

/** A new invitation: the one-time link with copy, and its expiry in WIB. */
export const InvitationLink: Story = {
  name: 'Invitation link (shown once)',
  play: async ({ canvasElement }) => {
    const root = rootOf(canvasElement);
    await loaded(root);
    root.querySelector<HTMLButtonElement>('[data-user="usr_kim_2"] [part~="reissue-button"]')!.click();
    await waitFor(() => expect(root.querySelector('[part~="invitation-link"]')).not.toBeNull(), PATIENCE);
  },
};

/** Changing a person's role and scope. */
export const ChangeRole: Story = {
  name: 'Change role',
  play: async ({ canvasElement }) => {
    const root = rootOf(canvasElement);
    await loaded(root);
    root.querySelector<HTMLButtonElement>(`[data-user="${OPERATOR_ME.id}"] button`)!.click();
    await waitFor(() => expect(root.querySelector('#group option[value="grp_0002"]')).not.toBeNull(), PATIENCE);
  },
};

/** Disabling asks first. */
export const ConfirmDisable: Story = {
  name: 'Confirm disable',
  play: async ({ canvasElement }) => {
    const root = rootOf(canvasElement);
    await loaded(root);
    root.querySelector<HTMLButtonElement>(`[data-user="${OPERATOR_ME.id}"] [part~="disable-button"]`)!.click();
    await waitFor(() => expect(root.querySelector('dialog[open]')).not.toBeNull(), PATIENCE);
  },
};

/** A new API token: its secret shown once, with the warning. */
export const TokenSecret: Story = {
  name: 'Token secret (shown once)',
  play: async ({ canvasElement }) => {
    const root = rootOf(canvasElement);
    await loaded(root);
    root.querySelector<HTMLButtonElement>('[part~="token-button"]')!.click();
    await waitFor(() => expect(root.querySelector('#tokenName')).not.toBeNull(), PATIENCE);
    const name = root.querySelector<HTMLInputElement>('#tokenName')!;
    name.value = 'Portal provinsi';
    name.dispatchEvent(new Event('input'));
    root.querySelector<HTMLButtonElement>('[part~="token-form"] [part~="submit"]')!.click();
    await waitFor(() => expect(root.querySelector('[part~="token-secret"]')).not.toBeNull(), PATIENCE);
  },
};
