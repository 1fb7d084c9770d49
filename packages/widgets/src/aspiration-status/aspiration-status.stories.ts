import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { KIM_API } from '../../../../.storybook/mocks/kim-api.js';
import { withMockApi } from '../../../../.storybook/mocks/with-mock-api.js';
import {
  trackingConfidential,
  trackingInProgress,
  trackingRejected,
  unknownTrackingCode,
} from '../test-fixtures/aspirations.js';
import '../define/aspiration-status.js';

interface AspirationStatusArgs {
  apiBase: string;
  trackingCode?: string;
}

const meta: Meta<AspirationStatusArgs> = {
  title: 'Widgets/Lacak Aspirasi (kim-aspiration-status)',
  component: 'kim-aspiration-status',
  args: { apiBase: KIM_API, trackingCode: trackingInProgress.trackingCode },
  render: (args, { globals }) =>
    html`<kim-aspiration-status
      api-base=${args.apiBase}
      tracking-code=${ifDefined(args.trackingCode)}
      theme=${globals.theme ?? 'light'}
    ></kim-aspiration-status>`,
};
export default meta;

type Story = StoryObj<AspirationStatusArgs>;

/** Before a code is entered: the lookup form only. */
export const Empty: Story = { args: { trackingCode: undefined } };

/** Being followed up: the timeline with dates and public notes, the current step highlighted. */
export const Content: Story = {};

/** Turned down, with the reason. */
export const Rejected: Story = { args: { trackingCode: trackingRejected.trackingCode } };

/** Confidential: only the status, never the content or the notes. */
export const Confidential: Story = { args: { trackingCode: trackingConfidential.trackingCode } };

/** While the lookup runs. */
export const Loading: Story = {
  tags: ['busy'],
  ...withMockApi({ name: 'loading', latency: 'infinite' }),
};

/** An unknown code: a clear "not found". */
export const NotFound: Story = {
  name: 'Not found',
  tags: ['expected-console-error'],
  args: { trackingCode: unknownTrackingCode },
};

/** The API failed: a human message and "Coba lagi". */
export const ErrorState: Story = {
  name: 'Error',
  tags: ['expected-console-error'],
  ...withMockApi({ name: 'failing', failing: true }),
};
