import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../define/aspiration-form.js';
import { validAspirationInput } from '../test-fixtures/aspirations.js';
import { FAKE_API_BASE } from '../test-fixtures/fake-kim-api.js';

interface AspirationFormArgs {
  apiBase: string;
  region: string;
  kinds: string;
  privacyUrl: string;
  headingLevel: number;
  theme?: string;
}

/**
 * Drafts and queued submissions live in the browser's storage (per API and region); each story starts from a clean
 * slate.
 */
function clearWidgetStorage(): void {
  for (const storage of [localStorage, sessionStorage]) {
    for (const key of Object.keys(storage)) if (key.startsWith('kim-kit:')) storage.removeItem(key);
  }
}

const meta: Meta<AspirationFormArgs> = {
  title: 'Widgets/Sampaikan Laporan (kim-aspiration-form)',
  component: 'kim-aspiration-form',
  args: {
    apiBase: FAKE_API_BASE,
    region: '19.71',
    kinds: 'aspiration,complaint,information_request',
    privacyUrl: 'https://kim.example.id/kebijakan-privasi',
    headingLevel: 2,
  },
  beforeEach() {
    clearWidgetStorage();
    return clearWidgetStorage;
  },
  render: (args, { globals }) =>
    html`<kim-aspiration-form
      api-base=${args.apiBase}
      region=${args.region}
      kinds=${args.kinds}
      privacy-url=${args.privacyUrl}
      heading-level=${args.headingLevel}
      theme=${args.theme || globals.theme || 'light'}
    ></kim-aspiration-form>`,
};
export default meta;

type Story = StoryObj<AspirationFormArgs>;

const shadowOf = (canvas: HTMLElement) => canvas.querySelector('kim-aspiration-form')!.shadowRoot!;

// Storybook's waitFor gives up after 1 s by default, too soon on a busy machine.
const PATIENCE = { timeout: 5000 };

/** Waits for the choices (categories, districts) to arrive from the API. */
async function choicesLoaded(root: ShadowRoot): Promise<void> {
  await waitFor(() => expect(root.querySelectorAll('#categoryId option').length).toBeGreaterThan(1), PATIENCE);
  await waitFor(() => expect(root.querySelectorAll('#district option').length).toBeGreaterThan(1), PATIENCE);
}

/** Types the fixtures' valid complaint into the form, as a citizen would. */
async function fillValidAspiration(root: ShadowRoot): Promise<void> {
  await choicesLoaded(root);
  await userEvent.click(root.querySelector(`#kind-${validAspirationInput.kind}`)!);
  await userEvent.type(root.querySelector('#title')!, validAspirationInput.title);
  await userEvent.type(root.querySelector('#body')!, validAspirationInput.body, { delay: null });
  await userEvent.selectOptions(root.querySelector('#categoryId')!, validAspirationInput.categoryId);
  await userEvent.selectOptions(root.querySelector('#district')!, validAspirationInput.regionCode.slice(0, 8));
  await waitFor(() => expect(root.querySelectorAll('#regionCode option').length).toBeGreaterThan(1), PATIENCE);
  await userEvent.selectOptions(root.querySelector('#regionCode')!, validAspirationInput.regionCode);
  await userEvent.click(root.querySelector('#consent')!);
}

async function submit(root: ShadowRoot): Promise<void> {
  await userEvent.click(root.querySelector('[part~="submit-button"]')!);
}

/** The empty form, its choices loaded from the API. */
export const Content: Story = {
  play: async ({ canvasElement }) => {
    await choicesLoaded(shadowOf(canvasElement));
  },
};

/** An email given: the opt-in to email news appears, here ticked. */
export const EmailNews: Story = {
  name: 'Email news',
  play: async ({ canvasElement }) => {
    const root = shadowOf(canvasElement);
    await choicesLoaded(root);
    await userEvent.type(root.querySelector('#email')!, 'siti@example.id');
    await waitFor(() => expect(root.querySelector('#notify')).not.toBeNull(), PATIENCE);
    await userEvent.click(root.querySelector('#notify')!);
    await waitFor(() => expect(root.querySelector<HTMLInputElement>('#notify')!.checked).toBe(true), PATIENCE);
  },
};

/** Only complaints, for a page dedicated to them. */
export const ComplaintsOnly: Story = { args: { kinds: 'complaint' } };

/** While the choices load. */
export const Loading: Story = { tags: ['busy'], args: { apiBase: 'https://loading.kim.test' } };

/** The choices could not be loaded: a message and "Coba lagi" beside each. */
export const ErrorState: Story = {
  name: 'Error',
  tags: ['expected-console-error'],
  args: { apiBase: 'https://failing.kim.test' },
};

/** Sent empty: each problem beside its field, worded for it, and in a summary announced through `aria-live`. */
export const ValidationErrors: Story = {
  play: async ({ canvasElement }) => {
    const root = shadowOf(canvasElement);
    await choicesLoaded(root);
    await submit(root);
    await waitFor(() => expect(root.querySelector('[part~="error-summary"] li')).not.toBeNull(), PATIENCE);
    await waitFor(() => expect(root.querySelectorAll('[part~="field-error"]').length).toBeGreaterThan(2), PATIENCE);
  },
};

