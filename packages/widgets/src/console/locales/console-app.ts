// The strings of the console shell <kim-console>, in every language (Bahasa Indonesia first).
import type { Localized } from '../../locales/types.js';

export interface ConsoleAppStrings {
  title: string;
  navigation: string;
  skipToContent: string;
  welcome: string;
  home: string;
  noApi: string;
  notFound: string;
  /** The home page's counts; `n` is already formatted ("12", "100+"). */
  counts: Record<'aspirationsWaiting' | 'newsToReview' | 'ownDrafts', (n: string, one: boolean) => string>;
  countsLabel: string;
  countsLoading: string;
  countError: string;
  retry: string;
  /** When the role sees none of the counts. */
  nothingToCount: string;
  /** The document title: `{section}` and the console's title. */
  documentTitle: (section: string, title: string) => string;
  signIn: string;
  invitation: string;
}

export const consoleApp: Localized<ConsoleAppStrings> = {
  id: {
    title: 'Konsol KIM',
    navigation: 'Navigasi konsol',
    skipToContent: 'Langsung ke isi',
    welcome: 'Selamat datang, {name}.',
    home: 'Beranda',
    noApi: 'Konsol ini belum terhubung ke server KIM.',
    notFound: 'Halaman konsol ini tidak ada.',
    counts: {
      aspirationsWaiting: (n) => `${n} laporan warga menunggu verifikasi`,
      newsToReview: (n) => `${n} berita menunggu tinjauan`,
      ownDrafts: (n) => `${n} berita Anda masih berupa draf atau dikembalikan`,
    },
    countsLabel: 'Yang perlu ditangani',
    countsLoading: 'Memuat...',
    countError: 'Jumlah ini tidak dapat dimuat.',
    retry: 'Coba lagi',
    nothingToCount: 'Tidak ada yang perlu ditangani untuk peran Anda.',
    documentTitle: (section, title) => `${section} - ${title}`,
    signIn: 'Masuk',
    invitation: 'Terima undangan',
  },
  en: {
    title: 'KIM Console',
    navigation: 'Console navigation',
    skipToContent: 'Skip to content',
    welcome: 'Welcome, {name}.',
    home: 'Home',
    noApi: 'This console is not connected to a KIM server.',
    notFound: 'This console page does not exist.',
    counts: {
      aspirationsWaiting: (n, one) => `${n} citizen ${one ? 'aspiration' : 'aspirations'} waiting for verification`,
      newsToReview: (n, one) => `${n} ${one ? 'article' : 'articles'} waiting for review`,
      ownDrafts: (n, one) =>
        `${n} of your ${one ? 'articles is a draft or was' : 'articles are drafts or were'} sent back`,
    },
    countsLabel: 'What needs attention',
    countsLoading: 'Loading...',
    countError: 'This count could not be loaded.',
    retry: 'Try again',
    nothingToCount: 'Nothing needs attention for your role.',
    documentTitle: (section, title) => `${section} - ${title}`,
    signIn: 'Sign in',
    invitation: 'Accept invitation',
  },
};
