// The open report's files and place: photos as thumbnails with alt text, PDFs to download, each with its size and
// whether the public tracker shows it (with the switch for officials), then the address text and the device position
// with its accuracy and a link that opens OpenStreetMap there.
import type { AspirationAttachment, AspirationLocation } from '@kim-kit/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { InboxFileStrings } from '../locales/inbox-files.js';
import type { Preview } from './attachment-previews.js';

/** "350 KB", "1,2 MB" (binary units, as file managers show them). */
export function formatSize(bytes: number, locale: string): string {
  const number = (value: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  if (bytes < 1024 * 1024) return `${number(Math.max(1, Math.round(bytes / 1024)))} KB`;
  return `${number(bytes / (1024 * 1024))} MB`;
}

export interface FilesViewOptions {
  t: InboxFileStrings;
  locale: string;
  files: AspirationAttachment[];
  confidential: boolean;
  /** Whether the person may show or hide files (`aspirations.triage`). */
  canPublish: boolean;
  preview: (file: AspirationAttachment) => Preview;
  /** The file whose visibility is being changed, and the last failure per file. */
  busy: string | undefined;
  failures: Record<string, string>;
  onToggle: (file: AspirationAttachment) => void;
  onDownload: (file: AspirationAttachment) => void;
}

export function filesView(o: FilesViewOptions): TemplateResult {
  const { t } = o;
  const heading = html`<h3 id="files-title">${t.files}</h3>`;
  if (!o.files.length) return html`${heading}<p class="hint" part="no-files">${t.noFiles}</p>`;
  return html`${heading}
    ${o.canPublish ? html`<p class="hint">${o.confidential ? t.confidentialHint : t.publicHint}</p>` : nothing}
    <ul class="files" part="files">
      ${o.files.map((file) => fileView(o, file))}
    </ul>`;
}

function fileView(o: FilesViewOptions, file: AspirationAttachment): TemplateResult {
  const { t } = o;
  const image = file.contentType.startsWith('image/');
  const size = formatSize(file.size, o.locale);
  const preview = image ? o.preview(file) : undefined;
  const failure = o.failures[file.id];
  const busy = o.busy === file.id;
  return html`<li class="file" part="file" data-id=${file.id}>
    ${
      image
        ? html`<div class="thumb" part="thumbnail">${
            preview?.state === 'ready'
              ? html`<img src=${preview.url} alt=${t.photoAlt(file.fileName)} width=${file.width ?? nothing}
                  height=${file.height ?? nothing} />`
              : html`<span class="hint">${preview?.state === 'error' ? t.photoFailed : t.photoLoading}</span>`
          }</div>`
        : nothing
    }
    <div class="file-facts">
      ${
        image
          ? html`<span lang="id">${file.fileName}</span>`
          : html`<button type="button" class="link" part="download" @click=${() => o.onDownload(file)}>
              ${t.download(file.fileName)}</button>`
      }
      <span class="hint">${image ? file.contentType.replace('image/', '').toUpperCase() : 'PDF'}, ${size}</span>
      <span class="badge" part="visibility">${file.public ? t.isPublic : t.isPrivate}</span>
      ${
        o.canPublish
          ? html`<button type="button" class="button secondary" part="visibility-button"
              aria-disabled=${busy ? 'true' : 'false'} @click=${() => !busy && o.onToggle(file)}>
              ${file.public ? t.makePrivate : t.makePublic}<span class="visually-hidden">: ${file.fileName}</span>
            </button>`
          : nothing
      }
      ${failure ? html`<p class="error" role="alert" part="file-error">${failure}</p>` : nothing}
    </div>
  </li>`;
}

/** Only links a person may follow: http(s), as everything the API sends is text. */
const safeLink = (url: string | null): string | undefined => {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
};

export function locationView(t: InboxFileStrings, locale: string, location: AspirationLocation | null): TemplateResult {
  const heading = html`<h3 id="location-title">${t.location}</h3>`;
  if (!location || (!location.text && !location.position)) {
    return html`${heading}<p class="hint" part="no-location">${t.noLocation}</p>`;
  }
  const coordinate = new Intl.NumberFormat(locale, { minimumFractionDigits: 6, maximumFractionDigits: 6 });
  const metres = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const p = location.position;
  const map = safeLink(location.mapUrl);
  return html`${heading}<dl class="facts" part="location">
    ${location.text ? html`<dt>${t.locationText}</dt><dd lang="id">${location.text}</dd>` : nothing}
    ${
      p
        ? html`<dt>${t.position}</dt>
          <dd>
            <span part="position">${coordinate.format(p.latitude)}; ${coordinate.format(p.longitude)}${
              p.accuracy !== undefined ? html` (${t.accuracy(metres.format(p.accuracy))})` : nothing
            }</span>
            ${
              map
                ? html`<br /><a href=${map} target="_blank" rel="noopener noreferrer" part="map-link">${t.openMap}
                    <span class="visually-hidden">${t.newTab}</span></a>`
                : nothing
            }
          </dd>`
        : nothing
    }
  </dl>`;
}
