// Story templates for the demo news, in Bahasa Indonesia. Each is filled with a group, its kelurahan and numbers.

export interface StoryContext {
  group: string;
  chair: string;
  village: string;
  district: string;
  /** A whole number in [min, max], drawn deterministically. */
  int(min: number, max: number): number;
  /** One of the given items, drawn deterministically. */
  pick<T>(items: readonly T[]): T;
}

export interface Story {
  title: string;
  summary: string;
  paragraphs: string[];
  tags: string[];
}

export interface StoryTemplate {
  key: string;
  categoryId: string;
  /** Stories bound to a date (Independence Day, Maulid) are published inside this window (ISO dates). */
  window?: [from: string, to: string];
  write(ctx: StoryContext): Story;
}

const DAYS = ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'] as const;

export const STORIES: StoryTemplate[] = [
  {
    key: 'posyandu',
    categoryId: 'kesehatan',
    write: (x) => {
      const n = x.int(45, 120);
      const posyandu = x.pick(['Melati', 'Mawar', 'Anggrek', 'Kenanga', 'Cempaka']);
      return {
        title: `Posyandu ${posyandu} ${x.village} Layani ${n} Balita dalam Sehari`,
        summary: `Kader Posyandu ${posyandu} di Kelurahan ${x.village} menimbang dan memeriksa ${n} balita. ${x.group} membantu menyebarkan jadwal posyandu lewat grup warga.`,
        paragraphs: [
          `Sebanyak ${n} balita datang ke Posyandu ${posyandu} di Kelurahan ${x.village}, Kecamatan ${x.district}, pada hari ${x.pick(DAYS)} pagi. Kader menimbang berat badan, mengukur tinggi badan dan mencatat perkembangan anak dalam buku KIA.`,
          `Petugas puskesmas juga memberikan vitamin A dan imunisasi dasar sesuai jadwal. Orang tua diingatkan untuk membawa buku KIA setiap kali datang ke posyandu.`,
          `"Kami bagikan jadwal posyandu lewat grup WhatsApp RT dan pengumuman di masjid, sehingga lebih banyak ibu yang datang," kata ${x.chair}, Ketua ${x.group}.`,
          `Posyandu ${posyandu} buka setiap bulan pada minggu kedua. Warga yang memiliki balita diimbau datang untuk memantau tumbuh kembang anak dan mencegah stunting.`,
        ],
        tags: ['posyandu', 'balita', 'stunting'],
      };
    },
  },
  {
    key: 'lansia',
    categoryId: 'kesehatan',
    write: (x) => {
      const n = x.int(60, 150);
      return {
        title: `Pemeriksaan Kesehatan Gratis untuk ${n} Lansia di ${x.village}`,
        summary: `Warga lanjut usia di Kelurahan ${x.village} mendapat pemeriksaan tekanan darah, gula darah dan kolesterol tanpa biaya dalam kegiatan posbindu.`,
        paragraphs: [
          `Posbindu Kelurahan ${x.village} memeriksa kesehatan ${n} warga lanjut usia. Pemeriksaan meliputi tekanan darah, gula darah, kolesterol dan asam urat.`,
          `Tenaga kesehatan dari puskesmas kecamatan ${x.district} memberikan konsultasi tentang pola makan dan pentingnya bergerak setiap hari.`,
          `${x.group} mencatat warga yang belum dapat hadir agar dikunjungi kader di rumah. "Jangan sampai ada lansia yang terlewat hanya karena sulit berjalan ke balai kelurahan," ujar ${x.chair}.`,
        ],
        tags: ['lansia', 'posbindu', 'cek kesehatan gratis'],
      };
    },
  },
  {
    key: 'psn-dbd',
    categoryId: 'kesehatan',
    write: (x) => {
      const rumah = x.int(150, 400);
      return {
        title: `Warga ${x.village} Gelar Gerakan PSN untuk Cegah Demam Berdarah`,
        summary: `Juru pemantau jentik memeriksa ${rumah} rumah di Kelurahan ${x.village}. Warga diajak menjalankan 3M Plus: menguras, menutup dan mendaur ulang.`,
        paragraphs: [
          `Memasuki musim hujan, warga Kelurahan ${x.village} menggelar gerakan pemberantasan sarang nyamuk (PSN). Juru pemantau jentik memeriksa ${rumah} rumah, termasuk bak mandi, tempat minum hewan dan barang bekas di pekarangan.`,
          `Gerakan ini mengajak warga menjalankan 3M Plus: menguras tempat penampungan air, menutup rapat wadah air, dan mendaur ulang barang bekas yang dapat menampung air hujan.`,
          `"Fogging hanya membunuh nyamuk dewasa. Yang paling ampuh tetap membersihkan jentik di rumah masing-masing," kata ${x.chair} dari ${x.group}.`,
        ],
        tags: ['demam berdarah', 'psn', '3m plus'],
      };
    },
  },
  {
    key: 'gotong-royong',
    categoryId: 'lingkungan',
    write: (x) => {
      const meter = x.int(300, 1200);
      return {
        title: `Gotong Royong Bersihkan Parit Sepanjang ${meter} Meter di ${x.village}`,
        summary: `Warga dan pengurus RT di Kelurahan ${x.village} membersihkan saluran air agar tidak meluap saat hujan deras.`,
        paragraphs: [
          `Puluhan warga Kelurahan ${x.village} bergotong royong membersihkan parit sepanjang ${meter} meter pada ${x.pick(DAYS)} pagi. Lumpur, plastik dan ranting yang menyumbat aliran diangkat dan dibawa ke tempat pembuangan sementara.`,
          `Kegiatan ini rutin digelar menjelang musim hujan karena beberapa ruas jalan di kecamatan ${x.district} kerap tergenang setelah hujan lebat.`,
          `${x.group} mendokumentasikan titik-titik saluran yang rusak dan meneruskannya ke kelurahan sebagai usulan perbaikan. "Warga bisa melaporkan parit tersumbat melalui KIM, nanti kami teruskan," kata ${x.chair}.`,
        ],
        tags: ['gotong royong', 'drainase', 'banjir'],
      };
    },
  },
  {
    key: 'bank-sampah',
    categoryId: 'lingkungan',
    write: (x) => {
      const kg = x.int(250, 900);
      const nasabah = x.int(40, 130);
      return {
        title: `Bank Sampah ${x.village} Kumpulkan ${kg} Kilogram Sampah Plastik`,
        summary: `Dalam sebulan, ${nasabah} nasabah bank sampah di Kelurahan ${x.village} menyetorkan ${kg} kilogram sampah anorganik yang ditukar menjadi tabungan.`,
        paragraphs: [
          `Bank sampah yang dikelola warga Kelurahan ${x.village} mencatat setoran ${kg} kilogram sampah anorganik dari ${nasabah} nasabah bulan ini. Botol plastik, kardus dan kaleng dipilah lalu dijual ke pengepul.`,
          `Hasil penjualan dicatat sebagai tabungan nasabah. Sebagian warga memakainya untuk membayar iuran kebersihan atau membeli kebutuhan sekolah anak.`,
          `${x.group} membuat poster panduan memilah sampah dan membagikannya ke setiap RT. Menurut ${x.chair}, volume sampah yang dibuang ke TPS berkurang sejak bank sampah aktif.`,
        ],
        tags: ['bank sampah', 'daur ulang', 'sampah plastik'],
      };
    },
  },
  {
    key: 'tanam-pohon',
    categoryId: 'lingkungan',
    write: (x) => {
      const bibit = x.int(100, 500);
      const jenis = x.pick(['trembesi', 'ketapang kencana', 'mahoni', 'pucuk merah']);
      return {
        title: `Penanaman ${bibit} Bibit Pohon Hijaukan Kawasan ${x.village}`,
        summary: `Warga, pelajar dan pengurus ${x.group} menanam bibit ${jenis} di ruang terbuka dan tepi jalan Kelurahan ${x.village}.`,
        paragraphs: [
          `Sebanyak ${bibit} bibit ${jenis} ditanam di ruang terbuka hijau dan tepi jalan Kelurahan ${x.village}. Kegiatan melibatkan pelajar, karang taruna dan pengurus RT.`,
          `Setiap bibit diberi papan nama penanggung jawab agar perawatannya jelas. Penyiraman dijadwalkan bergiliran selama musim kemarau.`,
          `"Pohon yang kita tanam hari ini akan meneduhkan anak cucu kita," kata ${x.chair}, Ketua ${x.group}, yang mengajak warga ikut merawat bibit di depan rumah masing-masing.`,
        ],
        tags: ['penghijauan', 'pohon', jenis],
      };
    },
  },
  {
    key: 'umkm-online',
    categoryId: 'umkm',
    write: (x) => {
      const peserta = x.int(20, 45);
      return {
        title: `Pelaku UMKM ${x.village} Belajar Berjualan Lewat Marketplace`,
        summary: `${peserta} pelaku usaha kecil di Kelurahan ${x.village} belajar memotret produk, menulis deskripsi dan membuka toko daring.`,
        paragraphs: [
          `${x.group} menggelar pelatihan pemasaran daring untuk ${peserta} pelaku UMKM di Kelurahan ${x.village}. Peserta berasal dari usaha kerupuk, kemplang, getas, kue basah dan kerajinan.`,
          `Materi meliputi cara memotret produk dengan telepon genggam, menulis deskripsi yang jujur dan menarik, menentukan ongkos kirim, serta menjaga keamanan akun.`,
          `"Banyak produk enak dari kampung kita yang belum dikenal orang di luar Bangka. Lewat toko daring, pasarnya bisa lebih luas," ujar ${x.chair}. Pendampingan lanjutan akan dilakukan setiap dua pekan.`,
        ],
        tags: ['umkm', 'marketplace', 'pemasaran digital'],
      };
    },
  },
  {
    key: 'bazar',
    categoryId: 'umkm',
    write: (x) => {
      const lapak = x.int(15, 40);
      return {
        title: `Bazar Produk Lokal Warnai Akhir Pekan di ${x.village}`,
        summary: `${lapak} lapak UMKM menjajakan kuliner khas Bangka dan kerajinan warga di halaman kantor Kelurahan ${x.village}.`,
        paragraphs: [
          `Halaman kantor Kelurahan ${x.village} dipenuhi pengunjung saat ${lapak} lapak UMKM membuka bazar produk lokal. Lempah kuning, otak-otak, martabak Bangka dan kemplang menjadi buruan pengunjung.`,
          `Selain kuliner, warga menawarkan kerajinan tangan, tanaman hias dan pakaian. Panitia menyediakan tempat sampah terpilah dan melarang penggunaan styrofoam.`,
          `${x.group} menyiarkan bazar melalui media sosial dan membuat daftar pelaku usaha beserta nomor kontaknya, sehingga pembeli dapat memesan kembali setelah acara.`,
        ],
        tags: ['bazar', 'kuliner', 'produk lokal'],
      };
    },
  },
  {
    key: 'nib-halal',
    categoryId: 'umkm',
    write: (x) => {
      const usaha = x.int(12, 35);
      return {
        title: `${x.group} Dampingi ${usaha} Usaha Mengurus NIB dan Sertifikat Halal`,
        summary: `Pelaku usaha mikro di Kelurahan ${x.village} dibantu mendaftar Nomor Induk Berusaha melalui OSS dan mengajukan sertifikasi halal gratis.`,
        paragraphs: [
          `Sebanyak ${usaha} pelaku usaha mikro di Kelurahan ${x.village} mendapat pendampingan pendaftaran Nomor Induk Berusaha (NIB) melalui sistem OSS. Pendampingan dilakukan di sekretariat ${x.group}.`,
          `Usaha makanan dan minuman juga dibantu mengajukan sertifikasi halal melalui jalur pernyataan pelaku usaha (self declare) yang tidak dipungut biaya.`,
          `"Dengan NIB, pelaku usaha lebih mudah mengakses pembiayaan dan ikut pameran," kata ${x.chair}. Warga yang ingin didampingi dapat mendaftar melalui pengurus RT.`,
        ],
        tags: ['nib', 'sertifikat halal', 'oss'],
      };
    },
  },
  {
    key: 'taman-baca',
    categoryId: 'pendidikan',
    write: (x) => {
      const buku = x.int(300, 1200);
      return {
        title: `Taman Baca Warga ${x.village} Kini Buka Setiap Sore`,
        summary: `Koleksi ${buku} buku hasil donasi warga kini bisa dibaca anak-anak Kelurahan ${x.village} setiap sore di taman baca.`,
        paragraphs: [
          `Taman baca yang dikelola ${x.group} di Kelurahan ${x.village} kini buka setiap sore mulai pukul 15.00 WIB. Koleksinya mencapai ${buku} buku, sebagian besar hasil donasi warga dan alumni sekolah setempat.`,
          `Relawan mendampingi anak-anak membaca dan mendongeng setiap akhir pekan. Tersedia pula pojok buku tentang sejarah Bangka dan cerita rakyat Melayu.`,
          `"Kami ingin anak-anak punya tempat yang nyaman untuk membaca selain layar ponsel," ujar ${x.chair}. Warga yang ingin menyumbang buku dapat mengantarnya ke sekretariat KIM.`,
        ],
        tags: ['taman baca', 'literasi', 'anak'],
      };
    },
  },
  {
    key: 'bimbel',
    categoryId: 'pendidikan',
    write: (x) => {
      const siswa = x.int(25, 60);
      return {
        title: `Bimbingan Belajar Gratis untuk ${siswa} Pelajar SD di ${x.village}`,
        summary: `Mahasiswa dan guru relawan mengajar membaca, menulis dan berhitung di balai warga Kelurahan ${x.village}.`,
        paragraphs: [
          `Sebanyak ${siswa} pelajar sekolah dasar di Kelurahan ${x.village} mengikuti bimbingan belajar gratis di balai warga. Pengajarnya mahasiswa dan guru relawan.`,
          `Kelas dibuka dua kali sepekan dengan fokus membaca, menulis dan berhitung. Orang tua mendapat laporan perkembangan anak setiap bulan.`,
          `${x.group} membantu mendata anak yang membutuhkan pendampingan dan menyebarkan jadwal kelas. Menurut ${x.chair}, minat belajar anak meningkat sejak kelas berjalan.`,
        ],
        tags: ['bimbingan belajar', 'sekolah dasar', 'relawan'],
      };
    },
  },
  {
    key: 'hoaks',
    categoryId: 'literasi-digital',
    write: (x) => {
      const peserta = x.int(30, 80);
      return {
        title: `Warga ${x.village} Dilatih Mengenali Hoaks di Media Sosial`,
        summary: `${peserta} warga belajar memeriksa sumber berita, foto dan pesan berantai sebelum membagikannya.`,
        paragraphs: [
          `${x.group} mengadakan kelas cek fakta untuk ${peserta} warga Kelurahan ${x.village}. Peserta belajar memeriksa sumber berita, mencari foto asli dengan pencarian gambar, dan mengenali judul yang menyesatkan.`,
          `Narasumber menunjukkan contoh pesan berantai tentang bantuan sosial palsu dan tautan undian yang meminta data pribadi. Warga diminta tidak membagikan kode OTP kepada siapa pun.`,
          `"Saring dulu sebelum sharing. Kalau ragu, tanyakan ke KIM atau cek situs resmi pemerintah," pesan ${x.chair} di akhir kelas.`,
        ],
        tags: ['hoaks', 'cek fakta', 'keamanan digital'],
      };
    },
  },
  {
    key: 'ikd',
    categoryId: 'literasi-digital',
    write: (x) => {
      const warga = x.int(80, 220);
      return {
        title: `KIM Bantu ${warga} Warga ${x.village} Aktivasi Identitas Kependudukan Digital`,
        summary: `Bersama petugas Disdukcapil, pengurus ${x.group} membantu warga memasang dan mengaktifkan aplikasi IKD.`,
        paragraphs: [
          `Petugas Dinas Kependudukan dan Pencatatan Sipil bersama ${x.group} membuka layanan aktivasi Identitas Kependudukan Digital (IKD) di Kelurahan ${x.village}. Sebanyak ${warga} warga berhasil mengaktifkan IKD di ponsel mereka.`,
          `Warga cukup membawa KTP elektronik dan ponsel dengan nomor aktif. Pengurus KIM membantu warga lanjut usia yang belum terbiasa memasang aplikasi.`,
          `${x.chair} mengingatkan agar kode aktivasi tidak dibagikan kepada orang lain. "Petugas resmi tidak pernah meminta kode lewat telepon," ujarnya.`,
        ],
        tags: ['ikd', 'disdukcapil', 'adminduk'],
      };
    },
  },
  {
    key: 'musrenbang',
    categoryId: 'pengumuman',
    write: (x) => {
      const usulan = x.int(25, 70);
      return {
        title: `Musrenbang Kelurahan ${x.village} Tampung ${usulan} Usulan Warga`,
        summary: `Usulan perbaikan jalan lingkungan, drainase dan penerangan mendominasi musyawarah perencanaan pembangunan Kelurahan ${x.village}.`,
        paragraphs: [
          `Musyawarah perencanaan pembangunan (musrenbang) Kelurahan ${x.village} menampung ${usulan} usulan dari RT dan RW. Usulan terbanyak menyangkut perbaikan jalan lingkungan, drainase dan lampu penerangan jalan.`,
          `Usulan yang disepakati akan dibawa ke musrenbang Kecamatan ${x.district} untuk diprioritaskan dalam rencana kerja pemerintah kota tahun depan.`,
          `${x.group} merangkum hasil musrenbang dan membagikannya kepada warga agar usulan dapat dipantau bersama. "Warga berhak tahu usulannya sampai di mana," kata ${x.chair}.`,
        ],
        tags: ['musrenbang', 'perencanaan', 'pembangunan'],
      };
    },
  },
  {
    key: 'bansos',
    categoryId: 'pengumuman',
    write: (x) => ({
      title: `Pemutakhiran Data Penerima Bantuan Sosial di Kelurahan ${x.village}`,
      summary: `Warga diminta memeriksa status kepesertaan bantuan sosial dan melapor ke kelurahan bila datanya belum sesuai.`,
      paragraphs: [
        `Kelurahan ${x.village} memutakhirkan data penerima bantuan sosial. Warga dapat memeriksa status kepesertaan melalui situs resmi Kementerian Sosial dengan memasukkan nama sesuai KTP dan wilayah tempat tinggal.`,
        `Warga yang merasa layak tetapi belum terdaftar, atau yang datanya sudah tidak sesuai, dapat melapor ke kantor kelurahan dengan membawa KTP dan kartu keluarga.`,
        `${x.group} mengingatkan bahwa pendaftaran bantuan sosial tidak dipungut biaya. "Jika ada yang meminta uang dengan alasan mengurus bansos, laporkan," tegas ${x.chair}.`,
      ],
      tags: ['bansos', 'data sosial', 'kemensos'],
    }),
  },
  {
    key: 'dukcapil-keliling',
    categoryId: 'pengumuman',
    write: (x) => {
      const hari = x.pick(DAYS.slice(0, 5));
      return {
        title: `Jadwal Pelayanan Keliling Disdukcapil di Kelurahan ${x.village}`,
        summary: `Perekaman KTP elektronik, cetak kartu keluarga dan akta kelahiran dilayani di Kelurahan ${x.village} setiap ${hari}.`,
        paragraphs: [
          `Dinas Kependudukan dan Pencatatan Sipil membuka pelayanan keliling di Kelurahan ${x.village}, Kecamatan ${x.district}, setiap hari ${hari} pukul 08.00 sampai 12.00 WIB.`,
          `Layanan meliputi perekaman KTP elektronik untuk warga yang baru berusia 17 tahun, pencetakan kartu keluarga, akta kelahiran dan kartu identitas anak. Seluruh layanan tidak dipungut biaya.`,
          `${x.group} membantu mengatur antrean dan menyiapkan daftar persyaratan. Warga disarankan membawa dokumen asli beserta fotokopinya.`,
        ],
        tags: ['disdukcapil', 'ktp elektronik', 'pelayanan keliling'],
      };
    },
  },
  {
    key: 'nganggung',
    categoryId: 'seni-budaya',
    window: ['2026-08-24', '2026-08-31'],
    write: (x) => {
      const dulang = x.int(60, 180);
      return {
        title: `Tradisi Nganggung Meriahkan Peringatan Maulid Nabi di ${x.village}`,
        summary: `${dulang} dulang berisi hidangan dibawa warga ke masjid untuk dimakan bersama, tradisi khas Bangka yang terus dijaga.`,
        paragraphs: [
          `Warga Kelurahan ${x.village} memperingati Maulid Nabi Muhammad SAW dengan tradisi nganggung. Sebanyak ${dulang} dulang berisi nasi, lauk dan kue dibawa dari rumah ke masjid, lalu disantap bersama setelah doa.`,
          `Setiap dulang ditutup tudung saji yang dianyam dari daun. Tradisi ini menjadi simbol kebersamaan dan gotong royong masyarakat Bangka.`,
          `${x.group} mendokumentasikan kegiatan dan membagikannya di media sosial. "Anak-anak muda perlu mengenal nganggung agar tradisi ini tidak hilang," kata ${x.chair}.`,
        ],
        tags: ['nganggung', 'maulid', 'tradisi bangka'],
      };
    },
  },
  {
    key: 'hut-ri',
    categoryId: 'seni-budaya',
    window: ['2026-08-15', '2026-08-22'],
    write: (x) => {
      const lomba = x.int(8, 15);
      return {
        title: `${lomba} Lomba Rakyat Semarakkan HUT Ke-81 RI di ${x.village}`,
        summary: `Balap karung, tarik tambang dan panjat pinang memeriahkan peringatan kemerdekaan di Kelurahan ${x.village}.`,
        paragraphs: [
          `Peringatan Hari Ulang Tahun Ke-81 Kemerdekaan Republik Indonesia di Kelurahan ${x.village} dimeriahkan ${lomba} cabang lomba rakyat, mulai dari balap karung, makan kerupuk, tarik tambang hingga panjat pinang.`,
          `Peserta datang dari anak-anak hingga orang tua. Hadiah lomba dikumpulkan dari iuran warga dan sumbangan pelaku usaha setempat.`,
          `${x.group} menyiarkan jadwal dan hasil lomba melalui grup warga. "Kemerdekaan dirayakan dengan kebersamaan," ujar ${x.chair}.`,
        ],
        tags: ['hut ri', 'lomba rakyat', 'kemerdekaan'],
      };
    },
  },
  {
    key: 'siskamling',
    categoryId: 'kegiatan-warga',
    write: (x) => {
      const pos = x.int(3, 9);
      return {
        title: `Siskamling Aktif Kembali, Warga ${x.village} Atur Jadwal Ronda`,
        summary: `${pos} pos ronda di Kelurahan ${x.village} kembali dijaga bergiliran setiap malam setelah disepakati dalam rapat warga.`,
        paragraphs: [
          `Warga Kelurahan ${x.village} menghidupkan kembali sistem keamanan lingkungan (siskamling). Sebanyak ${pos} pos ronda dijaga bergiliran setiap malam mulai pukul 22.00 WIB.`,
          `Jadwal ronda disusun per RT dan dibagikan melalui grup warga. Bhabinkamtibmas ikut memberikan arahan tentang cara melapor bila terjadi hal mencurigakan.`,
          `${x.group} membuat daftar nomor penting, termasuk nomor pengaduan kepolisian dan pemadam kebakaran, yang ditempel di setiap pos ronda.`,
        ],
        tags: ['siskamling', 'ronda', 'keamanan lingkungan'],
      };
    },
  },
  {
    key: 'jurnalistik',
    categoryId: 'kegiatan-warga',
    write: (x) => ({
      title: `Pengurus ${x.group} Ikuti Pelatihan Jurnalistik Warga`,
      summary: `Pengurus KIM belajar menulis berita singkat, memotret kegiatan dan memeriksa fakta sebelum mengunggah informasi.`,
      paragraphs: [
        `Pengurus ${x.group} mengikuti pelatihan jurnalistik warga yang diselenggarakan Dinas Komunikasi dan Informatika Kota Pangkal Pinang. Materi meliputi menulis berita dengan rumus 5W+1H, memotret kegiatan, dan etika mengunggah foto warga.`,
        `Peserta juga berlatih memeriksa fakta dan meminta izin sebelum memotret anak-anak. Tulisan terbaik akan dimuat di portal berita KIM.`,
        `"KIM adalah corong informasi dari kelurahan. Beritanya harus benar dan bermanfaat," kata ${x.chair} usai pelatihan.`,
      ],
      tags: ['jurnalistik warga', 'pelatihan', 'diskominfo'],
    }),
  },
  {
    key: 'jalan-sehat',
    categoryId: 'kegiatan-warga',
    write: (x) => {
      const peserta = x.int(200, 650);
      return {
        title: `Jalan Sehat Bersama Warga ${x.village} Diikuti ${peserta} Peserta`,
        summary: `Jalan sehat mengelilingi Kelurahan ${x.village} ditutup dengan senam bersama dan pemeriksaan kesehatan gratis.`,
        paragraphs: [
          `Sebanyak ${peserta} warga mengikuti jalan sehat mengelilingi Kelurahan ${x.village}, Kecamatan ${x.district}. Rute sepanjang lima kilometer dimulai dan berakhir di kantor kelurahan.`,
          `Usai jalan sehat, peserta mengikuti senam bersama dan pemeriksaan tekanan darah gratis dari puskesmas. Panitia juga mengundi hadiah dari para sponsor UMKM setempat.`,
          `${x.group} mengimbau peserta membawa botol minum sendiri untuk mengurangi sampah plastik. "Sehat bersama, lingkungan juga terjaga," ujar ${x.chair}.`,
        ],
        tags: ['jalan sehat', 'olahraga', 'senam'],
      };
    },
  },
  {
    key: 'kebun-gizi',
    categoryId: 'lingkungan',
    write: (x) => {
      const kg = x.int(30, 120);
      const sayur = x.pick(['kangkung', 'sawi', 'bayam', 'cabai', 'terong']);
      return {
        title: `Kebun Gizi Warga ${x.village} Panen ${kg} Kilogram ${sayur[0]!.toUpperCase()}${sayur.slice(1)}`,
        summary: `Lahan tidur di Kelurahan ${x.village} diubah menjadi kebun sayur yang hasilnya dibagikan kepada keluarga dengan balita.`,
        paragraphs: [
          `Kebun gizi yang dikelola warga Kelurahan ${x.village} memanen ${kg} kilogram ${sayur}. Kebun dibuat di lahan tidur milik warga yang dipinjamkan untuk kegiatan bersama.`,
          `Sebagian hasil panen dibagikan kepada keluarga yang memiliki balita dan ibu hamil, sisanya dijual dengan harga murah untuk membeli bibit dan pupuk.`,
          `${x.group} mengajak warga memanfaatkan pekarangan dengan polibag. "Dapur hemat, gizi keluarga tercukupi," kata ${x.chair}.`,
        ],
        tags: ['kebun gizi', 'urban farming', sayur],
      };
    },
  },
  {
    key: 'nelayan',
    categoryId: 'umkm',
    write: (x) => {
      const peserta = x.int(20, 40);
      const olahan = x.pick(['kerupuk ikan', 'otak-otak', 'abon ikan', 'bakso ikan']);
      return {
        title: `Nelayan dan Keluarga di ${x.village} Belajar Mengolah ${olahan[0]!.toUpperCase()}${olahan.slice(1)}`,
        summary: `${peserta} nelayan dan istri nelayan dilatih mengolah hasil tangkapan agar bernilai jual lebih tinggi.`,
        paragraphs: [
          `Sebanyak ${peserta} nelayan dan anggota keluarganya di Kelurahan ${x.village} mengikuti pelatihan mengolah ${olahan}. Pelatihan ini diharapkan menambah penghasilan saat hasil tangkapan melimpah.`,
          `Peserta belajar menjaga kebersihan pengolahan, mengemas produk dan menghitung harga jual. Produk yang memenuhi standar akan dibantu mengurus izin edar.`,
          `${x.group} membantu memasarkan produk melalui media sosial. "Ikan segar dari laut kita bisa jadi oleh-oleh khas Pangkal Pinang," ujar ${x.chair}.`,
        ],
        tags: ['nelayan', 'olahan ikan', 'ekonomi pesisir'],
      };
    },
  },
  {
    key: 'wisata',
    categoryId: 'seni-budaya',
    write: (x) => {
      const titik = x.int(5, 12);
      return {
        title: `Peta Wisata dan Kuliner ${x.village} Diluncurkan`,
        summary: `${x.group} memetakan ${titik} tempat makan, kerajinan dan spot foto di Kelurahan ${x.village} untuk pengunjung.`,
        paragraphs: [
          `${x.group} meluncurkan peta wisata dan kuliner Kelurahan ${x.village} yang memuat ${titik} titik, mulai dari warung lempah kuning, perajin anyaman hingga tempat menikmati matahari terbenam.`,
          `Peta tersedia dalam bentuk cetak di kantor kelurahan dan versi digital yang dapat dibuka dari ponsel. Setiap titik dilengkapi jam buka dan kontak pemilik usaha.`,
          `"Pengunjung yang datang ke Pangkal Pinang bisa mampir dan membeli langsung dari warga," kata ${x.chair}.`,
        ],
        tags: ['wisata', 'kuliner', 'peta'],
      };
    },
  },
];
