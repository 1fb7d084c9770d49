import { expect } from 'chai';
import { isKimResponseError } from './errors/guards.js';
import { createListPromise } from './pagination.js';
import type { Page } from './schemas/page.js';
import { rejection } from './test-utils/rejection.js';

/** Three pages: [1,2] -> [3,4] -> [5]. Records the cursors asked for. */
function threePages() {
  const pages: Record<string, Page<number>> = {
    start: { data: [1, 2], nextCursor: 'p2' },
    p2: { data: [3, 4], nextCursor: 'p3' },
    p3: { data: [5], nextCursor: null },
  };
  const asked: Array<string | undefined> = [];
  const fetchPage = async (cursor: string | undefined) => {
    asked.push(cursor);
    const page = pages[cursor ?? 'start'];
    if (!page) throw new Error(`no page ${cursor}`);
    return page;
  };
  return { fetchPage, asked };
}

describe('ListPromise', () => {
  it('resolves with the first page', async () => {
    const { fetchPage, asked } = threePages();
    const page = await createListPromise(fetchPage);
    expect(page).to.deep.equal({ data: [1, 2], nextCursor: 'p2' });
    expect(asked).to.deep.equal([undefined]);
  });

  it('iterates over every item of three pages, following nextCursor', async () => {
    const { fetchPage, asked } = threePages();
    const items: number[] = [];
    for await (const item of createListPromise(fetchPage)) items.push(item);
    expect(items).to.deep.equal([1, 2, 3, 4, 5]);
    expect(asked).to.deep.equal([undefined, 'p2', 'p3']);
  });

  it('reuses the first page when awaited and then iterated', async () => {
    const { fetchPage, asked } = threePages();
    const list = createListPromise(fetchPage);
    await list;
    expect(await list.toArray({ limit: 100 })).to.deep.equal([1, 2, 3, 4, 5]);
    expect(asked).to.deep.equal([undefined, 'p2', 'p3']);
  });

  it('starts at a given cursor', async () => {
    const { fetchPage } = threePages();
    expect(await createListPromise(fetchPage, 'p2').toArray({ limit: 10 })).to.deep.equal([3, 4, 5]);
  });

  it('toArray stops at the limit without fetching further pages', async () => {
    const { fetchPage, asked } = threePages();
    expect(await createListPromise(fetchPage).toArray({ limit: 3 })).to.deep.equal([1, 2, 3]);
    expect(asked).to.deep.equal([undefined, 'p2']);
  });

  it('toArray demands a positive whole limit', async () => {
    const { fetchPage } = threePages();
    const list = createListPromise(fetchPage);
    for (const options of [undefined, {}, { limit: 0 }, { limit: 2.5 }, { limit: Number.NaN }]) {
      const error = await rejection(list.toArray(options as unknown as { limit: number }));
      expect(error).to.be.instanceOf(RangeError);
    }
  });

  it('stops iterating early on break', async () => {
    const { fetchPage, asked } = threePages();
    for await (const item of createListPromise(fetchPage)) {
      if (item === 2) break;
    }
    expect(asked).to.deep.equal([undefined]);
  });

  it('rejects the iteration when a later page fails', async () => {
    const failing = async (cursor: string | undefined) => {
      if (cursor) throw new Error('page 2 failed');
      return { data: [1], nextCursor: 'p2' };
    };
    const seen: number[] = [];
    const error = await rejection(
      (async () => {
        for await (const item of createListPromise(failing)) seen.push(item);
      })(),
    );
    expect((error as Error).message).to.equal('page 2 failed');
    expect(seen).to.deep.equal([1]);
  });

  it('refuses to loop on a cursor the server repeats', async () => {
    const looping = async () => ({ data: [1], nextCursor: 'same' });
    const error = await rejection(createListPromise(looping).toArray({ limit: 100 }));
    expect(isKimResponseError(error)).to.equal(true);
    expect((error as { path: string }).path).to.equal('nextCursor');
  });
});
