// The two passing states of a select whose choices come from the API: loading, and failed with a retry button.
import { html, type TemplateResult } from 'lit';
import type { AspirationFormStrings, CommonStrings } from '../locales/types.js';
import { isConfigError } from '../shared/api-origin.js';
import { errorMessage } from '../shared/state-views.js';

/** A disabled select saying its choices are on their way; `aria-busy` marks what is loading. */
export function loadingSelect(id: string, t: AspirationFormStrings): TemplateResult {
  return html`<select id=${id} part="input" disabled aria-busy="true">
    <option>${t.loadingOptions}</option>
  </select>`;
}

/** Why the choices are missing, and a button to load them again (not when the page is misconfigured: it cannot help). */
export function optionsError(
  error: unknown,
  retry: () => void,
  t: { aspirationForm: AspirationFormStrings; common: CommonStrings },
): TemplateResult {
  if (isConfigError(error)) {
    return html`<div class="options-error" role="alert">
      <p>${t.common.errorConfig} ${t.common.errorConfigHint}</p>
    </div>`;
  }
  return html`<div class="options-error" role="alert">
    <p>${t.aspirationForm.optionsFailed} ${errorMessage(t, error)}</p>
    <button type="button" class="button secondary" part="retry-button" @click=${retry}>${t.common.retry}</button>
  </div>`;
}
