// Sixty-six demo articles over six months, written from the story templates for the seed groups.

import { slugify } from '../content/slugify.js';
import { NEWS_IMAGE_SIZE, prng } from '../media/art.js';
import { newsImagePath } from '../routes/media.js';
import { escapeHtml } from '../site/html.js';
import type { NewGroup, NewNews } from '../storage/storage.js';
import { SEED_CATEGORIES } from './categories.js';
import { STORIES, type StoryContext } from './news-stories.js';
import { districtName, villageName } from './pangkal-pinang.js';

export const SEED_NEWS_COUNT = 66;

const DAY = 24 * 60 * 60 * 1000;
/** Groups by the sea, for the fishing stories. */
const COASTAL = new Set(['kim-ketapang-bahari', 'kim-pasir-garam-sejahtera', 'kim-air-itam-mandiri']);

function context(seed: string, group: NewGroup): StoryContext {
  const random = prng(seed);
  return {
    group: group.name,
    chair: group.chairName ?? 'pengurus',
    village: villageName(group.regionCode),
    district: districtName(group.regionCode),
    int: (min, max) => min + Math.floor(random() * (max - min + 1)),
    pick: (items) => items[Math.floor(random() * items.length)]!,
  };
}

/** A time between 07:00 and 19:00 WIB on the given UTC day. */
function daytime(dayStart: number, random: () => number): string {
  return new Date(dayStart + Math.floor(random() * 12 * 60) * 60_000).toISOString();
}

/**
 * The demo articles, newest first: one about every 2.7 days back from `anchor`, except stories bound to a date
 * (Independence Day, Maulid), which fall in their window.
 */
export function seedNews(groups: readonly NewGroup[], anchor: Date): NewNews[] {
  const anchorDay = Date.UTC(anchor.getUTCFullYear(), anchor.getUTCMonth(), anchor.getUTCDate());
  const categoryNames = new Map(SEED_CATEGORIES.map((c) => [c.id, c.name]));
  const slugs = new Set<string>();
  const active = groups.filter((g) => g.status === 'active');
  const coastal = groups.filter((g) => COASTAL.has(g.slug));
  const news: NewNews[] = [];

  for (let i = 0; i < SEED_NEWS_COUNT; i++) {
    const template = STORIES[i % STORIES.length]!;
    const pool = template.key === 'nelayan' ? coastal : i % 11 === 10 ? groups : active;
    const group = pool[(i * 7 + Math.floor(i / STORIES.length)) % pool.length]!;
    const random = prng(`news-${i}`);
    const story = template.write(context(`story-${i}`, group));

    let day = anchorDay - Math.round(i * 2.7) * DAY;
    if (template.window) {
      const from = Date.parse(`${template.window[0]}T00:00:00Z`);
      const to = Date.parse(`${template.window[1]}T00:00:00Z`);
      day = from + Math.floor(random() * ((to - from) / DAY + 1)) * DAY;
    }
    const publishedAt = daytime(day, random);

    let slug = slugify(story.title);
    for (let n = 2; slugs.has(slug); n++) slug = `${slugify(story.title)}-${n}`;
    slugs.add(slug);

    const village = villageName(group.regionCode);
    const body = [
      ...story.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
      `<p><em>${escapeHtml(`Ditulis oleh ${group.name}, Kelurahan ${village}.`)}</em></p>`,
    ].join('\n');

    news.push({
      id: `nws_${String(i + 1).padStart(4, '0')}`,
      slug,
      title: story.title,
      summary: story.summary,
      body,
      image: {
        path: newsImagePath(slug),
        alt: `Ilustrasi: ${categoryNames.get(template.categoryId) ?? ''} di Kelurahan ${village}`,
        ...NEWS_IMAGE_SIZE,
      },
      groupId: group.id,
      regionCode: group.regionCode,
      categoryId: template.categoryId,
      tags: [...story.tags, village.toLowerCase()],
      publishedAt,
      updatedAt: publishedAt,
    });
  }
  return news.sort((a, b) => (a.publishedAt < b.publishedAt ? 1 : a.publishedAt > b.publishedAt ? -1 : 0));
}
