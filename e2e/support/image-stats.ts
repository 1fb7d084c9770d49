// Decodes a PNG in the browser and measures how much is on it, to tell a real render from a blank one.
import type { Page } from 'playwright-core';

export interface ImageStats {
  width: number;
  height: number;
  /** Distinct colours among the sampled pixels (coarsened to 5 bits a channel). */
  colours: number;
  /** Standard deviation of the sampled pixels' luminance, 0-255. */
  lumaDeviation: number;
}

export function imageStats(page: Page, png: Buffer): Promise<ImageStats> {
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    const colours = new Set<number>();
    const lumas: number[] = [];
    // A grid of about 40,000 samples is plenty and keeps a 10,000 px tall page quick.
    const step = Math.max(1, Math.floor(Math.sqrt((bitmap.width * bitmap.height) / 40_000)));
    for (let y = 0; y < bitmap.height; y += step) {
      for (let x = 0; x < bitmap.width; x += step) {
        const i = (y * bitmap.width + x) * 4;
        const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
        colours.add(((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3));
        lumas.push(0.2126 * r + 0.7152 * g + 0.0722 * b);
      }
    }
    const mean = lumas.reduce((a, b) => a + b, 0) / lumas.length;
    const variance = lumas.reduce((a, b) => a + (b - mean) ** 2, 0) / lumas.length;
    return { width: bitmap.width, height: bitmap.height, colours: colours.size, lumaDeviation: Math.sqrt(variance) };
  }, png.toString('base64'));
}
