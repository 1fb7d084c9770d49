import { expect } from 'chai';
import { AspirationInput } from './aspiration-input.js';
import { formatRegisterNumber, REFUSAL_GROUNDS, RegisterNumber, registerRegionOf } from './information-request.js';
import { InformationRequestDecisionInput, InformationRequestExtensionInput } from './information-request-admin.js';
import { toFieldErrors, validationErrorMap } from './validation-messages.js';

const request = {
  kind: 'information_request',
  title: 'Permohonan rincian anggaran jalan',
  body: 'Saya memohon rincian anggaran pemeliharaan jalan kelurahan tahun 2026 untuk kajian warga.',
  categoryId: 'infrastruktur',
  regionCode: '19.71.01.1006',
  consent: true,
  reporter: { name: 'Warga Uji', phone: '0812-1111-2222' },
  informationRequest: {
    purpose: 'Untuk bahan kajian kelompok warga.',
    informationRequested: 'Rincian anggaran pemeliharaan jalan 2026.',
    format: 'hardcopy',
    delivery: 'pickup',
  },
};

const errorsOf = (input: unknown, lang: 'id' | 'en' = 'id') => {
  const result = AspirationInput.safeParse(input, { error: validationErrorMap(lang) });
  return result.success ? [] : toFieldErrors(result.error, lang);
};

describe('information requests in the contract', () => {
  it('accepts a named request with a contact and its details', () => {
    expect(errorsOf(request)).to.deep.equal([]);
  });

  it('refuses an anonymous request, and one without a name or a contact, naming each field in Indonesian', () => {
    expect(errorsOf({ ...request, anonymous: true })).to.deep.equal([
      { path: 'anonymous', message: 'Permohonan informasi tidak dapat diajukan secara anonim' },
    ]);
    expect(errorsOf({ ...request, reporter: {} }).map((e) => e.path)).to.deep.equal([
      'reporter.name',
      'reporter.email',
    ]);
    expect(errorsOf({ ...request, reporter: { name: 'Warga' } }, 'en')).to.deep.equal([
      { path: 'reporter.email', message: 'An information request needs an email address or a phone number' },
    ]);
  });

  it('wants the details with an information request and only then', () => {
    const { informationRequest: _details, ...without } = request;
    expect(errorsOf(without).map((e) => e.path)).to.deep.equal(['informationRequest']);
    expect(errorsOf({ ...request, kind: 'complaint' }).map((e) => e.path)).to.deep.equal(['informationRequest']);
    expect(errorsOf({ ...without, kind: 'complaint', anonymous: true, reporter: undefined })).to.deep.equal([]);
  });

  it('allows an extension of 1 to 7 working days with a reason', () => {
    const reason = 'Data dihimpun dari tiga bidang.';
    expect(InformationRequestExtensionInput.safeParse({ days: 7, reason }).success).to.equal(true);
    expect(InformationRequestExtensionInput.safeParse({ days: 8, reason }).success).to.equal(false);
    expect(InformationRequestExtensionInput.safeParse({ days: 0, reason }).success).to.equal(false);
    expect(InformationRequestExtensionInput.safeParse({ days: 2.5, reason }).success).to.equal(false);
  });

  it('wants a refusal to name one of the legal grounds', () => {
    const reason = 'Memuat data pribadi penerima bantuan.';
    expect(REFUSAL_GROUNDS).to.include.members(['pasal-17-a', 'pasal-17-j', 'tidak-dikuasai']);
    expect(
      InformationRequestDecisionInput.safeParse({ outcome: 'rejected', ground: 'pasal-17-h', reason }).success,
    ).to.equal(true);
    expect(InformationRequestDecisionInput.safeParse({ outcome: 'rejected', reason }).success).to.equal(false);
    expect(
      InformationRequestDecisionInput.safeParse({ outcome: 'rejected', ground: 'pasal-18', reason }).success,
    ).to.equal(false);
    expect(InformationRequestDecisionInput.safeParse({ outcome: 'resolved', answer: 'Terlampir.' }).success).to.equal(
      true,
    );
  });

  it('formats register numbers per regency or city and year', () => {
    expect(registerRegionOf('19.71.01.1006')).to.equal('1971');
    expect(formatRegisterNumber('1971', 2026, 123)).to.equal('PPID/1971/2026/000123');
    expect(RegisterNumber.safeParse('PPID/1971/2026/000123').success).to.equal(true);
    expect(RegisterNumber.safeParse('PPID/19.71/2026/1').success).to.equal(false);
  });
});
