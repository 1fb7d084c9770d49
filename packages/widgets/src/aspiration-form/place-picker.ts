// Where the report is about: the district, then the village, from the Kemendagri regions under the form's `region`.
import { type Region, regionLevelOf } from '@kim-kit/sdk';
import { Task } from '@lit/task';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { CONTENT_LANGUAGE } from '../locales/language.js';
import type { AspirationFormStrings, CommonStrings } from '../locales/types.js';
import { loadingSelect, optionsError } from './choice-states.js';

/** A city or regency code (`19.71`): the picker offers its districts, then their villages. */
export function isRegencyCode(code: string): boolean {
  const level = regionLevelOf(code);
  return level === 'regency' || level === 'city';
}

/** A district code (`19.71.01`): the picker offers its villages only. */
export const isDistrictCode = (code: string): boolean => regionLevelOf(code) === 'district';

export interface PlacePickerOptions {
  /** The form's `region` attribute. */
  region: () => string;
  /** The district chosen in the form ('' for none). */
  chosenDistrict: () => string;
  /** Loads the regions under `parent`. */
  load: (parent: string, limit: number, signal: AbortSignal) => Promise<Region[]>;
  /** The API in use: the lists load again when it changes. */
  api: () => unknown;
  /** Called with the error when `region` is not a city, regency or district code. */
  onBadRegion: (error: Error) => void;
}

/** What the place fieldset shows around its selects. */
export interface PlaceView {
  t: { aspirationForm: AspirationFormStrings; common: CommonStrings };
  district: string;
  regionCode: string;
  /** Whether the place has a problem to show (the form renders the message itself). */
  invalid: boolean;
  /** The field error, rendered by the form. */
  error: TemplateResult | typeof nothing;
}

/** Two tasks, the districts of the region and the villages of the chosen district, and the fieldset showing them. */
export class PlacePicker {
  readonly #options: PlacePickerOptions;
  readonly districts: Task<readonly [unknown, string], Region[]>;
  readonly villages: Task<readonly [unknown, string], Region[]>;

  constructor(host: ReactiveControllerHost, options: PlacePickerOptions) {
    this.#options = options;
    this.districts = new Task(host, {
      task: async ([, region], { signal }): Promise<Region[]> => {
        if (isDistrictCode(region)) return [];
        if (!isRegencyCode(region)) {
          const error = new Error(
            `<kim-aspiration-form> needs region="PP.KK" (a city or regency code), got "${region}"`,
          );
          options.onBadRegion(error);
          throw error;
        }
        return options.load(region, 100, signal);
      },
      args: () => [options.api(), options.region()] as const,
    });
    this.villages = new Task(host, {
      task: async ([, district], { signal }): Promise<Region[]> =>
        district ? options.load(district, 200, signal) : [],
      args: () => [options.api(), this.districtCode] as const,
    });
  }

  /** The district whose villages are offered: the chosen one, or `region` itself when it is a district. */
  get districtCode(): string {
    const region = this.#options.region();
    return isDistrictCode(region) ? region : this.#options.chosenDistrict();
  }

  /** Whether the region is a district, so that no district select is shown. */
  get fixedDistrict(): boolean {
    return isDistrictCode(this.#options.region());
  }

  /** The place fieldset: district (unless fixed) and village, each with its loading and failed states. */
  render(view: PlaceView): TemplateResult {
    const t = view.t.aspirationForm;
    const noDistrict = view.invalid && !view.district;
    return html`<fieldset part="fieldset" class="place" aria-describedby="place-hint">
      <legend>${t.placeLegend}</legend>
      <p id="place-hint" part="hint" class="hint">${t.placeHint}</p>
      ${
        this.fixedDistrict
          ? nothing
          : html`<div part="field" class="field">
            <label part="label" for="district">${t.district}</label>
            ${this.districts.render({
              pending: () => loadingSelect('district', t),
              error: (error) => optionsError(error, () => this.districts.run(), view.t),
              complete: (districts) => html`<select
                id="district"
                name="district"
                part="input"
                .value=${live(view.district)}
                aria-describedby=${noDistrict ? 'regionCode-error' : nothing}
                aria-invalid=${noDistrict ? 'true' : 'false'}
              >
                <option value="" ?selected=${view.district === ''}>${t.chooseDistrict}</option>
                ${districts.map(
                  (d) =>
                    html`<option value=${d.code} lang=${CONTENT_LANGUAGE} ?selected=${view.district === d.code}>${d.name}</option>`,
                )}
              </select>`,
            })}
          </div>`
      }
      <div part="field" class="field">
        <label part="label" for="regionCode">${t.village}</label>
        ${
          this.districtCode
            ? this.villages.render({
                pending: () => loadingSelect('regionCode', t),
                error: (error) => optionsError(error, () => this.villages.run(), view.t),
                complete: (villages) => html`<select
                  id="regionCode"
                  name="regionCode"
                  part="input"
                  required
                  .value=${live(view.regionCode)}
                  aria-describedby=${view.invalid ? 'regionCode-error' : nothing}
                  aria-invalid=${view.invalid ? 'true' : 'false'}
                >
                  <option value="" ?selected=${view.regionCode === ''}>${t.chooseVillage}</option>
                  ${villages.map(
                    (v) =>
                      html`<option value=${v.code} lang=${CONTENT_LANGUAGE} ?selected=${view.regionCode === v.code}>${v.name}</option>`,
                  )}
                </select>`,
              })
            : html`<select id="regionCode" name="regionCode" part="input" disabled>
                <option value="">${t.chooseDistrictFirst}</option>
              </select>`
        }
        ${view.error}
      </div>
    </fieldset>`;
  }
}
