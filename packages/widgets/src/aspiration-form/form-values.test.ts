import { expect } from '@open-wc/testing';
import { validAspirationInput } from '../test-fixtures/aspirations.js';
import { districtOf, emptyFormValues, fromAspirationInput, toAspirationInput } from './form-values.js';

describe('form values', () => {
  it('leaves blank fields and an empty reporter out of the submission', () => {
    const input = toAspirationInput({ ...emptyFormValues(), title: 'Judul', name: ' ' });
    expect(input).to.deep.equal({ title: 'Judul', anonymous: false, confidential: false, consent: false });
  });

  it('collects the reporter fields that were filled', () => {
    const input = toAspirationInput({ ...emptyFormValues(), email: 'a@b.id' });
    expect(input.reporter).to.deep.equal({ email: 'a@b.id' });
  });

  it('sends the honeypot only when something is in it', () => {
    expect(toAspirationInput({ ...emptyFormValues(), website: 'http://spam' }).website).to.equal('http://spam');
  });

  it('round-trips a submission through the form', () => {
    const values = fromAspirationInput(validAspirationInput);
    expect(values.district).to.equal('19.71.01');
    expect(toAspirationInput(values)).to.deep.equal(validAspirationInput);
  });

  it('finds the district of a village code only', () => {
    expect(districtOf('19.71.03.1004')).to.equal('19.71.03');
    expect(districtOf('19.71.03')).to.equal('');
  });
});
