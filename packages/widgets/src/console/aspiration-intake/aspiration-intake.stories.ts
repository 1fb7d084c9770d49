import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../../define/aspiration-intake.js';
import '../../define/sign-in.js';
import { createFakeKimApi, routeFetchTo } from '../../test-fixtures/fake-kim-api.js';
import type { KimSession } from '../shared/session.js';
import { signedInSession } from '../test-fixtures/fake-admin-api.js';
import { DINAS_ME, FAKE_CONSOLE_BASE } from '../test-fixtures/fake-auth-api.js';
import { createFakeIntakeApi, INTAKE_OPERATOR_ME } from '../test-fixtures/fake-intake-api.js';

const PATIENCE = { timeout: 5000 };

interface IntakeArgs {
  /** `operator`: the KIM Bacang operator; `outsider`: an official without the capability. */
  who: 'operator' | 'outsider';
  /** `waiting`: a report recorded offline waits in the outbox while the device is still offline. */
  outbox?: 'waiting';
}

// The embedded form reads categories and regions from the API's public side at the same base URL.
routeFetchTo(createFakeKimApi({ base: FAKE_CONSOLE_BASE }));

function sessionFor(args: IntakeArgs): KimSession {
  const api = createFakeIntakeApi();
  if (args.outbox === 'waiting') {
    api.offline = true;
    const scope = `url:${FAKE_CONSOLE_BASE}/|19.71|intake:${INTAKE_OPERATOR_ME.id}:grp_bacang`;
    localStorage.setItem(
      `kim-kit:aspiration-outbox:v1:${scope}`,
      JSON.stringify([
        {
          idempotencyKey: 'story-waiting-1',
          queuedAt: '2026-11-30T02:00:00.000Z',
          input: {
            kind: 'complaint',
            title: 'Lampu jalan padam di gang Mawar',
            body: 'Sudah seminggu lampu jalan di gang Mawar padam sehingga jalan gelap pada malam hari.',
            categoryId: 'infrastruktur',
            regionCode: '19.71.01.1006',
            anonymous: false,
            confidential: false,
            consent: true,
          },
        },
      ]),
    );
  }
  return signedInSession(api, args.who === 'operator' ? INTAKE_OPERATOR_ME : DINAS_ME);
}

const meta: Meta<IntakeArgs> = {
  title: 'Console/Catat laporan warga (kim-aspiration-intake)',
  component: 'kim-aspiration-intake',
  args: { who: 'operator' },
  loaders: [async ({ args }) => ({ session: sessionFor(args as IntakeArgs) })],
  render: (_args, { globals, loaded }) =>
    html`<div style="max-width: 360px">
      <kim-aspiration-intake
        .session=${loaded.session as KimSession}
        tracker-url="https://pangkalpinangkota.go.id/#lacak"
        theme=${globals.theme || 'light'}
      ></kim-aspiration-intake>
    </div>`,
};
export default meta;

type Story = StoryObj<IntakeArgs>;

const rootOf = (canvas: HTMLElement) => canvas.querySelector('kim-aspiration-intake')!.shadowRoot!;

/** The operator's KIM, the public form's fields and the consent statement to read aloud. */
export const Form: Story = {
  play: async ({ canvasElement }) =>
    waitFor(() => {
      const form = rootOf(canvasElement).querySelector('kim-aspiration-form');
      expect(form?.shadowRoot?.querySelector('select#categoryId:not([disabled])')).not.toBeNull();
    }, PATIENCE),
};

/** A report recorded offline waits on the device: the slip is printed once it is sent. */
export const Waiting: Story = {
  args: { outbox: 'waiting' },
  // The form logs the failed delivery it shows, by design.
  tags: ['expected-console-error'],
  play: async ({ canvasElement }) =>
    waitFor(() => expect(rootOf(canvasElement).querySelector('[part~="waiting"]')).not.toBeNull(), PATIENCE),
};

/** Someone whose role does not record reports for residents. */
export const Forbidden: Story = {
  args: { who: 'outsider' },
  play: async ({ canvasElement }) =>
    waitFor(() => expect(rootOf(canvasElement).querySelector('[part~="forbidden"]')).not.toBeNull(), PATIENCE),
};
