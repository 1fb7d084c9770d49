import type { Me } from '@kim-kit/sdk';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../../define/aspiration-inbox.js';
import {
  createFakeInboxApi,
  type FakeInboxApi,
  INBOX_DINAS_ME,
  INBOX_KIM_ME,
  INBOX_NO_ACCESS_ME,
} from '../test-fixtures/fake-inbox-api.js';

const PATIENCE = { timeout: 5000 };

/** Waits until `selector` is in the inbox's shadow root. */
const shows = (root: ShadowRoot, selector: string) =>
  waitFor(() => expect(root.querySelector(selector)).not.toBeNull(), PATIENCE);

interface InboxArgs {
  /** Who is signed in. */
  me?: Me;
  /** Set up the fake API before the widget asks it anything. */
  setup?: (api: FakeInboxApi) => void;
}

const apis = new WeakMap<Element, FakeInboxApi>();

const meta: Meta<InboxArgs> = {
  title: 'Console/Kotak masuk laporan (kim-aspiration-inbox)',
  component: 'kim-aspiration-inbox',
  render: (args, { globals }) => {
    const api = createFakeInboxApi();
    args.setup?.(api);
    const session = api.sessionFor(args.me ?? INBOX_DINAS_ME);
    const el = document.createElement('kim-aspiration-inbox');
    el.session = session;
    el.theme = globals.theme || 'light';
    apis.set(el, api);
    return html`${el}`;
  },
};
export default meta;

type Story = StoryObj<InboxArgs>;

const inboxOf = (canvas: HTMLElement) => canvas.querySelector('kim-aspiration-inbox')!;
const rootOf = (canvas: HTMLElement) => inboxOf(canvas).shadowRoot!;

async function listed(canvas: HTMLElement) {
  const root = rootOf(canvas);
  await shows(root, 'table.records[aria-busy="false"]');
  return root;
}

function choose(root: ShadowRoot, id: string, value: string) {
  const select = root.querySelector<HTMLSelectElement>(`#${id}`)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
}

async function openRecord(canvas: HTMLElement, id: string) {
  const root = await listed(canvas);
  root.querySelector<HTMLAnchorElement>(`a.open[data-id="${id}"]`)!.click();
  await shows(root, '#record-title');
  return root;
}

/** A Dinas official's inbox: every report of the city, newest first, with selection and export. */
export const List: Story = {
  play: async ({ canvasElement }) => {
    await listed(canvasElement);
  },
};

/** The first page is on its way. */
export const Loading: Story = {
  tags: ['busy'],
  args: {
    setup: (api) => {
      api.delay = Number.POSITIVE_INFINITY;
    },
  },
};

/** No report has come in yet. */
export const Empty: Story = {
  args: { setup: (api) => api.aspirations.splice(0) },
  play: async ({ canvasElement }) => {
    const root = rootOf(canvasElement);
    await shows(root, '[part~="empty"]');
  },
};

/** The server cannot answer: the message and a retry. */
export const LoadError: Story = {
  name: 'Load error',
  args: {
    setup: (api) => {
      api.failWith = 500;
    },
  },
  play: async ({ canvasElement }) => {
    const root = rootOf(canvasElement);
    await shows(root, '[part~="retry-button"]');
  },
};

/** A person whose role does not read reports. */
export const Forbidden: Story = {
  args: { me: INBOX_NO_ACCESS_ME },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(rootOf(canvasElement).querySelector('[part~="forbidden"]')).not.toBeNull(), PATIENCE);
  },
};

/** Filtered to received complaints in Pangkal Balam: the filters show what is applied. */
export const Filtered: Story = {
  play: async ({ canvasElement }) => {
    const root = await listed(canvasElement);
    choose(root, 'filter-status', 'received');
    choose(root, 'filter-kind', 'complaint');
    await waitFor(() => expect(root.querySelectorAll('#filter-region-2 option').length).toBe(3), PATIENCE);
    choose(root, 'filter-region-2', '19.71.01');
    await waitFor(() => expect(root.querySelectorAll('tr[part~="row"]').length).toBe(2), PATIENCE);
  },
};

/** Nothing matches the filters. */
export const FilteredEmpty: Story = {
  name: 'Filtered, nothing matches',
  play: async ({ canvasElement }) => {
    const root = await listed(canvasElement);
    choose(root, 'filter-status', 'rejected');
    choose(root, 'filter-kind', 'aspiration');
    await shows(root, '[part~="empty"]');
  },
};

/** A report opened by a Dinas official: the reporter's data, the history with public and internal notes. */
export const RecordWithReporter: Story = {
  name: 'Record with reporter data',
  play: async ({ canvasElement }) => {
    const root = await openRecord(canvasElement, 'asp_0004');
    await shows(root, '[part~="history"]');
  },
};

