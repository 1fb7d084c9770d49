import { AspirationInput } from '@kim-kit/sdk';
import { expect } from '@open-wc/testing';
import { aspirationForm } from '../locales/aspiration-form.js';
import {
  FORM_FIELDS,
  type FormProblems,
  fieldMessage,
  firstInvalidField,
  hasProblems,
  problemsFromFieldErrors,
  problemsFromIssues,
} from './field-errors.js';
import { emptyFormValues, toAspirationInput } from './form-values.js';

function validate(values: Partial<ReturnType<typeof emptyFormValues>>): FormProblems {
  const result = AspirationInput.safeParse(toAspirationInput({ ...emptyFormValues(), ...values }), {
    reportInput: true,
  });
  return result.success ? { fields: {}, form: [] } : problemsFromIssues(result.error.issues);
}

const complete = {
  kind: 'aspiration' as const,
  title: 'Perbaikan drainase di Bacang',
  body: 'Saluran air di depan pasar tersumbat setiap hujan deras sehingga air meluap ke jalan.',
  categoryId: 'infrastruktur',
  regionCode: '19.71.01.1006',
  consent: true,
};

describe('field problems', () => {
  it('finds nothing wrong with a complete form', () => {
    expect(hasProblems(validate(complete))).to.equal(false);
  });

  it('marks every required field of a blank form as required, consent as consent', () => {
    const problems = validate({});
    expect(problems.fields).to.deep.equal({
      kind: { kind: 'required' },
      title: { kind: 'required' },
      body: { kind: 'required' },
      categoryId: { kind: 'required' },
      regionCode: { kind: 'required' },
      consent: { kind: 'consent' },
    });
    expect(firstInvalidField(problems)).to.equal('kind');
  });

  it('reports the contract bounds of title and body', () => {
    const problems = validate({ ...complete, title: 'Pendek', body: 'x'.repeat(5001) });
    expect(problems.fields.title).to.deep.equal({ kind: 'tooShort', min: 10 });
    expect(problems.fields.body).to.deep.equal({ kind: 'tooLong', max: 5000 });
    expect(firstInvalidField(problems)).to.equal('title');
  });

  it('words bad contact details by what they are', () => {
    const problems = validate({ ...complete, email: 'siti@', phone: '12345' });
    expect(problems.fields['reporter.email']).to.deep.equal({ kind: 'email' });
    expect(problems.fields['reporter.phone']).to.deep.equal({ kind: 'phone' });
  });

  it('leaves blank optional contact fields alone', () => {
    expect(hasProblems(validate({ ...complete, name: '  ', email: '', phone: '' }))).to.equal(false);
  });

  it('treats a bad choice as a choice problem', () => {
    const problems = validate({ ...complete, regionCode: '19.71.01', kind: 'other' as never });
    expect(problems.fields.regionCode).to.deep.equal({ kind: 'choice' });
    expect(problems.fields.kind).to.deep.equal({ kind: 'choice' });
  });

  it('maps a 422 with dotted paths onto the fields and keeps the rest for the form', () => {
    const problems = problemsFromFieldErrors([
      { path: 'reporter.email', message: 'Domain does not accept mail' },
      { path: 'categoryId', message: 'Unknown category' },
      { path: '', message: 'Too many submissions' },
      { path: 'somethingElse', message: '?' },
    ]);
    expect(problems.fields['reporter.email']).to.deep.equal({
      kind: 'rejected',
      serverMessage: 'Domain does not accept mail',
    });
    expect(problems.fields.categoryId?.kind).to.equal('rejected');
    expect(problems.form).to.have.length(2);
    expect(firstInvalidField(problems)).to.equal('categoryId');
  });

  it('understands JSON-pointer and bracket paths too', () => {
    const problems = problemsFromFieldErrors([
      { path: '/reporter/phone', message: 'x' },
      { path: 'reporter[name]', message: 'y' },
    ]);
    expect(Object.keys(problems.fields)).to.deep.equal(['reporter.phone', 'reporter.name']);
  });
});

describe('field messages', () => {
  const id = aspirationForm.id.errors;
  const en = aspirationForm.en.errors;

  it('says what to do for each missing field, naming it (GOV.UK), never a bare "required"', () => {
    const missing = validate({});
    const said = Object.fromEntries(
      Object.entries(missing.fields).map(([field, problem]) => [field, fieldMessage(field as never, problem!, id)]),
    );
    expect(said).to.deep.equal({
      kind: 'Pilih jenis laporan.',
      title: 'Masukkan judul laporan.',
      body: 'Masukkan isi laporan.',
      categoryId: 'Pilih kategori.',
      regionCode: 'Pilih kelurahan/desa tempat kejadian.',
      consent: 'Centang persetujuan pemrosesan data untuk mengirim laporan.',
    });
  });

  it('words bounds, formats and choices per field, in both languages', () => {
    expect(fieldMessage('title', { kind: 'tooShort', min: 10 }, id)).to.equal(
      'Judul terlalu pendek (minimal 10 karakter).',
    );
    expect(fieldMessage('body', { kind: 'tooLong', max: 5000 }, id)).to.equal(
      'Isi laporan terlalu panjang (maksimal 5.000 karakter).',
    );
    expect(fieldMessage('body', { kind: 'tooLong', max: 5000 }, en)).to.equal(
      'Your report must be 5,000 characters or fewer.',
    );
    expect(fieldMessage('reporter.name', { kind: 'tooLong', max: 100 }, id)).to.equal(
      'Nama terlalu panjang (maksimal 100 karakter).',
    );
    expect(fieldMessage('reporter.email', { kind: 'email' }, en)).to.equal(
      'Enter an email address in the correct format, like name@example.id.',
    );
    expect(fieldMessage('categoryId', { kind: 'choice' }, id)).to.equal('Pilih kategori dari daftar.');
  });

  it('names the field in the generic sentences, for every field', () => {
    for (const field of FORM_FIELDS) {
      const rejected = fieldMessage(field, { kind: 'rejected', serverMessage: 'x' }, id);
      expect(rejected, field).to.contain(id.fieldNames[field]).and.not.to.contain('x.');
      expect(fieldMessage(field, { kind: 'invalid' }, en), field).to.contain(en.fieldNames[field]);
    }
  });
});
