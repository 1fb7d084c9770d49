import { expect } from 'chai';
import * as z from 'zod/mini';
import { aspirationInput } from '../test-utils/fixtures.js';
import { AspirationStatusChange } from './aspiration-admin.js';
import { AspirationInput } from './aspiration-input.js';
import { RegionCode } from './common.js';
import { GroupListQuery } from './queries.js';
import { toFieldErrors, validationErrorMap } from './validation-messages.js';

/** The field errors of parsing `value` with `schema`, in `lang`. */
function errorsOf(schema: z.ZodMiniType, value: unknown, lang: 'id' | 'en') {
  const result = schema.safeParse(value, { error: validationErrorMap(lang) });
  expect(result.success, 'the value should be refused').to.equal(false);
  return Object.fromEntries(toFieldErrors(result.error!, lang).map(({ path, message }) => [path, message]));
}

const invalid = {
  ...aspirationInput,
  title: 'Lampu',
  reporter: { email: 'budi@' },
  consent: undefined,
};

describe('validation messages', () => {
  it('in Indonesian: a short title, a bad email, a missing consent', () => {
    expect(errorsOf(AspirationInput, invalid, 'id')).to.deep.equal({
      title: 'Terlalu pendek: minimal 10 karakter',
      'reporter.email': 'Alamat email tidak valid, contoh: nama@contoh.id',
      consent: 'Persetujuan atas pemberitahuan privasi wajib diberikan',
    });
  });

  it('in English: a short title, a bad email, a missing consent', () => {
    expect(errorsOf(AspirationInput, invalid, 'en')).to.deep.equal({
      title: 'Too short: at least 10 characters',
      'reporter.email': 'Invalid email address, e.g. name@example.id',
      consent: 'Consent to the privacy notice is required',
    });
  });

  it('Indonesian is the default', () => {
    const result = AspirationInput.safeParse(invalid, { error: validationErrorMap() });
    expect(toFieldErrors(result.error!).find((e) => e.path === 'title')?.message).to.equal(
      'Terlalu pendek: minimal 10 karakter',
    );
    expect(validationErrorMap('fr' as never)).to.equal(validationErrorMap('id'));
  });

  it('says a missing field is required, and a long one too long', () => {
    const { title: _, ...untitled } = aspirationInput;
    expect(errorsOf(AspirationInput, untitled, 'id')).to.deep.equal({ title: 'Wajib diisi' });
    expect(errorsOf(AspirationInput, untitled, 'en')).to.deep.equal({ title: 'Required' });
    expect(errorsOf(AspirationInput, { ...aspirationInput, title: 'x'.repeat(151) }, 'id')).to.deep.equal({
      title: 'Terlalu panjang: maksimal 150 karakter',
    });
    expect(errorsOf(AspirationInput, { ...aspirationInput, title: '           ' }, 'en')).to.deep.equal({
      title: 'Too short: at least 10 characters',
    });
  });

  it("words the contract's own rules in both languages", () => {
    expect(errorsOf(RegionCode, '19-71', 'id')).to.deep.equal({
      '': 'Kode wilayah Kemendagri tidak valid, contoh: 19.71.01.1004',
    });
    expect(errorsOf(RegionCode, '19-71', 'en')).to.deep.equal({
      '': 'Invalid Kemendagri region code, e.g. 19.71.01.1004',
    });
    expect(errorsOf(AspirationStatusChange, { status: 'rejected' }, 'id')).to.deep.equal({
      note: 'Penolakan wajib disertai alasan',
    });
    expect(errorsOf(AspirationInput, { ...aspirationInput, reporter: { phone: '12' } }, 'en')).to.deep.equal({
      'reporter.phone': 'Invalid Indonesian phone number, e.g. 0812-3456-7890',
    });
    expect(errorsOf(GroupListQuery, { limit: 'ten' }, 'id')).to.deep.equal({ limit: 'Harus bilangan bulat' });
    expect(errorsOf(GroupListQuery, { limit: '0' }, 'en')).to.deep.equal({ limit: 'Must be at least 1' });
  });

  it('words every other issue too, never "Invalid input" alone', () => {
    const praise = { ...aspirationInput, kind: 'praise', anonymous: 'yes' };
    expect(errorsOf(AspirationInput, praise, 'id')).to.deep.equal({
      kind: 'Pilih salah satu: aspiration, complaint, information_request',
      anonymous: 'Harus berupa ya atau tidak',
    });
    expect(errorsOf(AspirationInput, praise, 'en')).to.deep.equal({
      kind: 'Choose one of: aspiration, complaint, information_request',
      anonymous: 'Expected yes or no',
    });
    const Tags = z.array(z.string()).check(z.maxLength(2));
    expect(errorsOf(Tags, ['a', 'b', 'c'], 'id')).to.deep.equal({ '': 'Maksimal 2 butir' });
    expect(errorsOf(z.number().check(z.multipleOf(5)), 7, 'en')).to.deep.equal({ '': 'Must be a multiple of 5' });
  });

  it('gives one error per unknown key, on its own path', () => {
    expect(errorsOf(GroupListQuery, { sort: 'name', page: '2' }, 'id')).to.deep.equal({
      sort: 'Isian "sort" tidak dikenal',
      page: 'Isian "page" tidak dikenal',
    });
    expect(errorsOf(GroupListQuery, { sort: 'name' }, 'en')).to.deep.equal({ sort: 'Unknown field "sort"' });
  });

  it("leaves zod's global configuration alone", () => {
    const before = z.config();
    const plain = () => AspirationInput.safeParse(invalid).error?.issues.find((i) => i.path[0] === 'consent')?.message;
    const untouched = plain();
    AspirationInput.safeParse(invalid, { error: validationErrorMap('en') });
    AspirationInput.safeParse(invalid, { error: validationErrorMap('id') });
    expect(z.config()).to.deep.equal(before);
    expect(before.localeError).to.equal(undefined);
    expect(plain()).to.equal(untouched);
  });

  it('translates schemas of the application too', () => {
    const Form = z.object({ name: z.string().check(z.minLength(3)) });
    expect(errorsOf(Form, { name: 'ab' }, 'id')).to.deep.equal({ name: 'Terlalu pendek: minimal 3 karakter' });
  });
});
