// Strings every widget shares, in every language. A file of its own, so a widget bundles only the strings it shows.
import type { CommonStrings, Localized } from './types.js';

export const common: Localized<CommonStrings> = {
  id: {
    loading: 'Memuat...',
    retry: 'Coba lagi',
    loadMore: 'Muat lebih banyak',
    loadingMore: 'Memuat lebih banyak...',
    errorNetwork: 'Tidak dapat terhubung. Periksa koneksi internet Anda.',
    errorNotFound: 'Data tidak ditemukan.',
    errorRateLimited: 'Terlalu banyak permintaan. Tunggu sebentar lalu coba lagi.',
    errorGeneric: 'Maaf, data tidak dapat dimuat saat ini.',
    errorConfig: 'Widget ini belum terhubung ke server KIM.',
    errorConfigHint:
      'Untuk pengelola situs: isi atribut api-base dengan alamat server KIM. Cara memperbaikinya tercantum di konsol peramban.',
    opensInNewTab: '(membuka tab baru)',
    errorPrefix: 'Galat:',
    focusAreas: {
      umkm: 'UMKM',
      pertanian: 'Pertanian',
      perikanan: 'Perikanan',
      pariwisata: 'Pariwisata',
      kesehatan: 'Kesehatan',
      pendidikan: 'Pendidikan',
      lingkungan: 'Lingkungan',
      digital: 'Digital',
      budaya: 'Budaya',
      kepemudaan: 'Kepemudaan',
    },
  },
  en: {
    loading: 'Loading...',
    retry: 'Try again',
    loadMore: 'Load more',
    loadingMore: 'Loading more...',
    errorNetwork: 'Cannot connect. Check your internet connection.',
    errorNotFound: 'Not found.',
    errorRateLimited: 'Too many requests. Wait a moment and try again.',
    errorGeneric: 'Sorry, the data cannot be loaded right now.',
    errorConfig: 'This widget is not connected to a KIM server.',
    errorConfigHint:
      "For whoever builds this site: set the api-base attribute to the KIM server's address. The browser console explains how.",
    opensInNewTab: '(opens in a new tab)',
    errorPrefix: 'Error:',
    focusAreas: {
      umkm: 'Small business',
      pertanian: 'Agriculture',
      perikanan: 'Fisheries',
      pariwisata: 'Tourism',
      kesehatan: 'Health',
      pendidikan: 'Education',
      lingkungan: 'Environment',
      digital: 'Digital',
      budaya: 'Culture',
      kepemudaan: 'Youth',
    },
  },
};
