// Strings of `<kim-news-feed>`, in every language. A file of its own, so a widget bundles only the strings it shows.
import type { Localized, NewsFeedStrings } from './types.js';

export const newsFeed: Localized<NewsFeedStrings> = {
  id: {
    label: 'Berita KIM',
    empty: 'Belum ada berita.',
    back: 'Kembali ke daftar berita',
    originalArticle: 'Buka artikel asli',
  },
  en: {
    label: 'KIM news',
    empty: 'No news yet.',
    back: 'Back to the news list',
    originalArticle: 'Open the original article',
  },
};
