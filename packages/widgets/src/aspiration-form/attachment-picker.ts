// The citizen's photos and documents: chosen with a file input, checked on the device (type, size, how many) with
// the errors in words before anything is sent, shown as previews with a remove button each.
import { ATTACHMENT_LIMITS, attachmentTypeOf } from '@kim-kit/sdk';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { type AspirationAttachmentStrings, megabytes } from '../locales/aspiration-attachments.js';

interface Chosen {
  file: File;
  /** An object URL for an image's preview; revoked when it is removed. */
  preview?: string;
}

/** `accept` of the file input: the types and extensions the server takes. */
const ACCEPT = 'image/jpeg,image/png,image/webp,application/pdf,.jpg,.jpeg,.png,.webp,.pdf';

export interface AttachmentPickerOptions {
  /** Says something in the form's polite live region. */
  announce: (text: string) => void;
  /** Called when the citizen changes the files. */
  changed: () => void;
}

export class AttachmentPicker {
  readonly #host: ReactiveControllerHost;
  readonly #options: AttachmentPickerOptions;
  #chosen: Chosen[] = [];
  /** Why files were not taken, in words, until the next choice. */
  #errors: string[] = [];

  constructor(host: ReactiveControllerHost, options: AttachmentPickerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The files to send, in the order chosen. */
  get files(): File[] {
    return this.#chosen.map((c) => c.file);
  }

  /** Replaces the files (a refused submission put back into the form, a new report). */
  set(files: readonly File[]): void {
    for (const c of this.#chosen) if (c.preview) URL.revokeObjectURL(c.preview);
    this.#chosen = files.map((file) => this.#entry(file));
    this.#errors = [];
    this.#host.requestUpdate();
  }

  #entry(file: File): Chosen {
    const type = attachmentTypeOf(file);
    return type?.startsWith('image/') ? { file, preview: URL.createObjectURL(file) } : { file };
  }

  /** Takes what may be sent of the files just chosen, and says in words why the others were not taken. */
  add(files: readonly File[], t: AspirationAttachmentStrings, locale: string): void {
    const errors: string[] = [];
    for (const file of files) {
      if (!attachmentTypeOf(file)) errors.push(t.wrongType(file.name));
      else if (file.size > ATTACHMENT_LIMITS.bytes) errors.push(t.tooLarge(file.name, megabytes(file.size, locale)));
      else if (this.#chosen.length >= ATTACHMENT_LIMITS.files) {
        errors.push(t.tooMany(ATTACHMENT_LIMITS.files));
        break;
      } else this.#chosen.push(this.#entry(file));
    }
    this.#errors = errors;
    this.#options.announce(
      errors.length > 0 ? errors.join(' ') : t.chosen(this.#chosen.length, ATTACHMENT_LIMITS.files),
    );
    this.#options.changed();
    this.#host.requestUpdate();
  }

  #remove(index: number, t: AspirationAttachmentStrings, root: ParentNode): void {
    const [gone] = this.#chosen.splice(index, 1);
    if (gone?.preview) URL.revokeObjectURL(gone.preview);
    this.#errors = [];
    if (gone) this.#options.announce(t.removed(gone.file.name));
    this.#options.changed();
    this.#host.requestUpdate();
    // The button pressed is gone: focus goes to the next file's button, or else back to the file input.
    void (this.#host as unknown as { updateComplete: Promise<unknown> }).updateComplete.then(() => {
      const buttons = root.querySelectorAll<HTMLElement>('.attachment button');
      (buttons[Math.min(index, buttons.length - 1)] ?? root.querySelector<HTMLElement>('#attachments'))?.focus();
    });
  }

  render(t: AspirationAttachmentStrings, locale: string, root: ParentNode): TemplateResult {
    const full = this.#chosen.length >= ATTACHMENT_LIMITS.files;
    const describedBy = ['attachments-hint', this.#errors.length > 0 ? 'attachments-error' : ''].filter(Boolean);
    return html`<div part="field attachments" class="field attachments">
      <label part="label" for="attachments">${t.filesLabel}</label>
      <p part="hint" class="hint" id="attachments-hint">${t.filesHint(ATTACHMENT_LIMITS.files)}</p>
      ${
        this.#errors.length > 0
          ? html`<div part="field-error" class="error" id="attachments-error">
              ${this.#errors.map((e) => html`<p>${e}</p>`)}
            </div>`
          : nothing
      }
      <input
        part="input"
        id="attachments"
        type="file"
        multiple
        accept=${ACCEPT}
        ?disabled=${full}
        aria-describedby=${describedBy.join(' ')}
        aria-invalid=${this.#errors.length > 0 ? 'true' : 'false'}
        @change=${(event: Event) => {
          const input = event.target as HTMLInputElement;
          this.add([...(input.files ?? [])], t, locale);
          // The same file may be chosen again after it was removed.
          input.value = '';
        }}
      />
      ${
        this.#chosen.length > 0
          ? html`<ul part="attachment-list" class="attachment-list">
              ${this.#chosen.map(
                (c, i) => html`<li class="attachment" part="attachment">
                  ${
                    c.preview
                      ? html`<img src=${c.preview} alt="" width="64" height="64" />`
                      : html`<span class="file-icon" aria-hidden="true">PDF</span>`
                  }
                  <span class="file-name">${c.file.name}
                    <span class="hint">${c.preview ? nothing : `${t.pdf}, `}${megabytes(c.file.size, locale)}</span></span
                  >
                  <button type="button" part="remove-button" class="button secondary" @click=${() => this.#remove(i, t, root)}>
                    ${t.remove(c.file.name)}
                  </button>
                </li>`,
              )}
            </ul>`
          : nothing
      }
    </div>`;
  }

  hostDisconnected(): void {
    for (const c of this.#chosen) if (c.preview) URL.revokeObjectURL(c.preview);
    // Previews come back when the element does.
    this.#chosen = this.#chosen.map((c) => ({ file: c.file }));
  }

  hostConnected(): void {
    this.#chosen = this.#chosen.map((c) => this.#entry(c.file));
  }
}
