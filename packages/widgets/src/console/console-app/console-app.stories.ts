import type { Me } from '@kim-kit/sdk';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../../define/console-app.js';
import { KimSession } from '../shared/session.js';
import { DINAS_ME, FAKE_CONSOLE_BASE } from '../test-fixtures/fake-auth-api.js';
import { createFakeHomeApi, type FakeHomeApi, OFFICIAL_ME, OPERATOR_HOME_ME } from '../test-fixtures/fake-home-api.js';
import { KimConsole } from './console-app.js';

const PATIENCE = { timeout: 5000 };
const PASSWORD = 'kalimat sandi yang panjang';

const meta: Meta = {
  title: 'Console/Konsol (kim-console)',
  component: 'kim-console',
  render: (_args, { globals }) => {
    const api = createFakeHomeApi();
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
    await el.session!.signIn({ email: DINAS_ME.email, password: PASSWORD });
    await waitFor(() => expect(el.shadowRoot!.querySelector('[part~="person"]')).not.toBeNull(), PATIENCE);
  },
};

/** The home page of `me`, signed in already, on the home fake (`prepare` sets its failures or holds). */
function home(me: Me, prepare: (api: FakeHomeApi) => void = () => {}): Pick<Story, 'render' | 'loaders'> {
  return {
    loaders: [
      async () => {
        const api = createFakeHomeApi();
        prepare(api);
        const session = new KimSession({ baseUrl: FAKE_CONSOLE_BASE, fetch: api.fetch, storage: null });
        await session.signIn({ email: me.email, password: PASSWORD });
        return { session };
      },
    ],
    render: (_args, { globals, loaded }) =>
      html`<kim-console .session=${loaded.session} theme=${globals.theme || 'light'}></kim-console>`,
  };
}

const countsShown = (canvasElement: HTMLElement, n: number) =>
  waitFor(() => {
    const el = canvasElement.querySelector('kim-console')!;
    expect(el.shadowRoot!.querySelectorAll('[part~="count"]').length).toBe(n);
  }, PATIENCE);

/** A Dinas official's home: aspirations waiting, articles to review, their own drafts. */
export const HomeOfficial: Story = {
  name: 'Home: Dinas official',
  ...home(OFFICIAL_ME),
  play: ({ canvasElement }) => countsShown(canvasElement, 3),
};

/** A KIM operator's home: no review queue, which their role cannot see. */
export const HomeOperator: Story = {
  name: 'Home: KIM operator',
  ...home(OPERATOR_HOME_ME),
  play: ({ canvasElement }) => countsShown(canvasElement, 2),
};

/** The counts still loading (the answers never come). */
export const HomeLoading: Story = {
  name: 'Home: loading',
  tags: ['busy'],
  ...home(OFFICIAL_ME, (api) => {
    api.hold = new Promise(() => {});
  }),
};

/** One count failed (the aspirations list answered 500): its message and a retry, the others shown. */
export const HomeCountFailed: Story = {
  name: 'Home: a count failed',
  ...home(OFFICIAL_ME, (api) => api.failing.set('/v1/admin/aspirations', 500)),
  play: ({ canvasElement }) => countsShown(canvasElement, 2),
};

/** A role that sees none of the counts. */
export const HomeNothingToCount: Story = {
  name: 'Home: nothing for the role',
  ...home(DINAS_ME, (api) => {
    api.accounts[0]!.me = { ...DINAS_ME, capabilities: ['groups.edit'] } as unknown as Me;
  }),
};

/**
 * Opens the intake section ("Catat laporan warga") with its on-demand download replaced, for one story; puts the
 * address and the download back afterwards.
 */
function intakeDownload(load: typeof KimConsole.loadIntake) {
  return () => {
    const original = KimConsole.loadIntake;
    const address = `${location.pathname}${location.search}${location.hash}`;
    KimConsole.loadIntake = load;
    history.replaceState(null, '', '#/catat');
    return () => {
      KimConsole.loadIntake = original;
      history.replaceState(null, '', address);
    };
  };
}

const intakeOperator = { ...OPERATOR_HOME_ME, capabilities: [...OPERATOR_HOME_ME.capabilities, 'aspirations.intake'] };
const mainOf = (canvasElement: HTMLElement) =>
  canvasElement.querySelector('kim-console')!.shadowRoot!.querySelector('main')!;

/** The intake is still downloading (it loads on demand, the first time its section opens). */
export const IntakeLoading: Story = {
  name: 'Intake: loading',
  tags: ['busy'],
  beforeEach: intakeDownload(() => new Promise(() => {})),
  ...home(intakeOperator as Me, (api) => {
    api.accounts.find((a) => a.me.email === OPERATOR_HOME_ME.email)!.me = intakeOperator as Me;
  }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(mainOf(canvasElement).querySelector('[part~="loading"]')).not.toBeNull(), PATIENCE);
  },
};

/** The intake could not be downloaded (offline): a message and "Coba lagi". */
export const IntakeLoadFailed: Story = {
  name: 'Intake: download failed',
  beforeEach: intakeDownload(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module'))),
  ...home(intakeOperator as Me, (api) => {
    api.accounts.find((a) => a.me.email === OPERATOR_HOME_ME.email)!.me = intakeOperator as Me;
  }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(mainOf(canvasElement).querySelector('[part~="error"]')).not.toBeNull(), PATIENCE);
  },
};
