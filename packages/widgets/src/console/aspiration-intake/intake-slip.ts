// <kim-intake-slip>: the slip a KIM prints for a resident after their report was delivered: the KIM, the date and
// time with its zone, the tracking code (large, grouped) and where to follow it. Nothing else: no name, no contact,
// no text of the report, since the slip leaves the operator's hands.
import { type AspirationIntakeReceipt, formatTrackingCode } from '@kim-kit/sdk';
import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { localeOf, stringsFor } from '../../locales/language.js';
import { formatDateTime } from '../../shared/format.js';
import { safeHttpUrl } from '../../shared/safe.js';
import { aspirationIntake } from '../locales/aspiration-intake.js';

/** The paper the slip is laid out for. */
export type SlipPaper = 'a6' | '58mm';

/**
 * The printable slip of one delivered intake. On screen it is a preview; `printSlip()` (slip-print.ts) prints it.
 * @csspart slip - The slip.
 * @csspart tracking-code - The tracking code.
 */
export class KimIntakeSlip extends LitElement {
  static override styles = css`
    :host {
      display: block;
      box-sizing: border-box;
      color: #000;
      background: #fff;
    }
    .slip {
      border: 1px dashed currentColor;
      padding: 1rem;
      max-width: 105mm;
      font: 1rem/1.4 system-ui, sans-serif;
      overflow-wrap: anywhere;
    }
    :host([paper='58mm']) .slip {
      max-width: 58mm;
      padding: 0.5rem;
      font-size: 0.8125rem;
    }
    h2 {
      font-size: 1.125em;
      margin: 0 0 0.5rem;
    }
    dl {
      margin: 0;
    }
    dt {
      font-weight: 700;
      margin-top: 0.5rem;
    }
    dd {
      margin: 0;
    }
    .code {
      display: block;
      font: 700 2rem/1.2 ui-monospace, 'DejaVu Sans Mono', monospace;
      letter-spacing: 0.08em;
      margin: 0.25rem 0;
    }
    :host([paper='58mm']) .code {
      font-size: 1.5rem;
    }
    .url {
      display: block;
      font-size: 1.125em;
      font-weight: 700;
    }
    .keep {
      margin: 0.75rem 0 0;
      font-size: 0.875em;
    }
    @media print {
      .slip {
        border: 0;
        padding: 0;
        max-width: none;
      }
    }
    @media (forced-colors: active) {
      :host {
        color: CanvasText;
        background: Canvas;
      }
    }
  `;

  /** The answer to the intake. */
  @property({ attribute: false }) receipt?: AspirationIntakeReceipt;

  /** The municipal site's tracker page, printed in large text (http(s) only). */
  @property({ attribute: 'tracker-url' }) trackerUrl = '';

  /** `a6` (default) or `58mm` thermal paper. */
  @property({ reflect: true }) paper: SlipPaper = 'a6';

  override render(): TemplateResult | typeof nothing {
    const receipt = this.receipt;
    if (!receipt) return nothing;
    const tag = this.lang || this.closest('[lang]')?.getAttribute('lang');
    const t = stringsFor(aspirationIntake, tag);
    const locale = localeOf(tag);
    const url = safeHttpUrl(this.trackerUrl);
    return html`<article part="slip" class="slip" aria-labelledby="slip-title">
      <h2 id="slip-title">${t.slipTitle}</h2>
      <dl>
        <dt>${t.slipKim}</dt>
        <dd>${receipt.intake.group.name}</dd>
        <dt>${t.slipWhen}</dt>
        <dd>${formatDateTime(receipt.submittedAt, locale, receipt.regionCode)}</dd>
        <dt>${t.slipCode}</dt>
        <dd><strong part="tracking-code" class="code">${formatTrackingCode(receipt.trackingCode)}</strong></dd>
        <dt>${t.slipFollow}</dt>
        <dd>
          ${t.slipFollowHow}
          ${url ? html`<span class="url">${url}</span>` : nothing}
        </dd>
      </dl>
      <p class="keep">${t.slipKeep}</p>
    </article>`;
  }
}
