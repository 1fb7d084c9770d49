// Strings of `<kim-news-feed>`, in every language. A file of its own, so a widget bundles only the strings it shows.
import type { Localized, NewsFeedStrings } from './types.js';

export const newsFeed: Localized<NewsFeedStrings> = {
  id: {
    label: 'Berita KIM',
    empty: 'Belum ada berita.',
    back: 'Kembali ke daftar berita',
    readMore: 'Baca selengkapnya',
    originalArticle: 'Buka artikel asli',
    byline: (group, category) => `${category} · ${group}`,
    loadingArticle: 'Memuat artikel...',
  },
  en: {
    label: 'KIM news',
    empty: 'No news yet.',
    back: 'Back to the news list',
    readMore: 'Read more',
    originalArticle: 'Open the original article',
    byline: (group, category) => `${category} · ${group}`,
    loadingArticle: 'Loading the article...',
  },
};