/** The same kind of report for a KIM operator: no reporter data (the server leaves it out), no actions. */
export const RecordWithoutReporter: Story = {
  name: 'Record without reporter data (KIM operator)',
  args: { me: INBOX_KIM_ME },
  play: async ({ canvasElement }) => {
    const root = await openRecord(canvasElement, 'asp_0002');
    await shows(root, '[part~="reporter-hidden"]');
  },
};

/** Changing a report's status: only the transitions the contract allows, a public and an internal note. */
export const StatusDialog: Story = {
  name: 'Status dialog',
  play: async ({ canvasElement }) => {
    const root = await openRecord(canvasElement, 'asp_0001');
    root.querySelector<HTMLButtonElement>('[part~="status-button"]')!.click();
    await waitFor(
      () => expect(root.querySelector<HTMLDialogElement>('dialog#status-dialog')?.open).toBe(true),
      PATIENCE,
    );
  },
};

/** A rejection sent without its reason: the error summary and the field's message. */
export const StatusDialogError: Story = {
  name: 'Status dialog, rejection without a reason',
  play: async ({ canvasElement }) => {
    const root = await openRecord(canvasElement, 'asp_0001');
    root.querySelector<HTMLButtonElement>('[part~="status-button"]')!.click();
    await shows(root, 'dialog input[value="rejected"]');
    root.querySelector<HTMLInputElement>('dialog input[value="rejected"]')!.click();
    root.querySelector<HTMLButtonElement>('[part~="submit-status"]')!.click();
    await shows(root, '#error-summary');
  },
};

async function forwardDialog(canvas: HTMLElement, id: string) {
  const root = await openRecord(canvas, id);
  root.querySelector<HTMLButtonElement>('[part~="status-button"]')!.click();
  await shows(root, 'dialog input[value="forwarded"]');
  root.querySelector<HTMLInputElement>('dialog input[value="forwarded"]')!.click();
  await waitFor(() => expect(root.querySelectorAll('#agencyId option').length).toBe(4), PATIENCE);
  return root;
}

/** Forwarding a verified report: the required choice of one of the city's active agencies. */
export const ForwardToAgency: Story = {
  name: 'Forward to an agency',
  play: async ({ canvasElement }) => {
    const root = await forwardDialog(canvasElement, 'asp_0003');
    choose(root, 'agencyId', 'agc_dishub');
  },
};

/** Forwarding sent without an agency: the error summary links to the select. */
export const ForwardWithoutAgency: Story = {
  name: 'Forward without an agency',
  play: async ({ canvasElement }) => {
    const root = await forwardDialog(canvasElement, 'asp_0003');
    root.querySelector<HTMLButtonElement>('[part~="submit-status"]')!.click();
    await shows(root, '#agencyId-error');
  },
};

/** The overdue queue: reports past their due date, each with "Lewat tenggat" in words. */
export const OverdueQueue: Story = {
  name: 'Overdue queue',
  play: async ({ canvasElement }) => {
    const root = await listed(canvasElement);
    choose(root, 'filter-overdue', 'true');
    await waitFor(() => expect(root.querySelectorAll('tr[part~="row"]').length).toBe(6), PATIENCE);
  },
};

/** A forwarded report: the agency, the due date of its resolution, and the form for the agency's answer. */
export const AgencyResponse: Story = {
  name: 'Agency response',
  play: async ({ canvasElement }) => {
    const root = await openRecord(canvasElement, 'asp_0005');
    await shows(root, '[part~="agency-response-form"]');
  },
};

/** A report with a photo, a PDF and the device's position: thumbnails, sizes, "Jadikan publik" and the map link. */
export const RecordWithFiles: Story = {
  name: 'Record with files and location',
  play: async ({ canvasElement }) => {
    const root = await openRecord(canvasElement, 'asp_0001');
    await shows(root, '[part~="thumbnail"] img');
  },
};

/** Three reports moved to "verified" at once: two succeeded, one could not move from its status. */
export const BulkResults: Story = {
  name: 'Bulk results',
  play: async ({ canvasElement }) => {
    const root = await listed(canvasElement);
    const boxes = root.querySelectorAll<HTMLInputElement>('tbody input[type="checkbox"]');
    for (const box of [...boxes].slice(0, 3)) box.click();
    await inboxOf(canvasElement).updateComplete;
    root.querySelector<HTMLButtonElement>('[part~="bulk-button"]')!.click();
    await shows(root, 'dialog input[value="verified"]');
    root.querySelector<HTMLInputElement>('dialog input[value="verified"]')!.click();
    root.querySelector<HTMLButtonElement>('[part~="submit-status"]')!.click();
    await shows(root, '[part~="bulk-results"]');
    await listed(canvasElement);
  },
};

