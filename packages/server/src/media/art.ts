// Deterministic SVG artwork for the demo data, so every image is served by the server itself.

/** 32-bit FNV-1a: a stable seed from a string. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: small, fast, good enough for shapes and colours. */
export function prng(seed: string): () => number {
  let a = hash(seed);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[ch]!);

/** Palettes drawn from the sea, pepper gardens and tin of Bangka. */
const PALETTES = [
  ['#0b3a63', '#1f7a8c', '#bfdbf7', '#f4a259'],
  ['#264653', '#2a9d8f', '#e9c46a', '#f4a261'],
  ['#1d3557', '#457b9d', '#a8dadc', '#e63946'],
  ['#283618', '#606c38', '#dda15e', '#fefae0'],
  ['#3d405b', '#81b29a', '#f2cc8f', '#e07a5f'],
  ['#003049', '#669bbc', '#fdf0d5', '#c1121f'],
] as const;

function wrap(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line);
      line = word;
      if (lines.length === maxLines) break;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (lines.length < maxLines && line) lines.push(line);
  else if (lines.length === maxLines) lines[maxLines - 1] = `${lines[maxLines - 1]}…`;
  return lines;
}

export const NEWS_IMAGE_SIZE = { width: 1200, height: 675 } as const;
export const LOGO_IMAGE_SIZE = { width: 256, height: 256 } as const;

/** A landscape with hills and a sun, and the article's title on a band: 1200 x 675. */
export function newsImageSvg(seed: string, title: string, label: string): string {
  const random = prng(seed);
  const [dark, mid, light, accent] = PALETTES[Math.floor(random() * PALETTES.length)]!;
  const { width, height } = NEWS_IMAGE_SIZE;
  const sunX = Math.round(150 + random() * 900);
  const sunY = Math.round(110 + random() * 120);
  const hills = [0, 1, 2]
    .map((layer) => {
      const baseY = 300 + layer * 70;
      const points = [`0,${height}`];
      for (let x = 0; x <= width; x += 100) points.push(`${x},${Math.round(baseY + random() * 90 - 45)}`);
      points.push(`${width},${height}`);
      const fill = [mid, dark, dark][layer];
      return `<polygon points="${points.join(' ')}" fill="${fill}" opacity="${0.55 + layer * 0.2}"/>`;
    })
    .join('');
  const lines = wrap(title, 40, 2)
    .map((line, i) => `<text x="60" y="${560 + i * 52}" font-size="44" font-weight="700">${escapeXml(line)}</text>`)
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${light}"/>` +
    `<stop offset="1" stop-color="#ffffff"/></linearGradient></defs>` +
    `<rect width="${width}" height="${height}" fill="url(#sky)"/>` +
    `<circle cx="${sunX}" cy="${sunY}" r="70" fill="${accent}" opacity="0.9"/>${hills}` +
    `<rect y="470" width="${width}" height="205" fill="${dark}" opacity="0.88"/>` +
    `<text x="60" y="515" font-family="system-ui, sans-serif" font-size="26" fill="${accent}" ` +
    `letter-spacing="2">${escapeXml(label.toUpperCase())}</text>` +
    `<g font-family="system-ui, sans-serif" fill="#ffffff">${lines}</g></svg>`
  );
}

/** Initials of a group's name without the "KIM" prefix, e.g. "KIM Bacang Bersatu" -> "BB". */
export function initials(name: string): string {
  const words = name
    .replace(/^KIM\s+/i, '')
    .split(/\s+/)
    .filter(Boolean);
  return words
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

/** A round badge with the group's initials: 256 x 256. */
export function groupLogoSvg(seed: string, name: string): string {
  const random = prng(seed);
  const [dark, mid, light, accent] = PALETTES[Math.floor(random() * PALETTES.length)]!;
  const rays = Array.from({ length: 12 }, (_, i) => {
    const angle = (i * Math.PI) / 6;
    const x = (128 + Math.cos(angle) * 118).toFixed(1);
    const y = (128 + Math.sin(angle) * 118).toFixed(1);
    return `<line x1="128" y1="128" x2="${x}" y2="${y}" stroke="${light}" stroke-width="6"/>`;
  }).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">` +
    `<circle cx="128" cy="128" r="124" fill="${dark}"/>${rays}` +
    `<circle cx="128" cy="128" r="88" fill="${mid}" stroke="${accent}" stroke-width="6"/>` +
    `<text x="128" y="118" text-anchor="middle" font-family="system-ui, sans-serif" font-size="22" ` +
    `font-weight="700" fill="${light}" letter-spacing="3">KIM</text>` +
    `<text x="128" y="170" text-anchor="middle" font-family="system-ui, sans-serif" font-size="52" ` +
    `font-weight="800" fill="#ffffff">${escapeXml(initials(name))}</text></svg>`
  );
}
