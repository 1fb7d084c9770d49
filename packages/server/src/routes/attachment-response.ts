// An attachment's bytes as a response: its type, a download name, and nothing a browser could run.
import type { AttachmentFile } from '../storage/storage.js';

/** `filename` in ASCII (other characters as `_`) and `filename*` in UTF-8 (RFC 6266). */
function disposition(kind: 'inline' | 'attachment', fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * Images open in the browser, PDFs download (a PDF viewer runs the document's scripts); `nosniff` and a sandboxing
 * CSP keep the bytes from being read as anything else.
 */
export function attachmentResponse(file: AttachmentFile, cacheControl: string): Response {
  const { attachment, bytes } = file;
  const kind = attachment.contentType.startsWith('image/') ? 'inline' : 'attachment';
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': attachment.contentType,
      'Content-Length': String(bytes.byteLength),
      'Content-Disposition': disposition(kind, attachment.fileName),
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': cacheControl,
    },
  });
}
