import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../define/aspiration-status.js';
import { trackingInProgress } from '../test-fixtures/aspirations.js';
import { FAKE_API_BASE } from '../test-fixtures/fake-kim-api.js';
import {
  followUpSecret,
  trackingObjectionFiled,
  trackingObjectionOpen,
  trackingQuestion,
  trackingRated,
  trackingReopenClosed,
  trackingResolved,
  wrongFollowUpSecret,
} from '../test-fixtures/follow-ups.js';

interface FollowUpArgs {
  apiBase: string;
  trackingCode: string;
  headingLevel: number;
  theme?: string;
}

const PATIENCE = { timeout: 4000 };

const meta: Meta<FollowUpArgs> = {
  title: 'Widgets/Tindak Lanjut Pelapor (kim-aspiration-status)',
  component: 'kim-aspiration-status',
  args: { apiBase: FAKE_API_BASE, trackingCode: trackingInProgress.trackingCode, headingLevel: 2 },
  render: (args, { globals }) =>
    html`<kim-aspiration-status
      api-base=${args.apiBase}
      tracking-code=${args.trackingCode}
      heading-level=${args.headingLevel}
      theme=${args.theme || globals.theme || 'light'}
    ></kim-aspiration-status>`,
};
export default meta;

type Story = StoryObj<FollowUpArgs>;

const rootOf = (canvas: HTMLElement) => canvas.querySelector('kim-aspiration-status')!.shadowRoot!;

async function panel(canvas: HTMLElement): Promise<ShadowRoot> {
  await waitFor(() => expect(rootOf(canvas).querySelector('[part~="follow-up"]')).not.toBeNull(), PATIENCE);
  return rootOf(canvas);
}

/** Types the secret and added information, then sends it. */
async function sendInformation(canvas: HTMLElement, secret: string): Promise<ShadowRoot> {
  const root = await panel(canvas);
  if (secret) await userEvent.type(root.querySelector('#fu-secret')!, secret);
  await userEvent.type(root.querySelector('#fu-information-text')!, 'Lampu di tiang kedua juga mati sejak kemarin.');
  await userEvent.click(root.querySelector('[part~="information-form"] [part~="follow-up-button"]')!);
  return root;
}

/** Sent without the secret: the field says what to enter, and focus is on it. */
export const SecretEmpty: Story = {
  name: 'Secret empty',
  play: async ({ canvasElement }) => {
    const root = await sendInformation(canvasElement, '');
    await waitFor(() => expect(root.querySelector('#fu-secret-error')).not.toBeNull(), PATIENCE);
  },
};

/** An official asked the reporter a question: it is quoted above the answer field. */
export const QuestionOpen: Story = { name: 'Question open', args: { trackingCode: trackingQuestion.trackingCode } };

/** Resolved and not rated: the 1-5 radio group with an optional comment, and the reopening window. */
export const RatingOpen: Story = { name: 'Rating open', args: { trackingCode: trackingResolved.trackingCode } };

/** Rated 4 of 5: said in words; the rating is in the history. */
export const Rated: Story = { args: { trackingCode: trackingRated.trackingCode } };

/** Within the reopening window (its end in the region's zone), a reason typed. */
export const ReopenWindow: Story = {
  name: 'Reopen window',
  args: { trackingCode: trackingRated.trackingCode },
  play: async ({ canvasElement }) => {
    const root = await panel(canvasElement);
    await userEvent.type(root.querySelector('#fu-reopen-reason')!, 'Lampu padam lagi sejak kemarin malam.');
  },
};

/** The reopening window has closed: said, with its end; the rating is still possible. */
export const ReopenClosed: Story = { name: 'Reopen closed', args: { trackingCode: trackingReopenClosed.trackingCode } };

/** A secret that does not belong to the code: "Kode rahasia tidak cocok" at the field, the text kept. */
export const WrongSecret: Story = {
  name: 'Wrong secret (403)',
  tags: ['expected-console-error'],
  play: async ({ canvasElement }) => {
    const root = await sendInformation(canvasElement, wrongFollowUpSecret);
    await waitFor(() => expect(root.querySelector('#fu-secret-error')).not.toBeNull(), PATIENCE);
  },
};

/** The server refused a field (422): its message at the field, the text kept. */
export const RefusedFields: Story = {
  name: 'Refused fields (422)',
  tags: ['expected-console-error'],
  args: { apiBase: 'https://refusing.kim.test' },
  play: async ({ canvasElement }) => {
    const root = await sendInformation(canvasElement, followUpSecret);
    await waitFor(() => expect(root.querySelector('#fu-information-text-error')).not.toBeNull(), PATIENCE);
  },
};

/** Too many attempts (429): when to try again, the text kept. */
export const TooManyAttempts: Story = {
  name: 'Too many attempts (429)',
  tags: ['expected-console-error'],
  args: { apiBase: 'https://throttled.kim.test' },
  play: async ({ canvasElement }) => {
    const root = await sendInformation(canvasElement, followUpSecret);
    await waitFor(() => expect(root.querySelector('[part~="follow-up-error"]')).not.toBeNull(), PATIENCE);
  },
};

/** No connection: said, the text kept to send again. */
export const Offline: Story = {
  tags: ['expected-console-error'],
  args: { apiBase: 'https://offline.kim.test' },
  play: async ({ canvasElement }) => {
    const root = await sendInformation(canvasElement, followUpSecret);
    await waitFor(() => expect(root.querySelector('[part~="follow-up-error"]')).not.toBeNull(), PATIENCE);
  },
};

/** An information request within its objection window: the Pasal 35(1) reasons and the explanation. */
export const ObjectionOpen: Story = {
  name: 'Objection open',
  args: { trackingCode: trackingObjectionOpen.trackingCode },
};

/** The objection is filed: the request's panel shows it and when it is to be answered; no form. */
export const ObjectionFiled: Story = {
  name: 'Objection filed',
  args: { trackingCode: trackingObjectionFiled.trackingCode },
};
