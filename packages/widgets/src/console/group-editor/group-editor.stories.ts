import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../../define/group-editor.js';
import {
  createFakeAdminApi,
  type FakeAdminApi,
  OPERATOR_ME,
  signedInSession,
} from '../test-fixtures/fake-admin-api.js';

const PATIENCE = { timeout: 5000 };
/** The fake API of the story on screen (stories render one at a time). */
let current: FakeAdminApi | undefined;

interface GroupEditorArgs {
  /** Empty: the list; `baru`: registration; otherwise a group's id. */
  groupId?: string;
  /** How the fake API behaves before the story starts. */
  setup?: (api: FakeAdminApi) => void;
  /** Signed in as the operator of KIM Bacang instead of the Dinas official. */
  operator?: boolean;
}

const meta: Meta<GroupEditorArgs> = {
  title: 'Console/KIM (kim-group-editor)',
  component: 'kim-group-editor',
  render: (args, { globals }) => {
    const api = createFakeAdminApi();
    args.setup?.(api);
    current = api;
    const session = signedInSession(api, args.operator ? OPERATOR_ME : undefined);
    return html`<kim-group-editor .session=${session} group-id=${args.groupId ?? ''}
      theme=${globals.theme || 'light'}></kim-group-editor>`;
  },
};
export default meta;

type Story = StoryObj<GroupEditorArgs>;

const rootOf = (canvas: HTMLElement) => canvas.querySelector('kim-group-editor')!.shadowRoot!;
const appear = (canvas: HTMLElement, selector: string) =>
  waitFor(() => expect(rootOf(canvas).querySelector(selector)).not.toBeNull(), PATIENCE);

/** A Dinas official's groups, with "Daftarkan KIM". */
export const Content: Story = {
  name: 'Content',
  play: async ({ canvasElement }) => appear(canvasElement, '[part~="list"]'),
};

/** The list is loading. */
export const Loading: Story = {
  tags: ['busy'],
  args: {
    setup: (api) => {
      api.hold = new Promise(() => {});
    },
  },
};

/** No groups yet. */
export const Empty: Story = {
  args: {
    setup: (api) => {
      api.groups = [];
    },
  },
  play: async ({ canvasElement }) => appear(canvasElement, '[part~="empty"]'),
};

/** The list could not be loaded: the message and a retry. */
export const ErrorState: Story = {
  name: 'Error',
  args: {
    setup: (api) => {
      api.failWith = 503;
    },
  },
  play: async ({ canvasElement }) => appear(canvasElement, '[part~="error"]'),
};

/** An operator opens registration: their role does not allow it. */
export const Forbidden: Story = {
  args: { operator: true, groupId: 'baru' },
};

/** An operator's own group: the profile only (no region, slug, status or archive). */
export const OperatorEdit: Story = {
  name: 'Operator edit',
  args: { operator: true, groupId: 'grp_bacang' },
  play: async ({ canvasElement }) => appear(canvasElement, '[part~="form"]'),
};

/** A Dinas official edits a group: every registry field, region picker, archive. */
export const OfficialEdit: Story = {
  name: 'Official edit',
  args: { groupId: 'grp_bacang' },
  play: async ({ canvasElement }) => appear(canvasElement, '#regionCode option[value="19.71.01.1006"]'),
};

/** Registering without a name or village: the problems in a summary, each beside its field. */
export const RegisterValidation: Story = {
  name: 'Register, validation errors',
  args: { groupId: 'baru' },
  play: async ({ canvasElement }) => {
    await appear(canvasElement, '[part~="save"]');
    rootOf(canvasElement).querySelector<HTMLButtonElement>('[part~="save"]')!.click();
    await appear(canvasElement, '#error-summary');
  },
};

/** The archive confirmation. */
export const ArchiveConfirm: Story = {
  name: 'Archive confirmation',
  args: { groupId: 'grp_bacang' },
  play: async ({ canvasElement }) => {
    await appear(canvasElement, '[part~="archive"]');
    rootOf(canvasElement).querySelector<HTMLButtonElement>('[part~="archive"]')!.click();
    await appear(canvasElement, 'dialog[open]');
  },
};

/** An archived group, with "Pulihkan dari arsip". */
export const Archived: Story = {
  args: { groupId: 'grp_lama' },
  play: async ({ canvasElement }) => appear(canvasElement, '[part~="restore"]'),
};

/** Someone else saved the group meanwhile: what they changed, and the person's input kept. */
export const Conflict: Story = {
  args: { groupId: 'grp_bacang', operator: true },
  play: async ({ canvasElement }) => {
    const root = rootOf(canvasElement);
    await appear(canvasElement, '#memberCount');
    current!.groups[0] = { ...current!.groups[0]!, chairName: 'Dewi Lestari', version: 4 };
    const count = root.querySelector<HTMLInputElement>('#memberCount')!;
    count.value = '20';
    count.dispatchEvent(new Event('input'));
    root.querySelector<HTMLButtonElement>('[part~="save"]')!.click();
    await appear(canvasElement, '[part~="conflict"]');
  },
};
