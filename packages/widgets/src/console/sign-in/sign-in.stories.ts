import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../../define/sign-in.js';
import { KimSession } from '../shared/session.js';
import { createFakeAuthApi, DINAS_ME, FAKE_CONSOLE_BASE, INVITATION_SECRET } from '../test-fixtures/fake-auth-api.js';

const PASSWORD = 'kalimat sandi yang panjang';
const PATIENCE = { timeout: 5000 };

interface SignInArgs {
  invitation?: string;
  /** Failed sign-ins the fake API counts before the story starts (5 or more: throttled). */
  failures?: number;
}

/** Each story gets its own fake API and a session in memory (nothing kept between stories). */
function sessionFor(args: SignInArgs) {
  const api = createFakeAuthApi();
  api.failures = args.failures ?? 0;
  return { api, session: new KimSession({ baseUrl: FAKE_CONSOLE_BASE, fetch: api.fetch, storage: null }) };
}

const meta: Meta<SignInArgs> = {
  title: 'Console/Masuk (kim-sign-in)',
  component: 'kim-sign-in',
  render: (args, { globals }) => {
    const { session } = sessionFor(args);
    return html`<kim-sign-in
      .session=${session}
      .invitation=${args.invitation}
      theme=${globals.theme || 'light'}
    ></kim-sign-in>`;
  },
};
export default meta;

type Story = StoryObj<SignInArgs>;

const rootOf = (canvas: HTMLElement) => canvas.querySelector('kim-sign-in')!.shadowRoot!;
const input = (root: ShadowRoot, id: string) => root.querySelector<HTMLInputElement>(`#${id}`)!;

async function fill(root: ShadowRoot, values: Record<string, string>) {
  await waitFor(() => expect(root.querySelector('form')).not.toBeNull(), PATIENCE);
  for (const [id, value] of Object.entries(values)) {
    const field = input(root, id);
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
}

/** The empty sign-in form. */
export const SignIn: Story = { name: 'Sign in' };

/** Sent empty: each problem beside its field and in a summary that links to it. */
export const Required: Story = {
  play: async ({ canvasElement }) => {
    const root = rootOf(canvasElement);
    await fill(root, {});
    await waitFor(() => expect(root.querySelector('[part~="error-summary"] li')).not.toBeNull(), PATIENCE);
  },
};

/** A wrong password or an unknown email: the same message for both, what was typed kept. */
export const InvalidCredentials: Story = {
  name: 'Invalid credentials',
  play: async ({ canvasElement }) => {
    const root = rootOf(canvasElement);
    await fill(root, { email: DINAS_ME.email, password: 'kata sandi yang salah' });
    await waitFor(() => expect(root.querySelector('[part~="error-summary"]')).not.toBeNull(), PATIENCE);
  },
};

/** Too many failed attempts: the throttle's wait. */
export const Throttled: Story = {
  args: { failures: 5 },
  play: async ({ canvasElement }) => {
    const root = rootOf(canvasElement);
    await fill(root, { email: DINAS_ME.email, password: PASSWORD });
    await waitFor(() => expect(root.querySelector('[part~="error-summary"]')).not.toBeNull(), PATIENCE);
  },
};

/** Signed in: who, and the sign-out button. */
export const SignedIn: Story = {
  name: 'Signed in',
  play: async ({ canvasElement }) => {
    const root = rootOf(canvasElement);
    await fill(root, { email: DINAS_ME.email, password: PASSWORD });
    await waitFor(() => expect(root.querySelector('[part~="signed-in"]')).not.toBeNull(), PATIENCE);
  },
};

/** The server ended the session: "Sesi Anda telah berakhir", the email filled in. */
export const SessionExpired: Story = {
  name: 'Session expired',
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('kim-sign-in')!;
    const session = el.session!;
    await session.signIn({ email: DINAS_ME.email, password: PASSWORD });
    // End it on the server as an idle expiry would, then make any call.
    await session.client.auth.signOut();
    await session.refresh();
    await waitFor(() => expect(el.shadowRoot!.querySelector('[part~="expired"]')).not.toBeNull(), PATIENCE);
  },
};

/** An invitation link: who is invited, for which role, and the password rules. */
export const Invitation: Story = {
  args: { invitation: INVITATION_SECRET },
  play: async ({ canvasElement }) => {
    const root = rootOf(canvasElement);
    await waitFor(() => expect(root.querySelector('[part~="invitation"]')).not.toBeNull(), PATIENCE);
  },
};

/** A password the server refuses: its field error beside the field. */
export const InvitationPasswordRefused: Story = {
  name: 'Invitation, password refused',
  args: { invitation: INVITATION_SECRET },
  play: async ({ canvasElement }) => {
    const root = rootOf(canvasElement);
    await waitFor(() => expect(root.querySelector('[part~="invitation"]')).not.toBeNull(), PATIENCE);
    await fill(root, { password: 'password1234', confirm: 'password1234' });
    await waitFor(() => expect(root.querySelector('#password-error')).not.toBeNull(), PATIENCE);
  },
};

/** A used or expired invitation link. */
export const InvitationInvalid: Story = {
  name: 'Invitation, link used or expired',
  args: { invitation: 'inv_sudah_dipakai_0000000000000' },
  play: async ({ canvasElement }) => {
    const root = rootOf(canvasElement);
    await waitFor(() => expect(root.querySelector('[part~="invitation-invalid"]')).not.toBeNull(), PATIENCE);
  },
};
