import { AspirationInput } from '@kim-kit/sdk';
import { expect } from '@open-wc/testing';
import {
  type FormProblems,
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
