// The open report's photos as object URLs. Files are private to officials and the API wants the session's bearer,
// so an <img src> cannot point at them: each photo is fetched once with the SDK and shown from a blob: URL (allowed
// by the console's CSP), which is revoked when another report opens or the inbox goes away.
import type { AdminAspirationsResource } from '@kim-kit/sdk';

export type Preview = { state: 'loading' } | { state: 'ready'; url: string } | { state: 'error' };

export class AttachmentPreviews {
  readonly #previews = new Map<string, Preview>();
  #aspiration = '';

  constructor(private readonly changed: () => void) {}

  /** The preview of one photo of `aspirationId`, fetched the first time; other reports' previews are released. */
  of(aspirations: Pick<AdminAspirationsResource, 'attachment'>, aspirationId: string, attachmentId: string): Preview {
    if (aspirationId !== this.#aspiration) {
      this.clear();
      this.#aspiration = aspirationId;
    }
    const known = this.#previews.get(attachmentId);
    if (known) return known;
    this.#previews.set(attachmentId, { state: 'loading' });
    aspirations.attachment(aspirationId, attachmentId).then(
      (file) => this.#settle(aspirationId, attachmentId, { state: 'ready', url: URL.createObjectURL(file) }),
      () => this.#settle(aspirationId, attachmentId, { state: 'error' }),
    );
    return { state: 'loading' };
  }

  /** Releases every object URL. */
  clear(): void {
    for (const preview of this.#previews.values()) if (preview.state === 'ready') URL.revokeObjectURL(preview.url);
    this.#previews.clear();
    this.#aspiration = '';
  }

  #settle(aspirationId: string, attachmentId: string, preview: Preview): void {
    if (aspirationId !== this.#aspiration) {
      if (preview.state === 'ready') URL.revokeObjectURL(preview.url);
      return;
    }
    this.#previews.set(attachmentId, preview);
    this.changed();
  }
}
