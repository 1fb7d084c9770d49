// The container structure of a JPEG, PNG or WebP file: where the image ends, and the metadata that may hold text.
import type { AcceptedFormat } from './sniff-image.js';

export interface ContainerLayout {
  /** Offset just past the image's last byte (JPEG EOI, PNG IEND, WebP RIFF size); `null` when the file ends first. */
  end: number | null;
  /** Payloads of comment and metadata segments (JPEG COM/APPn, PNG text and EXIF chunks, WebP EXIF/XMP). */
  metadata: Uint8Array[];
}

const u16 = (b: Uint8Array, i: number) => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
const u32 = (b: Uint8Array, i: number) =>
  (((b[i] ?? 0) << 24) | ((b[i + 1] ?? 0) << 16) | ((b[i + 2] ?? 0) << 8) | (b[i + 3] ?? 0)) >>> 0;
const u32le = (b: Uint8Array, i: number) =>
  (((b[i + 3] ?? 0) << 24) | ((b[i + 2] ?? 0) << 16) | ((b[i + 1] ?? 0) << 8) | (b[i] ?? 0)) >>> 0;
const tag = (b: Uint8Array, i: number) => String.fromCharCode(...b.subarray(i, i + 4));

/** Walks JPEG markers to EOI, stepping over entropy-coded data after each SOS (progressive files have several). */
function jpegLayout(b: Uint8Array): ContainerLayout {
  const metadata: Uint8Array[] = [];
  let i = 2;
  while (i < b.length) {
    if (b[i] !== 0xff) return { end: null, metadata };
    while (b[i] === 0xff) i++;
    const marker = b[i];
    if (marker === undefined) break;
    i++;
    if (marker === 0xd9) return { end: i, metadata };
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) continue;
    if (i + 2 > b.length) break;
    const length = u16(b, i);
    if (length < 2 || i + length > b.length) break;
    if (marker === 0xfe || (marker >= 0xe0 && marker <= 0xef)) metadata.push(b.subarray(i + 2, i + length));
    i += length;
    if (marker === 0xda) {
      // Entropy-coded data runs to the next marker that is neither a stuffed 0x00 nor a restart marker.
      while (
        i + 1 < b.length &&
        !(b[i] === 0xff && b[i + 1] !== 0x00 && !((b[i + 1] ?? 0) >= 0xd0 && (b[i + 1] ?? 0) <= 0xd7))
      )
        i++;
      if (i + 1 >= b.length) break;
    }
  }
  return { end: null, metadata };
}

const PNG_TEXT_CHUNKS = new Set(['tEXt', 'zTXt', 'iTXt', 'eXIf']);

/** Walks PNG chunks to IEND. */
function pngLayout(b: Uint8Array): ContainerLayout {
  const metadata: Uint8Array[] = [];
  let i = 8;
  while (i + 12 <= b.length) {
    const length = u32(b, i);
    const type = tag(b, i + 4);
    const next = i + 12 + length;
    if (next > b.length) break;
    if (PNG_TEXT_CHUNKS.has(type)) metadata.push(b.subarray(i + 8, i + 8 + length));
    if (type === 'IEND') return { end: next, metadata };
    i = next;
  }
  return { end: null, metadata };
}

/** Reads the RIFF size and the WebP chunks inside it. */
function webpLayout(b: Uint8Array): ContainerLayout {
  const metadata: Uint8Array[] = [];
  const size = u32le(b, 4);
  const end = 8 + size + (size % 2);
  if (size < 4 || 8 + size > b.length) return { end: null, metadata };
  let i = 12;
  while (i + 8 <= 8 + size) {
    const type = tag(b, i);
    const length = u32le(b, i + 4);
    if (i + 8 + length > 8 + size) return { end: null, metadata };
    if (type === 'EXIF' || type === 'XMP ') metadata.push(b.subarray(i + 8, i + 8 + length));
    i += 8 + length + (length % 2);
  }
  return { end: Math.min(end, b.length), metadata };
}

export function containerLayout(bytes: Uint8Array, format: AcceptedFormat): ContainerLayout {
  if (format === 'jpeg') return jpegLayout(bytes);
  if (format === 'png') return pngLayout(bytes);
  return webpLayout(bytes);
}
