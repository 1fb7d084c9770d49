// Uploads an attacker (or a confused phone) might send: built here, byte by byte where sharp would not make them.
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';

/** A PNG chunk with its CRC. */
function chunk(type: string, data: Uint8Array): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A valid all-black 1-bit PNG: 48 megapixels compress to a few kilobytes (a decompression bomb). */
export function bilevelPng(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([1, 0, 0, 0, 0], 8);
  const raw = Buffer.alloc((1 + Math.ceil(width / 8)) * height);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ]);
}

/** A small real photo-like JPEG. */
export const smallJpeg = () =>
  sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 30, g: 110, b: 70 } } })
    .jpeg({ quality: 80 })
    .toBuffer();

export const smallPng = () =>
  sharp({ create: { width: 64, height: 64, channels: 3, background: { r: 200, g: 40, b: 40 } } })
    .png()
    .toBuffer();

/** A JPEG with a comment segment right after SOI. */
export function withJpegComment(jpg: Buffer, comment: string): Buffer {
  const data = Buffer.from(comment, 'latin1');
  const segment = Buffer.alloc(4);
  segment.writeUInt16BE(0xfffe, 0);
  segment.writeUInt16BE(data.length + 2, 2);
  return Buffer.concat([jpg.subarray(0, 2), segment, data, jpg.subarray(2)]);
}

/** A multipart/form-data body by hand, with the given parts. */
export function multipart(
  parts: { name: string; filename?: string; type?: string; data: Uint8Array | string }[],
  boundary = 'kimbatas7f3a',
): { body: Buffer; contentType: string } {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = `form-data; name="${part.name}"${part.filename ? `; filename="${part.filename}"` : ''}`;
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: ${disposition}\r\n${part.type ? `Content-Type: ${part.type}\r\n` : ''}\r\n`,
      ),
      Buffer.from(part.data),
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}
