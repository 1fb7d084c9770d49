// `pnpm --filter @kim-kit/server bench:media`: how long processImage takes for phone-sized photos (median and range
// of 5 runs each, after one warm-up), and the bytes of what it writes. The photos are generated: noise, blurred, so
// they compress like a photo rather than like noise or a flat colour.
import sharp from 'sharp';
import { processImage } from '../src/media/process-image.js';

async function photo(width: number, height: number): Promise<Buffer> {
  const noise = { type: 'gaussian' as const, mean: 128, sigma: 60 };
  return sharp({ create: { width, height, channels: 3, background: '#808080', noise } })
    .blur(3)
    .jpeg({ quality: 85 })
    .toBuffer();
}

const RUNS = 5;
for (const [label, width, height] of [
  ['3 MP (2000x1500)', 2000, 1500],
  ['12 MP (4000x3000), a phone photo', 4000, 3000],
] as const) {
  const input = await photo(width, height);
  await processImage(input, 'image/jpeg');
  const times: number[] = [];
  let out = 0;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const result = await processImage(input, 'image/jpeg');
    times.push(performance.now() - started);
    if (!result.ok) throw new Error(result.detail);
    out = result.image.variants.reduce((sum, v) => sum + v.bytes.length, 0);
  }
  times.sort((a, b) => a - b);
  const ms = (n: number) => `${Math.round(n)} ms`;
  console.log(
    `${label}: ${(input.length / 1e6).toFixed(1)} MB in -> 6 variants ${(out / 1e6).toFixed(2)} MB; ` +
      `median ${ms(times[Math.floor(RUNS / 2)] ?? 0)} (${ms(times[0] ?? 0)}-${ms(times[RUNS - 1] ?? 0)})`,
  );
}
