// What the console's home page counts for the signed-in person: aspirations waiting for verification, articles waiting
// for review, and their own drafts; each only for a role that may see it, each a link to its section.
import type { Capability, Me, NewsStatus } from '@kim-kit/sdk';
import type { ConsoleClient } from '../shared/session.js';

export type HomeCountKey = 'aspirationsWaiting' | 'newsToReview' | 'ownDrafts';

/** A count of the home page: what it needs to be shown, and where its link goes. */
export interface HomeCount {
  key: HomeCountKey;
  capability: Capability;
  hash: string;
}

export const HOME_COUNTS: readonly HomeCount[] = [
  { key: 'aspirationsWaiting', capability: 'aspirations.read', hash: '#/laporan' },
  { key: 'newsToReview', capability: 'news.review', hash: '#/tinjauan' },
  { key: 'ownDrafts', capability: 'news.write', hash: '#/berita' },
];

/** A count; `more` when there are more than `count` (the API has no totals: one page of 100 is counted). */
export interface Counted {
  count: number;
  more: boolean;
}

/** The API's largest page. */
const PAGE = 100;
/** Own drafts are found among every draft in scope (no author filter in the API): at most this many a status. */
const DRAFTS_READ = 300;
/** An author's articles still in their hands: never submitted, or sent back by the reviewer. */
const OWN_STATUSES: readonly NewsStatus[] = ['draft', 'returned'];

/** Counts `key` for `me`; rejects with the SDK's error. */
export async function countFor(
  key: HomeCountKey,
  client: ConsoleClient,
  me: Me,
  signal?: AbortSignal,
): Promise<Counted> {
  if (key === 'aspirationsWaiting') {
    const page = await client.admin.aspirations.list({ status: 'received', limit: PAGE }, { signal });
    return { count: page.data.length, more: page.nextCursor !== null };
  }
  if (key === 'newsToReview') {
    const page = await client.admin.news.list({ status: 'submitted', limit: PAGE }, { signal });
    return { count: page.data.length, more: page.nextCursor !== null };
  }
  // Both statuses at once: on a phone's 3G each sequential request costs a round trip of about half a second.
  const counted = await Promise.all(
    OWN_STATUSES.map(async (status) => {
      let count = 0;
      let read = 0;
      for await (const article of client.admin.news.list({ status, limit: PAGE }, { signal })) {
        if (++read > DRAFTS_READ) return { count, more: true };
        if (article.author?.id === me.id) count++;
      }
      return { count, more: false };
    }),
  );
  return {
    count: counted.reduce((sum, c) => sum + c.count, 0),
    more: counted.some((c) => c.more),
  };
}
