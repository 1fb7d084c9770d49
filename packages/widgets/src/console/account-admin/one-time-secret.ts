// A secret shown once (an invitation link, an API token's secret): read-only, selectable, a copy button, a warning,
// and the outcome of copying announced. The secret lives only in the element's state until the panel closes.
import { html, type TemplateResult } from 'lit';

export interface OneTimeSecret {
  label: string;
  value: string;
  warning: string;
  copy: string;
  /** What copying did ("Tersalin ..."), announced politely. */
  note: string;
  onCopy: () => void;
}

export function oneTimeSecretView(s: OneTimeSecret): TemplateResult {
  return html`<p class="warning" part="secret-warning">${s.warning}</p>
    <div class="field">
      <label for="secret">${s.label}</label>
      <input id="secret" class="secret" part="secret" type="text" readonly spellcheck="false" autocomplete="off"
        .value=${s.value} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
    </div>
    <div class="actions">
      <button type="button" class="button secondary" part="copy-button" @click=${s.onCopy}>${s.copy}</button>
      <span role="status" part="copy-note">${s.note}</span>
    </div>`;
}

/**
 * Copies `value` to the clipboard; where the Clipboard API is refused (no permission, an insecure intranet origin),
 * selects the field so that the person can copy it by hand. Resolves whether it was copied.
 */
export async function copyText(value: string, root: ShadowRoot): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(value);
    return true;
  } catch {
    root.querySelector<HTMLInputElement>('#secret')?.select();
    return false;
  }
}