/** While the submission is on its way: the button says so, it is announced, and it does not send twice. */
export const Sending: Story = {
  tags: ['busy'],
  args: { apiBase: 'https://sending.kim.test' },
  play: async ({ canvasElement }) => {
    const root = shadowOf(canvasElement);
    await fillValidAspiration(root);
    await submit(root);
    await waitFor(
      () => expect(root.querySelector('[part~="submit-button"]')?.getAttribute('aria-disabled')).toBe('true'),
      PATIENCE,
    );
  },
};

/** No connection: the submission waits in the outbox ("Menunggu koneksi...") and is retried when it returns. */
export const QueuedOffline: Story = {
  name: 'Queued offline',
  tags: ['expected-console-error'],
  args: { apiBase: 'https://offline.kim.test' },
  play: async ({ canvasElement }) => {
    const root = shadowOf(canvasElement);
    await fillValidAspiration(root);
    await submit(root);
    await waitFor(() => expect(root.querySelector('[part~="queued"]')).not.toBeNull(), PATIENCE);
  },
};

/**
 * Accepted: the receipt ("Tanda terima") with the tracking code, a copy button and how to track it, and the
 * follow-up secret shown once with its own copy button and "simpan kode ini".
 */
export const Submitted: Story = {
  play: async ({ canvasElement }) => {
    const root = shadowOf(canvasElement);
    await fillValidAspiration(root);
    await submit(root);
    await waitFor(() => expect(root.querySelector('[part~="tracking-code"]')).not.toBeNull(), PATIENCE);
    await waitFor(() => expect(root.querySelector('[part~="follow-up-secret"]')).not.toBeNull(), PATIENCE);
  },
};

/** Chooses files in the form's file input as a person would. */
function pickFiles(root: ShadowRoot, files: File[]): void {
  const input = root.querySelector<HTMLInputElement>('#attachments')!;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** A 1 x 1 PNG, for a preview. */
const tinyPng = () =>
  new File(
    [
      Uint8Array.from(
        atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
        (c) => c.charCodeAt(0),
      ),
    ],
    'lubang-jalan.png',
    { type: 'image/png' },
  );

/**
 * Files chosen: a photo with its preview and a PDF, each with a remove button, and a file that was not taken, with
 * the reason in words (said before anything is uploaded).
 */
export const AttachmentsChosen: Story = {
  name: 'Attachments chosen',
  play: async ({ canvasElement }) => {
    const root = shadowOf(canvasElement);
    await choicesLoaded(root);
    pickFiles(root, [
      tinyPng(),
      new File(['%PDF-1.4'], 'surat-pengantar-rt.pdf', { type: 'application/pdf' }),
      new File(['<html>'], 'foto.html', { type: 'text/html' }),
    ]);
    await waitFor(() => expect(root.querySelectorAll('.attachment').length).toBe(2), PATIENCE);
    await waitFor(() => expect(root.querySelector('#attachments-error')).not.toBeNull(), PATIENCE);
  },
};

/** The address written, and "Gunakan lokasi saya" pressed where the citizen refused the permission: said in words. */
export const LocationRefused: Story = {
  name: 'Location refused',
  play: async ({ canvasElement }) => {
    const root = shadowOf(canvasElement);
    await choicesLoaded(root);
    await userEvent.type(root.querySelector('#locationText')!, 'Depan SD Negeri 12, Jalan Semabung');
    const geolocation = navigator.geolocation;
    Object.defineProperty(geolocation, 'getCurrentPosition', {
      configurable: true,
      value: (_ok: PositionCallback, fail?: PositionErrorCallback | null) =>
        fail?.({ code: 1, PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3, message: '' } as never),
    });
    try {
      await userEvent.click(root.querySelector('#use-location')!);
      await waitFor(() => expect(root.querySelector('#geo-status.error')).not.toBeNull(), PATIENCE);
    } finally {
      delete (geolocation as unknown as Record<string, unknown>).getCurrentPosition;
    }
  },
};

/** "Gunakan lokasi saya" pressed and the position found: its accuracy shown, with a button to remove it. */
export const LocationAdded: Story = {
  name: 'Location added',
  play: async ({ canvasElement }) => {
    const root = shadowOf(canvasElement);
    await choicesLoaded(root);
    const geolocation = navigator.geolocation;
    Object.defineProperty(geolocation, 'getCurrentPosition', {
      configurable: true,
      value: (ok: PositionCallback) =>
        ok({ coords: { latitude: -2.1291, longitude: 106.1138, accuracy: 12 } } as GeolocationPosition),
    });
    try {
      await userEvent.click(root.querySelector('#use-location')!);
      await waitFor(() => expect(root.querySelector('#geo-status')?.textContent).toContain('12'), PATIENCE);
    } finally {
      delete (geolocation as unknown as Record<string, unknown>).getCurrentPosition;
    }
  },
};
