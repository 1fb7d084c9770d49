// The files an official chose to show on the tracker: photos (each a link to the full file) and PDFs with their size.
// The server sends none for a confidential report; the tracker shows none then either, whatever it is sent. Links
// are followed only when they are http(s): the API's strings are text, never trusted markup or script URLs.
import type { PublicAttachment } from '@kim-kit/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { TrackerFileStrings } from '../locales/tracker-files.js';

const httpOnly = (url: string): string | undefined => {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
};

/** "350 KB", "1,2 MB". */
const sizeOf = (bytes: number, locale: string) => {
  const n = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return bytes < 1_048_576
    ? `${n.format(Math.max(1, Math.round(bytes / 1024)))} KB`
    : `${n.format(bytes / 1_048_576)} MB`;
};

export function publicFilesView(
  t: TrackerFileStrings,
  locale: string,
  files: readonly PublicAttachment[] | undefined,
  confidential: boolean,
  newTab: string,
  heading: (id: string, text: string) => TemplateResult,
): TemplateResult | typeof nothing {
  const shown = confidential
    ? []
    : (files ?? []).flatMap((f) => {
        const url = httpOnly(f.url);
        return url ? [{ ...f, url }] : [];
      });
  if (!shown.length) return nothing;
  const opens = html`<span class="visually-hidden"> ${newTab}</span>`;
  return html`<section part="files" class="files" aria-labelledby="files-heading">
    ${heading('files-heading', t.files)}
    <ul class="file-list">
      ${shown.map((f) =>
        f.contentType.startsWith('image/')
          ? html`<li part="file"><a href=${f.url} target="_blank" rel="noopener noreferrer"><img src=${f.url}
              alt=${t.photoAlt(f.fileName)} loading="lazy" width=${f.width ?? nothing} height=${f.height ?? nothing} />${opens}</a></li>`
          : html`<li part="file"><a href=${f.url} target="_blank" rel="noopener noreferrer">${t.document(
              f.fileName,
              sizeOf(f.size, locale),
            )}${opens}</a></li>`,
      )}
    </ul>
  </section>`;
}
