// The fields an information request adds to the form (UU 14/2008): what is asked, why, in what form and how it is
// delivered. Shown only while the kind is `information_request`; the contract's checks word its errors.
import {
  INFORMATION_DELIVERIES,
  INFORMATION_DELIVERY_LABELS,
  INFORMATION_FORMAT_LABELS,
  INFORMATION_FORMATS,
  INFORMATION_REQUEST_LIMITS,
  type InformationRequestInput,
} from '@kim-kit/sdk';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { InformationRequestFieldStrings } from '../locales/information-request-fields.js';

type Field = 'informationRequested' | 'purpose' | 'format' | 'delivery';
const FIELDS: readonly Field[] = ['informationRequested', 'purpose', 'format', 'delivery'];

/** An issue of a failed parse, as far as this reads it. */
interface Issue {
  path: readonly PropertyKey[];
  message: string;
}

export class InformationRequestFields {
  readonly #host: ReactiveControllerHost;
  readonly #changed: () => void;
  values: Record<Field, string> = { informationRequested: '', purpose: '', format: '', delivery: '' };
  errors: Partial<Record<Field, string>> = {};

  constructor(host: ReactiveControllerHost, changed: () => void) {
    this.#host = host;
    this.#changed = changed;
  }

  /** What the submission carries (blank fields left out, so the contract names them). */
  input(): Partial<InformationRequestInput> {
    return Object.fromEntries(FIELDS.filter((f) => this.values[f].trim() !== '').map((f) => [f, this.values[f]]));
  }

  /** Back to empty (a new report), or to what a refused submission held. */
  set(input?: Partial<InformationRequestInput>): void {
    this.values = {
      informationRequested: input?.informationRequested ?? '',
      purpose: input?.purpose ?? '',
      format: input?.format ?? '',
      delivery: input?.delivery ?? '',
    };
    this.errors = {};
    this.#host.requestUpdate();
  }

  /**
   * Takes this part's issues (`informationRequest.*`, worded by the contract in the form's language) and gives back
   * the others; whether any were taken is `hasErrors`.
   */
  take<T extends Issue>(issues: readonly T[]): T[] {
    const errors: Partial<Record<Field, string>> = {};
    const rest: T[] = [];
    for (const issue of issues) {
      const [head, field] = issue.path.map(String);
      if (head !== 'informationRequest') rest.push(issue);
      else if (field && (FIELDS as readonly string[]).includes(field)) errors[field as Field] ??= issue.message;
      else for (const f of FIELDS) if (this.values[f].trim() === '') errors[f] ??= issue.message;
    }
    this.errors = errors;
    this.#host.requestUpdate();
    return rest;
  }

  get hasErrors(): boolean {
    return Object.keys(this.errors).length > 0;
  }

  /** The first field with an error, to move focus to. */
  firstInvalid(root: ParentNode): HTMLElement | null {
    const field = FIELDS.find((f) => this.errors[f]);
    if (!field) return null;
    return field === 'format'
      ? root.querySelector<HTMLElement>('input[name="ir-format"]')
      : root.querySelector<HTMLElement>(`#ir-${field}`);
  }

  // An arrow function: Lit calls listeners with the host element as `this`.
  readonly #onInput = (event: Event): void => {
    const target = event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    const field = target.name.replace(/^ir-/, '') as Field;
    if (!FIELDS.includes(field)) return;
    // The form's own handler ignores these names; stop it from seeing them at all.
    event.stopPropagation();
    this.values = { ...this.values, [field]: target.value };
    if (this.errors[field]) {
      const { [field]: _fixed, ...rest } = this.errors;
      this.errors = rest;
    }
    this.#changed();
    this.#host.requestUpdate();
  };

  #error(field: Field): TemplateResult | typeof nothing {
    const message = this.errors[field];
    return message ? html`<p part="field-error" class="error" id=${`ir-${field}-error`}>${message}</p>` : nothing;
  }

  #described(field: Field, hint: boolean): string {
    return [hint ? `ir-${field}-hint` : '', this.errors[field] ? `ir-${field}-error` : ''].filter(Boolean).join(' ');
  }

  #text(field: 'informationRequested' | 'purpose', label: string, hint: string, readonly: boolean) {
    const limits = INFORMATION_REQUEST_LIMITS[field];
    return html`<div part="field" class="field">
      <label part="label" for=${`ir-${field}`}>${label}</label>
      <p part="hint" class="hint" id=${`ir-${field}-hint`}>${hint}</p>
      ${this.#error(field)}
      <textarea
        id=${`ir-${field}`}
        name=${`ir-${field}`}
        part="input"
        rows="3"
        required
        maxlength=${limits.max}
        ?readonly=${readonly}
        aria-describedby=${this.#described(field, true)}
        aria-invalid=${this.errors[field] ? 'true' : 'false'}
        .value=${live(this.values[field])}
      ></textarea>
    </div>`;
  }

  render(t: InformationRequestFieldStrings, lang: 'id' | 'en', readonly: boolean): TemplateResult {
    return html`<fieldset
      part="fieldset"
      class="information-request"
      aria-describedby="ir-intro"
      @input=${this.#onInput}
      @change=${this.#onInput}
    >
      <legend>${t.legend}</legend>
      <p id="ir-intro" part="hint" class="hint">${t.intro}</p>
      ${this.#text('informationRequested', t.informationRequested, t.informationRequestedHint, readonly)}
      ${this.#text('purpose', t.purpose, t.purposeHint, readonly)}
      <fieldset part="fieldset" class="kinds" aria-describedby=${this.errors.format ? 'ir-format-error' : nothing}>
        <legend>${t.format}</legend>
        ${this.#error('format')}
        ${INFORMATION_FORMATS.map(
          (format) => html`<div class="choice">
            <input
              type="radio"
              id=${`ir-format-${format}`}
              name="ir-format"
              .value=${format}
              .checked=${live(this.values.format === format)}
            />
            <label for=${`ir-format-${format}`}>${INFORMATION_FORMAT_LABELS[format][lang]}</label>
          </div>`,
        )}
      </fieldset>
      <div part="field" class="field">
        <label part="label" for="ir-delivery">${t.delivery}</label>
        ${this.#error('delivery')}
        <select
          id="ir-delivery"
          name="ir-delivery"
          part="input"
          required
          .value=${live(this.values.delivery)}
          aria-describedby=${this.#described('delivery', false) || nothing}
          aria-invalid=${this.errors.delivery ? 'true' : 'false'}
        >
          <option value="" ?selected=${this.values.delivery === ''}>${t.chooseDelivery}</option>
          ${INFORMATION_DELIVERIES.map(
            (d) =>
              html`<option value=${d} ?selected=${this.values.delivery === d}>${INFORMATION_DELIVERY_LABELS[d][lang]}</option>`,
          )}
        </select>
      </div>
    </fieldset>`;
  }
}