/** The shortcut list, as `?` opens it. */
export const Shortcuts: Story = {
  play: async ({ canvasElement }) => {
    const root = await listed(canvasElement);
    root.querySelector<HTMLButtonElement>('[part~="shortcuts-button"]')!.click();
    await waitFor(
      () => expect(root.querySelector<HTMLDialogElement>('dialog#shortcut-dialog')?.open).toBe(true),
      PATIENCE,
    );
  },
};

/** Embedded alone, the server ended the session: sign-in above the list, which stays as it was. */
export const ExpiredSession: Story = {
  name: 'Expired session',
  play: async ({ canvasElement }) => {
    const root = await listed(canvasElement);
    apis.get(inboxOf(canvasElement))!.endAllSessions();
    choose(root, 'filter-status', 'received');
    await shows(root, 'kim-sign-in');
  },
};

/** An information request due in five days (the fixtures' are past due), so it may still be extended. */
const requestNotYetDue = (api: FakeInboxApi) => {
  const a = api.aspirations.find((x) => x.id === 'asp_0009')!;
  a.dueAt = new Date(Date.now() + 5 * 86_400_000).toISOString();
  a.overdue = false;
};

function typeInto(root: ShadowRoot, id: string, text: string) {
  const field = root.querySelector<HTMLTextAreaElement>(`#${id}`)!;
  field.value = text;
  field.dispatchEvent(new Event('input'));
}

/** The official's question to the reporter, typed and ready to send. */
export const QuestionToReporter: Story = {
  name: 'Question to the reporter',
  play: async ({ canvasElement }) => {
    const root = await openRecord(canvasElement, 'asp_0001');
    typeInto(root, 'question-question', 'Lampu mati sejak tanggal berapa?');
  },
};

/** The question sent empty: the error summary links to the field. */
export const QuestionRequired: Story = {
  name: 'Question required',
  play: async ({ canvasElement }) => {
    const root = await openRecord(canvasElement, 'asp_0001');
    root.querySelector<HTMLButtonElement>('[part~="question-submit"]')!.click();
    await shows(root, '#question-question-error');
  },
};

/** The reporter rated the answer 2 of 5 and reopened it: both in the history, the reason for officials only. */
export const ReporterFollowUps: Story = {
  name: 'Reporter follow-ups',
  play: async ({ canvasElement }) => {
    const root = await openRecord(canvasElement, 'asp_0011');
    await shows(root, '[part~="history-entry"]');
  },
};

/** An information request: the register facts, the decision, the extension and the question. */
export const InformationRequest: Story = {
  name: 'Information request',
  args: { setup: requestNotYetDue },
  play: async ({ canvasElement }) => {
    const root = await openRecord(canvasElement, 'asp_0009');
    await shows(root, '[part~="extend-form"]');
  },
};

/** Chooses a written refusal in the decision form and waits for its legal-ground field. */
async function chooseRefusal(root: ShadowRoot) {
  root.querySelector<HTMLInputElement>('input[name="decide-outcome"][value="rejected"]')!.click();
  await shows(root, '#decide-ground');
}

/** A written refusal: the legal ground chosen from UU 14/2008 art. 17 and the reason typed. */
export const InformationRequestRefusal: Story = {
  name: 'Information request refusal',
  args: { setup: requestNotYetDue },
  play: async ({ canvasElement }) => {
    const root = await openRecord(canvasElement, 'asp_0009');
    await chooseRefusal(root);
    choose(root, 'decide-ground', 'pasal-17-h');
    typeInto(root, 'decide-reason', 'Data penerima memuat NIK dan alamat warga.');
  },
};

/** A refusal sent without its legal ground and reason, and an extension without its days: each form's errors. */
export const InformationRequestErrors: Story = {
  name: 'Information request errors',
  args: { setup: requestNotYetDue },
  play: async ({ canvasElement }) => {
    const root = await openRecord(canvasElement, 'asp_0009');
    await chooseRefusal(root);
    root.querySelector<HTMLButtonElement>('[part~="decide-submit"]')!.click();
    await shows(root, '#decide-ground-error');
  },
};

/** Refused with its legal ground: the decision in the register facts, no further legal step but an objection. */
export const InformationRequestRefused: Story = {
  name: 'Information request refused',
  args: { setup: requestNotYetDue },
  play: async ({ canvasElement }) => {
    const root = await openRecord(canvasElement, 'asp_0009');
    await chooseRefusal(root);
    choose(root, 'decide-ground', 'pasal-17-h');
    typeInto(root, 'decide-reason', 'Data penerima memuat NIK dan alamat warga.');
    root.querySelector<HTMLButtonElement>('[part~="decide-submit"]')!.click();
    await shows(root, '[part~="request-ground"]');
  },
};

/** An answered request the requester objected to: the objection, its due date, and the answer's form. */
export const ObjectionToAnswer: Story = {
  name: 'Objection to answer',
  play: async ({ canvasElement }) => {
    const root = await openRecord(canvasElement, 'asp_0006');
    await shows(root, '[part~="objection-form"]');
  },
};
