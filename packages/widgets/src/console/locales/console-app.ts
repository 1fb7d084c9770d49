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
  },
  en: {
    title: 'KIM Console',
    navigation: 'Console navigation',
    skipToContent: 'Skip to content',
    welcome: 'Welcome, {name}.',
    home: 'Home',
    noApi: 'This console is not connected to a KIM server.',
    notFound: 'This console page does not exist.',
  },
};
