// The Indonesian copy: formal register, one term for one thing (laporan; aspirasi, pengaduan, permohonan informasi;
// petugas; perangkat daerah), and the wording the language review asked for.
import { expect } from '@open-wc/testing';
import { en } from './en.js';
import { id } from './id.js';

/** Every string of a table, with functions called on sample arguments, by dotted path. */
function strings(table: unknown, path = ''): [string, string][] {
  if (typeof table === 'string') return [[path, table]];
  if (typeof table === 'function') return [[path, String((table as (...a: unknown[]) => unknown)(10, 150, 5000))]];
  if (typeof table === 'object' && table !== null) {
    return Object.entries(table).flatMap(([key, value]) => strings(value, path ? `${path}.${key}` : key));
  }
  return [];
}

describe('the Indonesian copy', () => {
  const all = strings(id);

  it('uses one term for one thing, in the formal register', () => {
    const banned = [
      [/\badmin/i, 'petugas'],
      [/\binstansi\b/i, 'perangkat daerah'],
      [/permintaan informasi/i, 'permohonan informasi'],
      [/\bbisa\b/i, 'dapat'],
      [/\bsudah\b/i, 'telah'],
      [/\bdahulu\b(?<!terlebih dahulu)/i, 'terlebih dahulu'],
      [/Ctrl\+C/i, 'a way phones have'],
      [/(lacak|pelacakan) aspirasi|^sampaikan aspirasi$/i, 'laporan as the umbrella word'],
    ] as const;
    const found = all.flatMap(([path, text]) =>
      banned.filter(([pattern]) => pattern.test(text)).map(([, instead]) => `${path}: "${text}" (use ${instead})`),
    );
    expect(found).to.deep.equal([]);
  });

  it('says what the review asked for', () => {
    const f = id.aspirationForm;
    const s = id.aspirationStatus;
    expect(f.label).to.equal('Sampaikan laporan');
    expect(f.errors.title.tooShort(10)).to.equal('Judul terlalu pendek (minimal 10 karakter).');
    expect(f.confidentialHint).to.contain('hanya statusnya yang dapat dilacak');
    expect(f.chooseDistrictFirst).to.equal('Pilih kecamatan terlebih dahulu');
    expect(f.bodyHint).to.equal(
      'Jelaskan apa yang terjadi, di mana, dan sejak kapan. Jangan mencantumkan NIK atau data pribadi orang lain.',
    );
    expect(f.consent).to.match(/^Saya menyetujui pemrosesan data yang saya berikan/);
    expect(f.consentHint).to.equal('Sesuai Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi.');
    expect(f.privacyLink).to.equal('Baca kebijakan privasi');
    expect(f.receiptThanks).to.equal('Terima kasih, laporan Anda telah diterima.');
    expect(f.receiptTitle).to.equal('Tanda terima');
    expect(s.codeHint).to.contain('tanda terima');
    expect(f.counter(0, 10, 150)).to.equal('0 dari 150 karakter (minimal 10)');
    expect(f.copyFailed).to.equal('Kode telah ditandai; salin secara manual.');
    expect(s.submittedAt).to.equal('Tanggal dikirim');
    expect(s.upcoming).to.equal('belum mencapai tahap ini');
    expect(s.label).to.equal('Lacak laporan');
    expect(id.aspirationKinds).to.deep.equal({
      aspiration: 'Aspirasi',
      complaint: 'Pengaduan',
      information_request: 'Permohonan informasi',
    });
  });

  it('says it in English too, where the review asked', () => {
    expect(en.aspirationForm.label).to.equal('Send a suggestion or complaint');
    expect(en.aspirationForm.village).to.equal('Village / urban ward (kelurahan)');
    expect(strings(en).filter(([, text]) => /administrator|Ctrl\+C/i.test(text))).to.deep.equal([]);
  });

  it('has no strings nobody uses', () => {
    const paths = all.map(([path]) => path);
    for (const gone of [
      'aspirationForm.errors.choose',
      'newsFeed.loadingArticle',
      'newsFeed.readMore',
      'groupDirectory.select',
    ]) {
      expect(paths, gone).not.to.include(gone);
    }
  });

  it('has the same strings in both languages', () => {
    expect(strings(en).map(([path]) => path)).to.deep.equal(all.map(([path]) => path));
  });
});
