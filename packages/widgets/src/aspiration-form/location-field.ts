// Where exactly the report is about: an address or landmark the citizen writes, and the device's position, asked for
// only when the citizen presses "Gunakan lokasi saya", with each way it can fail said in words.
import type { GeoPosition } from '@kim-kit/sdk';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { AspirationAttachmentStrings } from '../locales/aspiration-attachments.js';

type GeoState =
  | { kind: 'idle' }
  | { kind: 'locating' }
  | { kind: 'found'; position: GeoPosition }
  | { kind: 'failed'; reason: 'unsupported' | 'denied' | 'unavailable' | 'timeout' };

export interface LocationFieldOptions {
  announce: (text: string) => void;
  changed: () => void;
  /** The geolocation to ask (tests give a fake one); `navigator.geolocation` by default. */
  geolocation?: () => Geolocation | undefined;
}

/** A position rounded as a phone reports it usefully: 6 decimals (about 10 cm), accuracy to the metre. */
const rounded = (coords: GeolocationCoordinates): GeoPosition => ({
  latitude: Math.round(coords.latitude * 1e6) / 1e6,
  longitude: Math.round(coords.longitude * 1e6) / 1e6,
  accuracy: Math.min(Math.round(coords.accuracy), 100_000),
});

export class LocationField {
  readonly #host: ReactiveControllerHost;
  readonly #options: LocationFieldOptions;
  #state: GeoState = { kind: 'idle' };
  text = '';

  constructor(host: ReactiveControllerHost, options: LocationFieldOptions) {
    this.#host = host;
    this.#options = options;
  }

  /** The device position, when the citizen added one. */
  get position(): GeoPosition | undefined {
    return this.#state.kind === 'found' ? this.#state.position : undefined;
  }

  /** Both parts back to empty (a new report), or to what a refused submission held. */
  set(text: string, position?: GeoPosition): void {
    this.text = text;
    this.#state = position ? { kind: 'found', position } : { kind: 'idle' };
    this.#host.requestUpdate();
  }

  #locate(t: AspirationAttachmentStrings): void {
    const geolocation = this.#options.geolocation ? this.#options.geolocation() : navigator.geolocation;
    const fail = (reason: 'unsupported' | 'denied' | 'unavailable' | 'timeout') => {
      this.#state = { kind: 'failed', reason };
      this.#options.announce(this.#message(t) ?? '');
      this.#host.requestUpdate();
    };
    if (!geolocation) {
      fail('unsupported');
      return;
    }
    this.#state = { kind: 'locating' };
    this.#options.announce(t.locating);
    this.#host.requestUpdate();
    geolocation.getCurrentPosition(
      (position) => {
        this.#state = { kind: 'found', position: rounded(position.coords) };
        this.#options.announce(this.#message(t) ?? '');
        this.#options.changed();
        this.#host.requestUpdate();
      },
      (error) => fail(error.code === 1 ? 'denied' : error.code === 3 ? 'timeout' : 'unavailable'),
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 },
    );
  }

  #message(t: AspirationAttachmentStrings): string | undefined {
    const s = this.#state;
    if (s.kind === 'locating') return t.locating;
    if (s.kind === 'found') return t.located(String(s.position.accuracy ?? '?'));
    if (s.kind === 'failed') {
      return {
        unsupported: t.geoUnsupported,
        denied: t.geoDenied,
        unavailable: t.geoUnavailable,
        timeout: t.geoTimeout,
      }[s.reason];
    }
    return undefined;
  }

  render(t: AspirationAttachmentStrings, root: ParentNode): TemplateResult {
    const s = this.#state;
    const message = this.#message(t);
    return html`<div part="field" class="field location">
      <label part="label" for="locationText">${t.locationTextLabel}</label>
      <p part="hint" class="hint" id="locationText-hint">${t.locationTextHint}</p>
      <input
        part="input"
        id="locationText"
        type="text"
        maxlength="300"
        autocomplete="street-address"
        aria-describedby="locationText-hint"
        .value=${live(this.text)}
        @input=${(event: Event) => {
          this.text = (event.target as HTMLInputElement).value;
          this.#options.changed();
        }}
      />
      <div class="geo">
        ${
          s.kind === 'found'
            ? html`<button
                type="button"
                part="location-button"
                class="button secondary"
                @click=${() => {
                  this.set(this.text);
                  this.#options.changed();
                  void (this.#host as unknown as { updateComplete: Promise<unknown> }).updateComplete.then(() =>
                    root.querySelector<HTMLElement>('#use-location')?.focus(),
                  );
                }}
              >
                ${t.removePosition}
              </button>`
            : html`<button
                type="button"
                id="use-location"
                part="location-button"
                class="button secondary"
                ?disabled=${s.kind === 'locating'}
                @click=${() => this.#locate(t)}
              >
                ${t.useMyLocation}
              </button>`
        }
        ${
          message
            ? html`<p part=${s.kind === 'failed' ? 'field-error' : 'hint'} class=${s.kind === 'failed' ? 'error' : 'hint'} id="geo-status">
                ${message}
              </p>`
            : nothing
        }
      </div>
    </div>`;
  }
}
