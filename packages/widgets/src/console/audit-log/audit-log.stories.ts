import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../../define/audit-log.js';
import '../../define/sign-in.js';
import { KimSession } from '../shared/session.js';
import {
  ADMIN_ME,
  ADMIN_PASSWORD,
  createFakeAccountsApi,
  OPERATOR_ME,
  OPERATOR_PASSWORD,
} from '../test-fixtures/fake-accounts-api.js';
import { FAKE_CONSOLE_BASE } from '../test-fixtures/fake-auth-api.js';

const PATIENCE = { timeout: 5000 };

interface AuditLogArgs {
  /** Who is signed in; `none` shows the inline sign-in of a widget embedded on its own. */
  who: 'admin' | 'operator' | 'none';
  /** `error`: the log fails; `loading`: it never answers; `empty`: nothing recorded; `paged`: 4 a page. */
  log?: 'error' | 'loading' | 'empty' | 'paged';
}

/** Each story gets its own fake API and a session in memory, signed in before the element renders. */
async function sessionFor(args: AuditLogArgs) {
  const api = createFakeAccountsApi();
  if (args.log === 'error') api.fail = { path: /\/v1\/admin\/audit$/, status: 500 };
  if (args.log === 'loading') api.hang = /\/v1\/admin\/audit$/;
  if (args.log === 'empty') api.audit = [];
  if (args.log === 'paged') api.pageSize = 4;
  const session = new KimSession({ baseUrl: FAKE_CONSOLE_BASE, fetch: api.fetch, storage: null });
  if (args.who === 'admin') await session.signIn({ email: ADMIN_ME.email, password: ADMIN_PASSWORD });
  if (args.who === 'operator') await session.signIn({ email: OPERATOR_ME.email, password: OPERATOR_PASSWORD });
  return session;
}

const meta: Meta<AuditLogArgs> = {
  title: 'Console/Log audit (kim-audit-log)',
  component: 'kim-audit-log',
  args: { who: 'admin' },
  loaders: [async ({ args }) => ({ session: await sessionFor(args as AuditLogArgs) })],
  render: (_args, { globals, loaded }) =>
    html`<kim-audit-log .session=${loaded.session as KimSession} theme=${globals.theme || 'light'}></kim-audit-log>`,
};
export default meta;

type Story = StoryObj<AuditLogArgs>;

const rootOf = (canvas: HTMLElement) => canvas.querySelector('kim-audit-log')!.shadowRoot!;
const shows =
  (selector: string) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) =>
    waitFor(() => expect(rootOf(canvasElement).querySelector(selector)).not.toBeNull(), PATIENCE);

/** The log of an admin: every entry, newest first, with its filters. */
export const Entries: Story = { play: shows('[part~="entry"]') };

/** One entry's details open: action code, changed fields, request id, address. */
export const Details: Story = {
  play: async (context) => {
    await shows('[part~="entry"]')(context);
    rootOf(context.canvasElement).querySelector('details')!.open = true;
  },
};

/** More entries than a page: the "load more" button. */
export const Paged: Story = { args: { log: 'paged' }, play: shows('[part~="more-button"]') };

/** Nothing matches the filters. */
export const Empty: Story = { args: { log: 'empty' }, play: shows('[part~="empty"]') };

/** The log while it loads. */
export const Loading: Story = { args: { log: 'loading' }, tags: ['busy'] };

/** The log failed to load: the message and a retry. */
export const LoadError: Story = { name: 'Load error', args: { log: 'error' }, play: shows('[part~="error"]') };

/** An end date before the start date. */
export const DateProblem: Story = {
  name: 'Date problem',
  play: async (context) => {
    await shows('[part~="entry"]')(context);
    const root = rootOf(context.canvasElement);
    for (const [id, value] of [
      ['from', '2026-11-30'],
      ['to', '2026-11-01'],
    ] as const) {
      const input = root.querySelector<HTMLInputElement>(`#${id}`)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    }
    root.querySelector<HTMLButtonElement>('[part~="filters"] button[type="submit"]')!.click();
    await shows('[part~="error-summary"]')(context);
  },
};

/** A KIM operator: their role does not read the log. */
export const Forbidden: Story = { args: { who: 'operator' }, play: shows('[part~="forbidden"]') };

/** Not signed in (embedded on an intranet page): the sign-in form. */
export const SignedOut: Story = { name: 'Signed out', args: { who: 'none' } };
