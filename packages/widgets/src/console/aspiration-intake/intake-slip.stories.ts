import type { AspirationIntakeReceipt } from '@kim-kit/sdk';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../../define/aspiration-intake.js';
import type { SlipPaper } from './intake-slip.js';

const RECEIPT: AspirationIntakeReceipt = {
  id: 'asp_story_1',
  trackingCode: '7K3M9QX2PD',
  status: 'received',
  submittedAt: '2026-11-30T02:05:00.000Z',
  regionCode: '19.71.01.1006',
  intake: {
    channel: 'kim',
    group: { id: 'grp_bacang', name: 'KIM Bacang Berseri' },
    consent: 'verbal',
    recordedBy: { id: 'usr_kim_7', name: 'Dewi Lestari' },
  },
  reporter: { name: 'Pak Rahmat', phone: '0812-3456-7890' },
};

interface SlipArgs {
  paper: SlipPaper;
  lang: 'id' | 'en';
}

const meta: Meta<SlipArgs> = {
  title: 'Console/Slip laporan warga (kim-intake-slip)',
  component: 'kim-intake-slip',
  args: { paper: 'a6', lang: 'id' },
  render: (args) =>
    html`<kim-intake-slip
      .receipt=${RECEIPT}
      paper=${args.paper}
      lang=${args.lang}
      tracker-url="https://pangkalpinangkota.go.id/#lacak"
    ></kim-intake-slip>`,
  play: async ({ canvasElement }) =>
    waitFor(() =>
      expect(canvasElement.querySelector('kim-intake-slip')!.shadowRoot!.querySelector('.code')?.textContent).toBe(
        '7K3M9-QX2PD',
      ),
    ),
};
export default meta;

type Story = StoryObj<SlipArgs>;

/** A6 paper: the KIM, the time with its zone, the code large and grouped, and where to follow it. */
export const A6: Story = { name: 'A6' };

/** 58 mm thermal paper. */
export const Thermal58mm: Story = { name: '58 mm', args: { paper: '58mm' } };

/** In English. */
export const English: Story = { args: { lang: 'en' } };
