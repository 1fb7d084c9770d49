// Files that are an image and something else at once: markup, code or an archive hidden in or after the image.
import type { ContainerLayout } from './image-container.js';

/**
 * Markup and code that browsers, servers or runtimes act on. Long enough that compressed image data matches one by
 * chance about once in 10^4 multi-megabyte files, not in every other photo.
 */
const ACTIVE_CONTENT = /<script|<html|<!doctype|<\?php|<%[=@\s]|<iframe|<object|<embed|<svg[\s>]|<body|javascript:/i;

/** Signatures of other formats at the start of data appended to an image. */
const APPENDED_FORMATS: [name: string, signature: string][] = [
  ['ZIP or JAR archive', 'PK\x03\x04'],
  ['PDF document', '%PDF-'],
  ['RAR archive', 'Rar!'],
  ['7-Zip archive', "7z\xbc\xaf'\x1c"],
  ['gzip stream', '\x1f\x8b\x08'],
  ['ELF executable', '\x7fELF'],
  ['Windows executable', 'MZ'],
  ['script', '#!'],
];

/** A ZIP reader looks for this record within the last 65,557 bytes of a file, wherever they are. */
const ZIP_END_OF_DIRECTORY = 'PK\x05\x06';
const ZIP_TAIL = 65_535 + 22;

/** Latin-1 keeps one character per byte, so the patterns see the bytes exactly. */
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

/**
 * Why the file is a polyglot, or `null` when it is just an image. Other data after the image is accepted: phones
 * append their own (Samsung's trailer, the MP4 of a "motion photo"), and re-encoding drops it with the original.
 */
export function polyglotReason(bytes: Uint8Array, layout: ContainerLayout): string | null {
  for (const payload of layout.metadata) {
    const text = latin1(payload);
    if (ACTIVE_CONTENT.test(text)) return 'markup or code in its metadata';
    if (text.includes('PK\x03\x04')) return 'a ZIP archive in its metadata';
  }
  if (latin1(bytes.subarray(Math.max(0, bytes.length - ZIP_TAIL))).includes(ZIP_END_OF_DIRECTORY)) {
    return 'a ZIP archive';
  }
  const trailing = latin1(bytes.subarray(layout.end ?? bytes.length));
  for (const [name, signature] of APPENDED_FORMATS) {
    if (trailing.startsWith(signature)) return `a ${name} appended after the image`;
  }
  if (ACTIVE_CONTENT.test(trailing)) return 'markup or code appended after the image';
  return null;
}
