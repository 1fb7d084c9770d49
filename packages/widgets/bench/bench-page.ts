// Runs in the benchmark page: inserts one widget over an in-memory fake client and times its first complete render.
import '../src/define/group-directory.js';
import '../src/define/news-feed.js';
import type { KimGroup, NewsArticle } from '@kim-kit/sdk';
import { createFakeClient } from '../src/test-fixtures/fake-client.js';
import { groups, news } from '../src/test-fixtures/fixtures.js';

function many<T extends { id: string; slug: string }>(base: T[], count: number): T[] {
  return Array.from({ length: count }, (_, n) => {
    const item = base[n % base.length]!;
    return { ...item, id: `${item.id}-${n}`, slug: `${item.slug}-${n}` };
  });
}

/**
 * Milliseconds from inserting the element to its first complete render: data committed to the DOM (the element's
 * `kim-load`) and the next frame rendered with it.
 */
async function measure(tag: 'kim-news-feed' | 'kim-group-directory', count: number): Promise<number> {
  const client =
    tag === 'kim-news-feed'
      ? createFakeClient({ data: { news: many<NewsArticle>(news, count) } })
      : createFakeClient({ data: { groups: many<KimGroup>(groups, count) } });
  const el = document.createElement(tag);
  el.client = client;
  el.setAttribute('limit', String(count));
  const loaded = new Promise<void>((resolve) => el.addEventListener('kim-load', () => resolve(), { once: true }));
  const start = performance.now();
  document.body.append(el);
  await loaded;
  const committed = performance.now() - start;
  // The frame that shows the data: a message posted from the next animation frame arrives once that frame's style,
  // layout and paint are done (the browser runs without a frame-rate limit, so no time is spent waiting for vsync).
  await new Promise<void>((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    }),
  );
  const time = performance.now() - start;
  (window as unknown as { lastCommit: number }).lastCommit = committed;
  const shown = el.shadowRoot!.querySelectorAll('[part~="item"], [part~="card"]').length;
  if (shown !== count) throw new Error(`${tag} rendered ${shown} of ${count} items`);
  return time;
}

(window as unknown as { measure: typeof measure }).measure = measure;
