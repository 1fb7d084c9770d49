import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../define/aspiration-status.js';
import {
  trackingConfidential,
  trackingInProgress,
  trackingRejected,
  unknownTrackingCode,
} from '../test-fixtures/aspirations.js';
import { FAKE_API_BASE } from '../test-fixtures/fake-kim-api.js';

interface AspirationStatusArgs {
  apiBase: string;
  trackingCode?: string;
  headingLevel: number;
  theme?: string;
}

const meta: Meta<AspirationStatusArgs> = {
  title: 'Widgets/Lacak Laporan (kim-aspiration-status)',
  component: 'kim-aspiration-status',
  args: { apiBase: FAKE_API_BASE, trackingCode: trackingInProgress.trackingCode, headingLevel: 2 },
  render: (args, { globals }) =>
    html`<kim-aspiration-status
      api-base=${args.apiBase}
      tracking-code=${ifDefined(args.trackingCode || undefined)}
      heading-level=${args.headingLevel}
      theme=${args.theme || globals.theme || 'light'}
    ></kim-aspiration-status>`,
};
export default meta;

type Story = StoryObj<AspirationStatusArgs>;

/** Before a code is entered: the lookup form only. */
export const Empty: Story = { args: { trackingCode: undefined } };

/** Being followed up: the timeline with dates, times in WIB and public notes, the current step highlighted. */
export const Content: Story = {};

/** Being worked on, with a photo and a PDF an official made public. */
export const WithFiles: Story = { name: 'With public files', args: { trackingCode: 'F1K3S2PH0T' } };

/** Turned down, with the reason. */
export const Rejected: Story = { args: { trackingCode: trackingRejected.trackingCode } };

/** Confidential: only the status, never the content or the notes. */
export const Confidential: Story = { args: { trackingCode: trackingConfidential.trackingCode } };

/** While the lookup runs. */
export const Loading: Story = { tags: ['busy'], args: { apiBase: 'https://loading.kim.test' } };

/** An unknown code: a clear "not found". */
export const NotFound: Story = {
  name: 'Not found',
  tags: ['expected-console-error'],
  args: { trackingCode: unknownTrackingCode },
};

/** A code of the wrong shape: announced as an error, no request made. */
export const MalformedCode: Story = { args: { trackingCode: '7K3M' } };

/** The API failed: a human message and "Coba lagi". */
export const ErrorState: Story = {
  name: 'Error',
  tags: ['expected-console-error'],
  args: { apiBase: 'https://failing.kim.test', trackingCode: trackingInProgress.trackingCode },
};
