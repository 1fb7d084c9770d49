import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../../define/console-app.js';
import { KimSession } from '../shared/session.js';
import { createFakeAuthApi, DINAS_ME, FAKE_CONSOLE_BASE } from '../test-fixtures/fake-auth-api.js';

const PATIENCE = { timeout: 5000 };

const meta: Meta = {
  title: 'Console/Konsol (kim-console)',
  component: 'kim-console',
  render: (_args, { globals }) => {
    const api = createFakeAuthApi();
    const session = new KimSession({ baseUrl: FAKE_CONSOLE_BASE, fetch: api.fetch, storage: null });
    return html`<kim-console .session=${session} theme=${globals.theme || 'light'}></kim-console>`;
  },
};
export default meta;

type Story = StoryObj;

/** Nobody signed in: the sign-in form inside the shell. */
export const SignedOut: Story = { name: 'Signed out' };

/** Signed in: the person's name, sign-out, and the home section. */
export const SignedIn: Story = {
  name: 'Signed in',
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('kim-console')!;
    await el.session!.signIn({ email: DINAS_ME.email, password: 'kalimat sandi yang panjang' });
    await waitFor(() => expect(el.shadowRoot!.querySelector('[part~="person"]')).not.toBeNull(), PATIENCE);
  },
};
