// The states every console section renders the same way: loading, load error (with a retry where retrying can help),
// forbidden, the GOV.UK error summary of a failed form, and the inline sign-in of a widget embedded on its own.
import { html, nothing, type TemplateResult } from 'lit';
import type { ConsoleCommonStrings } from '../locales/common.js';
import { type Problems, problemsOf } from './problems.js';
import type { KimSession } from './session.js';

/** The id of the control for a problem path (`reporter.email` -> `reporter-email`), for labels and summary links. */
export const fieldId = (path: string): string => path.replace(/[^A-Za-z0-9_-]/g, '-');

/** A loading panel (`part="loading"`); the host sets `aria-busy` on what loads. */
export function loadingView(t: ConsoleCommonStrings): TemplateResult {
  return html`<div part="loading" class="state"><p>${t.loading}</p></div>`;
}

/** A panel for data that could not load: the message, the request id, and a retry unless retrying cannot help. */
export function loadErrorView(t: ConsoleCommonStrings, error: unknown, retry: () => void): TemplateResult {
  const problems = problemsOf(error, t);
  if (problems.kind === 'forbidden') return forbiddenView(t);
  const canRetry = problems.kind !== 'not-found' && problems.kind !== 'expired';
  return html`<div part="error" class="state" role="alert">
    <p>${problems.message || t.errorGeneric}</p>
    ${problems.requestId ? html`<p class="hint">${t.requestId.replace('{id}', problems.requestId)}</p>` : nothing}
    ${canRetry ? html`<button type="button" class="button" part="retry-button" @click=${retry}>${t.retry}</button>` : nothing}
  </div>`;
}

/** What a person sees for a section or record their role does not open (never the data behind it). */
export function forbiddenView(t: ConsoleCommonStrings): TemplateResult {
  return html`<div part="forbidden" class="state" role="alert"><p>${t.forbiddenSection}</p></div>`;
}

/**
 * The GOV.UK error summary of a failed form: the general message and one link per field error, which moves focus to
 * the field (ids from {@link fieldId}). `labels` names fields for the summary ("Judul: wajib diisi"); render it with
 * `id="error-summary"` and `tabindex="-1"` and focus it after the person submitted.
 */
export function errorSummaryView(
  t: ConsoleCommonStrings,
  problems: Pick<Problems, 'message' | 'fields' | 'requestId'> | undefined,
  root: { querySelector(selector: string): Element | null },
  labels: Record<string, string> = {},
): TemplateResult | typeof nothing {
  if (!problems) return nothing;
  const entries = Object.entries(problems.fields);
  if (!problems.message && !entries.length) return nothing;
  const focus = (event: Event, path: string) => {
    event.preventDefault();
    (root.querySelector(`#${fieldId(path)}`) as HTMLElement | null)?.focus();
  };
  return html`<div class="summary" part="error-summary" role="alert" tabindex="-1" id="error-summary">
    <h2 class="summary-title">${t.errorSummary}</h2>
    ${problems.message ? html`<p>${problems.message}</p>` : nothing}
    ${
      entries.length
        ? html`<ul>
          ${entries.map(
            ([path, message]) =>
              html`<li><a href=${`#${fieldId(path)}`} @click=${(e: Event) => focus(e, path)}>${
                labels[path] ? `${labels[path]}: ${message}` : message
              }</a></li>`,
          )}
        </ul>`
        : nothing
    }
    ${problems.requestId ? html`<p class="hint">${t.requestId.replace('{id}', problems.requestId)}</p>` : nothing}
  </div>`;
}

/** A field's error line (`id="<field>-error"`, to reference from `aria-describedby`), or nothing. */
export function fieldErrorView(t: ConsoleCommonStrings, path: string, message: string | undefined) {
  return message
    ? html`<p id=${`${fieldId(path)}-error`} class="error"><span class="visually-hidden">${t.errorPrefix}</span> ${message}</p>`
    : nothing;
}

/** Whether `element` is inside a `<kim-console>` shell (which shows sign-in itself), across shadow roots. */
export function inConsoleShell(element: Element): boolean {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.localName === 'kim-console' && node !== element) return true;
    const parent: Node | null = (node as Element).parentNode;
    node = parent instanceof ShadowRoot ? parent.host : parent;
  }
  return false;
}

/**
 * For a console widget embedded on its own (an intranet page): `<kim-sign-in>` inline while there is no live session
 * (signed out, or expired: the widget keeps what was typed and renders it below). Nothing inside the console shell,
 * which shows sign-in itself, or while signed in. The page must register `kim-sign-in` (define/console.js does).
 */
export function signInGate(
  element: Element,
  session: KimSession | undefined,
  lang: string,
  theme: string,
): TemplateResult | typeof nothing {
  if (!session || session.state === 'signed-in' || inConsoleShell(element)) return nothing;
  return html`<kim-sign-in .session=${session} lang=${lang} theme=${theme}></kim-sign-in>`;
}
